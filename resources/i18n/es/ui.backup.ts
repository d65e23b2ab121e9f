<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.backup.actions</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Follow-up Desktop backup (*.sqlite3)</source>
        <translation>Copia de seguridad de Follow-up Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from {when} ({counts})?

Your current data is backed up first, so you can come back to it.</source>
        <translation>¿Sustituir sus datos actuales por la copia de seguridad del {when} ({counts})?

Antes se hace una copia de sus datos actuales, así que podrá volver a ellos.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Write a checked copy of all your data to a file</source>
        <translation>Escribir una copia comprobada de todos sus datos en un archivo</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Go back to the data of an earlier backup</source>
        <translation>Volver a los datos de una copia anterior</translation>
    </message>
    <message>
        <source>A backup is already being written.</source>
        <translation>Ya se está escribiendo una copia de seguridad.</translation>
    </message>
    <message>
        <source>{problem} Use File → Restore from backup… to go back to a good backup; the damaged file is kept.</source>
        <translation>{problem} Use Archivo → Restaurar copia de seguridad… para volver a una copia en buen estado; el archivo dañado se conserva.</translation>
    </message>
    <message>
        <source>Follow-up Desktop backup {date}.sqlite3</source>
        <translation>Copia de Follow-up Desktop {date}.sqlite3</translation>
    </message>
    <message>
        <source>Nothing was backed up. {problem}</source>
        <translation>No se ha hecho ninguna copia. {problem}</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Haciendo copia en {path}…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({counts}); checked: ok.</source>
        <translation>Copia guardada en {path} ({counts}); comprobada: correcta.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copia guardada en {path}.</translation>
    </message>
    <message>
        <source>Nothing was restored. {problem}</source>
        <translation>No se ha restaurado nada. {problem}</translation>
    </message>
    <message>
        <source>Checking the backup and saving your current data first…</source>
        <translation>Comprobando la copia y guardando primero sus datos actuales…</translation>
    </message>
    <message>
        <source>Restored {source}. The data it replaced was kept as {kept}.</source>
        <translation>{source} restaurado. Los datos sustituidos se conservan en {kept}.</translation>
    </message>
</context>
<context>
    <name>ui.backup.restore_dialog</name>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Elija la copia a la que quiere volver. Antes se hace una copia de sus datos actuales, así que una restauración también se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet. You can choose a backup file you made.</source>
        <translation>Todavía no hay copias automáticas. Puede elegir un archivo de copia que haya hecho usted.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia</translation>
    </message>
    <message>
        <source>Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Datos de Follow-up Desktop (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
