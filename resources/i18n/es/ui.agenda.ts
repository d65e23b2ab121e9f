<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.agenda.catchup_dialog</name>
    <message>
        <source>Catch up on overdue follow-ups</source>
        <translation>Ponerse al día con los seguimientos atrasados</translation>
    </message>
    <message>
        <source>Spread the overdue follow-ups over the next working days, oldest first. Each keeps its original due date visible. You can undo this (Ctrl+Z).</source>
        <translation>Reparte los seguimientos atrasados en los próximos días laborables, los más antiguos primero. Cada uno mantiene visible su fecha original. Puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Spread over:</source>
        <translation>Repartir en:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Como máximo:</translation>
    </message>
    <message>
        <source>Spread them</source>
        <translation>Repartir</translation>
    </message>
    <message numerus="yes">
        <source> working days</source>
        <extracomment> working day</extracomment>
        <translation>
            <numerusform> día laborable</numerusform>
            <numerusform> días laborables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.agenda.model</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Teléfono / correo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Why no next step</source>
        <translation>Por qué sin próximo paso</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How far past</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Follow-ups whose day has passed, oldest first</source>
        <translation>Seguimientos cuyo día ya pasó, los más antiguos primero</translation>
    </message>
    <message>
        <source>Due today, and their promises that lapsed yesterday</source>
        <translation>Para hoy, y los compromisos que vencieron ayer</translation>
    </message>
    <message>
        <source>My follow-ups in the next six days</source>
        <translation>Mis seguimientos de los próximos seis días</translation>
    </message>
    <message>
        <source>They said they would get back to you; the date it lapses</source>
        <translation>Dijeron que le responderían; la fecha en que vence el compromiso</translation>
    </message>
    <message>
        <source>Past their keep-in-touch rhythm with nothing planned, most past first</source>
        <translation>Ritmo de contacto superado sin nada planificado, los más atrasados primero</translation>
    </message>
    <message>
        <source>Contacts with no follow-up planned, by category</source>
        <translation>Contactos sin seguimiento planificado, por categoría</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and dated things to remember in the next 14 days</source>
        <translation>Cumpleaños, aniversarios y cosas para recordar con fecha en los próximos 14 días</translation>
    </message>
    <message>
        <source>{section}  ({count})</source>
        <translation>{section}  ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{section}, %n items</source>
        <extracomment>{section}, %n item</extracomment>
        <translation>
            <numerusform>{section}, %n elemento</numerusform>
            <numerusform>{section}, %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo indicado)</translation>
    </message>
    <message>
        <source>{reason} ✔ agreed</source>
        <translation>{reason} ✔ acordado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Reminder: {what}</source>
        <translation>Recordatorio: {what}</translation>
    </message>
    <message>
        <source>By {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <source>Last interaction: {when}</source>
        <translation>Última interacción: {when}</translation>
    </message>
    <message>
        <source>{past} (never contacted)</source>
        <translation>{past} (nunca contactado)</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <extracomment>%n day overdue</extracomment>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{when} (was due {day})</source>
        <translation>{when} (vencía el {day})</translation>
    </message>
</context>
<context>
    <name>ui.agenda.sections</name>
    <message>
        <source>Nothing is overdue. Well done.</source>
        <translation>Nada está atrasado. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada para hoy.</translation>
    </message>
    <message>
        <source>Nothing planned for the next six days.</source>
        <translation>Nada planificado para los próximos seis días.</translation>
    </message>
    <message>
        <source>Nobody owes you a reply.</source>
        <translation>Nadie le debe una respuesta.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their rhythm.</source>
        <translation>Todos han tenido noticias suyas dentro de su ritmo de contacto.</translation>
    </message>
    <message>
        <source>Every contact has a next step.</source>
        <translation>Cada contacto tiene un próximo paso.</translation>
    </message>
    <message>
        <source>No birthdays, anniversaries or dated things to remember in the next 14 days.</source>
        <translation>Ningún cumpleaños, aniversario ni cosa para recordar con fecha en los próximos 14 días.</translation>
    </message>
    <message>
        <source>Agenda sections</source>
        <translation>Secciones de la agenda</translation>
    </message>
</context>
<context>
    <name>ui.agenda.view</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Hecho…</translation>
    </message>
    <message>
        <source>+1 da&amp;y</source>
        <translation>+1 &amp;día</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>&amp;Cancelar…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, saying why</source>
        <translation>Cancelar este seguimiento indicando el motivo</translation>
    </message>
    <message>
        <source>Catch &amp;up…</source>
        <translation>Po&amp;nerse al día…</translation>
    </message>
    <message>
        <source>Spread the overdue follow-ups over the next days</source>
        <translation>Repartir los seguimientos atrasados en los próximos días</translation>
    </message>
    <message>
        <source>&amp;Work the list…</source>
        <translation>&amp;Trabajar la lista…</translation>
    </message>
    <message>
        <source>Key in the printed weekly list: the same follow-ups in the same order, one at a time</source>
        <translation>Pasar la lista semanal impresa: los mismos seguimientos en el mismo orden, uno a uno</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>{section} (to {day})</source>
        <translation>{section} (hasta el {day})</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up</source>
        <translation>&amp;Planificar seguimiento</translation>
    </message>
    <message>
        <source>Plan a keep-in-touch follow-up for today (Enter)</source>
        <translation>Planificar para hoy un seguimiento para mantener el contacto (Intro)</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planificar seguimiento…</translation>
    </message>
    <message>
        <source>Plan their next follow-up (Enter, Ctrl+Shift+F)</source>
        <translation>Planificar su próximo seguimiento (Intro, Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>Re&amp;gistrar…</translation>
    </message>
    <message>
        <source>Plan follow-up on…</source>
        <translation>Planificar seguimiento el…</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up today</source>
        <translation>&amp;Planificar seguimiento hoy</translation>
    </message>
    <message>
        <source>Plan follow-up on a &amp;date…</source>
        <translation>Planificar seguimiento en una &amp;fecha…</translation>
    </message>
</context>
<context>
    <name>ui.agenda.welcome</name>
    <message>
        <source>Welcome to Follow-up Desktop</source>
        <translation>Bienvenido a Follow-up Desktop</translation>
    </message>
    <message>
        <source>Your book is empty. Start with the people you want to keep in touch with; the agenda then shows who to call today, what slipped and whose move it is.</source>
        <translation>Su libreta está vacía. Empiece por las personas con las que quiere mantener el contacto; la agenda le mostrará a quién llamar hoy, qué se ha quedado atrás y a quién le toca.</translation>
    </message>
    <message>
        <source>Add your first &amp;contact…</source>
        <translation>Añadir su primer &amp;contacto…</translation>
    </message>
    <message>
        <source>Type in one person or company</source>
        <translation>Escribir una persona o empresa</translation>
    </message>
    <message>
        <source>&amp;Import from Outlook or Google…</source>
        <translation>&amp;Importar desde Outlook o Google…</translation>
    </message>
    <message>
        <source>A CSV exported from Outlook, Google Contacts or LinkedIn, or a vCard file</source>
        <translation>Un CSV exportado de Outlook, Google Contactos o LinkedIn, o un archivo vCard</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>&amp;Probar con datos de ejemplo</translation>
    </message>
    <message>
        <source>Opens a separate sample book in its own window, labelled as sample data; your own book stays empty and untouched</source>
        <translation>Abre una libreta de ejemplo aparte en su propia ventana, marcada como datos de ejemplo; su libreta sigue vacía e intacta</translation>
    </message>
    <message>
        <source>Sample data opens a throw-away book in a second window; close it, or throw it away from its own window, whenever you like.</source>
        <translation>Los datos de ejemplo abren una libreta desechable en una segunda ventana; ciérrela, o deséchela desde su propia ventana, cuando quiera.</translation>
    </message>
</context>
</TS>
