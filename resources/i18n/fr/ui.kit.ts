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
