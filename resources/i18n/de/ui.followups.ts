<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.followups.actions</name>
    <message>
        <source>Log what happened and plan the next step (Enter)</source>
        <translation>Festhalten, was passiert ist, und den nächsten Schritt planen (Enter)</translation>
    </message>
    <message>
        <source>Reschedule to the next working day (an overdue one: from today)</source>
        <translation>Auf den nächsten Werktag verschieben (ein überfälliges: ab heute)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{action} was not done.</source>
        <translation>„{action}“ wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>This follow-up is no longer open; it may have been changed.</source>
        <translation>Dieses Follow-up ist nicht mehr offen; vielleicht wurde es geändert.</translation>
    </message>
    <message>
        <source>Rescheduled to {day}.</source>
        <translation>Verschoben auf {day}.</translation>
    </message>
    <message>
        <source>Reschedule to {day}</source>
        <translation>Verschieben auf {day}</translation>
    </message>
    <message>
        <source>This contact has no phone number.</source>
        <translation>Dieser Kontakt hat keine Telefonnummer.</translation>
    </message>
    <message>
        <source>This contact has no email address.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No program on this computer opens {scheme}: links.</source>
        <translation>Kein Programm auf diesem Computer öffnet {scheme}:-Links.</translation>
    </message>
</context>
<context>
    <name>ui.followups.commands</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>Follow-up als erledigt markieren</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Plan follow-up: {reason}</source>
        <translation>Follow-up planen: {reason}</translation>
    </message>
    <message>
        <source>Reschedule to {day}</source>
        <translation>Verschieben auf {day}</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Follow-up streichen</translation>
    </message>
    <message numerus="yes">
        <source>Catch up (%n follow-ups)</source>
        <extracomment>Catch up (%n follow-up)</extracomment>
        <translation>
            <numerusform>Aufholen (%n Follow-up)</numerusform>
            <numerusform>Aufholen (%n Follow-ups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.followups.dialogs</name>
    <message>
        <source>Cancel follow-up</source>
        <translation>Follow-up streichen</translation>
    </message>
    <message>
        <source>Cancel “{reason}”? Why is it no longer needed?</source>
        <translation>„{reason}“ streichen? Warum wird es nicht mehr gebraucht?</translation>
    </message>
    <message>
        <source>e.g. &quot;they called me first&quot;, &quot;deal closed&quot;</source>
        <translation>z. B. „hat mich zuerst angerufen“, „Abschluss gemacht“</translation>
    </message>
    <message>
        <source>Why cancel</source>
        <translation>Grund fürs Streichen</translation>
    </message>
    <message>
        <source>A reason is needed, so you remember later.</source>
        <translation>Ein Grund ist nötig, damit Sie sich später erinnern.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reschedule to…</source>
        <translation>Verschieben auf…</translation>
    </message>
    <message>
        <source>Now due {day}. New date:</source>
        <translation>Jetzt fällig: {day}. Neues Datum:</translation>
    </message>
</context>
<context>
    <name>ui.followups.menus</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>{move} ({day})</source>
        <translation>{move} ({day})</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Datum wählen…</translation>
    </message>
    <message>
        <source>Snoo&amp;ze reminder</source>
        <translation>Erinnerung &amp;zurückstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <extracomment>%n minute</extracomment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <extracomment>%n hour</extracomment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day}, {time} Uhr</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>Follow-up s&amp;treichen…</translation>
    </message>
    <message>
        <source>&amp;Open {name}</source>
        <translation>{name} ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;all {number}</source>
        <translation>{number} &amp;anrufen</translation>
    </message>
    <message>
        <source>Call (no number)</source>
        <translation>Anrufen (keine Nummer)</translation>
    </message>
    <message>
        <source>&amp;Email {address}</source>
        <translation>E-&amp;Mail an {address}</translation>
    </message>
    <message>
        <source>Email (no address)</source>
        <translation>E-Mail (keine Adresse)</translation>
    </message>
    <message>
        <source>Add to cale&amp;ndar (.ics)…</source>
        <translation>Zum &amp;Kalender hinzufügen (.ics)…</translation>
    </message>
    <message>
        <source>Remove from cale&amp;ndar (.ics)…</source>
        <translation>Aus dem &amp;Kalender entfernen (.ics)…</translation>
    </message>
    <message>
        <source>Writes this follow-up as cancelled, so the calendar it was added to drops it.</source>
        <translation>Schreibt dieses Follow-up als gestrichen, damit der Kalender, dem es hinzugefügt wurde, es entfernt.</translation>
    </message>
    <message>
        <source>This follow-up is done and was never written to a calendar file.</source>
        <translation>Dieses Follow-up ist erledigt und wurde nie in eine Kalenderdatei geschrieben.</translation>
    </message>
    <message>
        <source>This follow-up is cancelled and was never written to a calendar file.</source>
        <translation>Dieses Follow-up ist gestrichen und wurde nie in eine Kalenderdatei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;What to say…</source>
        <translation>&amp;Was sagen…</translation>
    </message>
    <message>
        <source>Cop&amp;y what to say</source>
        <translation>Was sagen k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Follow-up &amp;series (this is a step)…</source>
        <translation>Follow-up-&amp;Serie (dies ist ein Schritt)…</translation>
    </message>
    <message>
        <source>Follow-up &amp;series…</source>
        <translation>Follow-up-&amp;Serie…</translation>
    </message>
