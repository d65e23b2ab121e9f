<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.contacts.actions</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Añadir un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Find Contact</source>
        <translation>&amp;Buscar contacto</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Edi&amp;tar contacto…</translation>
    </message>
    <message>
        <source>&amp;Archive Contact</source>
        <translation>Ar&amp;chivar contacto</translation>
    </message>
    <message>
        <source>Res&amp;tore Contact</source>
        <translation>Resta&amp;urar contacto</translation>
    </message>
</context>
<context>
    <name>ui.contacts.commands</name>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archivar {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurar {name}</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contacts</source>
        <extracomment>Archive %n contact</extracomment>
        <translation>
            <numerusform>Archivar %n contacto</numerusform>
            <numerusform>Archivar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contacts</source>
        <extracomment>Restore %n contact</extracomment>
        <translation>
            <numerusform>Restaurar %n contacto</numerusform>
            <numerusform>Restaurar %n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.contacts.dialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Background: family, hobbies, how you met, what matters</source>
        <translation>Contexto: familia, aficiones, cómo se conocieron, qué le importa</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>Pro&amp;file URL:</source>
        <translation>URL del &amp;perfil:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch:</source>
        <translation>R&amp;itmo de contacto:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Recomen&amp;dado por:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>Persona&amp;l</source>
        <translation>Persona&amp;l</translation>
    </message>
    <message>
        <source>Birthday, key dates, addresses for cards, things to remember</source>
        <translation>Cumpleaños, fechas clave, direcciones para tarjetas, cosas para recordar</translation>
    </message>
    <message>
        <source>Plan the first follow-up after saving</source>
        <translation>Planificar el primer seguimiento después de guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>(not a web address)</source>
        <translation>(no es una dirección web)</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are opened.</source>
        <translation>Solo se abren las direcciones http:// y https://.</translation>
    </message>
    <message>
        <source>Personal: {problem}</source>
        <translation>Personal: {problem}</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>El contacto no se ha guardado</translation>
    </message>
    <message>
        <source>{problem}

Your input is kept.</source>
        <translation>{problem}

Sus datos se conservan.</translation>
    </message>
</context>
<context>
    <name>ui.contacts.model</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} está archivado</translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Ningún próximo paso planificado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>ui.contacts.pane</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Ritmo de contacto</translation>
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
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Dirección del trabajo</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Dirección particular</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Para recordar</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Ha recomendado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this contact (Enter)</source>
        <translation>Editar este contacto (Intro)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Seleccione un contacto para ver los detalles.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>No background notes yet.</source>
        <translation>Aún no hay notas de contexto.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Bring this contact back into the lists</source>
        <translation>Devolver este contacto a las listas</translation>
    </message>
    <message>
        <source>Archive this contact (Delete); Ctrl+Z brings it back</source>
        <translation>Archivar este contacto (Supr); Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <source>turns {age} on {day}</source>
        <translation>cumple {age} el {day}</translation>
    </message>
    <message>
        <source>next: {day}</source>
        <translation>próxima vez: {day}</translation>
    </message>
    <message>
        <source>Plan “{reason}” for {day}</source>
        <translation>Planificar «{reason}» para el {day}</translation>
    </message>
    <message>
        <source>not tracked (this contact)</source>
        <translation>sin seguimiento (este contacto)</translation>
    </message>
    <message>
        <source>not tracked (its category)</source>
        <translation>sin seguimiento (su categoría)</translation>
    </message>
    <message>
        <source>{rhythm} (own)</source>
        <translation>{rhythm} (propio)</translation>
    </message>
    <message>
        <source>{rhythm} · next touch by {day}</source>
        <translation>{rhythm} · próximo contacto antes del {day}</translation>
    </message>
</context>
<context>
    <name>ui.contacts.personal_editor</name>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>15 March, or 15 March 1980</source>
        <translation>15 de marzo, o 15 de marzo de 1980</translation>
    </message>
    <message>
        <source>Add a &amp;date</source>
        <translation>Añadir una &amp;fecha</translation>
    </message>
    <message>
        <source>as the category says</source>
        <translation>según la categoría</translation>
    </message>
    <message>
        <source>How long before the date a card's reminder is planned</source>
        <translation>Con cuánta antelación se planifica el recordatorio de una tarjeta</translation>
    </message>
    <message>
        <source>Add a thing to re&amp;member</source>
        <translation>Añadir algo para &amp;recordar</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>C&amp;umpleaños:</translation>
    </message>
    <message>
        <source>Key dates:</source>
        <translation>Fechas clave:</translation>
    </message>
    <message>
        <source>Card reminders:</source>
        <translation>Recordatorios de tarjetas:</translation>
    </message>
    <message>
        <source>Things to remember</source>
        <translation>Para recordar</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <extracomment> day before</extracomment>
        <translation>
            <numerusform> día antes</numerusform>
            <numerusform> días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {problem}</source>
        <translation>Cumpleaños: {problem}</translation>
    </message>
    <message>
        <source>A contact has one “Customer since” date.</source>
        <translation>Un contacto tiene una sola fecha «Cliente desde».</translation>
    </message>
