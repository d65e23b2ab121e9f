<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>errorlog</name>
    <message>
        <source>{error} The last change may not have been saved.</source>
        <translation>{error} Die letzte Änderung wurde möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desktop did not expect. What you saved before is safe; the last action may not have finished.</source>
        <translation>Etwas Unerwartetes ist in Follow-up Desktop passiert. Was Sie vorher gespeichert haben, ist sicher; die letzte Aktion wurde möglicherweise nicht abgeschlossen.</translation>
    </message>
</context>
</TS>