</context>
<context>
    <name>ui.followups.next_step_box</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Plan the next step</source>
        <translation>Nächsten Schritt planen</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Nothing new: the open steps above stay</source>
        <translation>Nichts Neues: offene Schritte bleiben</translation>
    </message>
    <message>
        <source>What will they hear about? e.g. &quot;send revised pricing&quot;</source>
        <translation>Worum geht es? z. B. „überarbeitete Preise senden“</translation>
    </message>
    <message>
        <source>Next step channel</source>
        <translation>Kanal des nächsten Schritts</translation>
    </message>
    <message>
        <source>Why there is none, e.g. &quot;bought elsewhere, confirmed by phone&quot;</source>
        <translation>Warum keiner, z. B. „woanders gekauft, telefonisch bestätigt“</translation>
    </message>
    <message>
        <source>Why no next step</source>
        <translation>Warum kein nächster Schritt</translation>
    </message>
    <message>
        <source>The contact will be listed under “No next step”.</source>
        <translation>Der Kontakt erscheint unter „Kein nächster Schritt“.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>No new follow-up: what is kept open above stays planned as it is.</source>
        <translation>Kein neues Follow-up: Was oben offen bleibt, bleibt so geplant.</translation>
    </message>
</context>
<context>
    <name>ui.followups.next_step_form</name>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Anlass:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>My move</source>
        <translation>Ich bin am Zug</translation>
    </message>
    <message>
        <source>Their move (they get back to me by then)</source>
        <translation>Kontakt ist am Zug (meldet sich bis dahin)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Agreed with the contact</source>
        <translation>Mit dem Kontakt vereinbart</translation>
    </message>
    <message>
        <source>⚠ The day they promised is in the past: you will be asked to confirm.</source>
        <translation>⚠ Der zugesagte Tag liegt in der Vergangenheit: Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>⚠ The due date is in the past: it will show as overdue.</source>
        <translation>⚠ Das Fälligkeitsdatum liegt in der Vergangenheit: Es wird als überfällig angezeigt.</translation>
    </message>
</context>
<context>
    <name>ui.followups.note_dialog</name>
    <message>
        <source>Log interaction — {name}</source>
        <translation>Interaktion erfassen — {name}</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from the notes)</source>
        <translation>Speichern (Eingabetaste, oder Strg+Eingabe in den Notizen)</translation>
    </message>
    <message>
        <source>Nothing is kept open above: plan a next step, or say why there is none.</source>
        <translation>Oben bleibt nichts offen: Planen Sie einen nächsten Schritt oder sagen Sie, warum es keinen gibt.</translation>
    </message>
    <message>
        <source>Say why there is no next step.</source>
        <translation>Sagen Sie, warum es keinen nächsten Schritt gibt.</translation>
    </message>
    <message>
        <source>Nothing replaces “{reason}”: plan a next step, or choose “{done}” or “{keep}” for it.</source>
        <translation>Nichts ersetzt „{reason}“: Planen Sie einen nächsten Schritt oder wählen Sie dafür „{done}“ oder „{keep}“.</translation>
    </message>
    <message>
        <source>Required — Save stays disabled until you say what they will hear about.</source>
        <translation>Pflichtfeld — Speichern bleibt gesperrt, bis Sie sagen, worum es geht.</translation>
    </message>
    <message>
        <source>Not saved: change the day they promised, then save.</source>
        <translation>Nicht gespeichert: Ändern Sie den zugesagten Tag und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Discard this note?</source>
        <translation>Diese Notiz verwerfen?</translation>
    </message>
    <message>
        <source>You have typed notes that are not saved. Discard them?</source>
        <translation>Sie haben Notizen getippt, die nicht gespeichert sind. Verwerfen?</translation>
    </message>
    <message>
        <source>A promise in the past?</source>
        <translation>Eine Zusage in der Vergangenheit?</translation>
    </message>
    <message>
        <source>They promised to get back to you by {day}, which has passed. Save it anyway? Its fallback call is then due as shown.</source>
        <translation>Der Kontakt hat zugesagt, sich bis {day} zu melden, und dieser Tag ist vorbei. Trotzdem speichern? Der Anruf am Ausweichtermin ist dann wie angezeigt fällig.</translation>
    </message>
