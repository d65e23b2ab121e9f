<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.followups.actions</name>
    <message>
        <source>Log what happened and plan the next step (Enter)</source>
        <translation>Registrar lo ocurrido y planificar el próximo paso (Intro)</translation>
    </message>
    <message>
        <source>Reschedule to the next working day (an overdue one: from today)</source>
        <translation>Reprogramar para el siguiente día laborable (uno atrasado: a partir de hoy)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{action} was not done.</source>
        <translation>«{action}» no se realizó.</translation>
    </message>
    <message>
        <source>This follow-up is no longer open; it may have been changed.</source>
        <translation>Este seguimiento ya no está abierto; quizá se modificó.</translation>
    </message>
    <message>
        <source>Rescheduled to {day}.</source>
        <translation>Reprogramado para el {day}.</translation>
    </message>
    <message>
        <source>Reschedule to {day}</source>
        <translation>Reprogramar para el {day}</translation>
    </message>
    <message>
        <source>This contact has no phone number.</source>
        <translation>Este contacto no tiene número de teléfono.</translation>
    </message>
    <message>
        <source>This contact has no email address.</source>
        <translation>Este contacto no tiene dirección de correo.</translation>
    </message>
    <message>
        <source>No program on this computer opens {scheme}: links.</source>
        <translation>Ningún programa de este equipo abre enlaces {scheme}:.</translation>
    </message>
</context>
<context>
    <name>ui.followups.commands</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>Marcar el seguimiento como hecho</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>Plan follow-up: {reason}</source>
        <translation>Planificar seguimiento: {reason}</translation>
    </message>
    <message>
        <source>Reschedule to {day}</source>
        <translation>Reprogramar para el {day}</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Cancelar el seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>Catch up (%n follow-ups)</source>
        <extracomment>Catch up (%n follow-up)</extracomment>
        <translation>
            <numerusform>Ponerse al día (%n seguimiento)</numerusform>
            <numerusform>Ponerse al día (%n seguimientos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.followups.dialogs</name>
    <message>
        <source>Cancel follow-up</source>
        <translation>Cancelar el seguimiento</translation>
    </message>
    <message>
        <source>Cancel “{reason}”? Why is it no longer needed?</source>
        <translation>¿Cancelar «{reason}»? ¿Por qué ya no hace falta?</translation>
    </message>
    <message>
        <source>e.g. &quot;they called me first&quot;, &quot;deal closed&quot;</source>
        <translation>p. ej., «me llamó antes», «venta cerrada»</translation>
    </message>
    <message>
        <source>Why cancel</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>A reason is needed, so you remember later.</source>
        <translation>Hace falta un motivo, para que lo recuerde más tarde.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>Reschedule to…</source>
        <translation>Reprogramar para…</translation>
    </message>
    <message>
        <source>Now due {day}. New date:</source>
        <translation>Ahora vence el {day}. Nueva fecha:</translation>
    </message>
</context>
<context>
    <name>ui.followups.menus</name>
    <message>
        <source>&amp;Done…</source>
        <translation>Marcar como &amp;hecho…</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reprogramar</translation>
    </message>
    <message>
        <source>{move} ({day})</source>
        <translation>{move} ({day})</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Elegir una fecha…</translation>
    </message>
    <message>
        <source>Snoo&amp;ze reminder</source>
        <translation>&amp;Posponer recordatorio</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <extracomment>%n minute</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <extracomment>%n hour</extracomment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day}, a las {time}</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>&amp;Cancelar seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Open {name}</source>
        <translation>&amp;Abrir {name}</translation>
    </message>
    <message>
        <source>C&amp;all {number}</source>
        <translation>&amp;Llamar al {number}</translation>
    </message>
    <message>
        <source>Call (no number)</source>
        <translation>Llamar (sin número)</translation>
    </message>
    <message>
        <source>&amp;Email {address}</source>
        <translation>&amp;Enviar correo a {address}</translation>
    </message>
    <message>
        <source>Email (no address)</source>
        <translation>Correo (sin dirección)</translation>
    </message>
    <message>
        <source>Add to cale&amp;ndar (.ics)…</source>
        <translation>Añadir al calen&amp;dario (.ics)…</translation>
    </message>
    <message>
        <source>Remove from cale&amp;ndar (.ics)…</source>
        <translation>Quitar del calen&amp;dario (.ics)…</translation>
    </message>
    <message>
        <source>Writes this follow-up as cancelled, so the calendar it was added to drops it.</source>
        <translation>Escribe este seguimiento como cancelado para que el calendario al que se añadió lo quite.</translation>
    </message>
    <message>
        <source>This follow-up is done and was never written to a calendar file.</source>
        <translation>Este seguimiento está hecho y nunca se escribió en un archivo de calendario.</translation>
    </message>
    <message>
        <source>This follow-up is cancelled and was never written to a calendar file.</source>
        <translation>Este seguimiento está cancelado y nunca se escribió en un archivo de calendario.</translation>
    </message>
    <message>
        <source>&amp;What to say…</source>
        <translation>&amp;Qué decir…</translation>
    </message>
    <message>
        <source>Cop&amp;y what to say</source>
        <translation>Cop&amp;iar qué decir</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Registrar i&amp;nteracción…</translation>
    </message>
    <message>
        <source>Follow-up &amp;series (this is a step)…</source>
        <translation>&amp;Serie de seguimiento (esto es un paso)…</translation>
    </message>
    <message>
        <source>Follow-up &amp;series…</source>
        <translation>&amp;Serie de seguimiento…</translation>
    </message>
