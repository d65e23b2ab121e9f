<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.agenda.catchup_dialog</name>
    <message>
        <source>Catch up on overdue follow-ups</source>
        <translation>Rattraper les relances en retard</translation>
    </message>
    <message>
        <source>Spread the overdue follow-ups over the next working days, oldest first. Each keeps its original due date visible. You can undo this (Ctrl+Z).</source>
        <translation>Répartit les relances en retard sur les prochains jours ouvrés, les plus anciennes d'abord. Chacune garde sa date d'échéance d'origine visible. Vous pouvez annuler l'opération (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Spread over:</source>
        <translation>Répartir sur :</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Au plus :</translation>
    </message>
    <message>
        <source>Spread them</source>
        <translation>Répartir</translation>
    </message>
    <message numerus="yes">
        <source> working days</source>
        <extracomment> working day</extracomment>
        <translation>
            <numerusform> jour ouvré</numerusform>
            <numerusform> jours ouvrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.agenda.model</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Téléphone / e-mail</translation>
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
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Why no next step</source>
        <translation>Pourquoi pas d'étape</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How far past</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Follow-ups whose day has passed, oldest first</source>
        <translation>Relances dont le jour est passé, les plus anciennes d'abord</translation>
    </message>
    <message>
        <source>Due today, and their promises that lapsed yesterday</source>
        <translation>Pour aujourd'hui, et les promesses échues hier</translation>
    </message>
    <message>
        <source>My follow-ups in the next six days</source>
        <translation>Mes relances des six prochains jours</translation>
    </message>
    <message>
        <source>They said they would get back to you; the date it lapses</source>
        <translation>Ils ont promis de revenir vers vous ; la date où la promesse expire</translation>
    </message>
    <message>
        <source>Past their keep-in-touch rhythm with nothing planned, most past first</source>
        <translation>Rythme de contact dépassé sans rien de prévu, les plus en retard d'abord</translation>
    </message>
    <message>
        <source>Contacts with no follow-up planned, by category</source>
        <translation>Contacts sans relance prévue, par catégorie</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and dated things to remember in the next 14 days</source>
        <translation>Anniversaires, fêtes et choses à retenir datées des 14 prochains jours</translation>
    </message>
    <message>
        <source>{section}  ({count})</source>
        <translation>{section}  ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{section}, %n items</source>
        <extracomment>{section}, %n item</extracomment>
        <translation>
            <numerusform>{section}, %n élément</numerusform>
            <numerusform>{section}, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>{reason} ✔ agreed</source>
        <translation>{reason} ✔ convenu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Reminder: {what}</source>
        <translation>Rappel : {what}</translation>
    </message>
    <message>
        <source>By {channel}</source>
        <translation>Canal : {channel}</translation>
    </message>
    <message>
        <source>Last interaction: {when}</source>
        <translation>Dernier échange : {when}</translation>
    </message>
    <message>
        <source>{past} (never contacted)</source>
        <translation>{past} (jamais contacté)</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <extracomment>%n day overdue</extracomment>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>{when} (was due {day})</source>
        <translation>{when} (prévu au départ le {day})</translation>
    </message>
</context>
<context>
    <name>ui.agenda.sections</name>
    <message>
        <source>Nothing is overdue. Well done.</source>
        <translation>Rien n'est en retard. Bravo.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Rien pour aujourd'hui.</translation>
    </message>
    <message>
        <source>Nothing planned for the next six days.</source>
        <translation>Rien de prévu pour les six prochains jours.</translation>
    </message>
    <message>
        <source>Nobody owes you a reply.</source>
        <translation>Personne ne vous doit de réponse.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their rhythm.</source>
        <translation>Chacun a eu de vos nouvelles dans son rythme de contact.</translation>
    </message>
    <message>
        <source>Every contact has a next step.</source>
        <translation>Chaque contact a une prochaine étape.</translation>
    </message>
    <message>
        <source>No birthdays, anniversaries or dated things to remember in the next 14 days.</source>
        <translation>Aucun anniversaire, aucune fête ni chose à retenir datée dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>Agenda sections</source>
        <translation>Sections de l'agenda</translation>
    </message>
</context>
<context>
    <name>ui.agenda.view</name>
    <message>
        <source>&amp;Done…</source>
        <translation>Fai&amp;t…</translation>
    </message>
    <message>
        <source>+1 da&amp;y</source>
        <translation>+1 &amp;jour</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, saying why</source>
        <translation>Annuler cette relance en indiquant pourquoi</translation>
    </message>
    <message>
        <source>Catch &amp;up…</source>
        <translation>&amp;Rattraper…</translation>
    </message>
    <message>
        <source>Spread the overdue follow-ups over the next days</source>
        <translation>Répartir les relances en retard sur les prochains jours</translation>
    </message>
    <message>
        <source>&amp;Work the list…</source>
        <translation>Traiter la l&amp;iste…</translation>
    </message>
    <message>
        <source>Key in the printed weekly list: the same follow-ups in the same order, one at a time</source>
        <translation>Saisir la liste de la semaine imprimée : les mêmes relances dans le même ordre, une à la fois</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>{section} (to {day})</source>
        <translation>{section} (jusqu'au {day})</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up</source>
        <translation>&amp;Planifier une relance</translation>
    </message>
    <message>
        <source>Plan a keep-in-touch follow-up for today (Enter)</source>
        <translation>Planifier pour aujourd'hui une relance pour garder le contact (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planifier une relance…</translation>
    </message>
    <message>
        <source>Plan their next follow-up (Enter, Ctrl+Shift+F)</source>
        <translation>Planifier sa prochaine relance (Entrée, Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>No&amp;ter…</translation>
    </message>
    <message>
        <source>Plan follow-up on…</source>
        <translation>Planifier la relance le…</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up today</source>
        <translation>&amp;Planifier une relance aujourd'hui</translation>
    </message>
    <message>
        <source>Plan follow-up on a &amp;date…</source>
        <translation>Planifier une relance à une &amp;date…</translation>
    </message>
</context>
<context>
    <name>ui.agenda.welcome</name>
    <message>
        <source>Welcome to Follow-up Desktop</source>
        <translation>Bienvenue dans Follow-up Desktop</translation>
    </message>
    <message>
        <source>Your book is empty. Start with the people you want to keep in touch with; the agenda then shows who to call today, what slipped and whose move it is.</source>
        <translation>Votre carnet est vide. Commencez par les personnes avec qui vous voulez garder le contact ; l'agenda vous montre ensuite qui appeler aujourd'hui, ce qui a pris du retard et à qui c'est d'agir.</translation>
    </message>
    <message>
        <source>Add your first &amp;contact…</source>
        <translation>Ajouter votre &amp;premier contact…</translation>
    </message>
    <message>
        <source>Type in one person or company</source>
        <translation>Saisir une personne ou une entreprise</translation>
    </message>
    <message>
        <source>&amp;Import from Outlook or Google…</source>
        <translation>&amp;Importer depuis Outlook ou Google…</translation>
    </message>
    <message>
        <source>A CSV exported from Outlook, Google Contacts or LinkedIn, or a vCard file</source>
        <translation>Un CSV exporté d'Outlook, de Google Contacts ou de LinkedIn, ou un fichier vCard</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>&amp;Tester avec des données d'exemple</translation>
    </message>
    <message>
        <source>Opens a separate sample book in its own window, labelled as sample data; your own book stays empty and untouched</source>
        <translation>Ouvre un carnet d'exemple distinct dans sa propre fenêtre, signalé comme données d'exemple ; votre carnet reste vide et intact</translation>
    </message>
    <message>
        <source>Sample data opens a throw-away book in a second window; close it, or throw it away from its own window, whenever you like.</source>
        <translation>Les données d'exemple ouvrent un carnet jetable dans une seconde fenêtre ; fermez-le, ou jetez-le depuis sa fenêtre, quand vous voulez.</translation>
    </message>
</context>
</TS>