</context>
<context>
    <name>ui.followups.note_suggestions</name>
    <message>
        <source>ℹ {suggestion} Change anything you like.</source>
        <translation>ℹ {suggestion} Ändern Sie gern alles.</translation>
    </message>
</context>
<context>
    <name>ui.followups.open_steps</name>
    <message>
        <source>Done by this interaction</source>
        <translation>Durch diese Interaktion erledigt</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Replaced by the next step planned here</source>
        <translation>Ersetzt durch den hier geplanten Schritt</translation>
    </message>
    <message>
        <source>Their move · {reason} · {state}</source>
        <translation>Kontakt ist am Zug · {reason} · {state}</translation>
    </message>
    <message>
        <source>Your move · {reason} · {state}</source>
        <translation>Ich bin am Zug · {reason} · {state}</translation>
    </message>
    <message>
        <source>Your move · {reason} · due {when}</source>
        <translation>Ich bin am Zug · {reason} · fällig {when}</translation>
    </message>
    <message>
        <source>Open steps ({count})</source>
        <translation>Offene Schritte ({count})</translation>
    </message>
    <message>
        <source>What happens to: {reason}</source>
        <translation>Was geschieht mit: {reason}</translation>
    </message>
    <message>
        <source>ℹ They answered ({outcome}). If they got back to you about “{reason}”, choose “{done}”; if not, keep it open and the fallback call stays planned.</source>
        <translation>ℹ Der Kontakt hat geantwortet ({outcome}). Wenn er sich zu „{reason}“ gemeldet hat, wählen Sie „{done}“; sonst lassen Sie es offen, und der Anruf am Ausweichtermin bleibt geplant.</translation>
    </message>
    <message>
        <source>“{reason}”</source>
        <comment>a follow-up's reason in quotation marks</comment>
        <translation>„{reason}“</translation>
    </message>
    <message>
        <source>the one planned here</source>
        <translation>der hier geplante</translation>
    </message>
    <message numerus="yes">
        <source>⚠ After saving, {name} will have %n open steps: “{new}” and {others}. If the new step takes the place of one, choose “{replaced}” for it.</source>
        <extracomment>⚠ After saving, {name} will have %n open step: “{new}” and {others}. If the new step takes the place of one, choose “{replaced}” for it.</extracomment>
        <translation>
            <numerusform>⚠ Nach dem Speichern hat {name} %n offenen Schritt: „{new}“ und {others}. Wenn der neue Schritt einen ersetzt, wählen Sie dafür „{replaced}“.</numerusform>
            <numerusform>⚠ Nach dem Speichern hat {name} %n offene Schritte: „{new}“ und {others}. Wenn der neue Schritt einen davon ersetzt, wählen Sie dafür „{replaced}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After saving, {names} stay open.</source>
        <extracomment>After saving, {names} stays open.</extracomment>
        <translation>
            <numerusform>Nach dem Speichern bleibt {names} offen.</numerusform>
            <numerusform>Nach dem Speichern bleiben {names} offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.followups.plan_dialog</name>
    <message>
        <source>Plan follow-up — {name}</source>
        <translation>Follow-up planen — {name}</translation>
    </message>
    <message>
        <source>Already open:&lt;br&gt;{steps}</source>
        <translation>Bereits offen:&lt;br&gt;{steps}</translation>
    </message>
    <message>
        <source>Nothing is planned yet: this will be the first follow-up.</source>
        <translation>Noch nichts geplant: Dies wird das erste Follow-up.</translation>
    </message>
    <message>
        <source>What will they hear about? e.g. &quot;introduce our service&quot;</source>
        <translation>Worum geht es? z. B. „unser Angebot vorstellen“</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Say what they will hear about (the reason).</source>
        <translation>Sagen Sie, worum es geht (der Anlass).</translation>
    </message>
    <message>
        <source>Not saved: change the day they promised, then save.</source>
        <translation>Nicht gespeichert: Ändern Sie den zugesagten Tag und speichern Sie dann.</translation>
    </message>
    <message>
        <source>A promise in the past?</source>
        <translation>Eine Zusage in der Vergangenheit?</translation>
    </message>
    <message>
        <source>They promised to get back to you by {day}, which has passed. Plan it anyway?</source>
        <translation>Der Kontakt hat zugesagt, sich bis {day} zu melden, und dieser Tag ist vorbei. Trotzdem planen?</translation>
    </message>
