<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>commands</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>interrupted; nothing after the last saved step was written.</source>
        <translation>interrumpido; no se escribió nada después del último paso guardado.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Los detalles están en {file}.</translation>
    </message>
    <message>
        <source>replace the file even when it is read-only</source>
        <translation>reemplazar el archivo aunque sea de solo lectura</translation>
    </message>
    <message>
        <source>There is no category named “{name}” (there are: {known}).</source>
        <translation>No hay ninguna categoría «{name}» (existen: {known}).</translation>
    </message>
    <message>
        <source>the output was closed before everything was written.</source>
        <translation>la salida se cerró antes de escribirlo todo.</translation>
    </message>
    <message>
        <source>there was not enough memory to finish; nothing more was written.</source>
        <translation>no había memoria suficiente para terminar; no se escribió nada más.</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desktop did not expect ({error}). What was saved before is safe; nothing after the last saved step was written.</source>
        <translation>Follow-up Desktop encontró un error inesperado ({error}). Lo guardado antes está a salvo; no se escribió nada después del último paso guardado.</translation>
    </message>
    <message>
        <source>To go back to a backup from {folder}: followup-desktop restore FILE</source>
        <translation>Para volver a una copia de {folder}: followup-desktop restore ARCHIVO</translation>
    </message>
</context>
<context>
    <name>cli.argparse_words</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido: %(value)r (se espera %(type)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se espera un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se espera al menos un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se espera como mucho un valor</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli.backup</name>
    <message>
        <source>write a verified copy of the database (default: into the backups folder)</source>
        <translation>escribir una copia verificada de la base de datos (por defecto: en la carpeta de copias)</translation>
    </message>
    <message>
        <source>write the backup to FILE instead</source>
        <translation>escribir la copia en FILE en su lugar</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current data is backed up first)</source>
        <translation>reemplazar la base de datos por una copia (antes se hace copia de los datos actuales)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia que se restaura</translation>
    </message>
    <message>
        <source>there is no database in {folder} yet; nothing to back up.</source>
        <translation>todavía no hay base de datos en {folder}; no hay nada que copiar.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name (nothing was overwritten).</source>
        <translation>{file} ya existe; elija otro nombre (no se sobrescribió nada).</translation>
    </message>
    <message>
        <source>Backed up to {file} ({summary}); checked: ok.</source>
        <translation>Copia guardada en {file} ({summary}); verificada: correcta.</translation>
    </message>
    <message>
        <source>Follow-up Desktop is open on this data folder (process {pid}); close it first, or use File &gt; Restore from backup in the window.</source>
        <translation>Follow-up Desktop está abierto con esta carpeta de datos (proceso {pid}); ciérrelo primero o use Archivo &gt; Restaurar copia de seguridad en la ventana.</translation>
    </message>
    <message>
        <source>Restored {file} ({summary}).</source>
        <translation>{file} restaurado ({summary}).</translation>
    </message>
    <message>
        <source>The data it replaced was backed up to {file}.</source>
        <translation>Se hizo copia de los datos reemplazados en {file}.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside to {file}.</source>
        <translation>La base de datos dañada se apartó a {file}.</translation>
    </message>
