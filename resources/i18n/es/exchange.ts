<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>exchange.atomic</name>
    <message>
        <source>Cannot write {path} ({problem}); the file was left as it was.</source>
        <translation>No se puede escribir {path} ({problem}); el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} es una carpeta; elija un nombre de archivo para exportar.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder} ({problem}); nothing was exported.</source>
        <translation>No se puede escribir en la carpeta {folder} ({problem}); no se ha exportado nada.</translation>
    </message>
</context>
<context>
    <name>exchange.contacts_csv</name>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>Other web address</source>
        <translation>Otra dirección web</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Conectado el</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>Address ({kind})</source>
        <translation>Dirección ({kind})</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{name} is empty: there are no contacts in it.</source>
        <translation>{name} está vacío: no contiene ningún contacto.</translation>
    </message>
    <message>
        <source>has {values} values but the header has {columns} columns (a value with an unquoted delimiter?)</source>
        <translation>tiene {values} valores pero el encabezado tiene {columns} columnas (¿un valor con un separador sin comillas?)</translation>
    </message>
    <message>
        <source>{name} has a header row but no contacts below it (line {line} is the last line).</source>
        <translation>{name} tiene una fila de encabezado pero ningún contacto debajo (la línea {line} es la última).</translation>
    </message>
    <message>
        <source>a quoted value opened on line {line} is never closed, so the rest of the file was read into it</source>
        <translation>un valor entre comillas abierto en la línea {line} nunca se cierra, así que el resto del archivo se leyó dentro de él</translation>
    </message>
</context>
<context>
    <name>exchange.csv_maps</name>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
</context>
<context>
    <name>exchange.detect</name>
    <message>
        <source>a ZIP archive (an Excel .xlsx or other Office file, or LinkedIn's data archive: unzip that and choose Connections.csv)</source>
        <translation>un archivo ZIP (un .xlsx de Excel u otro archivo de Office, o el archivo de datos de LinkedIn: descomprímalo y elija Connections.csv)</translation>
    </message>
    <message>
        <source>an older Office document (.xls or .doc)</source>
        <translation>un documento antiguo de Office (.xls o .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <source>{name} is empty: there are no contacts in it.</source>
        <translation>{name} está vacío: no contiene ningún contacto.</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (line {line} contains binary data). Choose a CSV or vCard (.vcf) file.</source>
        <translation>{name} es un archivo binario, no texto (la línea {line} contiene datos binarios). Elija un archivo CSV o vCard (.vcf).</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>No se puede leer el archivo {path} ({problem}).</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>«{file}»</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, pipe or socket). Choose a CSV or vCard (.vcf) file.</source>
        <translation>{path} no es un archivo normal (es un dispositivo, una tubería o un socket). Elija un archivo CSV o vCard (.vcf).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; Follow-up Desktop imports files of up to {limit} MB. Split it into smaller files (or export without photos) and import those.</source>
        <translation>{file} ocupa {size} MB; Follow-up Desktop importa archivos de hasta {limit} MB. Divídalo en archivos más pequeños (o exporte sin fotos) e impórtelos.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{name} is {what}, not a contacts file. Save or export it as CSV or vCard (.vcf) and import that.</source>
        <translation>{name} es {what}, no un archivo de contactos. Guárdelo o expórtelo como CSV o vCard (.vcf) e importe ese archivo.</translation>
    </message>
    <message>
        <source>{first} nor {second}</source>
        <translation>{first} ni {second}</translation>
    </message>
    <message>
        <source>{name} is in an unknown text encoding: line {line} contains bytes that are not {encodings}. Save it as UTF-8 (for example from Excel: “CSV UTF-8”) and try again.</source>
        <translation>{name} tiene una codificación de texto desconocida: la línea {line} contiene bytes que no se pueden leer como {encodings}. Guárdelo como UTF-8 (por ejemplo en Excel: «CSV UTF-8») y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>exchange.export</name>
    <message>
        <source>CSV (Outlook, Google, Excel)</source>
        <translation>CSV (Outlook, Google, Excel)</translation>
    </message>
    <message>
        <source>vCard 3.0</source>
        <translation>vCard 3.0</translation>
    </message>
    <message>
        <source>There is no category called “{category}” (there are: {known}).</source>
        <translation>No hay ninguna categoría «{category}» (hay: {known}).</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”; choose csv or vcf.</source>
        <translation>Formato de exportación desconocido «{format}»; elija csv o vcf.</translation>
    </message>
</context>
<context>
    <name>exchange.ics_event</name>
    <message>
        <source>yours</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>theirs (you are waiting for them)</source>
        <translation>el contacto (usted espera su respuesta)</translation>
    </message>
    <message>
        <source>Follow up: {contact} – {reason}</source>
        <translation>Seguimiento: {contact} – {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Teléfono: {value}</translation>
    </message>
    <message>
        <source>Email: {value}</source>
        <translation>Correo: {value}</translation>
    </message>
    <message>
        <source>Last interaction: {date}</source>
        <translation>Última interacción: {date}</translation>
    </message>
    <message>
        <source>Company: {company}</source>
        <translation>Empresa: {company}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <source>Whose move: {whose}</source>
        <translation>Le toca a: {whose}</translation>
    </message>
    <message>
        <source>The follow-up with {contact} is due on {date}, too far ahead for a calendar file. Change its date and export again; nothing was written.</source>
        <translation>El seguimiento con {contact} vence el {date}, demasiado lejos para un archivo de calendario. Cambie la fecha y vuelva a exportar; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>exchange.ics_export</name>
    <message>
        <source>{path} is a folder. Choose a file name ending in .ics.</source>
        <translation>{path} es una carpeta. Elija un nombre de archivo terminado en .ics.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} was not written. Free some space and try again; any earlier file was left as it was.</source>
        <translation>El disco está lleno, así que {file} no se ha escrito. Libere espacio y vuelva a intentarlo; un archivo anterior no se ha modificado.</translation>
    </message>
    <message>
        <source>You cannot write to {folder} (permission denied). Choose another folder; any earlier file was left as it was.</source>
        <translation>No puede escribir en {folder} (permiso denegado). Elija otra carpeta; un archivo anterior no se ha modificado.</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}); any earlier file was left as it was.</source>
        <translation>No se ha podido escribir {path} ({problem}); un archivo anterior no se ha modificado.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>La carpeta {folder} no existe. Elija una carpeta existente.</translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed</source>
        <extracomment>%n new or changed</extracomment>
        <translation>
            <numerusform>%n nuevo o cambiado</numerusform>
            <numerusform>%n nuevos o cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn (done, cancelled, deleted or out of scope)</source>
        <extracomment>%n withdrawn (done, cancelled, deleted or out of scope)</extracomment>
        <translation>
            <numerusform>%n retirado (hecho, cancelado, eliminado o fuera de la selección)</numerusform>
            <numerusform>%n retirados (hechos, cancelados, eliminados o fuera de la selección)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <extracomment>%n unchanged</extracomment>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to {path}.</source>
        <extracomment>Wrote %n event to {path}.</extracomment>
        <translation>
            <numerusform>%n evento escrito en {path}.</numerusform>
            <numerusform>%n eventos escritos en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to {path}: {details}.</source>
        <extracomment>Wrote %n event to {path}: {details}.</extracomment>
        <translation>
            <numerusform>%n evento escrito en {path}: {details}.</numerusform>
            <numerusform>%n eventos escritos en {path}: {details}.</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-ups-{date}.ics</source>
        <translation>seguimientos-{date}.ics</translation>
    </message>
