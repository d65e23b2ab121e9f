<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.shell.about_dialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Log every call, e-mail or meeting and plan the next follow-up, so no prospect, client or referral falls through the cracks.</source>
        <translation>Registre cada llamada, correo o reunión y planifique el siguiente seguimiento, para que ningún prospecto, cliente o referido se le escape.</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder that holds your database</source>
        <translation>Mostrar la carpeta que contiene su base de datos</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Sus datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Hecho con:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>{file} (not created yet)</source>
        <translation>{file} (aún no creado)</translation>
    </message>
    <message>
        <source>The data folder could not be opened in your file manager. You can find it here:
{folder}</source>
        <translation>No se pudo abrir la carpeta de datos en su explorador de archivos. La encontrará aquí:
{folder}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ui.shell.actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Registrar &amp;interacción…</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planificar seguimiento…</translation>
    </message>
    <message>
        <source>Plan the next follow-up for the contact without logging an interaction</source>
        <translation>Planificar el siguiente seguimiento del contacto sin registrar una interacción</translation>
    </message>
    <message>
        <source>&amp;Working days…</source>
        <translation>Días &amp;laborables…</translation>
    </message>
    <message>
        <source>The days you work and whose public holidays you keep: proposed dates land on them</source>
        <translation>Los días que trabaja y los festivos que respeta: las fechas propuestas caen en ellos</translation>
    </message>
    <message>
        <source>Follow-up &amp;series…</source>
        <translation>&amp;Serie de seguimientos…</translation>
    </message>
    <message>
        <source>Apply a series of follow-ups to the contact, or stop one</source>
        <translation>Aplicar una serie de seguimientos al contacto, o detenerla</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>&amp;Print weekly list…</source>
        <translation>Im&amp;primir lista semanal…</translation>
    </message>
    <message>
        <source>Preview, print or save this week's follow-up list</source>
        <translation>Ver, imprimir o guardar la lista de seguimientos de esta semana</translation>
    </message>
    <message>
        <source>&amp;Holiday cards…</source>
        <translation>&amp;Tarjetas de felicitación…</translation>
    </message>
    <message>
        <source>Address labels (Avery 5160 / L7160) or an address list for a card mailing</source>
        <translation>Etiquetas de dirección (Avery 5160 / L7160) o una lista de direcciones para enviar tarjetas</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>Exportar al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Write follow-ups as an .ics file for Outlook or Google</source>
        <translation>Guardar los seguimientos como archivo .ics para Outlook o Google</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer: {step}</translation>
    </message>
</context>
<context>
    <name>ui.shell.error_dialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: algo ha fallado</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Los detalles se guardaron en {file}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
</context>
<context>
    <name>ui.shell.language_menu</name>
    <message>
        <source>&amp;System language ({language})</source>
        <translation>Idioma del &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>The new language applies when {app} starts again.</source>
        <translation>El nuevo idioma se aplicará cuando {app} se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>ui.shell.lazy_tabs</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
</context>
<context>
    <name>ui.shell.main_window</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Select a contact (or a follow-up) first.</source>
        <translation>Seleccione primero un contacto (o un seguimiento).</translation>
    </message>
    <message>
        <source>Working days: {days}.</source>
        <translation>Días laborables: {days}.</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Seleccione primero un contacto.</translation>
    </message>
    <message>
        <source>The sample book opens in a window of its own; yours stays as it is.</source>
        <translation>Los datos de ejemplo se abren en una ventana aparte; los suyos no cambian.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contacts, updated {updated}.</source>
        <extracomment>Imported %n contact, updated {updated}.</extracomment>
        <translation>
            <numerusform>%n contacto importado, {updated} actualizados.</numerusform>
            <numerusform>%n contactos importados, {updated} actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the screenshot to {path}</source>
        <translation>no se puede guardar la captura en {path}</translation>
    </message>