</context>
<context>
    <name>ui.followups.promise_sentence</name>
    <message>
        <source>The day they promised to get back to you</source>
        <translation>Der Tag, bis zu dem sich der Kontakt melden will</translation>
    </message>
    <message>
        <source>The day you call if you have not heard</source>
        <translation>Der Tag, an dem Sie anrufen, wenn nichts kam</translation>
    </message>
    <message>
        <source>They get back to me by {promise};
if I haven't heard by then, I call on {fallback}.</source>
        <comment>The two dates are fields; the line break is where the sentence wraps</comment>
        <translation>Der Kontakt meldet sich bis {promise};
wenn ich bis dahin nichts höre, rufe ich am {fallback} an.</translation>
    </message>
    <message>
        <source>⚠ {day} is not a working day; the call stays planned for it.</source>
        <translation>⚠ {day} ist kein Werktag; der Anruf bleibt trotzdem dafür geplant.</translation>
    </message>
</context>
<context>
    <name>ui.followups.referral_offer</name>
    <message>
        <source>Thank {name} for the referral (a follow-up for today)</source>
        <translation>{name} für die Empfehlung danken (ein Follow-up für heute)</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_commands</name>
    <message>
        <source>Apply follow-up series</source>
        <translation>Follow-up-Serie anwenden</translation>
    </message>
    <message>
        <source>Stop follow-up series</source>
        <translation>Follow-up-Serie beenden</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_dialogs</name>
    <message>
        <source>Apply a follow-up series — {name}</source>
        <translation>Follow-up-Serie anwenden — {name}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>When a step is done early, move the later steps as much</source>
        <translation>Wird ein Schritt früher erledigt, die späteren ebenso vorziehen</translation>
    </message>
    <message>
        <source>Also thank {name} for the referral (a follow-up for today)</source>
        <translation>Auch {name} für die Empfehlung danken (ein Follow-up für heute)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>There is no series yet: create one with Edit series.</source>
        <translation>Es gibt noch keine Serie: Legen Sie eine mit „Serien bearbeiten“ an.</translation>
    </message>
    <message>
        <source>(no referrer set)</source>
        <translation>(kein Empfehlungsgeber)</translation>
    </message>
    <message>
        <source>This series thanks whoever referred {name}; set Referred by on the contact first.</source>
        <translation>Diese Serie dankt dem Empfehlungsgeber von {name}; tragen Sie zuerst „Empfohlen von“ beim Kontakt ein.</translation>
    </message>
    <message>
        <source>Follow-up series — {name}</source>
        <translation>Follow-up-Serien — {name}</translation>
    </message>
    <message>
        <source>Series / step</source>
        <translation>Serie / Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No series for {name} yet.</source>
        <translation>Noch keine Serie für {name}.</translation>
    </message>
    <message>
        <source>&amp;Apply a series…</source>
        <translation>Serie &amp;anwenden…</translation>
    </message>
    <message>
        <source>&amp;Stop series</source>
        <translation>Serie &amp;beenden</translation>
    </message>
    <message>
        <source>Cancel the steps still open (undo with Ctrl+Z)</source>
        <translation>Streicht die noch offenen Schritte (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Edit series…</source>
        <translation>Serien b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>steps of a series</comment>
        <extracomment>%n open</extracomment>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>shifts</source>
        <comment>the later steps move when one is done early</comment>
        <translation>rückt mit</translation>
    </message>
    <message>
        <source>{series} (from {day})</source>
        <translation>{series} (ab {day})</translation>
    </message>
    <message>
        <source>Stopped “{series}” (Ctrl+Z to undo).</source>
        <translation>„{series}“ beendet (Strg+Z macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_editor</name>
    <message>
        <source>the contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>their referrer</source>
        <translation>Empfehlungsgeber</translation>
    </message>
    <message>
        <source>Follow-up series</source>
        <translation>Follow-up-Serien</translation>
    </message>
    <message>
        <source>Series templates</source>
        <translation>Serienvorlagen</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Name der Serie</translation>
    </message>
    <message>
        <source>When a step is done early, move the later steps as much</source>
        <translation>Wird ein Schritt früher erledigt, die späteren ebenso vorziehen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;New series</source>
        <translation>&amp;Neue Serie</translation>
    </message>
    <message>
        <source>&amp;Delete series</source>
        <translation>Serie &amp;löschen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Steps, counted from the day the series is applied:</source>
        <translation>Schritte, gezählt ab dem Tag, an dem die Serie angewendet wird:</translation>
    </message>
    <message>
        <source>{series} (built in)</source>
        <translation>{series} (vorgegeben)</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankesnachricht</translation>
    </message>
    <message>
        <source>A new series: name it, set its steps, then Save.</source>
        <translation>Eine neue Serie: Name eingeben, Schritte festlegen, dann Speichern.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Saved. Series already applied keep their steps.</source>
        <translation>Gespeichert. Bereits angewendete Serien behalten ihre Schritte.</translation>
    </message>
</context>
<context>
    <name>ui.followups.talking_points_dialog</name>
    <message>
        <source>&lt;b&gt;{slot}&lt;/b&gt;: {words} — from {source}{made_from}</source>
        <translation>&lt;b&gt;{slot}&lt;/b&gt;: {words} — Quelle: {source}{made_from}</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>nichts bekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{slot}&lt;/b&gt;: &lt;i&gt;left out&lt;/i&gt; — {why}</source>
        <translation>&lt;b&gt;{slot}&lt;/b&gt;: &lt;i&gt;weggelassen&lt;/i&gt; — {why}</translation>
    </message>
    <message>
        <source>Template — {kind}</source>
        <translation>Vorlage — {kind}</translation>
    </message>
    <message>
        <source>Slots:&lt;br&gt;{slots}&lt;br&gt;[a|b] uses the first wording whose slots all have a value.</source>
        <translation>Platzhalter:&lt;br&gt;{slots}&lt;br&gt;[a|b] nimmt die erste Formulierung, deren Platzhalter alle einen Wert haben.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Unknown slots {unknown}: left as typed. Known slots: {known}</source>
        <extracomment>⚠ Unknown slot {unknown}: left as typed. Known slots: {known}</extracomment>
        <translation>
            <numerusform>⚠ Unbekannter Platzhalter {unknown}: bleibt wie getippt. Bekannte Platzhalter: {known}</numerusform>
            <numerusform>⚠ Unbekannte Platzhalter {unknown}: bleiben wie getippt. Bekannte Platzhalter: {known}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>What to say — {name}</source>
        <translation>Was sagen — {name}</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>Open a draft to {address} in your mail program</source>
        <translation>Einen Entwurf an {address} in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>This contact has no email address.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>&amp;Vorlage bearbeiten…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Where the words came from:</source>
        <translation>Woher die Worte kommen:</translation>
    </message>
    <message>
        <source>Follow-up: &lt;b&gt;{reason}&lt;/b&gt;</source>
        <translation>Follow-up: &lt;b&gt;{reason}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copied: paste it into your message.</source>
        <translation>Kopiert: Fügen Sie es in Ihre Nachricht ein.</translation>
    </message>
    <message>
        <source>No mail program on this computer opens mailto: links; use Copy.</source>
        <translation>Kein E-Mail-Programm auf diesem Computer öffnet mailto:-Links; verwenden Sie Kopieren.</translation>
    </message>
    <message>
        <source>Opened a draft in your mail program.</source>
        <translation>Entwurf in Ihrem E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>they reply with feedback on the proposal</source>
        <translation>sie geben Rückmeldung zum Angebot</translation>
    </message>
    <message>
        <source>Pricing for the Oslo office</source>
        <translation>Preise für das Büro in Oslo</translation>
    </message>
</context>
<context>
    <name>ui.followups.what_happened</name>
    <message>
        <source>Context</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Follow-up: &lt;b&gt;{reason}&lt;/b&gt; — {channel}, due {day} ({relative})</source>
        <translation>Follow-up: &lt;b&gt;{reason}&lt;/b&gt; — {channel}, fällig {day} ({relative})</translation>
    </message>
    <message>
        <source>No interactions logged yet.</source>
        <translation>Noch keine Interaktionen erfasst.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>What was said, what they need, anything to remember</source>
        <translation>Was gesagt wurde, was gebraucht wird, was zu merken ist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
</TS>