</context>
<context>
    <name>ui.followups.next_step_box</name>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Plan the next step</source>
        <translation>Planificar el próximo paso</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Sin próximo paso</translation>
    </message>
    <message>
        <source>Nothing new: the open steps above stay</source>
        <translation>Nada nuevo: siguen los pasos abiertos</translation>
    </message>
    <message>
        <source>What will they hear about? e.g. &quot;send revised pricing&quot;</source>
        <translation>¿De qué les hablará? p. ej., «enviar los precios revisados»</translation>
    </message>
    <message>
        <source>Next step channel</source>
        <translation>Canal del próximo paso</translation>
    </message>
    <message>
        <source>Why there is none, e.g. &quot;bought elsewhere, confirmed by phone&quot;</source>
        <translation>Por qué no hay, p. ej., «compró en otro sitio, confirmado por teléfono»</translation>
    </message>
    <message>
        <source>Why no next step</source>
        <translation>Por qué no hay próximo paso</translation>
    </message>
    <message>
        <source>The contact will be listed under “No next step”.</source>
        <translation>El contacto aparecerá en «Sin próximo paso».</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>No new follow-up: what is kept open above stays planned as it is.</source>
        <translation>Sin seguimiento nuevo: lo que queda abierto arriba sigue planificado tal cual.</translation>
    </message>
</context>
<context>
    <name>ui.followups.next_step_form</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>My move</source>
        <translation>Me toca a mí</translation>
    </message>
    <message>
        <source>Their move (they get back to me by then)</source>
        <translation>Le toca al contacto (me responde para entonces)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Agreed with the contact</source>
        <translation>Acordado con el contacto</translation>
    </message>
    <message>
        <source>⚠ The day they promised is in the past: you will be asked to confirm.</source>
        <translation>⚠ El día prometido ya pasó: se le pedirá que lo confirme.</translation>
    </message>
    <message>
        <source>⚠ The due date is in the past: it will show as overdue.</source>
        <translation>⚠ La fecha de vencimiento ya pasó: aparecerá como atrasado.</translation>
    </message>
</context>
<context>
    <name>ui.followups.note_dialog</name>
    <message>
        <source>Log interaction — {name}</source>
        <translation>Registrar interacción — {name}</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from the notes)</source>
        <translation>Guardar (Intro, o Ctrl+Intro desde las notas)</translation>
    </message>
    <message>
        <source>Nothing is kept open above: plan a next step, or say why there is none.</source>
        <translation>Arriba no queda nada abierto: planifique un próximo paso o diga por qué no lo hay.</translation>
    </message>
    <message>
        <source>Say why there is no next step.</source>
        <translation>Diga por qué no hay próximo paso.</translation>
    </message>
    <message>
        <source>Nothing replaces “{reason}”: plan a next step, or choose “{done}” or “{keep}” for it.</source>
        <translation>Nada sustituye a «{reason}»: planifique un próximo paso o elija «{done}» o «{keep}» para él.</translation>
    </message>
    <message>
        <source>Required — Save stays disabled until you say what they will hear about.</source>
        <translation>Obligatorio — Guardar sigue desactivado hasta que diga de qué les hablará.</translation>
    </message>
    <message>
        <source>Not saved: change the day they promised, then save.</source>
        <translation>No guardado: cambie el día prometido y luego guarde.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <source>You have typed notes that are not saved. Discard them?</source>
        <translation>Ha escrito notas que no están guardadas. ¿Descartarlas?</translation>
    </message>
    <message>
        <source>A promise in the past?</source>
        <translation>¿Un compromiso en el pasado?</translation>
    </message>
    <message>
        <source>They promised to get back to you by {day}, which has passed. Save it anyway? Its fallback call is then due as shown.</source>
        <translation>Prometió responderle antes del {day}, que ya pasó. ¿Guardarlo de todos modos? La llamada en la fecha alternativa vencerá entonces como se muestra.</translation>
    </message>
