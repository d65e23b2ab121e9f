<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Log every interaction, plan the next follow-up, never let a contact slip.</source>
        <translation>Registre cada interacción, planifique el próximo seguimiento, no pierda ningún contacto.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>folder holding the database (default: $FOLLOWUP_DATA_DIR or the platform's data folder)</source>
        <translation>carpeta de la base de datos (por defecto: $FOLLOWUP_DATA_DIR o la carpeta de datos del sistema)</translation>
    </message>
    <message>
        <source>language of the window, the printed list, the calendar files and these messages (default: the one chosen in View → Language, else the system's)</source>
        <translation>idioma de la ventana, de la lista impresa, de los archivos de calendario y de estos mensajes (por defecto: el elegido en Ver → Idioma, si no el del sistema)</translation>
    </message>
    <message>
        <source>start the window, load the first screen, save it as PNG and exit</source>
        <translation>abrir la ventana, cargar la primera pantalla, guardarla como PNG y salir</translation>
    </message>
</context>
</TS>