</context>
<context>
    <name>cli.demo</name>
    <message>
        <source>fill the database with realistic, deterministic sample data</source>
        <translation>llenar la base de datos con datos de ejemplo realistas y reproducibles</translation>
    </message>
    <message>
        <source>how many contacts (default 200)</source>
        <translation>cuántos contactos (200 por defecto)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>semilla aleatoria (1 por defecto)</translation>
    </message>
    <message>
        <source>add to a database that already holds contacts</source>
        <translation>añadir a una base de datos que ya tiene contactos</translation>
    </message>
    <message>
        <source>--contacts cannot be negative.</source>
        <translation>--contacts no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>cli.export_contacts</name>
    <message>
        <source>export contacts as CSV or vCard 3.0</source>
        <translation>exportar contactos como CSV o vCard 3.0</translation>
    </message>
    <message>
        <source>default: csv</source>
        <translation>por defecto: csv</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>only the contacts of this category</source>
        <translation>solo los contactos de esta categoría</translation>
    </message>
    <message>
        <source>also export archived contacts</source>
        <translation>exportar también los contactos archivados</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {file}.</source>
        <extracomment>Exported %n contact to {file}.</extracomment>
        <translation>
            <numerusform>%n contacto exportado a {file}.</numerusform>
            <numerusform>%n contactos exportados a {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.export_ics</name>
    <message>
        <source>write follow-ups as an .ics file for Outlook or Google Calendar</source>
        <translation>escribir los seguimientos como archivo .ics para Outlook o Google Calendar</translation>
    </message>
    <message>
        <source>Write follow-ups as an .ics calendar file (default: every open follow-up).</source>
        <translation>Escribir los seguimientos como archivo de calendario .ics (por defecto: todos los seguimientos abiertos).</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>el archivo .ics que se escribe</translation>
    </message>
    <message>
        <source>first due date (YYYY-MM-DD)</source>
        <translation>primera fecha de vencimiento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>last due date (YYYY-MM-DD)</source>
        <translation>última fecha de vencimiento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>only contacts in this category (repeat for several)</source>
        <translation>solo contactos de esta categoría (repita para varias)</translation>
    </message>
    <message>
        <source>only what changed since it was exported, plus what is new: {rule}</source>
        <translation>solo lo que cambió desde la exportación, más lo nuevo: {rule}</translation>
    </message>
    <message>
        <source>only follow-ups where it is my move</source>
        <translation>solo los seguimientos en los que me toca a mí</translation>
    </message>
    <message>
        <source>only follow-ups where I wait for them</source>
        <translation>solo los seguimientos en los que le toca al contacto</translation>
    </message>
    <message>
        <source>add a reminder to every event</source>
        <translation>añadir un aviso a cada evento</translation>
    </message>
    <message>
        <source>also birthdays and anniversaries, as yearly all-day events shown as free</source>
        <translation>también cumpleaños y aniversarios, como eventos anuales de todo el día mostrados como libres</translation>
    </message>
    <message>
        <source>ask the calendar to import into a separate calendar of this name</source>
        <translation>pedir al calendario que importe en un calendario aparte con este nombre</translation>
    </message>
    <message>
        <source>time zone the due times are in, e.g. Europe/Berlin (default: this computer's)</source>
        <translation>zona horaria de las horas de vencimiento, p. ej. Europe/Madrid (por defecto: la de este equipo)</translation>
    </message>
    <message>
        <source>{option} “{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} «{value}» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}.</source>
        <translation>--to {end} es anterior a --from {start}.</translation>
    </message>
    <message>
        <source>follow-ups.ics</source>
        <translation>seguimientos.ics</translation>
    </message>
    <message>
        <source>{folder} is a folder; give a file name such as {example}.</source>
        <translation>{folder} es una carpeta; indique un nombre de archivo como {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>No follow-ups new or changed since the last export match; {file} was not written.</source>
        <translation>Ningún seguimiento es nuevo ni ha cambiado desde la última exportación; no se escribió {file}.</translation>
    </message>
    <message>
        <source>No follow-ups match; {file} was not written.</source>
        <translation>Ningún seguimiento coincide; no se escribió {file}.</translation>
    </message>
</context>
<context>
    <name>cli.import_contacts</name>
    <message>
        <source>import contacts from a CSV (Outlook, Google, any) or vCard file</source>
        <translation>importar contactos de un archivo CSV (Outlook, Google, cualquiera) o vCard</translation>
    </message>
    <message>
        <source>Import contacts. The format is read from the content, not the extension.</source>
        <translation>Importar contactos. El formato se reconoce por el contenido, no por la extensión.</translation>
    </message>
    <message>
        <source>the CSV or vCard (.vcf) file</source>
        <translation>el archivo CSV o vCard (.vcf)</translation>
    </message>
    <message>
        <source>category for contacts whose categories in the file match none of ours (default: Prospects)</source>
        <translation>categoría para los contactos cuyas categorías del archivo no coinciden con ninguna nuestra (por defecto: Prospectos)</translation>
    </message>
    <message>
        <source>a row that is already a contact (same e-mail, else profile URL, else name and phone, else name and company): skip it (default), update the contact, or add it anyway</source>
        <translation>una fila que ya es un contacto (mismo correo, si no URL de perfil, si no nombre y teléfono, si no nombre y empresa): omitirla (por defecto), actualizar el contacto o añadirla igualmente</translation>
    </message>
    <message>
        <source>how to read a date such as 3/4/1980 when the file does not show it (a value such as 15/3 or 3/15 decides for the whole file); dots are day.month</source>
        <translation>cómo leer una fecha como 3/4/1980 cuando el archivo no lo deja claro (un valor como 15/3 o 3/15 decide para todo el archivo); los puntos son día.mes</translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation>mostrar lo que pasaría; no escribir nada</translation>
    </message>
    <message>
        <source>undo an import (its number is printed by import)</source>
        <translation>deshacer una importación (import muestra su número)</translation>
    </message>
    <message>
        <source>the import's number</source>
        <translation>el número de la importación</translation>
    </message>
    <message>
        <source>undo even when notes, follow-ups or edits made since with its contacts would be deleted too (a backup is taken first)</source>
        <translation>deshacer aunque se borren también notas, seguimientos o cambios hechos desde entonces en sus contactos (antes se hace una copia)</translation>
    </message>
    <message>
        <source>the columns of “{file}” were not recognised ({columns}). Import it once with File → Import contacts… in the app to choose which column is what; the choice is remembered for files like it.</source>
        <translation>no se reconocieron las columnas de «{file}» ({columns}). Impórtelo una vez en la aplicación con Archivo → Importar contactos… para indicar qué es cada columna; la elección se recuerda para archivos parecidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>%n row</extracomment>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {about}</source>
        <translation>{file}: {about}</translation>
    </message>
    <message>
        <source>{line} (dry run: nothing was written)</source>
        <translation>{line} (simulación: no se escribió nada)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Columnas: {columns}</translation>
    </message>
    <message>
        <source>Dates such as 3/4/1980 read as {order}</source>
        <translation>Fechas como 3/4/1980 leídas como {order}</translation>
    </message>
    <message>
        <source>To undo: followup-desktop undo-import {number}</source>
        <translation>Para deshacer: followup-desktop undo-import {number}</translation>
    </message>
    <message>
        <source>nothing could be imported from this file.</source>
        <translation>no se pudo importar nada de este archivo.</translation>
    </message>
    <message>
        <source>To undo it anyway, run: followup-desktop undo-import {number} --force (a backup of everything is taken first).</source>
        <translation>Para deshacerla igualmente: followup-desktop undo-import {number} --force (antes se hace una copia de todo).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n contacts and reverted {reverted}.</source>
        <extracomment>Removed %n contact and reverted {reverted}.</extracomment>
        <translation>
            <numerusform>%n contacto eliminado y {reverted} revertidos.</numerusform>
            <numerusform>%n contactos eliminados y {reverted} revertidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it deleted is kept in the backup {file}.</source>
        <translation>Lo eliminado se conserva en la copia {file}.</translation>
    </message>
</context>
<context>
    <name>cli.jogger</name>
    <message>
        <source>write the weekly follow-up list (the memory jogger) as a PDF</source>
        <translation>escribir la lista semanal de seguimientos como PDF</translation>
    </message>
    <message>
        <source>Write one week's follow-up list as a PDF: what is due, grouped by category, with overdue items first, contacts with no next step and prompts. Each category starts on a new page unless --no-page-per-category is given (or the print preview's 'Start each category on a new page' box was unticked).</source>
        <translation>Escribir la lista de seguimientos de una semana como PDF: lo pendiente, agrupado por categoría, lo atrasado primero, los contactos sin próximo paso y las sugerencias. Cada categoría empieza en una página nueva salvo con --no-page-per-category (o si se desmarcó en la vista previa la casilla de una página por categoría).</translation>
    </message>
    <message>
        <source>leave out the contacts that have no next step planned</source>
        <translation>omitir los contactos sin próximo paso planificado</translation>
    </message>
    <message>
        <source>leave out the memory-jogger prompts</source>
        <translation>omitir las sugerencias</translation>
    </message>
    <message>
        <source>start each category on a new page; --no-page-per-category packs the categories one after another to save paper (default: as last chosen in the print preview, else a new page per category)</source>
        <translation>empezar cada categoría en una página nueva; --no-page-per-category las pone seguidas para ahorrar papel (por defecto: lo último elegido en la vista previa, si no una página por categoría)</translation>
    </message>
    <message>
        <source>name printed in the header (default: saved)</source>
        <translation>nombre impreso en el encabezado (por defecto: el guardado)</translation>
    </message>
    <message>
        <source>{why} No PDF was written.</source>
        <translation>{why} No se escribió ningún PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <extracomment>%n to follow up</extracomment>
        <translation>
            <numerusform>%n por seguir</numerusform>
            <numerusform>%n por seguir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} ({overdue})</source>
        <translation>{due} ({overdue})</translation>
    </message>
    <message>
        <source>Wrote {file}: {week}, {due}, {pages}.</source>
        <translation>{file} escrito: {week}, {due}, {pages}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <extracomment>%n page</extracomment>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.printing</name>
    <message>
        <source>the week, e.g. 2026-W48 (default: this week; it starts on the locale's first day)</source>
        <translation>la semana, p. ej. 2026-W48 (por defecto: esta semana; empieza el primer día de la configuración regional)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>paper size (default: from the locale, Letter in the US and Canada, else A4)</source>
        <translation>tamaño del papel (por defecto: según la configuración regional, Letter en EE. UU. y Canadá, si no A4)</translation>
    </message>
</context>
<context>
    <name>cli.review</name>
    <message>
        <source>write the weekly review (persistence pays, given up too early, the week's numbers) as a one-page PDF</source>
        <translation>escribir la revisión semanal (la constancia compensa, abandonados demasiado pronto, las cifras de la semana) como PDF de una página</translation>
    </message>
    <message>
        <source>Write one week's review as a one-page PDF: after how many attempts your contacts answered, which channels got replies, the prospects and referrals given up too early, and the week in numbers with the eight weeks before it.</source>
        <translation>Escribir la revisión de una semana como PDF de una página: tras cuántos intentos respondieron sus contactos, qué canales obtuvieron respuestas, los prospectos y referidos abandonados demasiado pronto, y la semana en cifras junto a las ocho anteriores.</translation>
    </message>
    <message>
        <source>the history the charts cover: {periods} (default: {default})</source>
        <translation>el periodo que cubren los gráficos: {periods} (por defecto: {default})</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n follow-ups done</source>
        <extracomment>{done}/%n follow-up done</extracomment>
        <translation>
            <numerusform>{done}/%n seguimiento hecho</numerusform>
            <numerusform>{done}/%n seguimientos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: review of {week}, {done}, {replies}, {given_up}.</source>
        <translation>{file} escrito: revisión de {week}, {done}, {replies}, {given_up}.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies charted</source>
        <extracomment>%n reply charted</extracomment>
        <translation>
            <numerusform>%n respuesta en los gráficos</numerusform>
            <numerusform>%n respuestas en los gráficos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up too early</source>
        <extracomment>%n given up too early</extracomment>
        <translation>
            <numerusform>%n abandonado demasiado pronto</numerusform>
            <numerusform>%n abandonados demasiado pronto</numerusform>
        </translation>
    </message>
</context>
</TS>