</context>
<context>
    <name>ui.followups.note_suggestions</name>
    <message>
        <source>ℹ {suggestion} Change anything you like.</source>
        <translation>ℹ {suggestion} Cambie lo que quiera.</translation>
    </message>
</context>
<context>
    <name>ui.followups.open_steps</name>
    <message>
        <source>Done by this interaction</source>
        <translation>Hecho con esta interacción</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Mantener abierto</translation>
    </message>
    <message>
        <source>Replaced by the next step planned here</source>
        <translation>Sustituido por el paso planificado aquí</translation>
    </message>
    <message>
        <source>Their move · {reason} · {state}</source>
        <translation>Le toca al contacto · {reason} · {state}</translation>
    </message>
    <message>
        <source>Your move · {reason} · {state}</source>
        <translation>Me toca a mí · {reason} · {state}</translation>
    </message>
    <message>
        <source>Your move · {reason} · due {when}</source>
        <translation>Me toca a mí · {reason} · vence el {when}</translation>
    </message>
    <message>
        <source>Open steps ({count})</source>
        <translation>Pasos abiertos ({count})</translation>
    </message>
    <message>
        <source>What happens to: {reason}</source>
        <translation>Qué pasa con: {reason}</translation>
    </message>
    <message>
        <source>ℹ They answered ({outcome}). If they got back to you about “{reason}”, choose “{done}”; if not, keep it open and the fallback call stays planned.</source>
        <translation>ℹ Respondió ({outcome}). Si le respondió sobre «{reason}», elija «{done}»; si no, manténgalo abierto y la llamada en la fecha alternativa sigue planificada.</translation>
    </message>
    <message>
        <source>“{reason}”</source>
        <comment>a follow-up's reason in quotation marks</comment>
        <translation>«{reason}»</translation>
    </message>
    <message>
        <source>the one planned here</source>
        <translation>el planificado aquí</translation>
    </message>
    <message numerus="yes">
        <source>⚠ After saving, {name} will have %n open steps: “{new}” and {others}. If the new step takes the place of one, choose “{replaced}” for it.</source>
        <extracomment>⚠ After saving, {name} will have %n open step: “{new}” and {others}. If the new step takes the place of one, choose “{replaced}” for it.</extracomment>
        <translation>
            <numerusform>⚠ Al guardar, {name} tendrá %n paso abierto: «{new}» y {others}. Si el nuevo paso sustituye a uno, elija «{replaced}» para ese.</numerusform>
            <numerusform>⚠ Al guardar, {name} tendrá %n pasos abiertos: «{new}» y {others}. Si el nuevo paso sustituye a uno, elija «{replaced}» para ese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After saving, {names} stay open.</source>
        <extracomment>After saving, {names} stays open.</extracomment>
        <translation>
            <numerusform>Al guardar, {names} sigue abierto.</numerusform>
            <numerusform>Al guardar, {names} siguen abiertos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.followups.plan_dialog</name>
    <message>
        <source>Plan follow-up — {name}</source>
        <translation>Planificar seguimiento — {name}</translation>
    </message>
    <message>
        <source>Already open:&lt;br&gt;{steps}</source>
        <translation>Ya abiertos:&lt;br&gt;{steps}</translation>
    </message>
    <message>
        <source>Nothing is planned yet: this will be the first follow-up.</source>
        <translation>Aún no hay nada planificado: será el primer seguimiento.</translation>
    </message>
    <message>
        <source>What will they hear about? e.g. &quot;introduce our service&quot;</source>
        <translation>¿De qué les hablará? p. ej., «presentar nuestro servicio»</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Say what they will hear about (the reason).</source>
        <translation>Diga de qué les hablará (el motivo).</translation>
    </message>
    <message>
        <source>Not saved: change the day they promised, then save.</source>
        <translation>No guardado: cambie el día prometido y luego guarde.</translation>
    </message>
    <message>
        <source>A promise in the past?</source>
        <translation>¿Un compromiso en el pasado?</translation>
    </message>
    <message>
        <source>They promised to get back to you by {day}, which has passed. Plan it anyway?</source>
        <translation>Prometió responderle antes del {day}, que ya pasó. ¿Planificarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ui.followups.promise_sentence</name>
    <message>
        <source>The day they promised to get back to you</source>
        <translation>El día en que prometió responderle</translation>
    </message>
    <message>
        <source>The day you call if you have not heard</source>
        <translation>El día en que llama si no tiene noticias</translation>
    </message>
    <message>
        <source>They get back to me by {promise};
