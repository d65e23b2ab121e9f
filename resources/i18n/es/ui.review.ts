<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.review.charts</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show these figures as a table (and back)</source>
        <translation>Mostrar estas cifras como tabla (y volver)</translation>
    </message>
    <message>
        <source>{chart}: show as table</source>
        <translation>{chart}: mostrar como tabla</translation>
    </message>
    <message>
        <source>{chart} (table)</source>
        <translation>{chart} (tabla)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>ui.review.given_up</name>
    <message>
        <source>Given up too early</source>
        <translation>Abandonados demasiado pronto</translation>
    </message>
</context>
<context>
    <name>ui.review.persistence</name>
    <message>
        <source>Persistence pays</source>
        <translation>La constancia da resultados</translation>
    </message>
    <message>
        <source>Replies by attempt number</source>
        <translation>Respuestas por número de intento</translation>
    </message>
    <message>
        <source>Replies after silence, by channel</source>
        <translation>Respuestas tras silencio, por canal</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Share of all replies</source>
        <translation>Parte de todas las respuestas</translation>
    </message>
    <message>
        <source>Share of all replies by the attempt on which they came.</source>
        <translation>Parte de todas las respuestas según el intento en que llegaron.</translation>
    </message>
    <message>
        <source>Share of the replies that came after at least one unanswered attempt.</source>
        <translation>Parte de las respuestas que llegaron tras al menos un intento sin respuesta.</translation>
    </message>
</context>
<context>
    <name>ui.review.sheet</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>After silence</source>
        <translation>Tras silencio</translation>
    </message>
    <message>
        <source>W{number}</source>
        <comment>week number</comment>
        <translation>S{number}</translation>
    </message>
    <message>
        <source>Weekly review · {week}</source>
        <translation>Revisión semanal · {week}</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>La semana en cifras</translation>
    </message>
    <message>
        <source>The week and the eight before: my follow-ups done on time (filled) of those planned (outline)</source>
        <translation>Esta semana y las ocho anteriores: mis seguimientos hechos a tiempo (relleno) de los planificados (contorno)</translation>
    </message>
    <message>
        <source>Persistence pays · {period}</source>
        <translation>La constancia da resultados · {period}</translation>
    </message>
    <message>
        <source>Replies by attempt number</source>
        <translation>Respuestas por número de intento</translation>
    </message>
    <message>
        <source>attempt on which they answered</source>
        <translation>intento en el que respondieron</translation>
    </message>
    <message>
        <source>Which channel got replies (after silence: at attempt 2 or later)</source>
        <translation>Qué canal obtuvo respuestas (tras silencio: en el 2.º intento o después)</translation>
    </message>
    <message>
        <source>Given up too early</source>
        <translation>Abandonados demasiado pronto</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the Review tab.</source>
        <extracomment>…and %n more in the Review tab.</extracomment>
        <translation>
            <numerusform>…y %n más en la pestaña Revisión.</numerusform>
            <numerusform>…y %n más en la pestaña Revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly review {week}</source>
        <translation>Revisión semanal {week}</translation>
    </message>
</context>
<context>
    <name>ui.review.view</name>
    <message>
        <source>Save the weekly review as PDF</source>
        <translation>Guardar la revisión semanal como PDF</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>La semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>La semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Periodo de los gráficos</translation>
    </message>
    <message>
        <source>Char&amp;ts over:</source>
        <translation>Perio&amp;do:</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Preview and print the review on one page</source>
        <translation>Ver e imprimir la revisión en una página</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Given up too early</source>
        <translation>Abandonados demasiado pronto</translation>
    </message>
    <message>
        <source>Plan a retry (Enter)</source>
        <translation>Planificar otro intento (Intro)</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>No se pudieron leer las cifras.</translation>
    </message>
    <message>
        <source>Plan a retry by {channel} (Enter)</source>
        <translation>Planificar otro intento por {channel} (Intro)</translation>
    </message>
    <message>
        <source>The follow-up was not planned: {error}</source>
        <translation>El seguimiento no se planificó: {error}</translation>
    </message>
    <message>
        <source>Planned for {name}: {reason}, {date}. Ctrl+Z takes it back.</source>
        <translation>Planificado para {name}: {reason}, {date}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Print the weekly review — {app}</source>
        <translation>Imprimir la revisión semanal — {app}</translation>
    </message>
    <message>
        <source>Weekly review {week}</source>
        <translation>Revisión semanal {week}</translation>
    </message>
    <message>
        <source>The review was not saved; choose another place.</source>
        <translation>La revisión no se guardó; elija otro lugar.</translation>
    </message>
    <message>
        <source>Saved {file} ({week}).</source>
        <translation>{file} guardado ({week}).</translation>
    </message>
</context>
<context>
    <name>ui.review.week_numbers</name>
    <message>
        <source>Week from</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificados</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Contactos nuevos</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>La semana en cifras</translation>
    </message>
    <message>
        <source>My follow-ups done on time (filled) of those planned (outline)</source>
        <translation>Mis seguimientos hechos a tiempo (relleno) de los planificados (contorno)</translation>
    </message>
</context>
</TS>
