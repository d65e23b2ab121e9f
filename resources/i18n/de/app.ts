<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Log every interaction, plan the next follow-up, never let a contact slip.</source>
        <translation>Jede Interaktion erfassen, das nächste Follow-up planen, keinen Kontakt aus den Augen verlieren.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>folder holding the database (default: $FOLLOWUP_DATA_DIR or the platform's data folder)</source>
        <translation>Ordner mit der Datenbank (Standard: $FOLLOWUP_DATA_DIR oder der Datenordner des Systems)</translation>
    </message>
    <message>
        <source>language of the window, the printed list, the calendar files and these messages (default: the one chosen in View → Language, else the system's)</source>
        <translation>Sprache des Fensters, der gedruckten Liste, der Kalenderdateien und dieser Meldungen (Standard: die unter Ansicht → Sprache gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <source>start the window, load the first screen, save it as PNG and exit</source>
        <translation>Fenster starten, erste Ansicht laden, als PNG speichern und beenden</translation>
    </message>
</context>
</TS>
