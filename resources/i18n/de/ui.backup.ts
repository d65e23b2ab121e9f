<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.backup.actions</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Follow-up Desktop backup (*.sqlite3)</source>
        <translation>Follow-up-Desktop-Sicherung (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from {when} ({counts})?

Your current data is backed up first, so you can come back to it.</source>
        <translation>Ihre aktuellen Daten durch die Sicherung vom {when} ersetzen ({counts})?

Ihre aktuellen Daten werden vorher gesichert, Sie können also zu ihnen zurückkehren.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Write a checked copy of all your data to a file</source>
        <translation>Eine geprüfte Kopie aller Ihrer Daten in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Go back to the data of an earlier backup</source>
        <translation>Zu den Daten einer früheren Sicherung zurückkehren</translation>
    </message>
    <message>
        <source>A backup is already being written.</source>
        <translation>Es wird bereits eine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>{problem} Use File → Restore from backup… to go back to a good backup; the damaged file is kept.</source>
        <translation>{problem} Mit Datei → Aus Sicherung wiederherstellen… kehren Sie zu einer intakten Sicherung zurück; die beschädigte Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Follow-up Desktop backup {date}.sqlite3</source>
        <translation>Follow-up-Desktop-Sicherung {date}.sqlite3</translation>
    </message>
    <message>
        <source>Nothing was backed up. {problem}</source>
        <translation>Es wurde nichts gesichert. {problem}</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Sichern nach {path} …</translation>
    </message>
    <message>
        <source>Backed up to {path} ({counts}); checked: ok.</source>
        <translation>Gesichert nach {path} ({counts}); geprüft: in Ordnung.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert nach {path}.</translation>
    </message>
    <message>
        <source>Nothing was restored. {problem}</source>
        <translation>Es wurde nichts wiederhergestellt. {problem}</translation>
    </message>
    <message>
        <source>Checking the backup and saving your current data first…</source>
        <translation>Sicherung wird geprüft, Ihre aktuellen Daten werden zuerst gesichert …</translation>
    </message>
    <message>
        <source>Restored {source}. The data it replaced was kept as {kept}.</source>
        <translation>{source} wiederhergestellt. Die ersetzten Daten wurden als {kept} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ui.backup.restore_dialog</name>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre aktuellen Daten werden vorher gesichert, sodass Sie auch eine Wiederherstellung rückgängig machen können.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet. You can choose a backup file you made.</source>
        <translation>Es gibt noch keine automatischen Sicherungen. Sie können eine selbst erstellte Sicherungsdatei wählen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Follow-up-Desktop-Daten (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
