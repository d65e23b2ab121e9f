<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>domain.agenda_sections</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>Le toca al contacto</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Contacto que se pierde</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sin próximo paso</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
</context>
<context>
    <name>domain.book_counts</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <extracomment>%n interaction</extracomment>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <extracomment>%n follow-up</extracomment>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>{contacts}, {interactions}, {followups}</source>
        <translation>{contacts}, {interactions}, {followups}</translation>
    </message>
</context>
<context>
    <name>domain.cadence</name>
    <message>
        <source>A rhythm is between {low} and {high} days (you gave {days}).</source>
        <translation>Un ritmo va de {low} a {high} días (usted indicó {days}).</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>sin seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <extracomment>every year</extracomment>
        <translation>
            <numerusform>cada año</numerusform>
            <numerusform>cada %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <extracomment>every month</extracomment>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <extracomment>every week</extracomment>
        <translation>
            <numerusform>cada semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <extracomment>every day</extracomment>
        <translation>
            <numerusform>cada día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months past</source>
        <extracomment>%n month past</extracomment>
        <translation>
            <numerusform>%n mes de retraso</numerusform>
            <numerusform>%n meses de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks past</source>
        <extracomment>%n week past</extracomment>
        <translation>
            <numerusform>%n semana de retraso</numerusform>
            <numerusform>%n semanas de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days past</source>
        <extracomment>%n day past</extracomment>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>{past} ({rhythm})</source>
        <comment>how far past, and the rhythm</comment>
        <translation>{past} ({rhythm})</translation>
    </message>
    <message>
        <source>Keep in touch ({rhythm})</source>
        <translation>Mantener el contacto ({rhythm})</translation>
    </message>
    <message>
        <source>Keep in touch ({rhythm}; last touch {day})</source>
        <translation>Mantener el contacto ({rhythm}; último contacto {day})</translation>
    </message>
</context>
<context>
    <name>domain.calendar_copy</name>
    <message>
        <source>Done: {summary}</source>
        <translation>Hecho: {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {summary}</source>
        <translation>Cancelado: {summary}</translation>
    </message>
    <message>
        <source>Marked done in Follow-up Desktop.</source>
        <translation>Marcado como hecho en Follow-up Desktop.</translation>
    </message>
    <message>
        <source>Cancelled in Follow-up Desktop.</source>
        <translation>Cancelado en Follow-up Desktop.</translation>
    </message>
    <message>
        <source>Deleted in Follow-up Desktop.</source>
        <translation>Eliminado en Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The contact was archived in Follow-up Desktop.</source>
        <translation>El contacto se archivó en Follow-up Desktop.</translation>
    </message>
    <message>
        <source>No longer in this calendar: it is not your move any more.</source>
        <translation>Ya no está en este calendario: ya no le toca a usted.</translation>
    </message>
    <message>
        <source>No longer in this calendar: it is not their move any more.</source>
        <translation>Ya no está en este calendario: ya no le toca al contacto.</translation>
    </message>
    <message>
        <source>Follow up: </source>
        <translation>Seguimiento: </translation>
    </message>
    <message>
        <source>Writes every follow-up exported before that has changed since (moved, renamed, done, cancelled, deleted, archived or switched between mine and theirs), whatever today's filters, plus what the filters select that was never exported. Closed ones are written once more as cancelled, so the calendar removes or crosses them out.</source>
        <translation>Escribe cada seguimiento exportado antes que haya cambiado desde entonces (movido, renombrado, hecho, cancelado, eliminado, archivado o cambiado entre usted y el contacto), sean cuales sean los filtros de hoy, más lo que los filtros seleccionan y nunca se exportó. Los cerrados se escriben una vez más como cancelados, para que el calendario los quite o los tache.</translation>
    </message>
</context>
<context>
    <name>domain.calendar_grid</name>
    <message>
        <source>That date is outside the calendar.</source>
        <translation>Esa fecha está fuera del calendario.</translation>
    </message>
</context>
<context>
    <name>domain.calendar_moves</name>
    <message>
        <source>Only open follow-ups move: done and cancelled ones stay put.</source>
        <translation>Solo se mueven los seguimientos abiertos: los hechos y los cancelados se quedan donde están.</translation>
    </message>
    <message>
        <source>Not moved: {day} is in the past.</source>
        <translation>No se ha movido: {day} ya ha pasado.</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 día</translation>
    </message>
    <message>
        <source>+2 days</source>
        <translation>+2 días</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La próxima semana</translation>
    </message>
    <message>
        <source>It is overdue, so it moves from today.</source>
        <translation>Está atrasado, así que se reprograma a partir de hoy.</translation>
    </message>
</context>
<context>
    <name>domain.catchup</name>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada atrasado.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups moved to {day}.</source>
        <extracomment>%n overdue follow-up moved to {day}.</extracomment>
        <translation>
            <numerusform>%n seguimiento atrasado movido al {day}.</numerusform>
            <numerusform>%n seguimientos atrasados movidos al {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups spread from {first} to {last}, at most {cap} a day.</source>
        <extracomment>%n overdue follow-up spread from {first} to {last}, at most {cap} a day.</extracomment>
        <translation>
            <numerusform>%n seguimiento atrasado repartido del {first} al {last}, como máximo {cap} al día.</numerusform>
            <numerusform>%n seguimientos atrasados repartidos del {first} al {last}, como máximo {cap} al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They do not fit into {days} working days, so %n more days are used.</source>
        <extracomment>They do not fit into {days} working days, so %n more day is used.</extracomment>
        <translation>
            <numerusform>No caben en {days} días laborables, así que se usa %n día más.</numerusform>
            <numerusform>No caben en {days} días laborables, así que se usan %n días más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread over at least one working day.</source>
        <translation>Repartir en al menos un día laborable.</translation>
    </message>
    <message>
        <source>Allow at least one follow-up a day.</source>
        <translation>Permitir al menos un seguimiento al día.</translation>
    </message>
    <message>
        <source>The daily cap leaves no room on any day.</source>
        <translation>El límite diario no deja sitio ningún día.</translation>
    </message>
</context>
<context>
    <name>domain.contact_rules</name>
    <message>
        <source>Enter a name or a company.</source>
        <translation>Escriba un nombre o una empresa.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Una dirección de correo no puede contener espacios.</translation>
    </message>
    <message>
        <source>An e-mail address needs exactly one @, as in name@example.com.</source>
        <translation>Una dirección de correo necesita exactamente una @, como en nombre@example.com.</translation>
    </message>
    <message>
        <source>This e-mail address looks incomplete; it should look like name@example.com.</source>
        <translation>Esta dirección de correo parece incompleta; debería ser como nombre@example.com.</translation>
    </message>
</context>
<context>
    <name>domain.dateparse</name>
    <message>
        <source>Not understood. Try &quot;friday&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot; or 2026-12-03.</source>
        <translation>No se ha entendido. Pruebe «viernes», «en 10 días», «3 dic 14:00» o 2026-12-03.</translation>
    </message>
    <message>
        <source>“{text}” depends on which days you mean: type the day instead, e.g. &quot;jan 5&quot;, &quot;in 3 weeks&quot; or &quot;start of next month&quot;.</source>
        <translation>«{text}» depende de qué días quiera decir: escriba el día, p. ej., «5 ene», «en 3 semanas» o «principios del próximo mes».</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, a las {time}</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {said}.</source>
        <translation>{date} es {weekday}, no {said}.</translation>
    </message>
    <message>
        <source>(moved from {weekday} to the next working day)</source>
        <translation>(movido del {weekday} al siguiente día laborable)</translation>
    </message>
    <message>
        <source>(read as day/month)</source>
        <translation>(leído como día/mes)</translation>
    </message>
    <message>
        <source>(read as month/day)</source>
        <translation>(leído como mes/día)</translation>
    </message>
</context>
<context>
    <name>domain.dateparse.days</name>
    <message>
        <source>{month} {year} has no day {day}.</source>
        <translation>{month} de {year} no tiene día {day}.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>No existe el mes {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} in the coming years.</source>
        <translation>No hay ningún {day} de {month} en los próximos años.</translation>
    </message>
    <message>
        <source>Write the year with 2 or 4 digits.</source>
        <translation>Escriba el año con 2 o 4 cifras.</translation>
    </message>
    <message>
        <source>There is no day {day} in a month.</source>
        <translation>Ningún mes tiene día {day}.</translation>
    </message>
</context>
<context>
    <name>domain.dateparse.times</name>
    <message>
        <source>&quot;{text}&quot; is not a time of day.</source>
        <translation>«{text}» no es una hora del día.</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <source>“{region}” is not a holiday region the holidays package knows: only the working week is used (no public holidays).</source>
        <translation>«{region}» no es una región que conozca el paquete holidays: solo cuentan los días laborables de la semana (sin festivos).</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>un día festivo</translation>
    </message>
    <message>
        <source>{days}; public holidays of {region}</source>
        <translation>{days}; festivos de {region}</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}).</source>
        <translation>{day} es festivo ({holiday}).</translation>
    </message>
    <message>
        <source>{day} is not a working day.</source>
        <translation>{day} no es un día laborable.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>En 2 días</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>En 2 semanas</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mes</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>En 3 meses</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <extracomment>in %n day</extracomment>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <extracomment>%n day ago</extracomment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year between {first} and {last}.</source>
        <translation>El año {year} está fuera de rango: use un año entre {first} y {last}.</translation>
    </message>
