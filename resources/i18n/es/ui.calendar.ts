<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.calendar.canvas</name>
    <message>
        <source>Open this day to see all of them</source>
        <translation>Abra este día para verlos todos</translation>
    </message>
    <message>
        <source>Release here to leave it where it was</source>
        <translation>Suelte aquí para dejarlo donde estaba</translation>
    </message>
    <message>
        <source>Move to {day}, no time</source>
        <translation>Mover al {day}, sin hora</translation>
    </message>
    <message>
        <source>Move to {day} {time}</source>
        <translation>Mover al {day} {time}</translation>
    </message>
    <message>
        <source>Move to {day}</source>
        <translation>Mover al {day}</translation>
    </message>
    <message>
        <source>{move} (in the past)</source>
        <translation>{move} (en el pasado)</translation>
    </message>
</context>
<context>
    <name>ui.calendar.day</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Whose move</source>
        <translation>A quién le toca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Yo</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n days</source>
        <extracomment>Overdue %n day</extracomment>
        <translation>
            <numerusform>Atrasado %n día</numerusform>
            <numerusform>Atrasado %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>No follow-ups on this day.</source>
        <translation>No hay seguimientos este día.</translation>
    </message>
    <message>
        <source>Press ← or → to see the days around it.</source>
        <translation>Pulse ← o → para ver los días cercanos.</translation>
    </message>
    <message>
        <source>Do&amp;ne…</source>
        <translation>He&amp;cho…</translation>
    </message>
    <message>
        <source>+&amp;1 day</source>
        <translation>+&amp;1 día</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>Ca&amp;ncelar seguimiento…</translation>
    </message>
    <message>
        <source>More act&amp;ions…</source>
        <translation>Más acc&amp;iones…</translation>
    </message>
    <message>
        <source>Every action for this follow-up (also on right click)</source>
        <translation>Todas las acciones de este seguimiento (también con clic derecho)</translation>
    </message>
</context>
<context>
    <name>ui.calendar.month</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no word yet</source>
        <extracomment>%n no word yet</extracomment>
        <translation>
            <numerusform>%n sin noticias</numerusform>
            <numerusform>%n sin noticias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <extracomment>%n due</extracomment>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Wk</source>
        <comment>week number</comment>
        <translation>Sem.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>+%n more</extracomment>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.calendar.style</name>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>Enter for actions; Ctrl+Shift+arrows move it by a working day or a week.</source>
        <translation>Intro para ver las acciones; Ctrl+Mayús+flechas lo mueven un día laborable o una semana.</translation>
    </message>
    <message>
        <source>Click for actions; drag to another day to reschedule.</source>
        <translation>Haga clic para ver las acciones; arrastre a otro día para reprogramar.</translation>
    </message>
</context>
<context>
    <name>ui.calendar.toolbar</name>
    <message>
        <source>Mine and theirs</source>
        <translation>Me toca a mí o al contacto</translation>
    </message>
    <message>
        <source>My move</source>
        <translation>Me toca a mí</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>Le toca al contacto</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Month view (M)</source>
        <translation>Vista de mes (M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vista de semana (W)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vista de día (D)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir a hoy (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Jump to a date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Whose move: follow-ups I promised, or ones the contact promised</source>
        <translation>A quién le toca: seguimientos que prometí yo o que prometió el contacto</translation>
    </message>
    <message>
        <source>Done &amp;&amp; cancelled</source>
        <translation>Hechos &amp;&amp; cancelados</translation>
    </message>
    <message>
        <source>Also show follow-ups that are done or cancelled (greyed)</source>
        <translation>Mostrar también los seguimientos hechos o cancelados (en gris)</translation>
    </message>
    <message>
        <source>Showing one category only; click to show all</source>
        <translation>Solo se muestra una categoría; haga clic para ver todas</translation>
    </message>
    <message>
        <source>Calendar options: the first day of the week</source>
        <translation>Opciones del calendario: el primer día de la semana</translation>
    </message>
    <message>
        <source>Calendar options</source>
        <translation>Opciones del calendario</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semana empieza el</translation>
    </message>
    <message>
        <source>Follow the system ({day})</source>
        <translation>Como el sistema ({day})</translation>
    </message>
    <message>
        <source>Category filter {category}, clear</source>
        <translation>Filtro de categoría {category}, quitar</translation>
    </message>
</context>
<context>
    <name>ui.calendar.view</name>
    <message>
        <source>Move to a day in the past?</source>
        <translation>¿Mover a un día pasado?</translation>
    </message>
    <message>
        <source>{day} is in the past. Move &quot;{reason}&quot; for {name} there? It will show as overdue.</source>
        <translation>{day} ya pasó. ¿Mover «{reason}» de {name} a ese día? Aparecerá como atrasado.</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Categoría desconocida</translation>
    </message>
    <message>
        <source>The calendar could not be read: {error}</source>
        <translation>No se pudo leer el calendario: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n follow-ups, {overdue} overdue</source>
        <extracomment>{title}: %n follow-up, {overdue} overdue</extracomment>
        <translation>
            <numerusform>{title}: %n seguimiento, atrasados: {overdue}</numerusform>
            <numerusform>{title}: %n seguimientos, atrasados: {overdue}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n follow-ups</source>
        <extracomment>{title}: %n follow-up</extracomment>
        <translation>
            <numerusform>{title}: %n seguimiento</numerusform>
            <numerusform>{title}: %n seguimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.calendar.week</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>+%n more</extracomment>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
</TS>
