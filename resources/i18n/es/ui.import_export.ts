<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.import_export.export_dialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Incluir contactos &amp;archivados</translation>
    </message>
    <message>
        <source>CSV: {explanation}</source>
        <translation>CSV: {explanation}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactos:</translation>
    </message>
    <message>
        <source>contacts.{extension}</source>
        <translation>contactos.{extension}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exportando contactos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {path}.</source>
        <extracomment>Exported %n contact to {path}.</extracomment>
        <translation>
            <numerusform>%n contacto exportado a {path}.</numerusform>
            <numerusform>%n contactos exportados a {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.first_contact</name>
    <message>
        <source>Plan first contact</source>
        <translation>Planificar primer contacto</translation>
    </message>
    <message numerus="yes">
        <source>Plan a first follow-up for each of the %n new contacts without a next step: a call (an e-mail when there is only an address), spread over the next working days. You can undo this (Ctrl+Z).</source>
        <extracomment>Plan a first follow-up for the %n new contact without a next step: a call (an e-mail when there is only an address), on the next working day. You can undo this (Ctrl+Z).</extracomment>
        <translation>
            <numerusform>Planificar un primer seguimiento para el %n contacto nuevo sin próximo paso: una llamada (un correo si solo hay una dirección), el próximo día laborable. Puede deshacerlo (Ctrl+Z).</numerusform>
            <numerusform>Planificar un primer seguimiento para cada uno de los %n contactos nuevos sin próximo paso: una llamada (un correo si solo hay una dirección), repartidos en los próximos días laborables. Puede deshacerlo (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Como máximo:</translation>
    </message>
    <message>
        <source>Plan them</source>
        <translation>Planificar</translation>
    </message>
    <message numerus="yes">
        <source>Plan first contact for %n new contacts</source>
        <extracomment>Plan first contact for %n new contact</extracomment>
        <translation>
            <numerusform>Planificar primer contacto para %n contacto nuevo</numerusform>
            <numerusform>Planificar primer contacto para %n contactos nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.ics_export_choices</name>
    <message>
        <source>Next 2 weeks</source>
        <translation>Próximas 2 semanas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Todos los seguimientos abiertos</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>Mine and theirs</source>
        <translation>Me toca a mí y al contacto</translation>
    </message>
    <message>
        <source>Only my move</source>
        <translation>Solo: me toca a mí</translation>
    </message>
    <message>
        <source>Only their move</source>
        <translation>Solo: le toca al contacto</translation>
    </message>
    <message>
        <source>Outlook keeps these reminders. Google Calendar ignores reminders in imported files and uses the calendar's default notifications instead.</source>
        <translation>Outlook conserva estos recordatorios. Google Calendar ignora los recordatorios de los archivos importados y usa en su lugar las notificaciones predeterminadas del calendario.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>last export {when}</source>
        <translation>última exportación {when}</translation>
    </message>
    <message>
        <source>nothing exported yet</source>
        <translation>aún no se ha exportado nada</translation>
    </message>
    <message>
        <source>Only what changed since the last export ({last})</source>
        <translation>Solo lo que ha cambiado desde la última exportación ({last})</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>after a number of minutes in a spin box</comment>
        <translation> minutos</translation>
    </message>
    <message>
        <source>How long a follow-up with a time blocks your calendar</source>
        <translation>Cuánto tiempo ocupa en su calendario un seguimiento con hora</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <extracomment>%n minute before</extracomment>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>al empezar</translation>
    </message>
    <message>
        <source>Include reminders ({when}; 09:00 the day before all-day)</source>
        <translation>Incluir recordatorios ({when}; a las 09:00 del día anterior si es de día completo)</translation>
    </message>
    <message>
        <source>Include birthdays and anniversaries (yearly all-day events, shown as free)</source>
        <translation>Incluir cumpleaños y aniversarios (anuales, de día completo, mostrados como libres)</translation>
    </message>
    <message>
        <source>Outlook: import into a separate calendar named</source>
        <translation>Outlook: importar en un calendario aparte llamado</translation>
    </message>
</context>
<context>
    <name>ui.import_export.ics_export_dialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>No se ha escrito el archivo de calendario</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Escribiendo el archivo de calendario…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>&amp;Seguimientos:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>&amp;Whose move:</source>
        <translation>&amp;Le toca a:</translation>
    </message>
    <message>
        <source>Timed events &amp;last:</source>
        <translation>Los eventos con hora &amp;duran:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <source>No follow-ups new or changed since the last export match; there is nothing to export.</source>
        <translation>Ningún seguimiento es nuevo o ha cambiado desde la última exportación; no hay nada que exportar.</translation>
    </message>
    <message>
        <source>No follow-ups match; there is nothing to export.</source>
        <translation>Ningún seguimiento coincide; no hay nada que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n events will be written, {removals} of them to withdraw follow-ups that are done, cancelled, deleted, archived or no longer in scope.</source>
        <extracomment>%n event will be written, {removals} of them to withdraw follow-ups that are done, cancelled, deleted, archived or no longer in scope.</extracomment>
        <translation>
            <numerusform>Se escribirá %n evento, {removals} de ellos para retirar seguimientos hechos, cancelados, eliminados, archivados o fuera de la selección.</numerusform>
            <numerusform>Se escribirán %n eventos, {removals} de ellos para retirar seguimientos hechos, cancelados, eliminados, archivados o fuera de la selección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events will be written.</source>
        <extracomment>%n event will be written.</extracomment>
        <translation>
            <numerusform>Se escribirá %n evento.</numerusform>
            <numerusform>Se escribirán %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija un archivo para escribir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Outlook (Windows): File → Open &amp; Export → Import/Export → “Import an iCalendar (.ics) or vCalendar file (.vcs)” → Next → choose the file → Import. Not “Open Calendar”: that opens the file as a calendar of its own, and every later file would become another one. Outlook matches events by UID and keeps the highest SEQUENCE, so a later file moves changed follow-ups and marks closed ones “Done:” or “Cancelled:”.

Google Calendar: import into a calendar kept for follow-ups. Create it once: Settings → Add calendar → Create new calendar → “Follow-ups”. Then Settings → Import &amp; export → Import, choose the file and that calendar. Google adds new events but ignores a later file's changes and removals of events it already has; to bring it up to date, delete the Follow-ups calendar, create it again and import a full export (without “Only what changed”).

The separate calendar name is used by Outlook only.</source>
        <translation>Outlook (Windows): Archivo → Abrir y exportar → Importar o exportar → «Importar un archivo de iCalendar (.ics) o vCalendar (.vcs)» → Siguiente → elija el archivo → Importar. No «Abrir calendario»: eso abre el archivo como un calendario propio, y cada archivo posterior sería otro más. Outlook reconoce los eventos por su UID y conserva la SEQUENCE más alta, así que un archivo posterior mueve los seguimientos cambiados y marca los cerrados con «Hecho:» o «Cancelado:».

Google Calendar: importe en un calendario reservado para seguimientos. Créelo una vez: Configuración → Añadir calendario → Crear calendario → «Seguimientos». Luego Configuración → Importar y exportar → Importar, elija el archivo y ese calendario. Google añade los eventos nuevos pero ignora los cambios y las eliminaciones de eventos que ya tiene; para actualizarlo, elimine el calendario Seguimientos, vuelva a crearlo e importe una exportación completa (sin «Solo lo que ha cambiado»).

El nombre de calendario aparte solo lo usa Outlook.</translation>
    </message>
    <message>
        <source>follow-up-{number}.ics</source>
        <translation>seguimiento-{number}.ics</translation>
    </message>
    <message>
        <source>That follow-up is closed or no longer exists, and no calendar file held it, so there is nothing to add.</source>
        <translation>Ese seguimiento está cerrado o ya no existe, y ningún archivo de calendario lo contenía, así que no hay nada que añadir.</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_commands</name>
    <message numerus="yes">
        <source>Import of %n contacts from {file}</source>
        <extracomment>Import of %n contact from {file}</extracomment>
        <translation>
            <numerusform>Importación de %n contacto desde {file}</numerusform>
            <numerusform>Importación de %n contactos desde {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Undoing this import would also delete {work}.

A backup of your data is taken first, so File → Restore from backup… can bring it back.

Undo the import anyway?</source>
        <translation>Deshacer esta importación también eliminaría {work}.

Antes se hace una copia de seguridad de sus datos, así que Archivo → Restaurar copia de seguridad… puede recuperarlo.

¿Deshacer la importación de todos modos?</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_model</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL del perfil</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Actualizar existente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Add to line {line}</source>
        <translation>Añadir a la línea {line}</translation>
    </message>
    <message>
        <source>{category} (default)</source>
        <translation>{category} (por defecto)</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_pages</name>
    <message>
        <source>&lt;b&gt;Your LinkedIn connections:&lt;/b&gt; on LinkedIn open &lt;i&gt;Me → Settings &amp;amp; Privacy → Data privacy → Get a copy of your data&lt;/i&gt;, choose &lt;i&gt;Connections&lt;/i&gt; and &lt;i&gt;Request archive&lt;/i&gt;. LinkedIn e-mails you a link (usually within minutes); download the ZIP, unzip it and choose &lt;b&gt;Connections.csv&lt;/b&gt; here. LinkedIn leaves out most e-mail addresses, so people are recognised by their profile URL.</source>
        <translation>&lt;b&gt;Sus contactos de LinkedIn:&lt;/b&gt; en LinkedIn abra &lt;i&gt;Yo → Ajustes y privacidad → Privacidad de datos → Obtener una copia de tus datos&lt;/i&gt;, elija &lt;i&gt;Contactos&lt;/i&gt; y &lt;i&gt;Solicitar archivo&lt;/i&gt;. LinkedIn le envía un enlace por correo (normalmente en minutos); descargue el ZIP, descomprímalo y elija aquí &lt;b&gt;Connections.csv&lt;/b&gt;. LinkedIn omite la mayoría de las direcciones de correo, así que las personas se reconocen por la URL de su perfil.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que quiere importar</translation>
    </message>
    <message>
        <source>A contacts export from Outlook, Google Contacts or LinkedIn, a vCard file from a phone, or any spreadsheet saved as CSV. The format is recognised from the content.</source>
        <translation>Una exportación de contactos de Outlook, Google Contactos o LinkedIn, un archivo vCard de un teléfono o cualquier hoja de cálculo guardada como CSV. El formato se reconoce por el contenido.</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>contactos.csv o contactos.vcf</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>Which column is what?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <source>This CSV is not an Outlook or Google export. Tell us what each column holds; the choice is remembered for files with the same columns.</source>
        <translation>Este CSV no es una exportación de Outlook ni de Google. Indique qué contiene cada columna; la elección se recuerda para archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>Choose at least a name, company or e-mail column.</source>
        <translation>Elija al menos una columna de nombre, empresa o correo.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>No se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplicados:</translation>
    </message>
    <message>
        <source>Category when the file's &amp;categories are not ours:</source>
        <translation>Categoría si las &amp;categorías del archivo no son nuestras:</translation>
    </message>
    <message>
        <source>Categories in the file:</source>
        <translation>Categorías del archivo:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>%n row</extracomment>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>%n new</extracomment>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <extracomment>%n duplicate</extracomment>
        <translation>
            <numerusform>%n duplicada</numerusform>
            <numerusform>%n duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <extracomment>%n invalid</extracomment>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {counts}</source>
        <translation>{rows}: {counts}</translation>
    </message>
    <message>
        <source>Dates such as 3/4/1980 are read as {order}.</source>
        <translation>Las fechas como 3/4/1980 se leen como {order}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>and %n more</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>none (every contact goes to {category})</source>
        <translation>ninguna (cada contacto va a {category})</translation>
    </message>
    <message>
        <source>Pressing Import will add {contacts}, update {update}, merge {merge} into rows above, skip {skip} and leave out {invalid}.</source>
        <translation>Importar añadirá {contacts}, actualizará {update}, combinará {merge} con filas anteriores, omitirá {skip} y dejará fuera {invalid}.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows</source>
        <extracomment>%n invalid row</extracomment>
        <translation>
            <numerusform>%n fila no válida</numerusform>
            <numerusform>%n filas no válidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_wizard</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Cancelled. Press Back to choose another file.</source>
        <translation>Cancelado. Pulse Atrás para elegir otro archivo.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contacts and updated {updated}. {skipped} skipped, {invalid} invalid.</source>
        <extracomment>Imported %n new contact and updated {updated}. {skipped} skipped, {invalid} invalid.</extracomment>
        <translation>
            <numerusform>%n contacto nuevo importado y {updated} actualizados. Omitidos: {skipped}, no válidos: {invalid}.</numerusform>
            <numerusform>%n contactos nuevos importados y {updated} actualizados. Omitidos: {skipped}, no válidos: {invalid}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan first contact for the %n new contacts…</source>
        <extracomment>&amp;Plan first contact for the %n new contact…</extracomment>
        <translation>
            <numerusform>&amp;Planificar primer contacto para %n contacto nuevo…</numerusform>
            <numerusform>&amp;Planificar primer contacto para los %n contactos nuevos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: the %n contacts it added were removed.</source>
        <extracomment>The import was undone: the %n contact it added was removed.</extracomment>
        <translation>
            <numerusform>Se deshizo la importación: se eliminó el contacto que añadió.</numerusform>
            <numerusform>Se deshizo la importación: se eliminaron los %n contactos que añadió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contacts it updated are as they were.</source>
        <extracomment>The %n contact it updated is as it was.</extracomment>
        <translation>
            <numerusform>El contacto que actualizó está como estaba.</numerusform>
            <numerusform>Los %n contactos que actualizó están como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it removed is kept in the backup {path}.</source>
        <translation>Lo que eliminó se conserva en la copia de seguridad {path}.</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>No se ha deshecho la importación.</translation>
    </message>
</context>
<context>
    <name>ui.import_export.progress_row</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ui.import_export.run_page</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
</TS>
