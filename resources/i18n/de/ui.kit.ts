<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.kit.background</name>
    <message>
        <source>Something went wrong that should not have: {error}</source>
        <translation>Etwas ist schiefgelaufen, das nicht hätte passieren dürfen: {error}</translation>
    </message>
</context>
<context>
    <name>ui.kit.targets</name>
    <message>
        <source>{path} is read-only.

Replace it anyway?</source>
        <translation>{path} ist schreibgeschützt.

Trotzdem ersetzen?</translation>
    </message>
</context>
<context>
    <name>ui.kit.undo</name>
    <message>
        <source>{step} was not done ({error}).</source>
        <translation>{step} wurde nicht ausgeführt ({error}).</translation>
    </message>
    <message>
        <source>{step} could not be undone ({error}).</source>
        <translation>{step} konnte nicht rückgängig gemacht werden ({error}).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig fehlgeschlagen</translation>
    </message>
</context>
</TS>
