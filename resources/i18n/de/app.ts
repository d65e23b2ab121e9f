<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Log every interaction, plan the next follow-up, never let a contact slip.</source>
        <translation>Jeden Kontakt festhalten, den nächsten Follow-up planen, keinen Kontakt verlieren.</translation>
    </message>
    <message>
        <source>folder holding the database (default: $FOLLOWUP_DATA_DIR or the platform's data folder)</source>
        <translation>Ordner mit der Datenbank (Standard: $FOLLOWUP_DATA_DIR oder der Datenordner des Systems)</translation>
    </message>
    <message>
        <source>language of the window, the printed list, the calendar files and these messages (default: Settings → Language, else the system's)</source>
        <translation>Sprache des Fensters, der gedruckten Liste, der Kalenderdateien und dieser Meldungen (Standard: Einstellungen → Sprache, sonst die des Systems)</translation>
    </message>
    <message>
        <source>start the window, load the first screen, save it as PNG and exit</source>
        <translation>Fenster starten, erste Ansicht laden, als PNG speichern und beenden</translation>
    </message>
</context>
</TS>