</context>
<context>
    <name>ui.contacts.personal_rows</name>
    <message>
        <source>Work address</source>
        <translation>Dirección del trabajo</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Dirección particular</translation>
    </message>
    <message>
        <source>A card is planned the lead time before; a call on the day itself</source>
        <translation>Una tarjeta se planifica con la antelación indicada; una llamada, el mismo día</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Qué es la fecha</translation>
    </message>
    <message>
        <source>Your own label</source>
        <translation>Su propia etiqueta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>15 March 2010</source>
        <translation>15 de marzo de 2010</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Quitar esta fecha</translation>
    </message>
    <message>
        <source>Give the date a label (for example “Daughter's graduation”).</source>
        <translation>Dé una etiqueta a la fecha (por ejemplo «Graduación de su hija»).</translation>
    </message>
    <message>
        <source>{what}: type the date.</source>
        <translation>{what}: escriba la fecha.</translation>
    </message>
    <message>
        <source>Thing to remember</source>
        <translation>Cosa para recordar</translation>
    </message>
    <message>
        <source>Trip to Japan, daughter starts university, likes golf…</source>
        <translation>Viaje a Japón, su hija empieza la universidad, le gusta el golf…</translation>
    </message>
    <message>
        <source>Its date (optional)</source>
        <translation>Su fecha (opcional)</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translation>Fecha (opcional)</translation>
    </message>
    <message>
        <source>Plan a follow-up after it</source>
        <translation>Planificar un seguimiento después</translation>
    </message>
    <message>
        <source>Forget this</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>“{typed}”: {problem}</source>
        <translation>«{typed}»: {problem}</translation>
    </message>
    <message>
        <source>Say what there is to remember on that day.</source>
        <translation>Indique qué hay que recordar ese día.</translation>
    </message>
    <message>
        <source>“{reason}” on {day}</source>
        <translation>«{reason}» el {day}</translation>
    </message>
    <message>
        <source>Street of the work address</source>
        <translation>Calle de la dirección del trabajo</translation>
    </message>
    <message>
        <source>Street of the home address</source>
        <translation>Calle de la dirección particular</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Calle:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>State / region:</source>
        <translation>Provincia / región:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>On a label:</source>
        <translation>En una etiqueta:</translation>
    </message>
</context>
<context>
    <name>ui.contacts.picker</name>
    <message>
        <source>Type a name to choose who referred this contact</source>
        <translation>Escriba el nombre de quien se lo recomendó</translation>
    </message>
</context>
<context>
    <name>ui.contacts.timeline</name>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Hecho…</translation>
    </message>
    <message>
        <source>Log what happened and plan the next step</source>
        <translation>Registrar lo ocurrido y planificar el próximo paso</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L)</source>
        <translation>Registrar una llamada, un correo o una reunión (Ctrl+L)</translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation>Planificar seguimiento…</translation>
    </message>
    <message>
        <source>Plan a follow-up without logging an interaction (Ctrl+Shift+F)</source>
        <translation>Planificar un seguimiento sin registrar una interacción (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sin próximo paso</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Por qué: {reason}</translation>
    </message>
    <message>
        <source>Nothing planned yet: plan the first follow-up (Ctrl+Shift+F).</source>
        <translation>Aún no hay nada planificado: planifique el primer seguimiento (Ctrl+Mayús+F).</translation>
    </message>
    <message>
        <source>Their move: {state}</source>
        <translation>Le toca al contacto: {state}</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue — {when}</source>
        <extracomment>%n day overdue — {when}</extracomment>
        <translation>
            <numerusform>%n día de retraso — {when}</numerusform>
            <numerusform>%n días de retraso — {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} · agreed with them</source>
        <translation>{when} · acordado con el contacto</translation>
    </message>
    <message>
        <source>Also planned: {steps}</source>
        <translation>También planificado: {steps}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No interactions or follow-ups yet.</source>
        <translation>Aún no hay interacciones ni seguimientos.</translation>
    </message>
    <message>
        <source>Show older entries…</source>
        <translation>Mostrar entradas anteriores…</translation>
    </message>
    <message>
        <source>{reason} (their move)</source>
        <translation>{reason} (le toca al contacto)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned:&lt;/b&gt; {step}</source>
        <translation>&lt;b&gt;Planificado:&lt;/b&gt; {step}</translation>
    </message>
    <message>
        <source>Done: {reason}</source>
        <translation>Hecho: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelado: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.contacts.view</name>
    <message>
        <source>Search name, company, e-mail or phone  (Ctrl+F)</source>
        <translation>Buscar nombre, empresa, correo o teléfono  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Sort: click a column, or {keys} (again: reverse)</source>
        <translation>Ordenar: haga clic en una columna, o {keys} (otra vez: orden inverso)</translation>
    </message>
    <message>
        <source>Sorted by {column}, A to Z</source>
        <translation>Ordenado por {column}, de la A a la Z</translation>
    </message>
    <message>
        <source>Sorted by {column}, Z to A</source>
        <translation>Ordenado por {column}, de la Z a la A</translation>
    </message>
    <message numerus="yes">
        <source>%n+ matches</source>
        <extracomment>%n+ match</extracomment>
        <translation>
            <numerusform>%n+ coincidencia</numerusform>
            <numerusform>%n+ coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>%n match</extracomment>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
</context>
</TS>