</context>
<context>
    <name>ui.shell.recovery_dialog</name>
    <message>
        <source>Your database is damaged</source>
        <translation>Su base de datos está dañada</translation>
    </message>
    <message>
        <source>Your database is in use</source>
        <translation>Su base de datos está en uso</translation>
    </message>
    <message>
        <source>Your database cannot be written</source>
        <translation>No se puede escribir en su base de datos</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>Your database is from a newer version</source>
        <translation>Su base de datos es de una versión más reciente</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
    <message>
        <source>Your database cannot be opened</source>
        <translation>No se puede abrir su base de datos</translation>
    </message>
    <message>
        <source>{when} — {counts}</source>
        <translation>{when} — {counts}</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurar la última copia</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Elegir otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>The latest good backup is from {backup}.</source>
        <translation>La última copia válida es del {backup}.</translation>
    </message>
    <message>
        <source>There is no backup beside it; you can choose a backup file you made.</source>
        <translation>No hay ninguna copia junto a ella; puede elegir un archivo de copia que haya hecho.</translation>
    </message>
    <message>
        <source>Nothing is deleted: the damaged file is kept beside it under a new name.</source>
        <translation>No se borra nada: el archivo dañado se conserva al lado con otro nombre.</translation>
    </message>
    <message>
        <source>Choose a backup or database file</source>
        <translation>Elegir una copia o un archivo de base de datos</translation>
    </message>
    <message>
        <source>Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Datos de Follow-up Desktop (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>El archivo dañado se conservó como {file}.</translation>
    </message>
    <message>
        <source>The file it replaced was backed up to {file}.</source>
        <translation>Se hizo una copia del archivo reemplazado en {file}.</translation>
    </message>
    <message>
        <source>Updating your data for this version of Follow-up Desktop.
A checked backup is made first; this can take a little while.</source>
        <translation>Actualizando sus datos para esta versión de Follow-up Desktop.
Primero se hace una copia verificada; puede tardar un poco.</translation>
    </message>
</context>
<context>
    <name>ui.shell.reminders</name>
    <message>
        <source>&amp;Show {app}</source>
        <translation>&amp;Mostrar {app}</translation>
    </message>
    <message>
        <source>&amp;Minimise to the tray</source>
        <translation>Minimi&amp;zar a la bandeja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Morning summary at {time}…</source>
        <translation>Resumen de la mañana a las {time}…</translation>
    </message>
    <message>
        <source>Morning summary</source>
        <translation>Resumen de la mañana</translation>
    </message>
    <message>
        <source>Show the day's summary at (HH:MM):</source>
        <translation>Mostrar el resumen del día a las (HH:MM):</translation>
    </message>
    <message>
        <source>“{text}” is not a time like 08:30.</source>
        <translation>«{text}» no es una hora como 08:30.</translation>
    </message>
</context>
<context>
    <name>ui.shell.sample</name>
    <message>
        <source>SAMPLE DATA (throw-away)</source>
        <translation>DATOS DE EJEMPLO (desechables)</translation>
    </message>
    <message>
        <source>the sample data could not be made</source>
        <translation>no se pudieron crear los datos de ejemplo</translation>
    </message>
    <message>
        <source>The sample data could not be made: {error}</source>
        <translation>No se pudieron crear los datos de ejemplo: {error}</translation>
    </message>
    <message>
        <source>The sample window could not be started.</source>
        <translation>No se pudo abrir la ventana de los datos de ejemplo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; Try anything here: this book is separate from yours and can be thrown away.</source>
        <translation>&lt;b&gt;Datos de ejemplo.&lt;/b&gt; Pruebe lo que quiera: están separados de los suyos y se pueden desechar.</translation>
    </message>
    <message>
        <source>Throw the sample away…</source>
        <translation>Desechar el ejemplo…</translation>
    </message>
    <message>
        <source>Throw the sample away?</source>
        <translation>¿Desechar el ejemplo?</translation>
    </message>
    <message>
        <source>Close this window and delete the sample book? Your own book is not touched.</source>
        <translation>¿Cerrar esta ventana y borrar los datos de ejemplo? Sus propios datos no se tocan.</translation>
    </message>
</context>
<context>
    <name>ui.shell.single_instance</name>
    <message>
        <source>{app} is already open on the data folder {folder}, but it does not answer. Close it (or wait until it responds) and start again.</source>
        <translation>{app} ya está abierto con la carpeta de datos {folder}, pero no responde. Ciérrelo (o espere a que responda) y vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>ui.shell.startup</name>
    <message>
        <source>That did not work: {error}</source>
        <translation>No ha funcionado: {error}</translation>
    </message>
</context>
<context>
    <name>ui.shell.working_days</name>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Dates the app proposes (quick picks, +1 day and Next week, series, catch-up, the call after a promise lapses) land on these days. You can still type any date.</source>
        <translation>Las fechas que propone la aplicación (selección rápida, +1 día y La próxima semana, series, ponerse al día, la llamada tras un compromiso vencido) caen en estos días. Puede seguir escribiendo cualquier fecha.</translation>
    </message>
    <message>
        <source>I work on:</source>
        <translation>Trabajo los:</translation>
    </message>
    <message>
        <source>Country or region, e.g. &quot;DE&quot;, &quot;DE-BY&quot;, &quot;US-CA&quot;, &quot;GB&quot;</source>
        <translation>País o región, p. ej. &quot;ES&quot;, &quot;ES-MD&quot;, &quot;MX&quot;, &quot;AR&quot;</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Festivos de</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Festivos de:</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Morning:</source>
        <translation>Mañana:</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Afternoon:</source>
        <translation>Tarde:</translation>
    </message>
    <message>
        <source>Typed “monday morning” means:</source>
        <translation>Escribir «lunes por la mañana» significa:</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Marque al menos un día laborable.</translation>
    </message>
</context>
</TS>