</context>
<context>
    <name>domain.first_contact</name>
    <message>
        <source>First call: introduce myself</source>
        <translation>Primera llamada: presentarme</translation>
    </message>
    <message>
        <source>First e-mail: introduce myself</source>
        <translation>Primer correo: presentarme</translation>
    </message>
    <message>
        <source>Every new contact already has a next step.</source>
        <translation>Cada contacto nuevo ya tiene un próximo paso.</translation>
    </message>
    <message>
        <source>One first follow-up, on {day}.</source>
        <translation>Un primer seguimiento, el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n first follow-ups, at most {cap} a working day, from {first} to {last} ({days}).</source>
        <extracomment>%n first follow-up, at most {cap} a working day, from {first} to {last} ({days}).</extracomment>
        <translation>
            <numerusform>%n primer seguimiento, como máximo {cap} por día laborable, del {first} al {last} ({days}).</numerusform>
            <numerusform>%n primeros seguimientos, como máximo {cap} por día laborable, del {first} al {last} ({days}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <extracomment>%n working day</extracomment>
        <translation>
            <numerusform>%n día laborable</numerusform>
            <numerusform>%n días laborables</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow at least one first contact a day.</source>
        <translation>Permitir al menos un primer contacto al día.</translation>
    </message>
</context>
<context>
    <name>domain.followup_rules</name>
    <message>
        <source>The next step needs a reason: what will they hear about?</source>
        <translation>El próximo paso necesita un motivo: ¿de qué les hablará?</translation>
    </message>
    <message>
        <source>No next step: {reason}</source>
        <translation>Sin próximo paso: {reason}</translation>
    </message>
    <message>
        <source>The day you call ({call}) must be after the day they promised to get back to you ({promised}).</source>
        <translation>El día de su llamada ({call}) debe ser posterior al día en que prometieron responderle ({promised}).</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>Me toca a mí</translation>
    </message>
    <message>
        <source>Your move now</source>
        <translation>Ahora me toca a mí</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>Le toca al contacto</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n days – was due {due}</source>
        <extracomment>OVERDUE %n day – was due {due}</extracomment>
        <translation>
            <numerusform>ATRASADO %n día – vencía {due}</numerusform>
            <numerusform>ATRASADO %n días – vencía {due}</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {due}</source>
        <translation>Vence {due}</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n days – you were to call {call} (they promised by {promised})</source>
        <extracomment>OVERDUE %n day – you were to call {call} (they promised by {promised})</extracomment>
        <translation>
            <numerusform>ATRASADO %n día – tenía que llamar el {call} (prometieron para el {promised})</numerusform>
            <numerusform>ATRASADO %n días – tenía que llamar el {call} (prometieron para el {promised})</numerusform>
        </translation>
    </message>
    <message>
        <source>No word since {promised}; you call today</source>
        <translation>Sin noticias desde el {promised}; llamada hoy</translation>
    </message>
    <message>
        <source>They get back by {promised}; you call today if not</source>
        <translation>Respuesta antes del {promised}; si no, llamada hoy</translation>
    </message>
    <message>
        <source>No word since {promised}; you call {call}</source>
        <translation>Sin noticias desde el {promised}; llamada el {call}</translation>
    </message>
    <message>
        <source>They get back by {promised}; you call {call} if not</source>
        <translation>Respuesta antes del {promised}; si no, llamada el {call}</translation>
    </message>
    <message numerus="yes">
        <source>No word · %n days overdue</source>
        <extracomment>No word · %n day overdue</extracomment>
        <translation>
            <numerusform>Sin noticias · %n día de retraso</numerusform>
            <numerusform>Sin noticias · %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Their move · today{at}</source>
        <translation>Le toca al contacto · hoy{at}</translation>
    </message>
    <message>
        <source>Their move · {promised}</source>
        <translation>Le toca al contacto · {promised}</translation>
    </message>
    <message>
        <source>No word · you call today</source>
        <translation>Sin noticias · llamada hoy</translation>
    </message>
    <message>
        <source>No word · you call {call}</source>
        <translation>Sin noticias · llamada el {call}</translation>
    </message>
</context>
<context>
    <name>domain.formula_guard</name>
    <message>
        <source>Cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a line break) are written with a leading apostrophe, so Excel shows them as text instead of running them. Phone numbers such as +48 22 123 45 67 are written as they are.</source>
        <translation>Las celdas que una hoja de cálculo ejecutaría como fórmula (que empiezan por =, +, -, @, un tabulador o un salto de línea) se escriben con un apóstrofo delante, para que Excel las muestre como texto en lugar de ejecutarlas. Los números de teléfono como +48 22 123 45 67 se escriben tal cual.</translation>
    </message>
