<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Log every interaction, plan the next follow-up, never let a contact slip.</source>
        <translation>Notez chaque échange, planifiez la prochaine relance, ne perdez plus aucun contact.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>folder holding the database (default: $FOLLOWUP_DATA_DIR or the platform's data folder)</source>
        <translation>dossier de la base de données (par défaut : $FOLLOWUP_DATA_DIR ou le dossier de données du système)</translation>
    </message>
    <message>
        <source>language of the window, the printed list, the calendar files and these messages (default: the one chosen in View → Language, else the system's)</source>
        <translation>langue de la fenêtre, de la liste imprimée, des fichiers d’agenda et de ces messages (par défaut : celle choisie dans Affichage → Langue, sinon celle du système)</translation>
    </message>
    <message>
        <source>start the window, load the first screen, save it as PNG and exit</source>
        <translation>ouvrir la fenêtre, charger le premier écran, l'enregistrer en PNG et quitter</translation>
    </message>
</context>
</TS>
