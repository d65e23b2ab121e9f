<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>errorlog</name>
    <message>
        <source>{error} The last change may not have been saved.</source>
        <translation>{error} Puede que el último cambio no se haya guardado.</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desktop did not expect. What you saved before is safe; the last action may not have finished.</source>
        <translation>Follow-up Desktop encontró un error inesperado. Lo que guardó antes está a salvo; puede que la última acción no haya terminado.</translation>
    </message>
</context>
</TS>
