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
    <name>ui.kit.date_field</name>
    <message>
        <source>Type a date: &quot;next tue&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot;, &quot;friday&quot;</source>
        <translation>Escriba una fecha: «próximo mar», «en 10 días», «3 dic 14:00», «viernes»</translation>
    </message>
    <message>
        <source>Due date in words</source>
        <translation>Fecha de vencimiento en palabras</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>at</source>
        <comment>a time of day: [x] at 09:00</comment>
        <translation>a las</translation>
    </message>
    <message>
        <source>Give the follow-up a time of day</source>
        <translation>Dar una hora al seguimiento</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>Due date: {problem}</source>
        <translation>Fecha de vencimiento: {problem}</translation>
    </message>
    <message>
        <source>→ Understood: {date}</source>
        <translation>→ Entendido: {date}</translation>
    </message>
    <message>
        <source>⚠ In the past ({when})</source>
        <translation>⚠ En el pasado ({when})</translation>
    </message>
</context>
<context>
    <name>ui.kit.spread_dialog</name>
    <message>
        <source> a day</source>
        <comment>after a number of follow-ups in a spin box</comment>
        <translation> al día</translation>
    </message>
    <message>
        <source>At most a day</source>
        <translation>Como máximo al día</translation>
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