</context>
<context>
    <name>exchange.ics_key_dates</name>
    <message>
        <source>{what}: {contact}</source>
        <translation>{what}: {contact}</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
</context>
<context>
    <name>exchange.ics_options</name>
    <message>
        <source>This computer's time zone could not be determined. Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again.</source>
        <translation>No se ha podido determinar la zona horaria de este equipo. Defina la variable de entorno TZ (p. ej. TZ=Europe/Madrid) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer's time zone could not be determined ({problem}). Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again.</source>
        <translation>No se ha podido determinar la zona horaria de este equipo ({problem}). Defina la variable de entorno TZ (p. ej. TZ=Europe/Madrid) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (try e.g. Europe/Berlin).</source>
        <translation>«{zone}» no es un nombre de zona horaria (p. ej. Europe/Madrid).</translation>
    </message>
</context>
<context>
    <name>exchange.output</name>
    <message>
        <source>{path} cannot be checked ({problem}).</source>
        <translation>No se puede comprobar {path} ({problem}).</translation>
    </message>
    <message>
        <source>{path} is a symbolic link (to {target}); it was left as it was. Choose the file itself or another name.</source>
        <translation>{path} es un enlace simbólico (a {target}); no se ha modificado. Elija el propio archivo u otro nombre.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to write to.</source>
        <translation>{path} es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, pipe or socket); nothing was written to it. Choose a file name.</source>
        <translation>{path} no es un archivo normal (es un dispositivo, una tubería o un socket); no se ha escrito nada en él. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it was left as it was. Choose another name, or replace it anyway (on the command line: add --force).</source>
        <translation>{path} es de solo lectura, así que no se ha modificado. Elija otro nombre o sustitúyalo de todos modos (en la línea de comandos: añada --force).</translation>
    </message>
</context>
<context>
    <name>exchange.vcard</name>
    <message>
        <source>Other e-mail</source>
        <translation>Otro correo</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Other mobile</source>
        <translation>Otro móvil</translation>
    </message>
    <message>
        <source>Other web address</source>
        <translation>Otra dirección web</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{name} has no BEGIN:VCARD line, so it holds no vCards.</source>
        <translation>{name} no tiene ninguna línea BEGIN:VCARD, así que no contiene vCards.</translation>
    </message>
    <message>
        <source>{name} is a truncated vCard: the card starting on line {line} has no END:VCARD line.</source>
        <translation>{name} es una vCard truncada: la tarjeta que empieza en la línea {line} no tiene línea END:VCARD.</translation>
    </message>
    <message>
        <source>is a truncated vCard (there is no END:VCARD line)</source>
        <translation>es una vCard truncada (falta la línea END:VCARD)</translation>
    </message>
    <message>
        <source>is a vCard of over {millions} million characters, too large to be one contact</source>
        <translation>es una vCard de más de {millions} millón de caracteres, demasiado grande para un contacto</translation>
    </message>
    <message>
        <source>is not a readable vCard ({problem})</source>
        <translation>no es una vCard legible ({problem})</translation>
    </message>
</context>
</TS>