</context>
<context>
    <name>domain.import_records</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL del perfil</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Conectado el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Street (work)</source>
        <translation>Calle (trabajo)</translation>
    </message>
    <message>
        <source>City (work)</source>
        <translation>Ciudad (trabajo)</translation>
    </message>
    <message>
        <source>State or region (work)</source>
        <translation>Estado o región (trabajo)</translation>
    </message>
    <message>
        <source>Postal code (work)</source>
        <translation>Código postal (trabajo)</translation>
    </message>
    <message>
        <source>Country (work)</source>
        <translation>País (trabajo)</translation>
    </message>
    <message>
        <source>Street (home)</source>
        <translation>Calle (casa)</translation>
    </message>
    <message>
        <source>City (home)</source>
        <translation>Ciudad (casa)</translation>
    </message>
    <message>
        <source>State or region (home)</source>
        <translation>Estado o región (casa)</translation>
    </message>
    <message>
        <source>Postal code (home)</source>
        <translation>Código postal (casa)</translation>
    </message>
    <message>
        <source>Country (home)</source>
        <translation>País (casa)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
    <message>
        <source>Things to remember</source>
        <translation>Para recordar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>columns read from line {line} (line 1 skipped)</source>
        <translation>columnas leídas en la línea {line} (línea 1 omitida)</translation>
    </message>
    <message>
        <source>columns read from line {line} (lines 1–{above} skipped)</source>
        <translation>columnas leídas en la línea {line} (líneas 1–{above} omitidas)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (older format)</source>
        <translation>Google Contacts CSV (formato antiguo)</translation>
    </message>
    <message>
        <source>LinkedIn connections CSV</source>
        <translation>Contactos de LinkedIn CSV</translation>
    </message>
    <message>
        <source>has no name, company or e-mail address</source>
        <translation>no tiene nombre, empresa ni dirección de correo</translation>
    </message>
    <message>
        <source>the e-mail address “{email}” is not valid</source>
        <translation>la dirección de correo «{email}» no es válida</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Otra fecha</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <comment>Birthday: “31/2” is not…</comment>
        <translation>{date}: {problem}</translation>
    </message>
