<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>errorlog</name>
    <message>
        <source>{error} The last change may not have been saved.</source>
        <translation>{error} La dernière modification n’a peut-être pas été enregistrée.</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desktop did not expect. What you saved before is safe; the last action may not have finished.</source>
        <translation>Follow-up Desktop a rencontré un problème inattendu. Ce que vous aviez enregistré est intact ; la dernière action n’est peut-être pas terminée.</translation>
    </message>
</context>
</TS>
