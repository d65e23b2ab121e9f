<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.followups.actions</name>
    <message>
        <source>Log what happened and plan the next step (Enter)</source>
        <translation>Noter ce qui s'est passé et planifier la prochaine étape (Entrée)</translation>
    </message>
    <message>
        <source>Reschedule to the next working day (an overdue one: from today)</source>
        <translation>Reporter au prochain jour ouvré (une relance en retard : à partir d'aujourd'hui)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{action} was not done.</source>
        <translation>« {action} » n'a pas été effectué.</translation>
    </message>
    <message>
        <source>This follow-up is no longer open; it may have been changed.</source>
        <translation>Cette relance n'est plus ouverte ; elle a peut-être été modifiée.</translation>
    </message>
    <message>
        <source>Rescheduled to {day}.</source>
        <translation>Reportée au {day}.</translation>
    </message>
    <message>
        <source>Reschedule to {day}</source>
        <translation>Reporter au {day}</translation>
    </message>
    <message>
        <source>This contact has no phone number.</source>
        <translation>Ce contact n'a pas de numéro de téléphone.</translation>
    </message>
    <message>
        <source>This contact has no email address.</source>
        <translation>Ce contact n'a pas d'adresse e-mail.</translation>
    </message>
    <message>
        <source>No program on this computer opens {scheme}: links.</source>
        <translation>Aucun programme de cet ordinateur n'ouvre les liens {scheme}:.</translation>
    </message>