</context>
<context>
    <name>domain.jogger</name>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>{week} · {start} – {end}</source>
        <translation>{week} · {start} – {end}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a week; write it like 2026-W48 (year, W, week number).</source>
        <translation>«{text}» no es una semana; escríbala como 2026-W48 (año, W, número de semana).</translation>
    </message>
    <message>
        <source>{year} has weeks 1 to {last}; there is no week {number}.</source>
        <translation>{year} tiene las semanas 1 a {last}; no existe la semana {number}.</translation>
    </message>
    <message>
        <source>{text} is too far away; give a week between year 2 and 9998.</source>
        <translation>{text} está demasiado lejos; indique una semana entre el año 2 y el 9998.</translation>
    </message>
    <message>
        <source>There is nothing to print for {week}: no follow-up is due and every contact has a next step.</source>
        <translation>No hay nada que imprimir para {week}: no vence ningún seguimiento y cada contacto tiene un próximo paso.</translation>
    </message>
    <message>
        <source>Carried over – was due {due}</source>
        <translation>Arrastrado – vencía {due}</translation>
    </message>
    <message>
        <source>Last: {day} – {note}</source>
        <translation>Último: {day} – {note}</translation>
    </message>
    <message>
        <source>Last: {day}</source>
        <translation>Último: {day}</translation>
    </message>
    <message>
        <source>Last: no interaction logged yet</source>
        <translation>Último: ninguna interacción registrada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>último contacto {day}</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nunca contactado</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>and %n more</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.jogger_prompts</name>
    <message>
        <source>Who did you catch up with at a family event, club or school gate lately?</source>
        <translation>¿Con quién coincidió hace poco en una reunión familiar, en el club o a la salida del colegio?</translation>
    </message>
    <message>
        <source>Which friend changed jobs or started a business this year?</source>
        <translation>¿Qué amigo cambió de trabajo o montó un negocio este año?</translation>
    </message>
    <message>
        <source>Whose birthday, move or new baby gives you a reason to call?</source>
        <translation>¿Qué cumpleaños, mudanza o nacimiento le da un motivo para llamar?</translation>
    </message>
    <message>
        <source>Who bought from you last year and has not heard from you since?</source>
        <translation>¿Quién le compró el año pasado y no ha sabido de usted desde entonces?</translation>
    </message>
    <message>
        <source>Which client should be asked how the purchase is working out?</source>
        <translation>¿A qué cliente debería preguntar cómo le va con su compra?</translation>
    </message>
    <message>
        <source>Who could use what you sold them again, or one level up?</source>
        <translation>¿Quién podría volver a necesitar lo que le vendió, o un nivel superior?</translation>
    </message>
    <message>
        <source>Who asked for a quote and went quiet?</source>
        <translation>¿Quién pidió un presupuesto y no volvió a dar señales?</translation>
    </message>
    <message>
        <source>Whose budget or contract renews this quarter?</source>
        <translation>¿Qué presupuesto o contrato se renueva este trimestre?</translation>
    </message>
    <message>
        <source>Who did you meet at the last event and never followed up?</source>
        <translation>¿A quién conoció en el último evento y nunca volvió a contactar?</translation>
    </message>
    <message>
        <source>Who else sells to the same customers, but not what you sell?</source>
        <translation>¿Quién más vende a los mismos clientes, pero no lo que usted vende?</translation>
    </message>
    <message>
        <source>Who spoke at or organised an event you went to?</source>
        <translation>¿Quién habló u organizó un evento al que usted asistió?</translation>
    </message>
    <message>
        <source>Which supplier or partner knows who is buying right now?</source>
        <translation>¿Qué proveedor o socio sabe quién está comprando ahora mismo?</translation>
    </message>
    <message>
        <source>Who sent you business this year? Have you thanked them?</source>
        <translation>¿Quién le trajo negocio este año? ¿Le dio las gracias?</translation>
    </message>
    <message>
        <source>Which happy client has never been asked for an introduction?</source>
        <translation>¿A qué cliente satisfecho nunca se le pidió una recomendación?</translation>
    </message>
    <message>
        <source>Who did a referral mention that you have not contacted yet?</source>
        <translation>¿A quién mencionó un referido que usted aún no ha contactado?</translation>
    </message>
    <message>
        <source>Who in this group have you not spoken to in three months?</source>
        <translation>¿Con quién de este grupo no ha hablado en tres meses?</translation>
    </message>
    <message>
        <source>Who would be glad to hear from you this week?</source>
        <translation>¿A quién le alegraría saber de usted esta semana?</translation>
    </message>
</context>
<context>
    <name>domain.key_date_lines</name>
    <message>
        <source>{day} · {name}: {what}</source>
        <translation>{day} · {name}: {what}</translation>
    </message>
    <message>
        <source>card: no address yet, ask for one</source>
        <translation>tarjeta: aún sin dirección, pídala</translation>
    </message>
    <message>
        <source>card to {address}</source>
        <translation>tarjeta a {address}</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the agenda's Key dates lists them)</source>
        <extracomment>… and %n more (the agenda's Key dates lists them)</extracomment>
        <translation>
            <numerusform>… y %n más (las Fechas clave de la agenda las muestran)</numerusform>
            <numerusform>… y %n más (las Fechas clave de la agenda las muestran)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.key_date_text</name>
    <message>
        <source>day/month (as in “{example}”)</source>
        <translation>día/mes (como en «{example}»)</translation>
    </message>
    <message>
        <source>month/day (as in “{example}”)</source>
        <translation>mes/día (como en «{example}»)</translation>
    </message>
    <message>
        <source>day/month (default)</source>
        <translation>día/mes (predeterminado)</translation>
    </message>
    <message>
        <source>month/day (default)</source>
        <translation>mes/día (predeterminado)</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <source>“{value}” is not possible: {why}</source>
        <translation>«{value}» no es posible: {why}</translation>
    </message>
    <message>
        <source>Type a day and month, the year if known: “15 March”, “15 March 1980”, 1980-03-15.</source>
        <translation>Escriba el día y el mes, y el año si lo sabe: «15 de marzo», «15 de marzo de 1980», 1980-03-15.</translation>
    </message>
    <message>
        <source>“{word}” is not a month. {hint}</source>
        <translation>«{word}» no es un mes. {hint}</translation>
    </message>
    <message>
        <source>“{text}” is not understood. {hint}</source>
        <translation>«{text}» no se entiende. {hint}</translation>
    </message>
</context>
<context>
    <name>domain.labels</name>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Carta, 30 etiquetas)</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 etiquetas)</translation>
    </message>
