<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.backup.actions</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Follow-up Desktop backup (*.sqlite3)</source>
        <translation>Sauvegarde Follow-up Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from {when} ({counts})?

Your current data is backed up first, so you can come back to it.</source>
        <translation>Remplacer vos données actuelles par la sauvegarde du {when} ({counts}) ?

Vos données actuelles sont d'abord sauvegardées : vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write a checked copy of all your data to a file</source>
        <translation>Écrire une copie vérifiée de toutes vos données dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to the data of an earlier backup</source>
        <translation>Revenir aux données d'une sauvegarde antérieure</translation>
    </message>
    <message>
        <source>A backup is already being written.</source>
        <translation>Une sauvegarde est déjà en cours d'écriture.</translation>
    </message>
    <message>
        <source>{problem} Use File → Restore from backup… to go back to a good backup; the damaged file is kept.</source>
        <translation>{problem} Utilisez Fichier → Restaurer une sauvegarde… pour revenir à une sauvegarde intacte ; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>Follow-up Desktop backup {date}.sqlite3</source>
        <translation>Sauvegarde Follow-up Desktop {date}.sqlite3</translation>
    </message>
    <message>
        <source>Nothing was backed up. {problem}</source>
        <translation>Rien n'a été sauvegardé. {problem}</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Sauvegarde vers {path}…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({counts}); checked: ok.</source>
        <translation>Sauvegardé dans {path} ({counts}) ; vérifié : OK.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <source>Nothing was restored. {problem}</source>
        <translation>Rien n'a été restauré. {problem}</translation>
    </message>
    <message>
        <source>Checking the backup and saving your current data first…</source>
        <translation>Vérification de la sauvegarde et sauvegarde préalable de vos données actuelles…</translation>
    </message>
    <message>
        <source>Restored {source}. The data it replaced was kept as {kept}.</source>
        <translation>{source} restauré. Les données remplacées ont été conservées dans {kept}.</translation>
    </message>
</context>
<context>
    <name>ui.backup.restore_dialog</name>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Vos données actuelles sont d'abord sauvegardées : une restauration peut donc elle-même être annulée en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet. You can choose a backup file you made.</source>
        <translation>Il n'y a pas encore de sauvegarde automatique. Vous pouvez choisir un fichier de sauvegarde que vous avez créé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Données Follow-up Desktop (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