</context>
<context>
    <name>ui.followups.commands</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>Marquer la relance comme faite</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Plan follow-up: {reason}</source>
        <translation>Planifier une relance : {reason}</translation>
    </message>
    <message>
        <source>Reschedule to {day}</source>
        <translation>Reporter au {day}</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Annuler la relance</translation>
    </message>
    <message numerus="yes">
        <source>Catch up (%n follow-ups)</source>
        <extracomment>Catch up (%n follow-up)</extracomment>
        <translation>
            <numerusform>Rattrapage (%n relance)</numerusform>
            <numerusform>Rattrapage (%n relances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.followups.dialogs</name>
    <message>
        <source>Cancel follow-up</source>
        <translation>Annuler la relance</translation>
    </message>
    <message>
        <source>Cancel “{reason}”? Why is it no longer needed?</source>
        <translation>Annuler « {reason} » ? Pourquoi n'est-elle plus utile ?</translation>
    </message>
    <message>
        <source>e.g. &quot;they called me first&quot;, &quot;deal closed&quot;</source>
        <translation>p. ex. « m'a appelé avant », « affaire conclue »</translation>
    </message>
    <message>
        <source>Why cancel</source>
        <translation>Motif de l'annulation</translation>
    </message>
    <message>
        <source>A reason is needed, so you remember later.</source>
        <translation>Un motif est nécessaire, pour vous en souvenir plus tard.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Reschedule to…</source>
        <translation>Reporter au…</translation>
    </message>
    <message>
        <source>Now due {day}. New date:</source>
        <translation>Prévue le {day}. Nouvelle date :</translation>
    </message>
</context>
<context>
    <name>ui.followups.menus</name>
    <message>
        <source>&amp;Done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>{move} ({day})</source>
        <translation>{move} ({day})</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Choisir une date…</translation>
    </message>
    <message>
        <source>Snoo&amp;ze reminder</source>
        <translation>Repousser le ra&amp;ppel</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <extracomment>%n minute</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <extracomment>%n hour</extracomment>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>&amp;Annuler la relance…</translation>
    </message>
    <message>
        <source>&amp;Open {name}</source>
        <translation>&amp;Ouvrir {name}</translation>
    </message>
    <message>
        <source>C&amp;all {number}</source>
        <translation>Appe&amp;ler le {number}</translation>
    </message>
    <message>
        <source>Call (no number)</source>
        <translation>Appeler (pas de numéro)</translation>
    </message>
    <message>
        <source>&amp;Email {address}</source>
        <translation>&amp;E-mail à {address}</translation>
    </message>
    <message>
        <source>Email (no address)</source>
        <translation>E-mail (pas d'adresse)</translation>
    </message>
    <message>
        <source>Add to cale&amp;ndar (.ics)…</source>
        <translation>Ajouter à l'age&amp;nda (.ics)…</translation>
    </message>
    <message>
        <source>Remove from cale&amp;ndar (.ics)…</source>
        <translation>Retirer de l'age&amp;nda (.ics)…</translation>
    </message>
    <message>
        <source>Writes this follow-up as cancelled, so the calendar it was added to drops it.</source>
        <translation>Écrit cette relance comme annulée, pour que l'agenda où elle a été ajoutée la retire.</translation>
    </message>
    <message>
        <source>This follow-up is done and was never written to a calendar file.</source>
        <translation>Cette relance est faite et n'a jamais été écrite dans un fichier d'agenda.</translation>
    </message>
    <message>
        <source>This follow-up is cancelled and was never written to a calendar file.</source>
        <translation>Cette relance est annulée et n'a jamais été écrite dans un fichier d'agenda.</translation>
    </message>
    <message>
        <source>&amp;What to say…</source>
        <translation>&amp;Quoi dire…</translation>
    </message>
    <message>
        <source>Cop&amp;y what to say</source>
        <translation>&amp;Copier quoi dire</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Noter un éc&amp;hange…</translation>
    </message>
    <message>
        <source>Follow-up &amp;series (this is a step)…</source>
        <translation>&amp;Série de relances (ceci en est une étape)…</translation>
    </message>
    <message>
        <source>Follow-up &amp;series…</source>
        <translation>&amp;Série de relances…</translation>
    </message>
</context>
<context>
    <name>ui.followups.next_step_box</name>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Plan the next step</source>
        <translation>Planifier la prochaine étape</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Pas de prochaine étape</translation>
    </message>
    <message>
        <source>Nothing new: the open steps above stay</source>
        <translation>Rien de neuf : les étapes ouvertes restent</translation>
    </message>
    <message>
        <source>What will they hear about? e.g. &quot;send revised pricing&quot;</source>
        <translation>De quoi allez-vous leur parler ? p. ex. « envoyer les nouveaux prix »</translation>
    </message>
    <message>
        <source>Next step channel</source>
        <translation>Canal de la prochaine étape</translation>
    </message>
    <message>
        <source>Why there is none, e.g. &quot;bought elsewhere, confirmed by phone&quot;</source>
        <translation>Pourquoi aucune, p. ex. « acheté ailleurs, confirmé par téléphone »</translation>
    </message>
    <message>
        <source>Why no next step</source>
        <translation>Pourquoi pas de prochaine étape</translation>
    </message>
    <message>
        <source>The contact will be listed under “No next step”.</source>
        <translation>Le contact figurera sous « Pas de prochaine étape ».</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>No new follow-up: what is kept open above stays planned as it is.</source>
        <translation>Pas de nouvelle relance : ce qui reste ouvert ci-dessus reste planifié tel quel.</translation>
    </message>
</context>
<context>
    <name>ui.followups.next_step_form</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>My move</source>
        <translation>À moi d'agir</translation>
    </message>
    <message>
        <source>Their move (they get back to me by then)</source>
        <translation>À eux de répondre (ils reviennent vers moi d'ici là)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Agreed with the contact</source>
        <translation>Convenu avec le contact</translation>
    </message>
    <message>
        <source>⚠ The day they promised is in the past: you will be asked to confirm.</source>
        <translation>⚠ Le jour promis est passé : une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>⚠ The due date is in the past: it will show as overdue.</source>
        <translation>⚠ L'échéance est passée : la relance apparaîtra en retard.</translation>
    </message>
</context>
<context>
    <name>ui.followups.note_dialog</name>
    <message>
        <source>Log interaction — {name}</source>
        <translation>Noter un échange — {name}</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from the notes)</source>
        <translation>Enregistrer (Entrée, ou Ctrl+Entrée depuis les notes)</translation>
    </message>
    <message>
        <source>Nothing is kept open above: plan a next step, or say why there is none.</source>
        <translation>Rien ne reste ouvert ci-dessus : planifiez une prochaine étape ou dites pourquoi il n'y en a pas.</translation>
    </message>
    <message>
        <source>Say why there is no next step.</source>
        <translation>Dites pourquoi il n'y a pas de prochaine étape.</translation>
    </message>
    <message>
        <source>Nothing replaces “{reason}”: plan a next step, or choose “{done}” or “{keep}” for it.</source>
        <translation>Rien ne remplace « {reason} » : planifiez une prochaine étape, ou choisissez « {done} » ou « {keep} » pour elle.</translation>
    </message>
    <message>
        <source>Required — Save stays disabled until you say what they will hear about.</source>
        <translation>Obligatoire — Enregistrer reste inactif tant que le motif manque.</translation>
    </message>
    <message>
        <source>Not saved: change the day they promised, then save.</source>
        <translation>Non enregistré : changez le jour promis, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>Discard this note?</source>
        <translation>Abandonner cette note ?</translation>
    </message>
    <message>
        <source>You have typed notes that are not saved. Discard them?</source>
        <translation>Vous avez saisi des notes non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>A promise in the past?</source>
        <translation>Une promesse dans le passé ?</translation>
    </message>
    <message>
        <source>They promised to get back to you by {day}, which has passed. Save it anyway? Its fallback call is then due as shown.</source>
        <translation>Ils ont promis de revenir vers vous d'ici le {day}, date déjà passée. Enregistrer quand même ? L'appel à la date de secours est alors prévu comme indiqué.</translation>
    </message>
</context>
<context>
    <name>ui.followups.note_suggestions</name>
    <message>
        <source>ℹ {suggestion} Change anything you like.</source>
        <translation>ℹ {suggestion} Modifiez ce que vous voulez.</translation>
    </message>
</context>
<context>
    <name>ui.followups.open_steps</name>
    <message>
        <source>Done by this interaction</source>
        <translation>Fait par cet échange</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Laisser ouverte</translation>
    </message>
    <message>
        <source>Replaced by the next step planned here</source>
        <translation>Remplacée par l'étape planifiée ici</translation>
    </message>
    <message>
        <source>Their move · {reason} · {state}</source>
        <translation>À eux de répondre · {reason} · {state}</translation>
    </message>
    <message>
        <source>Your move · {reason} · {state}</source>
        <translation>À moi d'agir · {reason} · {state}</translation>
    </message>
    <message>
        <source>Your move · {reason} · due {when}</source>
        <translation>À moi d'agir · {reason} · prévue le {when}</translation>
    </message>
    <message>
        <source>Open steps ({count})</source>
        <translation>Étapes ouvertes ({count})</translation>
    </message>
    <message>
        <source>What happens to: {reason}</source>
        <translation>Que devient : {reason}</translation>
    </message>
    <message>
        <source>ℹ They answered ({outcome}). If they got back to you about “{reason}”, choose “{done}”; if not, keep it open and the fallback call stays planned.</source>
        <translation>ℹ Ils ont répondu ({outcome}). S'ils sont revenus vers vous au sujet de « {reason} », choisissez « {done} » ; sinon, laissez-la ouverte et l'appel à la date de secours reste prévu.</translation>
    </message>
    <message>
        <source>“{reason}”</source>
        <comment>a follow-up's reason in quotation marks</comment>
        <translation>« {reason} »</translation>
    </message>
    <message>
        <source>the one planned here</source>
        <translation>celle planifiée ici</translation>
    </message>
    <message numerus="yes">
        <source>⚠ After saving, {name} will have %n open steps: “{new}” and {others}. If the new step takes the place of one, choose “{replaced}” for it.</source>
        <extracomment>⚠ After saving, {name} will have %n open step: “{new}” and {others}. If the new step takes the place of one, choose “{replaced}” for it.</extracomment>
        <translation>
            <numerusform>⚠ Après l'enregistrement, {name} aura %n étape ouverte : « {new} » et {others}. Si la nouvelle étape en remplace une, choisissez « {replaced} » pour celle-ci.</numerusform>
            <numerusform>⚠ Après l'enregistrement, {name} aura %n étapes ouvertes : « {new} » et {others}. Si la nouvelle étape en remplace une, choisissez « {replaced} » pour celle-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After saving, {names} stay open.</source>
        <extracomment>After saving, {names} stays open.</extracomment>
        <translation>
            <numerusform>Après l'enregistrement, {names} reste ouverte.</numerusform>
            <numerusform>Après l'enregistrement, {names} restent ouvertes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.followups.plan_dialog</name>
    <message>
        <source>Plan follow-up — {name}</source>
        <translation>Planifier une relance — {name}</translation>
    </message>
    <message>
        <source>Already open:&lt;br&gt;{steps}</source>
        <translation>Déjà ouvertes :&lt;br&gt;{steps}</translation>
    </message>
    <message>
        <source>Nothing is planned yet: this will be the first follow-up.</source>
        <translation>Rien n'est encore planifié : ce sera la première relance.</translation>
    </message>
    <message>
        <source>What will they hear about? e.g. &quot;introduce our service&quot;</source>
        <translation>De quoi allez-vous leur parler ? p. ex. « présenter notre service »</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Say what they will hear about (the reason).</source>
        <translation>Dites de quoi vous leur parlerez (le motif).</translation>
    </message>
    <message>
        <source>Not saved: change the day they promised, then save.</source>
        <translation>Non enregistré : changez le jour promis, puis enregistrez.</translation>
    </message>
    <message>
        <source>A promise in the past?</source>
        <translation>Une promesse dans le passé ?</translation>
    </message>
    <message>
        <source>They promised to get back to you by {day}, which has passed. Plan it anyway?</source>
        <translation>Ils ont promis de revenir vers vous d'ici le {day}, date déjà passée. Planifier quand même ?</translation>
    </message>
</context>
<context>
    <name>ui.followups.promise_sentence</name>
    <message>
        <source>The day they promised to get back to you</source>
        <translation>Le jour où ils ont promis de revenir vers vous</translation>
    </message>
    <message>
        <source>The day you call if you have not heard</source>
        <translation>Le jour où vous appelez sans nouvelles</translation>
    </message>
    <message>
        <source>They get back to me by {promise};
if I haven't heard by then, I call on {fallback}.</source>
        <comment>The two dates are fields; the line break is where the sentence wraps</comment>
        <translation>Ils reviennent vers moi d'ici le {promise} ;
sans nouvelles d'ici là, j'appelle le {fallback}.</translation>
    </message>
    <message>
        <source>⚠ {day} is not a working day; the call stays planned for it.</source>
        <translation>⚠ {day} n'est pas un jour ouvré ; l'appel reste prévu ce jour-là.</translation>
    </message>
</context>
<context>
    <name>ui.followups.referral_offer</name>
    <message>
        <source>Thank {name} for the referral (a follow-up for today)</source>
        <translation>Remercier {name} pour la recommandation (une relance pour aujourd'hui)</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_commands</name>
    <message>
        <source>Apply follow-up series</source>
        <translation>Appliquer une série de relances</translation>
    </message>
    <message>
        <source>Stop follow-up series</source>
        <translation>Arrêter la série de relances</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_dialogs</name>
    <message>
        <source>Apply a follow-up series — {name}</source>
        <translation>Appliquer une série de relances — {name}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>When a step is done early, move the later steps as much</source>
        <translation>Quand une étape est faite en avance, avancer d'autant les suivantes</translation>
    </message>
    <message>
        <source>Also thank {name} for the referral (a follow-up for today)</source>
        <translation>Remercier aussi {name} pour la recommandation (une relance pour aujourd'hui)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Série :</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>There is no series yet: create one with Edit series.</source>
        <translation>Il n'y a pas encore de série : créez-en une avec « Modifier les séries ».</translation>
    </message>
    <message>
        <source>(no referrer set)</source>
        <translation>(recommandation non indiquée)</translation>
    </message>
    <message>
        <source>This series thanks whoever referred {name}; set Referred by on the contact first.</source>
        <translation>Cette série remercie la personne qui a recommandé {name} ; indiquez d'abord « Recommandé par » sur le contact.</translation>
    </message>
    <message>
        <source>Follow-up series — {name}</source>
        <translation>Séries de relances — {name}</translation>
    </message>
    <message>
        <source>Series / step</source>
        <translation>Série / étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No series for {name} yet.</source>
        <translation>Pas encore de série pour {name}.</translation>
    </message>
    <message>
        <source>&amp;Apply a series…</source>
        <translation>&amp;Appliquer une série…</translation>
    </message>
    <message>
        <source>&amp;Stop series</source>
        <translation>Arrê&amp;ter la série</translation>
    </message>
    <message>
        <source>Cancel the steps still open (undo with Ctrl+Z)</source>
        <translation>Annule les étapes encore ouvertes (Ctrl+Z pour revenir en arrière)</translation>
    </message>
    <message>
        <source>&amp;Edit series…</source>
        <translation>&amp;Modifier les séries…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>steps of a series</comment>
        <extracomment>%n open</extracomment>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>shifts</source>
        <comment>the later steps move when one is done early</comment>
        <translation>se décale</translation>
    </message>
    <message>
        <source>{series} (from {day})</source>
        <translation>{series} (à partir du {day})</translation>
    </message>
    <message>
        <source>Stopped “{series}” (Ctrl+Z to undo).</source>
        <translation>« {series} » arrêtée (Ctrl+Z pour revenir en arrière).</translation>
    </message>
</context>
<context>
    <name>ui.followups.series_editor</name>
    <message>
        <source>the contact</source>
        <translation>le contact</translation>
    </message>
    <message>
        <source>their referrer</source>
        <translation>qui l'a recommandé</translation>
    </message>
    <message>
        <source>Follow-up series</source>
        <translation>Séries de relances</translation>
    </message>
    <message>
        <source>Series templates</source>
        <translation>Modèles de séries</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Nom de la série</translation>
    </message>
    <message>
        <source>When a step is done early, move the later steps as much</source>
        <translation>Quand une étape est faite en avance, avancer d'autant les suivantes</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Retirer l'étape</translation>
    </message>
    <message>
        <source>&amp;New series</source>
        <translation>&amp;Nouvelle série</translation>
    </message>
    <message>
        <source>&amp;Delete series</source>
        <translation>&amp;Supprimer la série</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Steps, counted from the day the series is applied:</source>
        <translation>Étapes, comptées à partir du jour où la série est appliquée :</translation>
    </message>
    <message>
        <source>{series} (built in)</source>
        <translation>{series} (intégrée)</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Mot de remerciement</translation>
    </message>
    <message>
        <source>A new series: name it, set its steps, then Save.</source>
        <translation>Une nouvelle série : nommez-la, définissez ses étapes, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>Saved. Series already applied keep their steps.</source>
        <translation>Enregistré. Les séries déjà appliquées gardent leurs étapes.</translation>
    </message>
</context>
<context>
    <name>ui.followups.talking_points_dialog</name>
    <message>
        <source>&lt;b&gt;{slot}&lt;/b&gt;: {words} — from {source}{made_from}</source>
        <translation>&lt;b&gt;{slot}&lt;/b&gt; : {words} — source : {source}{made_from}</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>rien de connu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{slot}&lt;/b&gt;: &lt;i&gt;left out&lt;/i&gt; — {why}</source>
        <translation>&lt;b&gt;{slot}&lt;/b&gt; : &lt;i&gt;omis&lt;/i&gt; — {why}</translation>
    </message>
    <message>
        <source>Template — {kind}</source>
        <translation>Modèle — {kind}</translation>
    </message>
    <message>
        <source>Slots:&lt;br&gt;{slots}&lt;br&gt;[a|b] uses the first wording whose slots all have a value.</source>
        <translation>Champs :&lt;br&gt;{slots}&lt;br&gt;[a|b] utilise la première formulation dont tous les champs ont une valeur.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Unknown slots {unknown}: left as typed. Known slots: {known}</source>
        <extracomment>⚠ Unknown slot {unknown}: left as typed. Known slots: {known}</extracomment>
        <translation>
            <numerusform>⚠ Champ inconnu {unknown} : laissé tel quel. Champs connus : {known}</numerusform>
            <numerusform>⚠ Champs inconnus {unknown} : laissés tels quels. Champs connus : {known}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>What to say — {name}</source>
        <translation>Quoi dire — {name}</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <source>Open a draft to {address} in your mail program</source>
        <translation>Ouvrir un brouillon pour {address} dans votre messagerie</translation>
    </message>
    <message>
        <source>This contact has no email address.</source>
        <translation>Ce contact n'a pas d'adresse e-mail.</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Modifier le mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Where the words came from:</source>
        <translation>D'où viennent les mots :</translation>
    </message>
    <message>
        <source>Follow-up: &lt;b&gt;{reason}&lt;/b&gt;</source>
        <translation>Relance : &lt;b&gt;{reason}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copied: paste it into your message.</source>
        <translation>Copié : collez-le dans votre message.</translation>
    </message>
    <message>
        <source>No mail program on this computer opens mailto: links; use Copy.</source>
        <translation>Aucune messagerie de cet ordinateur n'ouvre les liens mailto: ; utilisez Copier.</translation>
    </message>
    <message>
        <source>Opened a draft in your mail program.</source>
        <translation>Brouillon ouvert dans votre messagerie.</translation>
    </message>
    <message>
        <source>they reply with feedback on the proposal</source>
        <translation>ils donnent leur avis sur la proposition</translation>
    </message>
    <message>
        <source>Pricing for the Oslo office</source>
        <translation>Tarifs pour le bureau d'Oslo</translation>
    </message>
</context>
<context>
    <name>ui.followups.what_happened</name>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Follow-up: &lt;b&gt;{reason}&lt;/b&gt; — {channel}, due {day} ({relative})</source>
        <translation>Relance : &lt;b&gt;{reason}&lt;/b&gt; — {channel}, prévue le {day} ({relative})</translation>
    </message>
    <message>
        <source>No interactions logged yet.</source>
        <translation>Aucun échange noté pour l'instant.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>What was said, what they need, anything to remember</source>
        <translation>Ce qui a été dit, ce dont ils ont besoin, ce qu'il faut retenir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
</context>
</TS>