</context>
<context>
    <name>domain.links</name>
    <message>
        <source>Connected on LinkedIn</source>
        <translation>Conectado en LinkedIn</translation>
    </message>
    <message>
        <source>Added to your network</source>
        <translation>Añadido a su red</translation>
    </message>
</context>
<context>
    <name>domain.outcomes</name>
    <message>
        <source>Try by {channel} instead: {reason}</source>
        <translation>Intentar por {channel}: {reason}</translation>
    </message>
    <message>
        <source>Try by {channel} instead</source>
        <translation>Intentar por {channel}</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered attempts in a row, so trying by {channel} in {days} working days is filled in below.</source>
        <extracomment>%n unanswered attempt in a row, so trying by {channel} in {days} working days is filled in below.</extracomment>
        <translation>
            <numerusform>%n intento sin respuesta seguido, así que abajo se propone intentarlo por {channel} en {days} días laborables.</numerusform>
            <numerusform>%n intentos sin respuesta seguidos, así que abajo se propone intentarlo por {channel} en {days} días laborables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up on my message: {reason}</source>
        <translation>Dar seguimiento a mi mensaje: {reason}</translation>
    </message>
    <message>
        <source>Follow up on my message</source>
        <translation>Dar seguimiento a mi mensaje</translation>
    </message>
    <message>
        <source>Call again: {reason}</source>
        <translation>Volver a llamar: {reason}</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>Try again: {reason}</source>
        <translation>Volver a intentar: {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>1st unanswered attempt, so a retry in {days} working days is filled in below.</source>
        <translation>1.er intento sin respuesta, así que abajo se propone reintentar en {days} días laborables.</translation>
    </message>
    <message>
        <source>2nd unanswered attempt, so a retry in {days} working days is filled in below.</source>
        <translation>2.º intento sin respuesta, así que abajo se propone reintentar en {days} días laborables.</translation>
    </message>
    <message>
        <source>Unanswered attempt {attempt}, so a retry in {days} working days is filled in below.</source>
        <translation>Intento sin respuesta n.º {attempt}, así que abajo se propone reintentar en {days} días laborables.</translation>
    </message>
    <message numerus="yes">
        <source>They answered after %n unanswered attempts: the count starts again.</source>
        <extracomment>They answered after %n unanswered attempt: the count starts again.</extracomment>
        <translation>
            <numerusform>Respondieron tras %n intento sin respuesta: la cuenta empieza de nuevo.</numerusform>
            <numerusform>Respondieron tras %n intentos sin respuesta: la cuenta empieza de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.personal</name>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Aniversario de boda</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Send a card</source>
        <translation>Enviar una tarjeta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>There is no month {month}: use 1 to 12.</source>
        <translation>No existe el mes {month}: use del 1 al 12.</translation>
    </message>
    <message>
        <source>{month} has no day {day}.</source>
        <translation>{month} no tiene día {day}.</translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year from {first}.</source>
        <translation>El año {year} está fuera de rango: use un año a partir de {first}.</translation>
    </message>
    <message>
        <source>{year} was not a leap year, so it had no 29 February.</source>
        <translation>{year} no fue bisiesto, así que no tuvo 29 de febrero.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future ({date}).</source>
        <translation>Un cumpleaños no puede estar en el futuro ({date}).</translation>
    </message>
    <message>
        <source>Unknown kind of date: {kind}.</source>
        <translation>Tipo de fecha desconocido: {kind}.</translation>
    </message>
    <message>
        <source>Unknown reminder: {action}.</source>
        <translation>Recordatorio desconocido: {action}.</translation>
    </message>
    <message>
        <source>A date of your own needs a label (for example “Daughter's graduation”).</source>
        <translation>Una fecha propia necesita un nombre (por ejemplo «Graduación de la hija»).</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date: 15 March 1980</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without its year: 15 March</comment>
        <translation>{day} de {month}</translation>
    </message>
    <message numerus="yes">
        <source>%nth</source>
        <comment>an ordinal number: the 1st, the 10th</comment>
        <extracomment>%nst</extracomment>
        <translation>
            <numerusform>%n.º</numerusform>
            <numerusform>%n.º</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} (turns {age})</source>
        <translation>{title} (cumple {age})</translation>
    </message>
    <message numerus="yes">
        <source>{title} {year} (%n years)</source>
        <extracomment>{title} {year} (%n year)</extracomment>
        <translation>
            <numerusform>{title} {year} (%n año)</numerusform>
            <numerusform>{title} {year} (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({ordinal})</source>
        <comment>Wedding anniversary (10th)</comment>
        <translation>{title} ({ordinal})</translation>
    </message>
    <message>
        <source>Send a birthday card</source>
        <translation>Enviar una tarjeta de cumpleaños</translation>
    </message>
    <message>
        <source>Send an anniversary card</source>
        <translation>Enviar una tarjeta de aniversario</translation>
    </message>
    <message>
        <source>Send a card: {what}</source>
        <translation>Enviar una tarjeta: {what}</translation>
    </message>
    <message>
        <source>Call for their birthday</source>
        <translation>Llamar por su cumpleaños</translation>
    </message>
    <message>
        <source>Call for their anniversary</source>
        <translation>Llamar por su aniversario</translation>
    </message>
    <message>
        <source>Call: {what}</source>
        <translation>Llamar: {what}</translation>
    </message>
    <message>
        <source>Ask about: {thing}</source>
        <translation>Preguntar por: {thing}</translation>
    </message>
</context>
<context>
    <name>domain.politeness</name>
    <message numerus="yes">
        <source>Contacted %n times in the last {days} days;</source>
        <extracomment>Contacted %n time in the last {days} days;</extracomment>
        <translation>
            <numerusform>Contactado %n vez en los últimos {days} días;</numerusform>
            <numerusform>Contactado %n veces en los últimos {days} días;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts since their last reply.</source>
        <extracomment>%n attempt since their last reply.</extracomment>
        <translation>
            <numerusform>%n intento desde su última respuesta.</numerusform>
            <numerusform>%n intentos desde su última respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>This would be the third attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Sería el tercer intento en una semana sin respuesta. Quizá convenga darles un poco más de tiempo.</translation>
    </message>
    <message>
        <source>This would be the fourth attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Sería el cuarto intento en una semana sin respuesta. Quizá convenga darles un poco más de tiempo.</translation>
    </message>
    <message>
        <source>This would be the fifth attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Sería el quinto intento en una semana sin respuesta. Quizá convenga darles un poco más de tiempo.</translation>
    </message>
    <message>
        <source>This would be attempt {count} within a week without a reply. Consider giving them a little more time.</source>
        <translation>Sería el intento n.º {count} en una semana sin respuesta. Quizá convenga darles un poco más de tiempo.</translation>
    </message>
</context>
<context>
    <name>domain.reminders</name>
    <message numerus="yes">
        <source>%n due today</source>
        <extracomment>%n due today</extracomment>
        <translation>
            <numerusform>%n para hoy</numerusform>
            <numerusform>%n para hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
    <message>
        <source>{due_today}, {overdue}</source>
        <comment>5 due today, 2 overdue</comment>
        <translation>{due_today}, {overdue}</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Seguimientos de hoy</translation>
    </message>
</context>
<context>
    <name>domain.review</name>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Unknown period {period}; choose one of {choices}.</source>
        <translation>Periodo desconocido {period}; elija uno de {choices}.</translation>
    </message>
    <message numerus="yes">
        <source>Try by {channel}: %n unanswered attempts by {last} so far</source>
        <extracomment>Try by {channel}: %n unanswered attempt by {last} so far</extracomment>
        <translation>
            <numerusform>Intentar por {channel}: %n intento sin respuesta por {last} hasta ahora</numerusform>
            <numerusform>Intentar por {channel}: %n intentos sin respuesta por {last} hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>{year} is outside the years a review covers ({first} to {last}).</source>
        <translation>{year} está fuera de los años que cubre una revisión ({first} a {last}).</translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <comment>a number alone</comment>
        <extracomment>%n</extracomment>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies logged in this period yet.</source>
        <translation>Aún no hay respuestas registradas en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n replies so far: too few to tell; until there are {enough}, {usual} attempts count as usual.</source>
        <extracomment>Only %n reply so far: too few to tell; until there are {enough}, {usual} attempts count as usual.</extracomment>
        <translation>
            <numerusform>Solo %n respuesta hasta ahora: muy pocas para saberlo; hasta que haya {enough}, {usual} intentos cuentan como lo habitual.</numerusform>
            <numerusform>Solo %n respuestas hasta ahora: muy pocas para saberlo; hasta que haya {enough}, {usual} intentos cuentan como lo habitual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{percent} % of %n replies came after at least one unanswered attempt; you usually get an answer by attempt {usual}.</source>
        <extracomment>{percent} % of %n reply came after at least one unanswered attempt; you usually get an answer by attempt {usual}.</extracomment>
        <translation>
            <numerusform>El {percent} % de %n respuesta llegó tras al menos un intento sin respuesta; normalmente obtiene respuesta hacia el intento {usual}.</numerusform>
            <numerusform>El {percent} % de %n respuestas llegó tras al menos un intento sin respuesta; normalmente obtiene respuesta hacia el intento {usual}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody: every silent prospect and referral has a next step, said no, or has already had {usual} attempts.</source>
        <translation>Nadie: cada prospecto y referido en silencio tiene un próximo paso, dijo que no o ya tuvo {usual} intentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n silent prospects and referrals with nothing planned and fewer than {usual} attempts (when you usually get an answer).</source>
        <extracomment>%n silent prospect or referral with nothing planned and fewer than {usual} attempts (when you usually get an answer).</extracomment>
        <translation>
            <numerusform>%n prospecto o referido en silencio sin nada planificado y con menos de {usual} intentos (cuando suele obtener respuesta).</numerusform>
            <numerusform>%n prospectos y referidos en silencio sin nada planificado y con menos de {usual} intentos (cuando suele obtener respuesta).</numerusform>
        </translation>
    </message>
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
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Replies after silence</source>
        <translation>Respuestas tras silencio</translation>
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
        <source>Last channel</source>
        <translation>Último canal</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Try by</source>
        <translation>Intentar por</translation>
    </message>
</context>
<context>
    <name>domain.review_week</name>
    <message>
        <source>none late</source>
        <translation>ninguno tarde</translation>
    </message>
    <message numerus="yes">
        <source>{late} late (typically %n days, at most {most})</source>
        <extracomment>{late} late (typically %n day, at most {most})</extracomment>
        <translation>
            <numerusform>{late} tarde (normalmente %n día, como máximo {most})</numerusform>
            <numerusform>{late} tarde (normalmente %n días, como máximo {most})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{catchups} (%n follow-ups moved)</source>
        <extracomment>{catchups} (%n follow-up moved)</extracomment>
        <translation>
            <numerusform>{catchups} (%n seguimiento movido)</numerusform>
            <numerusform>{catchups} (%n seguimientos movidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{category} {count}</source>
        <comment>Prospects 3</comment>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificados</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups of mine due, {done} done</source>
        <extracomment>%n follow-up of mine due, {done} done</extracomment>
        <translation>
            <numerusform>%n seguimiento mío previsto, {done} hechos</numerusform>
            <numerusform>%n seguimientos míos previstos, {done} hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>{on_time} on time, {late}, {missed} still open past the date</source>
        <translation>{on_time} a tiempo, {late}, {missed} aún abiertos pasada la fecha</translation>
    </message>
    <message>
        <source>Their promises</source>
        <translation>Sus compromisos</translation>
    </message>
    <message>
        <source>{promises} due: {kept} kept, {lapsed} lapsed</source>
        <translation>{promises} previstos: {kept} cumplidos, {lapsed} vencidos</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Contactos nuevos</translation>
    </message>
    <message>
        <source>Catch-ups used</source>
        <translation>Ponerse al día usado</translation>
    </message>
</context>
<context>
    <name>domain.series</name>
    <message>
        <source>After the sale</source>
        <translation>Después de la venta</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Nuevo prospecto</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Referido recibido</translation>
    </message>
    <message>
        <source>Thank-you note for the order</source>
        <translation>Nota de agradecimiento por el pedido</translation>
    </message>
    <message>
        <source>Check in: how is it going after 30 days?</source>
        <translation>Preguntar: ¿qué tal va después de 30 días?</translation>
    </message>
    <message>
        <source>After-sale check-in (3 months)</source>
        <translation>Seguimiento tras la venta (3 meses)</translation>
    </message>
    <message>
        <source>After-sale check-in (6 months)</source>
        <translation>Seguimiento tras la venta (6 meses)</translation>
    </message>
    <message>
        <source>One year on: review and referrals</source>
        <translation>Un año después: revisión y referidos</translation>
    </message>
    <message>
        <source>Thank-you note for the meeting</source>
        <translation>Nota de agradecimiento por la reunión</translation>
    </message>
    <message>
        <source>Follow up: questions after a week?</source>
        <translation>Seguimiento: ¿preguntas tras una semana?</translation>
    </message>
    <message>
        <source>Send something useful (value-add)</source>
        <translation>Enviar algo útil (valor añadido)</translation>
    </message>
    <message>
        <source>Check in after a month</source>
        <translation>Preguntar qué tal tras un mes</translation>
    </message>
    <message>
        <source>Thank them for the referral</source>
        <translation>Agradecer la recomendación</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>al día siguiente</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks after</source>
        <extracomment>%n week after</extracomment>
        <translation>
            <numerusform>%n semana después</numerusform>
            <numerusform>%n semanas después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after</source>
        <extracomment>%n day after</extracomment>
        <translation>
            <numerusform>%n día después</numerusform>
            <numerusform>%n días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <extracomment>%n year</extracomment>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <extracomment>%n month</extracomment>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{span} after</source>
        <comment>3 months after</comment>
        <translation>{span} después</translation>
    </message>
    <message>
        <source>{span} {days} after</source>
        <comment>1 month 2 days after</comment>
        <translation>{span} {days} después</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>%n day</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the series a name.</source>
        <translation>Dé un nombre a la serie.</translation>
    </message>
    <message>
        <source>A series needs at least one step.</source>
        <translation>Una serie necesita al menos un paso.</translation>
    </message>
    <message>
        <source>Step {n} needs a reason: what will they hear about?</source>
        <translation>El paso {n} necesita un motivo: ¿de qué les hablará?</translation>
    </message>
    <message>
        <source>Step {n} cannot be before the start.</source>
        <translation>El paso {n} no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>Step {n} is more than ten years after the start.</source>
        <translation>El paso {n} está a más de diez años del inicio.</translation>
    </message>
    <message>
        <source>Step {n}: the follow-up is with the contact or their referrer.</source>
        <translation>Paso {n}: el seguimiento es con el contacto o con quien lo recomendó.</translation>
    </message>
</context>
<context>
    <name>domain.slot_phrases</name>
    <message>
        <source>no note was written last time</source>
        <translation>la última vez no se escribió ninguna nota</translation>
    </message>
    <message>
        <source>the last note is not read for a topic in this language</source>
        <translation>en este idioma, la última nota no se lee como tema</translation>
    </message>
    <message>
        <source>the last note “{note}” says what happened, not what you talked about</source>
        <translation>la última nota «{note}» dice qué pasó, no de qué hablaron</translation>
    </message>
    <message>
        <source>the last note “{note}” is a sentence, not a topic</source>
        <translation>la última nota «{note}» es una frase, no un tema</translation>
    </message>
    <message>
        <source>the last note “{note}” is not a topic</source>
        <translation>la última nota «{note}» no es un tema</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>Friday 11 December</comment>
        <translation>{weekday} {day} de {month}</translation>
    </message>
</context>
<context>
    <name>domain.talking_points</name>
    <message>
        <source>the contact's first name</source>
        <translation>el nombre del contacto</translation>
    </message>
    <message>
        <source>the follow-up's reason, as a phrase</source>
        <translation>el motivo del seguimiento, como frase</translation>
    </message>
    <message>
        <source>what the follow-up is about (a noun phrase)</source>
        <translation>de qué trata el seguimiento (un sustantivo)</translation>
    </message>
    <message>
        <source>the topic of your last note, when it is one</source>
        <translation>el tema de su última nota, cuando lo es</translation>
    </message>
    <message>
        <source>what they said they would do</source>
        <translation>lo que dijeron que harían</translation>
    </message>
    <message>
        <source>the day they promised</source>
        <translation>el día prometido</translation>
    </message>
    <message>
        <source>what you thank them for</source>
        <translation>por qué les da las gracias</translation>
    </message>
    <message>
        <source>a thing to remember about them that has just happened (a trip)</source>
        <translation>algo para recordar que acaba de pasar (un viaje)</translation>
    </message>
    <message>
        <source>there</source>
        <translation>a todos</translation>
    </message>
    <message>
        <source>our last conversation</source>
        <translation>nuestra última conversación</translation>
    </message>
    <message>
        <source>what we discussed</source>
        <translation>lo que hablamos</translation>
    </message>
    <message>
        <source>get back to me</source>
        <translation>volver a contactarme</translation>
    </message>
    <message>
        <source>the date we discussed</source>
        <translation>la fecha que acordamos</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>su tiempo</translation>
    </message>
    <message>
        <source>your news</source>
        <translation>sus novedades</translation>
    </message>
    <message>
        <source>the follow-up's reason</source>
        <translation>el motivo del seguimiento</translation>
    </message>
    <message>
        <source>worked out of English words only</source>
        <translation>solo se deduce de palabras en inglés</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <source>the contact has no first name</source>
        <translation>el contacto no tiene nombre de pila</translation>
    </message>
    <message>
        <source>your last note</source>
        <translation>su última nota</translation>
    </message>
    <message>
        <source>it is your move, not theirs</source>
        <translation>le toca a usted, no al contacto</translation>
    </message>
    <message>
        <source>things to remember</source>
        <translation>Para recordar</translation>
    </message>
    <message>
        <source>nothing in the contact fits</source>
        <translation>nada del contacto encaja</translation>
    </message>
    <message>
        <source>nothing in the follow-up's reason fits</source>
        <translation>nada del motivo del seguimiento encaja</translation>
    </message>
    <message>
        <source>nothing in your last note fits</source>
        <translation>nada de su última nota encaja</translation>
    </message>
    <message>
        <source>nothing in the day they promised fits</source>
        <translation>nada del día prometido encaja</translation>
    </message>
    <message>
        <source>nothing in things to remember fits</source>
        <translation>nada de Para recordar encaja</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Thank you[, {first_name}]</source>
        <translation>Gracias[, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for {thanks_for}.[ I enjoyed talking about {last_topic}.]

Best regards</source>
        <translation>Hola[ {first_name}]:

Gracias por {thanks_for}.[ Me gustó hablar con usted sobre {last_topic}.]

Un saludo</translation>
    </message>
    <message>
        <source>Curious reminder</source>
        <translation>Recordatorio curioso</translation>
    </message>
    <message>
        <source>[A quick question about {topic}|A quick question][, {first_name}]</source>
        <translation>[Una pregunta rápida sobre {topic}|Una pregunta rápida][, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[I was thinking about {last_topic} and wondered how things are going on your side.|I was wondering how things are going on your side.][ Are you still thinking about {topic}?][ How did “{remembered}” go?]

Best regards</source>
        <translation>Hola[ {first_name}]:

[Estaba pensando en {last_topic} y me preguntaba cómo van las cosas por su lado.|Me preguntaba cómo van las cosas por su lado.][ ¿Sigue pensando en {topic}?][ ¿Qué tal fue «{remembered}»?]

Un saludo</translation>
    </message>
    <message>
        <source>Value-add check-in</source>
        <translation>Algo útil</translation>
    </message>
    <message>
        <source>Something useful for you[, {first_name}]</source>
        <translation>Algo útil para usted[, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[I came across something that may help with {last_topic} and thought of you.|I came across something you may find useful and thought of you.] No need to reply; I just wanted to pass it on.

Best regards</source>
        <translation>Hola[ {first_name}]:

[He encontrado algo que puede ayudarle con {last_topic} y me he acordado de usted.|He encontrado algo que puede serle útil y me he acordado de usted.] No hace falta que responda; solo quería hacérselo llegar.

Un saludo</translation>
    </message>
    <message>
        <source>After-sale check-in</source>
        <translation>Seguimiento tras la venta</translation>
    </message>
    <message>
        <source>How is it going[, {first_name}]?</source>
        <translation>¿Qué tal va todo[, {first_name}]?</translation>
    </message>
    <message>
        <source>Hi {first_name},

I wanted to check that everything is working well for you. If anything could be better, tell me and I'll sort it out.

Best regards</source>
        <translation>Hola[ {first_name}]:

Quería comprobar que todo le funciona bien. Si algo pudiera ir mejor, dígamelo y me encargo.

Un saludo</translation>
    </message>
    <message>
        <source>You said you'd get back to me</source>
        <translation>Iba a contactarme</translation>
    </message>
    <message>
        <source>[Following up on {topic}|Following up][, {first_name}]</source>
        <translation>[Sobre {topic}|Seguimiento][, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

You said you'd {promise}[ by {promised_date}]. Is there anything I can do to help?

Best regards</source>
        <translation>Hola[ {first_name}]:

[Quedó en contactarme antes del {promised_date}.|Quedó en contactarme.][ ({promise})] ¿Puedo ayudarle en algo?

Un saludo</translation>
    </message>
    <message>
        <source>thank</source>
        <translation>gracias, agradec</translation>
    </message>
    <message>
        <source>after the sale, after-sale, one year on</source>
        <translation>después de la venta, tras la venta, un año después</translation>
    </message>
    <message>
        <source>value, useful, article</source>
        <translation>útil, valor añadido, artículo</translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>domain.vocabulary</name>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter or card</source>
        <translation>carta o tarjeta</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>contactado</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>met</source>
        <translation>reunión realizada</translation>
    </message>
    <message>
        <source>my move</source>
        <translation>me toca a mí</translation>
    </message>
    <message>
        <source>their move</source>
        <translation>le toca al contacto</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Personal Contacts</source>
        <translation>Contactos personales</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Industry Colleagues</source>
        <translation>Colegas del sector</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
</context>
<context>
    <name>domain.week_title</name>
    <message>
        <source>Week {number}</source>
        <translation>Semana {number}</translation>
    </message>
    <message>
        <source>{week}: {dates}</source>
        <translation>{week}: {dates}</translation>
    </message>
</context>
</TS>
