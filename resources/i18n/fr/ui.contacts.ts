<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.contacts.actions</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Find Contact</source>
        <translation>&amp;Chercher un contact</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Archive Contact</source>
        <translation>Arc&amp;hiver le contact</translation>
    </message>
    <message>
        <source>Res&amp;tore Contact</source>
        <translation>Res&amp;taurer le contact</translation>
    </message>
</context>
<context>
    <name>ui.contacts.commands</name>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archiver {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurer {name}</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contacts</source>
        <extracomment>Archive %n contact</extracomment>
        <translation>
            <numerusform>Archiver %n contact</numerusform>
            <numerusform>Archiver %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contacts</source>
        <extracomment>Restore %n contact</extracomment>
        <translation>
            <numerusform>Restaurer %n contact</numerusform>
            <numerusform>Restaurer %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.contacts.dialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Background: family, hobbies, how you met, what matters</source>
        <translation>Contexte : famille, loisirs, comment vous vous êtes rencontrés, ce qui compte</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Mo&amp;bile :</translation>
    </message>
    <message>
        <source>Pro&amp;file URL:</source>
        <translation>&amp;URL du profil :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Keep in touch:</source>
        <translation>&amp;Rythme de contact :</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Recommandé &amp;par :</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Conte&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>Persona&amp;l</source>
        <translation>Personne&amp;l</translation>
    </message>
    <message>
        <source>Birthday, key dates, addresses for cards, things to remember</source>
        <translation>Anniversaire, dates clés, adresses pour les cartes, choses à retenir</translation>
    </message>
    <message>
        <source>Plan the first follow-up after saving</source>
        <translation>Planifier la première relance après l'enregistrement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>(not a web address)</source>
        <translation>(pas une adresse web)</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are opened.</source>
        <translation>Seules les adresses http:// et https:// sont ouvertes.</translation>
    </message>
    <message>
        <source>Personal: {problem}</source>
        <translation>Personnel : {problem}</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>Le contact n'a pas été enregistré</translation>
    </message>
    <message>
        <source>{problem}

Your input is kept.</source>
        <translation>{problem}

Votre saisie est conservée.</translation>
    </message>
</context>
<context>
    <name>ui.contacts.model</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} est archivé</translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Aucune prochaine étape prévue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>ui.contacts.pane</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Rythme de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Adresse professionnelle</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>A recommandé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this contact (Enter)</source>
        <translation>Modifier ce contact (Entrée)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Sélectionnez un contact pour voir le détail.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>No background notes yet.</source>
        <translation>Pas encore de notes de contexte.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Bring this contact back into the lists</source>
        <translation>Remettre ce contact dans les listes</translation>
    </message>
    <message>
        <source>Archive this contact (Delete); Ctrl+Z brings it back</source>
        <translation>Archiver ce contact (Suppr) ; Ctrl+Z le fait revenir</translation>
    </message>
    <message>
        <source>turns {age} on {day}</source>
        <translation>aura {age} ans le {day}</translation>
    </message>
    <message>
        <source>next: {day}</source>
        <translation>prochaine fois : {day}</translation>
    </message>
    <message>
        <source>Plan “{reason}” for {day}</source>
        <translation>Planifier « {reason} » pour le {day}</translation>
    </message>
    <message>
        <source>not tracked (this contact)</source>
        <translation>non suivi (ce contact)</translation>
    </message>
    <message>
        <source>not tracked (its category)</source>
        <translation>non suivi (sa catégorie)</translation>
    </message>
    <message>
        <source>{rhythm} (own)</source>
        <translation>{rhythm} (propre)</translation>
    </message>
    <message>
        <source>{rhythm} · next touch by {day}</source>
        <translation>{rhythm} · prochain contact d'ici le {day}</translation>
    </message>
</context>
<context>
    <name>ui.contacts.personal_editor</name>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>15 March, or 15 March 1980</source>
        <translation>15 mars, ou 15 mars 1980</translation>
    </message>
    <message>
        <source>Add a &amp;date</source>
        <translation>Ajouter une &amp;date</translation>
    </message>
    <message>
        <source>as the category says</source>
        <translation>selon la catégorie</translation>
    </message>
    <message>
        <source>How long before the date a card's reminder is planned</source>
        <translation>Combien de temps avant la date le rappel d'une carte est prévu</translation>
    </message>
    <message>
        <source>Add a thing to re&amp;member</source>
        <translation>Ajouter une chose à re&amp;tenir</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Anniversaire :</translation>
    </message>
    <message>
        <source>Key dates:</source>
        <translation>Dates clés :</translation>
    </message>
    <message>
        <source>Card reminders:</source>
        <translation>Rappels de cartes :</translation>
    </message>
    <message>
        <source>Things to remember</source>
        <translation>À retenir</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <extracomment> day before</extracomment>
        <translation>
            <numerusform> jour avant</numerusform>
            <numerusform> jours avant</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {problem}</source>
        <translation>Anniversaire : {problem}</translation>
    </message>
    <message>
        <source>A contact has one “Customer since” date.</source>
        <translation>Un contact n'a qu'une date « Client depuis ».</translation>
    </message>
