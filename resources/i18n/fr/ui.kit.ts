<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.kit.background</name>
    <message>
        <source>Something went wrong that should not have: {error}</source>
        <translation>Une erreur inattendue s’est produite : {error}</translation>
    </message>
</context>
<context>
    <name>ui.kit.date_field</name>
    <message>
        <source>Type a date: &quot;next tue&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot;, &quot;friday&quot;</source>
        <translation>Tapez une date : « mardi prochain », « dans 10 jours », « 3 déc. 14h », « vendredi »</translation>
    </message>
    <message>
        <source>Due date in words</source>
        <translation>Échéance en toutes lettres</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>at</source>
        <comment>a time of day: [x] at 09:00</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>Give the follow-up a time of day</source>
        <translation>Donner une heure à la relance</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure d’échéance</translation>
    </message>
    <message>
        <source>Due date: {problem}</source>
        <translation>Échéance : {problem}</translation>
    </message>
    <message>
        <source>→ Understood: {date}</source>
        <translation>→ Compris : {date}</translation>
    </message>
    <message>
        <source>⚠ In the past ({when})</source>
        <translation>⚠ Dans le passé ({when})</translation>
    </message>
</context>
<context>
    <name>ui.kit.spread_dialog</name>
    <message>
        <source> a day</source>
        <comment>after a number of follow-ups in a spin box</comment>
        <translation> par jour</translation>
    </message>
    <message>
        <source>At most a day</source>
        <translation>Au plus par jour</translation>
    </message>
</context>
<context>
    <name>ui.kit.targets</name>
    <message>
        <source>{path} is read-only.

Replace it anyway?</source>
        <translation>{path} est en lecture seule.

Le remplacer quand même ?</translation>
    </message>
</context>
<context>
    <name>ui.kit.undo</name>
    <message>
        <source>{step} was not done ({error}).</source>
        <translation>{step} n’a pas été fait ({error}).</translation>
    </message>
    <message>
        <source>{step} could not be undone ({error}).</source>
        <translation>{step} n’a pas pu être annulé ({error}).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Échec de l’annulation</translation>
    </message>
</context>
</TS>
