<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.kit.background</name>
    <message>
        <source>Something went wrong that should not have: {error}</source>
        <translation>Ha ocurrido un error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>ui.kit.targets</name>
    <message>
        <source>{path} is read-only.

Replace it anyway?</source>
        <translation>{path} es de solo lectura.

¿Reemplazarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ui.kit.undo</name>
    <message>
        <source>{step} was not done ({error}).</source>
        <translation>{step} no se ha realizado ({error}).</translation>
    </message>
    <message>
        <source>{step} could not be undone ({error}).</source>
        <translation>{step} no se ha podido deshacer ({error}).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
</context>
</TS>