if I haven't heard by then, I call on {fallback}.</source>
        <comment>The two dates are fields; the line break is where the sentence wraps</comment>
        <translation>Me responde antes del {promise};
si no sé nada para entonces, llamo el {fallback}.</translation>
    </message>
    <message>
        <source>⚠ {day} is not a working day; the call stays planned for it.</source>
        <translation>⚠ {day} no es un día laborable; la llamada sigue planificada para ese día.</translation>
    </message>
</context>
<context>
    <name>ui.followups.referral_offer</name>
    <message>
        <source>Thank {name} for the referral (a follow-up for today)</source>
        <translation>Agradecer a {name} la recomendación (un seguimiento para hoy)</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_commands</name>
    <message>
        <source>Apply follow-up series</source>
        <translation>Aplicar serie de seguimiento</translation>
    </message>
    <message>
        <source>Stop follow-up series</source>
        <translation>Detener serie de seguimiento</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_dialogs</name>
    <message>
        <source>Apply a follow-up series — {name}</source>
        <translation>Aplicar una serie de seguimiento — {name}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>When a step is done early, move the later steps as much</source>
        <translation>Si un paso se hace antes, adelantar lo mismo los siguientes</translation>
    </message>
    <message>
        <source>Also thank {name} for the referral (a follow-up for today)</source>
        <translation>Agradecer también a {name} la recomendación (un seguimiento para hoy)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>There is no series yet: create one with Edit series.</source>
        <translation>Aún no hay ninguna serie: cree una con «Editar series».</translation>
    </message>
    <message>
        <source>(no referrer set)</source>
        <translation>(no consta quién le recomendó)</translation>
    </message>
    <message>
        <source>This series thanks whoever referred {name}; set Referred by on the contact first.</source>
        <translation>Esta serie agradece a quien recomendó a {name}; indique primero «Recomendado por» en el contacto.</translation>
    </message>
    <message>
        <source>Follow-up series — {name}</source>
        <translation>Series de seguimiento — {name}</translation>
    </message>
    <message>
        <source>Series / step</source>
        <translation>Serie / paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No series for {name} yet.</source>
        <translation>Aún no hay series para {name}.</translation>
    </message>
    <message>
        <source>&amp;Apply a series…</source>
        <translation>&amp;Aplicar una serie…</translation>
    </message>
    <message>
        <source>&amp;Stop series</source>
        <translation>&amp;Detener la serie</translation>
    </message>
    <message>
        <source>Cancel the steps still open (undo with Ctrl+Z)</source>
        <translation>Cancela los pasos aún abiertos (deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Edit series…</source>
        <translation>&amp;Editar series…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>steps of a series</comment>
        <extracomment>%n open</extracomment>
        <translation>
            <numerusform>%n abierto</numerusform>
            <numerusform>%n abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>shifts</source>
        <comment>the later steps move when one is done early</comment>
        <translation>se desplaza</translation>
    </message>
    <message>
        <source>{series} (from {day})</source>
        <translation>{series} (desde el {day})</translation>
    </message>
    <message>
        <source>Stopped “{series}” (Ctrl+Z to undo).</source>
        <translation>«{series}» detenida (Ctrl+Z para deshacer).</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_editor</name>
    <message>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <source>their referrer</source>
        <translation>quien lo recomendó</translation>
    </message>
    <message>
        <source>Follow-up series</source>
        <translation>Series de seguimiento</translation>
    </message>
    <message>
        <source>Series templates</source>
        <translation>Plantillas de series</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Nombre de la serie</translation>
    </message>
    <message>
        <source>When a step is done early, move the later steps as much</source>
        <translation>Si un paso se hace antes, adelantar lo mismo los siguientes</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
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
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <source>&amp;New series</source>
        <translation>&amp;Nueva serie</translation>
    </message>
    <message>
        <source>&amp;Delete series</source>
        <translation>&amp;Eliminar serie</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Steps, counted from the day the series is applied:</source>
        <translation>Pasos, contados desde el día en que se aplica la serie:</translation>
    </message>
    <message>
        <source>{series} (built in)</source>
        <translation>{series} (predefinida)</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>A new series: name it, set its steps, then Save.</source>
        <translation>Una serie nueva: póngale nombre, defina sus pasos y luego Guardar.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <source>Saved. Series already applied keep their steps.</source>
        <translation>Guardado. Las series ya aplicadas conservan sus pasos.</translation>
    </message>
</context>
<context>
    <name>ui.followups.talking_points_dialog</name>
    <message>
        <source>&lt;b&gt;{slot}&lt;/b&gt;: {words} — from {source}{made_from}</source>
        <translation>&lt;b&gt;{slot}&lt;/b&gt;: {words} — fuente: {source}{made_from}</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>nada conocido</translation>
    </message>
    <message>
        <source>&lt;b&gt;{slot}&lt;/b&gt;: &lt;i&gt;left out&lt;/i&gt; — {why}</source>
        <translation>&lt;b&gt;{slot}&lt;/b&gt;: &lt;i&gt;omitido&lt;/i&gt; — {why}</translation>
    </message>
    <message>
        <source>Template — {kind}</source>
        <translation>Plantilla — {kind}</translation>
    </message>
    <message>
        <source>Slots:&lt;br&gt;{slots}&lt;br&gt;[a|b] uses the first wording whose slots all have a value.</source>
        <translation>Campos:&lt;br&gt;{slots}&lt;br&gt;[a|b] usa la primera redacción cuyos campos tienen todos un valor.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Unknown slots {unknown}: left as typed. Known slots: {known}</source>
        <extracomment>⚠ Unknown slot {unknown}: left as typed. Known slots: {known}</extracomment>
        <translation>
            <numerusform>⚠ Campo desconocido {unknown}: se deja tal cual. Campos conocidos: {known}</numerusform>
            <numerusform>⚠ Campos desconocidos {unknown}: se dejan tal cual. Campos conocidos: {known}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <source>What to say — {name}</source>
        <translation>Qué decir — {name}</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Co&amp;rreo…</translation>
    </message>
    <message>
        <source>Open a draft to {address} in your mail program</source>
        <translation>Abrir un borrador para {address} en su programa de correo</translation>
    </message>
    <message>
        <source>This contact has no email address.</source>
        <translation>Este contacto no tiene dirección de correo.</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Editar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Where the words came from:</source>
        <translation>De dónde salen las palabras:</translation>
    </message>
    <message>
        <source>Follow-up: &lt;b&gt;{reason}&lt;/b&gt;</source>
        <translation>Seguimiento: &lt;b&gt;{reason}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copied: paste it into your message.</source>
        <translation>Copiado: péguelo en su mensaje.</translation>
    </message>
    <message>
        <source>No mail program on this computer opens mailto: links; use Copy.</source>
        <translation>Ningún programa de correo de este equipo abre enlaces mailto:; use Copiar.</translation>
    </message>
    <message>
        <source>Opened a draft in your mail program.</source>
        <translation>Borrador abierto en su programa de correo.</translation>
    </message>
    <message>
        <source>they reply with feedback on the proposal</source>
        <translation>responden con comentarios sobre la propuesta</translation>
    </message>
    <message>
        <source>Pricing for the Oslo office</source>
        <translation>Precios para la oficina de Oslo</translation>
    </message>
</context>
<context>
    <name>ui.followups.what_happened</name>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Follow-up: &lt;b&gt;{reason}&lt;/b&gt; — {channel}, due {day} ({relative})</source>
        <translation>Seguimiento: &lt;b&gt;{reason}&lt;/b&gt; — {channel}, vence el {day} ({relative})</translation>
    </message>
    <message>
        <source>No interactions logged yet.</source>
        <translation>Aún no hay interacciones registradas.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>What was said, what they need, anything to remember</source>
        <translation>Qué se dijo, qué necesitan, qué conviene recordar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
</TS>