</context>
<context>
    <name>ui.contacts.personal_rows</name>
    <message>
        <source>Work address</source>
        <translation>Adresse professionnelle</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <source>A card is planned the lead time before; a call on the day itself</source>
        <translation>Une carte est prévue avec le délai d'avance ; un appel le jour même</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Ce qu'est la date</translation>
    </message>
    <message>
        <source>Your own label</source>
        <translation>Votre propre libellé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>15 March 2010</source>
        <translation>15 mars 2010</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Supprimer cette date</translation>
    </message>
    <message>
        <source>Give the date a label (for example “Daughter's graduation”).</source>
        <translation>Donnez un libellé à la date (par exemple « Diplôme de sa fille »).</translation>
    </message>
    <message>
        <source>{what}: type the date.</source>
        <translation>{what} : saisissez la date.</translation>
    </message>
    <message>
        <source>Thing to remember</source>
        <translation>Chose à retenir</translation>
    </message>
    <message>
        <source>Trip to Japan, daughter starts university, likes golf…</source>
        <translation>Voyage au Japon, sa fille entre à l'université, aime le golf…</translation>
    </message>
    <message>
        <source>Its date (optional)</source>
        <translation>Sa date (facultatif)</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translation>Date (facultatif)</translation>
    </message>
    <message>
        <source>Plan a follow-up after it</source>
        <translation>Planifier une relance après</translation>
    </message>
    <message>
        <source>Forget this</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>“{typed}”: {problem}</source>
        <translation>« {typed} » : {problem}</translation>
    </message>
    <message>
        <source>Say what there is to remember on that day.</source>
        <translation>Indiquez ce qu'il faut retenir ce jour-là.</translation>
    </message>
    <message>
        <source>“{reason}” on {day}</source>
        <translation>« {reason} » le {day}</translation>
    </message>
    <message>
        <source>Street of the work address</source>
        <translation>Rue de l'adresse professionnelle</translation>
    </message>
    <message>
        <source>Street of the home address</source>
        <translation>Rue de l'adresse personnelle</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>State / region:</source>
        <translation>État / région :</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>On a label:</source>
        <translation>Sur une étiquette :</translation>
    </message>
</context>
<context>
    <name>ui.contacts.picker</name>
    <message>
        <source>Type a name to choose who referred this contact</source>
        <translation>Tapez le nom de qui vous l'a recommandé</translation>
    </message>
</context>
<context>
    <name>ui.contacts.timeline</name>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Fait…</translation>
    </message>
    <message>
        <source>Log what happened and plan the next step</source>
        <translation>Noter ce qui s'est passé et planifier la prochaine étape</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L)</source>
        <translation>Noter un appel, un e-mail ou un rendez-vous (Ctrl+L)</translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation>Planifier une relance…</translation>
    </message>
    <message>
        <source>Plan a follow-up without logging an interaction (Ctrl+Shift+F)</source>
        <translation>Planifier une relance sans noter d'échange (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Pas de prochaine étape</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message>
        <source>Nothing planned yet: plan the first follow-up (Ctrl+Shift+F).</source>
        <translation>Rien de prévu pour l'instant : planifiez la première relance (Ctrl+Maj+F).</translation>
    </message>
    <message>
        <source>Their move: {state}</source>
        <translation>À eux de répondre : {state}</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue — {when}</source>
        <extracomment>%n day overdue — {when}</extracomment>
        <translation>
            <numerusform>%n jour de retard — {when}</numerusform>
            <numerusform>%n jours de retard — {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} · agreed with them</source>
        <translation>{when} · convenu avec eux</translation>
    </message>
    <message>
        <source>Also planned: {steps}</source>
        <translation>Également prévu : {steps}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No interactions or follow-ups yet.</source>
        <translation>Pas encore d'échanges ni de relances.</translation>
    </message>
    <message>
        <source>Show older entries…</source>
        <translation>Afficher les entrées plus anciennes…</translation>
    </message>
    <message>
        <source>{reason} (their move)</source>
        <translation>{reason} (à eux de répondre)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned:&lt;/b&gt; {step}</source>
        <translation>&lt;b&gt;Prévu :&lt;/b&gt; {step}</translation>
    </message>
    <message>
        <source>Done: {reason}</source>
        <translation>Fait : {reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
</context>
<context>
    <name>ui.contacts.view</name>
    <message>
        <source>Search name, company, e-mail or phone  (Ctrl+F)</source>
        <translation>Chercher nom, entreprise, e-mail ou téléphone  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher des contacts</translation>
    </message>
    <message>
        <source>Sort: click a column, or {keys} (again: reverse)</source>
        <translation>Trier : cliquez sur une colonne, ou {keys} (à nouveau : ordre inverse)</translation>
    </message>
    <message>
        <source>Sorted by {column}, A to Z</source>
        <translation>Trié par {column}, de A à Z</translation>
    </message>
    <message>
        <source>Sorted by {column}, Z to A</source>
        <translation>Trié par {column}, de Z à A</translation>
    </message>
    <message numerus="yes">
        <source>%n+ matches</source>
        <extracomment>%n+ match</extracomment>
        <translation>
            <numerusform>%n+ résultat</numerusform>
            <numerusform>%n+ résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>%n match</extracomment>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
