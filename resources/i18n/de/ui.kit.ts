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
    <name>ui.kit.date_field</name>
    <message>
        <source>Type a date: &quot;next tue&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot;, &quot;friday&quot;</source>
        <translation>Datum eingeben: „nächsten Di“, „in 10 Tagen“, „3. Dez. 14 Uhr“, „Freitag“</translation>
    </message>
    <message>
        <source>Due date in words</source>
        <translation>Fälligkeitsdatum in Worten</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>at</source>
        <comment>a time of day: [x] at 09:00</comment>
        <translation>um</translation>
    </message>
    <message>
        <source>Give the follow-up a time of day</source>
        <translation>Dem Follow-up eine Uhrzeit geben</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Due date: {problem}</source>
        <translation>Fälligkeitsdatum: {problem}</translation>
    </message>
    <message>
        <source>→ Understood: {date}</source>
        <translation>→ Verstanden: {date}</translation>
    </message>
    <message>
        <source>⚠ In the past ({when})</source>
        <translation>⚠ In der Vergangenheit ({when})</translation>
    </message>
</context>
<context>
    <name>ui.kit.spread_dialog</name>
    <message>
        <source> a day</source>
        <comment>after a number of follow-ups in a spin box</comment>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>At most a day</source>
        <translation>Höchstens pro Tag</translation>
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
