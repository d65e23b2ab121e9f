<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>domain.agenda_sections</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>À eux de répondre</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Contact qui se perd</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Pas de prochaine étape</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
</context>
<context>
    <name>domain.book_counts</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <extracomment>%n interaction</extracomment>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <extracomment>%n follow-up</extracomment>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
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
        <translation>Un rythme va de {low} à {high} jours (vous avez indiqué {days}).</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>non suivi</translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <extracomment>every year</extracomment>
        <translation>
            <numerusform>chaque année</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <extracomment>every month</extracomment>
        <translation>
            <numerusform>chaque mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <extracomment>every week</extracomment>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <extracomment>every day</extracomment>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months past</source>
        <extracomment>%n month past</extracomment>
        <translation>
            <numerusform>%n mois de retard</numerusform>
            <numerusform>%n mois de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks past</source>
        <extracomment>%n week past</extracomment>
        <translation>
            <numerusform>%n semaine de retard</numerusform>
            <numerusform>%n semaines de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days past</source>
        <extracomment>%n day past</extracomment>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{past} ({rhythm})</source>
        <comment>how far past, and the rhythm</comment>
        <translation>{past} ({rhythm})</translation>
    </message>
    <message>
        <source>Keep in touch ({rhythm})</source>
        <translation>Garder le contact ({rhythm})</translation>
    </message>
    <message>
        <source>Keep in touch ({rhythm}; last touch {day})</source>
        <translation>Garder le contact ({rhythm} ; dernier contact {day})</translation>
    </message>
</context>
<context>
    <name>domain.calendar_copy</name>
    <message>
        <source>Done: {summary}</source>
        <translation>Fait : {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {summary}</source>
        <translation>Annulé : {summary}</translation>
    </message>
    <message>
        <source>Marked done in Follow-up Desktop.</source>
        <translation>Marqué comme fait dans Follow-up Desktop.</translation>
    </message>
    <message>
        <source>Cancelled in Follow-up Desktop.</source>
        <translation>Annulé dans Follow-up Desktop.</translation>
    </message>
    <message>
        <source>Deleted in Follow-up Desktop.</source>
        <translation>Supprimé dans Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The contact was archived in Follow-up Desktop.</source>
        <translation>Le contact a été archivé dans Follow-up Desktop.</translation>
    </message>
    <message>
        <source>No longer in this calendar: it is not your move any more.</source>
        <translation>Plus dans cet agenda : ce n'est plus à vous d'agir.</translation>
    </message>
    <message>
        <source>No longer in this calendar: it is not their move any more.</source>
        <translation>Plus dans cet agenda : ce n'est plus à eux de répondre.</translation>
    </message>
    <message>
        <source>Follow up: </source>
        <translation>Relance : </translation>
    </message>
    <message>
        <source>Writes every follow-up exported before that has changed since (moved, renamed, done, cancelled, deleted, archived or switched between mine and theirs), whatever today's filters, plus what the filters select that was never exported. Closed ones are written once more as cancelled, so the calendar removes or crosses them out.</source>
        <translation>Écrit chaque relance déjà exportée qui a changé depuis (déplacée, renommée, faite, annulée, supprimée, archivée ou passée entre vous et eux), quels que soient les filtres du jour, plus ce que les filtres sélectionnent et qui n'a jamais été exporté. Celles qui sont closes sont écrites une dernière fois comme annulées, pour que l'agenda les retire ou les barre.</translation>
    </message>
</context>
<context>
    <name>domain.calendar_grid</name>
    <message>
        <source>That date is outside the calendar.</source>
        <translation>Cette date est hors du calendrier.</translation>
    </message>
</context>
<context>
    <name>domain.calendar_moves</name>
    <message>
        <source>Only open follow-ups move: done and cancelled ones stay put.</source>
        <translation>Seules les relances ouvertes se déplacent : celles faites ou annulées restent en place.</translation>
    </message>
    <message>
        <source>Not moved: {day} is in the past.</source>
        <translation>Non déplacée : {day} est dans le passé.</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 jour</translation>
    </message>
    <message>
        <source>+2 days</source>
        <translation>+2 jours</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <source>It is overdue, so it moves from today.</source>
        <translation>Elle est en retard : elle est donc reportée à partir d'aujourd'hui.</translation>
    </message>
</context>
<context>
    <name>domain.catchup</name>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Rien n'est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups moved to {day}.</source>
        <extracomment>%n overdue follow-up moved to {day}.</extracomment>
        <translation>
            <numerusform>%n relance en retard reportée au {day}.</numerusform>
            <numerusform>%n relances en retard reportées au {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups spread from {first} to {last}, at most {cap} a day.</source>
        <extracomment>%n overdue follow-up spread from {first} to {last}, at most {cap} a day.</extracomment>
        <translation>
            <numerusform>%n relance en retard répartie du {first} au {last}, au plus {cap} par jour.</numerusform>
            <numerusform>%n relances en retard réparties du {first} au {last}, au plus {cap} par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They do not fit into {days} working days, so %n more days are used.</source>
        <extracomment>They do not fit into {days} working days, so %n more day is used.</extracomment>
        <translation>
            <numerusform>Elles ne tiennent pas en {days} jours ouvrés, donc %n jour de plus est utilisé.</numerusform>
            <numerusform>Elles ne tiennent pas en {days} jours ouvrés, donc %n jours de plus sont utilisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread over at least one working day.</source>
        <translation>Répartir sur au moins un jour ouvré.</translation>
    </message>
    <message>
        <source>Allow at least one follow-up a day.</source>
        <translation>Autoriser au moins une relance par jour.</translation>
    </message>
    <message>
        <source>The daily cap leaves no room on any day.</source>
        <translation>La limite quotidienne ne laisse de place aucun jour.</translation>
    </message>
</context>
<context>
    <name>domain.contact_rules</name>
    <message>
        <source>Enter a name or a company.</source>
        <translation>Saisissez un nom ou une entreprise.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Une adresse e-mail ne peut pas contenir d'espaces.</translation>
    </message>
    <message>
        <source>An e-mail address needs exactly one @, as in name@example.com.</source>
        <translation>Une adresse e-mail contient exactement un @, comme dans nom@example.com.</translation>
    </message>
    <message>
        <source>This e-mail address looks incomplete; it should look like name@example.com.</source>
        <translation>Cette adresse e-mail semble incomplète ; elle devrait ressembler à nom@example.com.</translation>
    </message>
</context>
<context>
    <name>domain.dateparse</name>
    <message>
        <source>Not understood. Try &quot;friday&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot; or 2026-12-03.</source>
        <translation>Pas compris. Essayez « vendredi », « dans 10 jours », « 3 déc. 14h » ou 2026-12-03.</translation>
    </message>
    <message>
        <source>“{text}” depends on which days you mean: type the day instead, e.g. &quot;jan 5&quot;, &quot;in 3 weeks&quot; or &quot;start of next month&quot;.</source>
        <translation>« {text} » dépend des jours que vous entendez : tapez plutôt le jour, par ex. « 5 janv. », « dans 3 semaines » ou « début du mois prochain ».</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {said}.</source>
        <translation>{date} est un {weekday}, pas un {said}.</translation>
    </message>
    <message>
        <source>(moved from {weekday} to the next working day)</source>
        <translation>(déplacé du {weekday} au jour ouvré suivant)</translation>
    </message>
    <message>
        <source>(read as day/month)</source>
        <translation>(lu comme jour/mois)</translation>
    </message>
    <message>
        <source>(read as month/day)</source>
        <translation>(lu comme mois/jour)</translation>
    </message>
</context>
<context>
    <name>domain.dateparse.days</name>
    <message>
        <source>{month} {year} has no day {day}.</source>
        <translation>Il n’y a pas de {day} {month} {year}.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Il n’y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} in the coming years.</source>
        <translation>Il n’y a pas de {day} {month} dans les années à venir.</translation>
    </message>
    <message>
        <source>Write the year with 2 or 4 digits.</source>
        <translation>Écrivez l’année avec 2 ou 4 chiffres.</translation>
    </message>
    <message>
        <source>There is no day {day} in a month.</source>
        <translation>Aucun mois n’a de {day}.</translation>
    </message>
</context>
<context>
    <name>domain.dateparse.times</name>
    <message>
        <source>&quot;{text}&quot; is not a time of day.</source>
        <translation>« {text} » n’est pas une heure.</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <source>“{region}” is not a holiday region the holidays package knows: only the working week is used (no public holidays).</source>
        <translation>« {region} » n’est pas une région connue du paquet holidays : seuls les jours ouvrés de la semaine comptent (pas de jours fériés).</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>un jour férié</translation>
    </message>
    <message>
        <source>{days}; public holidays of {region}</source>
        <translation>{days} ; jours fériés : {region}</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}).</source>
        <translation>{day} est un jour férié ({holiday}).</translation>
    </message>
    <message>
        <source>{day} is not a working day.</source>
        <translation>{day} n’est pas un jour ouvré.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>Dans 2 jours</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Dans 1 sem.</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>Dans 2 sem.</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Dans 1 mois</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>Dans 3 mois</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <extracomment>in %n day</extracomment>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <extracomment>%n day ago</extracomment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year between {first} and {last}.</source>
        <translation>L’année {year} est hors limites : choisissez une année entre {first} et {last}.</translation>
    </message>
</context>
<context>
    <name>domain.first_contact</name>
    <message>
        <source>First call: introduce myself</source>
        <translation>Premier appel : me présenter</translation>
    </message>
    <message>
        <source>First e-mail: introduce myself</source>
        <translation>Premier e-mail : me présenter</translation>
    </message>
    <message>
        <source>Every new contact already has a next step.</source>
        <translation>Chaque nouveau contact a déjà une prochaine étape.</translation>
    </message>
    <message>
        <source>One first follow-up, on {day}.</source>
        <translation>Une première relance, le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n first follow-ups, at most {cap} a working day, from {first} to {last} ({days}).</source>
        <extracomment>%n first follow-up, at most {cap} a working day, from {first} to {last} ({days}).</extracomment>
        <translation>
            <numerusform>%n première relance, au plus {cap} par jour ouvré, du {first} au {last} ({days}).</numerusform>
            <numerusform>%n premières relances, au plus {cap} par jour ouvré, du {first} au {last} ({days}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <extracomment>%n working day</extracomment>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow at least one first contact a day.</source>
        <translation>Autoriser au moins un premier contact par jour.</translation>
    </message>
</context>
<context>
    <name>domain.followup_rules</name>
    <message>
        <source>The next step needs a reason: what will they hear about?</source>
        <translation>La prochaine étape a besoin d'un motif : de quoi allez-vous leur parler ?</translation>
    </message>
    <message>
        <source>No next step: {reason}</source>
        <translation>Pas de prochaine étape : {reason}</translation>
    </message>
    <message>
        <source>The day you call ({call}) must be after the day they promised to get back to you ({promised}).</source>
        <translation>Le jour de votre appel ({call}) doit venir après le jour où ils ont promis de vous répondre ({promised}).</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>À moi d'agir</translation>
    </message>
    <message>
        <source>Your move now</source>
        <translation>À moi d'agir maintenant</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>À eux de répondre</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n days – was due {due}</source>
        <extracomment>OVERDUE %n day – was due {due}</extracomment>
        <translation>
            <numerusform>EN RETARD de %n jour – prévu {due}</numerusform>
            <numerusform>EN RETARD de %n jours – prévu {due}</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {due}</source>
        <translation>Prévu {due}</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n days – you were to call {call} (they promised by {promised})</source>
        <extracomment>OVERDUE %n day – you were to call {call} (they promised by {promised})</extracomment>
        <translation>
            <numerusform>EN RETARD de %n jour – vous deviez appeler le {call} (promesse pour le {promised})</numerusform>
            <numerusform>EN RETARD de %n jours – vous deviez appeler le {call} (promesse pour le {promised})</numerusform>
        </translation>
    </message>
    <message>
        <source>No word since {promised}; you call today</source>
        <translation>Pas de nouvelles depuis le {promised} ; appel aujourd'hui</translation>
    </message>
    <message>
        <source>They get back by {promised}; you call today if not</source>
        <translation>Réponse d'ici le {promised} ; sinon appel aujourd'hui</translation>
    </message>
    <message>
        <source>No word since {promised}; you call {call}</source>
        <translation>Pas de nouvelles depuis le {promised} ; appel le {call}</translation>
    </message>
    <message>
        <source>They get back by {promised}; you call {call} if not</source>
        <translation>Réponse d'ici le {promised} ; sinon appel le {call}</translation>
    </message>
    <message numerus="yes">
        <source>No word · %n days overdue</source>
        <extracomment>No word · %n day overdue</extracomment>
        <translation>
            <numerusform>Pas de nouvelles · %n jour de retard</numerusform>
            <numerusform>Pas de nouvelles · %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Their move · today{at}</source>
        <translation>À eux de répondre · aujourd'hui{at}</translation>
    </message>
    <message>
        <source>Their move · {promised}</source>
        <translation>À eux de répondre · {promised}</translation>
    </message>
    <message>
        <source>No word · you call today</source>
        <translation>Pas de nouvelles · appel aujourd'hui</translation>
    </message>
    <message>
        <source>No word · you call {call}</source>
        <translation>Pas de nouvelles · appel le {call}</translation>
    </message>
</context>
<context>
    <name>domain.formula_guard</name>
    <message>
        <source>Cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a line break) are written with a leading apostrophe, so Excel shows them as text instead of running them. Phone numbers such as +48 22 123 45 67 are written as they are.</source>
        <translation>Les cellules qu'un tableur exécuterait comme formule (commençant par =, +, -, @, une tabulation ou un saut de ligne) sont écrites précédées d'une apostrophe, pour qu'Excel les affiche comme texte au lieu de les exécuter. Les numéros de téléphone comme +48 22 123 45 67 sont écrits tels quels.</translation>
    </message>
</context>
<context>
    <name>domain.import_records</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
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
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL du profil</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Street (work)</source>
        <translation>Rue (travail)</translation>
    </message>
    <message>
        <source>City (work)</source>
        <translation>Ville (travail)</translation>
    </message>
    <message>
        <source>State or region (work)</source>
        <translation>État ou région (travail)</translation>
    </message>
    <message>
        <source>Postal code (work)</source>
        <translation>Code postal (travail)</translation>
    </message>
    <message>
        <source>Country (work)</source>
        <translation>Pays (travail)</translation>
    </message>
    <message>
        <source>Street (home)</source>
        <translation>Rue (domicile)</translation>
    </message>
    <message>
        <source>City (home)</source>
        <translation>Ville (domicile)</translation>
    </message>
    <message>
        <source>State or region (home)</source>
        <translation>État ou région (domicile)</translation>
    </message>
    <message>
        <source>Postal code (home)</source>
        <translation>Code postal (domicile)</translation>
    </message>
    <message>
        <source>Country (home)</source>
        <translation>Pays (domicile)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>Things to remember</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>columns read from line {line} (line 1 skipped)</source>
        <translation>colonnes lues à la ligne {line} (ligne 1 ignorée)</translation>
    </message>
    <message>
        <source>columns read from line {line} (lines 1–{above} skipped)</source>
        <translation>colonnes lues à la ligne {line} (lignes 1–{above} ignorées)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (older format)</source>
        <translation>Google Contacts CSV (ancien format)</translation>
    </message>
    <message>
        <source>LinkedIn connections CSV</source>
        <translation>Relations LinkedIn CSV</translation>
    </message>
    <message>
        <source>has no name, company or e-mail address</source>
        <translation>n'a ni nom, ni entreprise, ni adresse e-mail</translation>
    </message>
    <message>
        <source>the e-mail address “{email}” is not valid</source>
        <translation>l'adresse e-mail « {email} » n'est pas valide</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Autre date</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <comment>Birthday: “31/2” is not…</comment>
        <translation>{date} : {problem}</translation>
    </message>
</context>
<context>
    <name>domain.jogger</name>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>{week} · {start} – {end}</source>
        <translation>{week} · {start} – {end}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a week; write it like 2026-W48 (year, W, week number).</source>
        <translation>« {text} » n'est pas une semaine ; écrivez-la comme 2026-W48 (année, W, numéro de semaine).</translation>
    </message>
    <message>
        <source>{year} has weeks 1 to {last}; there is no week {number}.</source>
        <translation>{year} compte les semaines 1 à {last} ; il n'y a pas de semaine {number}.</translation>
    </message>
    <message>
        <source>{text} is too far away; give a week between year 2 and 9998.</source>
        <translation>{text} est trop loin ; indiquez une semaine entre l'an 2 et l'an 9998.</translation>
    </message>
    <message>
        <source>There is nothing to print for {week}: no follow-up is due and every contact has a next step.</source>
        <translation>Rien à imprimer pour {week} : aucune relance n'est prévue et chaque contact a une prochaine étape.</translation>
    </message>
    <message>
        <source>Carried over – was due {due}</source>
        <translation>Reporté – prévu {due}</translation>
    </message>
    <message>
        <source>Last: {day} – {note}</source>
        <translation>Dernier : {day} – {note}</translation>
    </message>
    <message>
        <source>Last: {day}</source>
        <translation>Dernier : {day}</translation>
    </message>
    <message>
        <source>Last: no interaction logged yet</source>
        <translation>Dernier : aucun échange noté</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>dernier contact {day}</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>jamais contacté</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>and %n more</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.jogger_prompts</name>
    <message>
        <source>Who did you catch up with at a family event, club or school gate lately?</source>
        <translation>Qui avez-vous croisé récemment lors d'une fête de famille, au club ou à la sortie de l'école ?</translation>
    </message>
    <message>
        <source>Which friend changed jobs or started a business this year?</source>
        <translation>Quel ami a changé d'emploi ou créé une entreprise cette année ?</translation>
    </message>
    <message>
        <source>Whose birthday, move or new baby gives you a reason to call?</source>
        <translation>Quel anniversaire, déménagement ou naissance vous donne une raison d'appeler ?</translation>
    </message>
    <message>
        <source>Who bought from you last year and has not heard from you since?</source>
        <translation>Qui vous a acheté quelque chose l'an dernier et n'a plus eu de nouvelles depuis ?</translation>
    </message>
    <message>
        <source>Which client should be asked how the purchase is working out?</source>
        <translation>À quel client faudrait-il demander si son achat lui donne satisfaction ?</translation>
    </message>
    <message>
        <source>Who could use what you sold them again, or one level up?</source>
        <translation>Qui pourrait racheter ce que vous lui avez vendu, ou passer à la gamme au-dessus ?</translation>
    </message>
    <message>
        <source>Who asked for a quote and went quiet?</source>
        <translation>Qui a demandé un devis puis ne s'est plus manifesté ?</translation>
    </message>
    <message>
        <source>Whose budget or contract renews this quarter?</source>
        <translation>Quel budget ou contrat se renouvelle ce trimestre ?</translation>
    </message>
    <message>
        <source>Who did you meet at the last event and never followed up?</source>
        <translation>Qui avez-vous rencontré au dernier événement sans jamais le relancer ?</translation>
    </message>
    <message>
        <source>Who else sells to the same customers, but not what you sell?</source>
        <translation>Qui d'autre vend aux mêmes clients, mais pas ce que vous vendez ?</translation>
    </message>
    <message>
        <source>Who spoke at or organised an event you went to?</source>
        <translation>Qui a pris la parole ou organisé un événement auquel vous avez assisté ?</translation>
    </message>
    <message>
        <source>Which supplier or partner knows who is buying right now?</source>
        <translation>Quel fournisseur ou partenaire sait qui achète en ce moment ?</translation>
    </message>
    <message>
        <source>Who sent you business this year? Have you thanked them?</source>
        <translation>Qui vous a apporté des affaires cette année ? L'avez-vous remercié ?</translation>
    </message>
    <message>
        <source>Which happy client has never been asked for an introduction?</source>
        <translation>Quel client satisfait n'a jamais été sollicité pour une recommandation ?</translation>
    </message>
    <message>
        <source>Who did a referral mention that you have not contacted yet?</source>
        <translation>Qui une recommandation a-t-elle mentionné que vous n'avez pas encore contacté ?</translation>
    </message>
    <message>
        <source>Who in this group have you not spoken to in three months?</source>
        <translation>À qui dans ce groupe n'avez-vous pas parlé depuis trois mois ?</translation>
    </message>
    <message>
        <source>Who would be glad to hear from you this week?</source>
        <translation>Qui serait content d'avoir de vos nouvelles cette semaine ?</translation>
    </message>
</context>
<context>
    <name>domain.key_date_lines</name>
    <message>
        <source>{day} · {name}: {what}</source>
        <translation>{day} · {name} : {what}</translation>
    </message>
    <message>
        <source>card: no address yet, ask for one</source>
        <translation>carte : pas encore d'adresse, à demander</translation>
    </message>
    <message>
        <source>card to {address}</source>
        <translation>carte à {address}</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the agenda's Key dates lists them)</source>
        <extracomment>… and %n more (the agenda's Key dates lists them)</extracomment>
        <translation>
            <numerusform>… et %n autre (les Dates clés de l'agenda les listent)</numerusform>
            <numerusform>… et %n autres (les Dates clés de l'agenda les listent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.key_date_text</name>
    <message>
        <source>day/month (as in “{example}”)</source>
        <translation>jour/mois (comme dans « {example} »)</translation>
    </message>
    <message>
        <source>month/day (as in “{example}”)</source>
        <translation>mois/jour (comme dans « {example} »)</translation>
    </message>
    <message>
        <source>day/month (default)</source>
        <translation>jour/mois (par défaut)</translation>
    </message>
    <message>
        <source>month/day (default)</source>
        <translation>mois/jour (par défaut)</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>« {value} » n'est pas une date</translation>
    </message>
    <message>
        <source>“{value}” is not possible: {why}</source>
        <translation>« {value} » n'est pas possible : {why}</translation>
    </message>
    <message>
        <source>Type a day and month, the year if known: “15 March”, “15 March 1980”, 1980-03-15.</source>
        <translation>Saisissez le jour et le mois, l'année si vous la connaissez : « 15 mars », « 15 mars 1980 », 1980-03-15.</translation>
    </message>
    <message>
        <source>“{word}” is not a month. {hint}</source>
        <translation>« {word} » n'est pas un mois. {hint}</translation>
    </message>
    <message>
        <source>“{text}” is not understood. {hint}</source>
        <translation>« {text} » n'est pas compris. {hint}</translation>
    </message>
</context>
<context>
    <name>domain.labels</name>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Letter, 30 étiquettes)</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 étiquettes)</translation>
    </message>
</context>
<context>
    <name>domain.links</name>
    <message>
        <source>Connected on LinkedIn</source>
        <translation>Connecté sur LinkedIn</translation>
    </message>
    <message>
        <source>Added to your network</source>
        <translation>Ajouté à votre réseau</translation>
    </message>
</context>
<context>
    <name>domain.outcomes</name>
    <message>
        <source>Try by {channel} instead: {reason}</source>
        <translation>Essayer plutôt par {channel} : {reason}</translation>
    </message>
    <message>
        <source>Try by {channel} instead</source>
        <translation>Essayer plutôt par {channel}</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered attempts in a row, so trying by {channel} in {days} working days is filled in below.</source>
        <extracomment>%n unanswered attempt in a row, so trying by {channel} in {days} working days is filled in below.</extracomment>
        <translation>
            <numerusform>%n tentative sans réponse d'affilée : un essai par {channel} dans {days} jours ouvrés est proposé ci-dessous.</numerusform>
            <numerusform>%n tentatives sans réponse d'affilée : un essai par {channel} dans {days} jours ouvrés est proposé ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up on my message: {reason}</source>
        <translation>Relancer mon message : {reason}</translation>
    </message>
    <message>
        <source>Follow up on my message</source>
        <translation>Relancer mon message</translation>
    </message>
    <message>
        <source>Call again: {reason}</source>
        <translation>Rappeler : {reason}</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Try again: {reason}</source>
        <translation>Réessayer : {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>1st unanswered attempt, so a retry in {days} working days is filled in below.</source>
        <translation>1re tentative sans réponse : un nouvel essai dans {days} jours ouvrés est proposé ci-dessous.</translation>
    </message>
    <message>
        <source>2nd unanswered attempt, so a retry in {days} working days is filled in below.</source>
        <translation>2e tentative sans réponse : un nouvel essai dans {days} jours ouvrés est proposé ci-dessous.</translation>
    </message>
    <message>
        <source>Unanswered attempt {attempt}, so a retry in {days} working days is filled in below.</source>
        <translation>Tentative sans réponse n° {attempt} : un nouvel essai dans {days} jours ouvrés est proposé ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>They answered after %n unanswered attempts: the count starts again.</source>
        <extracomment>They answered after %n unanswered attempt: the count starts again.</extracomment>
        <translation>
            <numerusform>Ils ont répondu après %n tentative sans réponse : le compte repart de zéro.</numerusform>
            <numerusform>Ils ont répondu après %n tentatives sans réponse : le compte repart de zéro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.personal</name>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Send a card</source>
        <translation>Envoyer une carte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>There is no month {month}: use 1 to 12.</source>
        <translation>Il n'y a pas de mois {month} : utilisez 1 à 12.</translation>
    </message>
    <message>
        <source>{month} has no day {day}.</source>
        <translation>{month} n'a pas de jour {day}.</translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year from {first}.</source>
        <translation>L'année {year} est hors limites : utilisez une année à partir de {first}.</translation>
    </message>
    <message>
        <source>{year} was not a leap year, so it had no 29 February.</source>
        <translation>{year} n'était pas bissextile, il n'y a donc pas eu de 29 février.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future ({date}).</source>
        <translation>Un anniversaire ne peut pas être dans le futur ({date}).</translation>
    </message>
    <message>
        <source>Unknown kind of date: {kind}.</source>
        <translation>Type de date inconnu : {kind}.</translation>
    </message>
    <message>
        <source>Unknown reminder: {action}.</source>
        <translation>Rappel inconnu : {action}.</translation>
    </message>
    <message>
        <source>A date of your own needs a label (for example “Daughter's graduation”).</source>
        <translation>Une date personnelle a besoin d'un libellé (par exemple « Remise de diplôme de ma fille »).</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date: 15 March 1980</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without its year: 15 March</comment>
        <translation>{day} {month}</translation>
    </message>
    <message numerus="yes">
        <source>%nth</source>
        <comment>an ordinal number: the 1st, the 10th</comment>
        <extracomment>%nst</extracomment>
        <translation>
            <numerusform>%ner</numerusform>
            <numerusform>%ne</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} (turns {age})</source>
        <translation>{title} ({age} ans)</translation>
    </message>
    <message numerus="yes">
        <source>{title} {year} (%n years)</source>
        <extracomment>{title} {year} (%n year)</extracomment>
        <translation>
            <numerusform>{title} {year} (%n an)</numerusform>
            <numerusform>{title} {year} (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({ordinal})</source>
        <comment>Wedding anniversary (10th)</comment>
        <translation>{title} ({ordinal})</translation>
    </message>
    <message>
        <source>Send a birthday card</source>
        <translation>Envoyer une carte d'anniversaire</translation>
    </message>
    <message>
        <source>Send an anniversary card</source>
        <translation>Envoyer une carte d'anniversaire de mariage</translation>
    </message>
    <message>
        <source>Send a card: {what}</source>
        <translation>Envoyer une carte : {what}</translation>
    </message>
    <message>
        <source>Call for their birthday</source>
        <translation>Appeler pour son anniversaire</translation>
    </message>
    <message>
        <source>Call for their anniversary</source>
        <translation>Appeler pour son anniversaire de mariage</translation>
    </message>
    <message>
        <source>Call: {what}</source>
        <translation>Appeler : {what}</translation>
    </message>
    <message>
        <source>Ask about: {thing}</source>
        <translation>Demander des nouvelles : {thing}</translation>
    </message>
</context>
<context>
    <name>domain.politeness</name>
    <message numerus="yes">
        <source>Contacted %n times in the last {days} days;</source>
        <extracomment>Contacted %n time in the last {days} days;</extracomment>
        <translation>
            <numerusform>Contacté %n fois ces {days} derniers jours ;</numerusform>
            <numerusform>Contacté %n fois ces {days} derniers jours ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts since their last reply.</source>
        <extracomment>%n attempt since their last reply.</extracomment>
        <translation>
            <numerusform>%n tentative depuis leur dernière réponse.</numerusform>
            <numerusform>%n tentatives depuis leur dernière réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>This would be the third attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Ce serait la troisième tentative en une semaine sans réponse. Laissez-leur peut-être un peu plus de temps.</translation>
    </message>
    <message>
        <source>This would be the fourth attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Ce serait la quatrième tentative en une semaine sans réponse. Laissez-leur peut-être un peu plus de temps.</translation>
    </message>
    <message>
        <source>This would be the fifth attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Ce serait la cinquième tentative en une semaine sans réponse. Laissez-leur peut-être un peu plus de temps.</translation>
    </message>
    <message>
        <source>This would be attempt {count} within a week without a reply. Consider giving them a little more time.</source>
        <translation>Ce serait la tentative n° {count} en une semaine sans réponse. Laissez-leur peut-être un peu plus de temps.</translation>
    </message>
</context>
<context>
    <name>domain.reminders</name>
    <message numerus="yes">
        <source>%n due today</source>
        <extracomment>%n due today</extracomment>
        <translation>
            <numerusform>%n pour aujourd'hui</numerusform>
            <numerusform>%n pour aujourd'hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{due_today}, {overdue}</source>
        <comment>5 due today, 2 overdue</comment>
        <translation>{due_today}, {overdue}</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Relances du jour</translation>
    </message>
</context>
<context>
    <name>domain.review</name>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l'historique</translation>
    </message>
    <message>
        <source>Unknown period {period}; choose one of {choices}.</source>
        <translation>Période inconnue {period} ; choisissez parmi {choices}.</translation>
    </message>
    <message numerus="yes">
        <source>Try by {channel}: %n unanswered attempts by {last} so far</source>
        <extracomment>Try by {channel}: %n unanswered attempt by {last} so far</extracomment>
        <translation>
            <numerusform>Essayer par {channel} : %n tentative sans réponse par {last} jusqu'ici</numerusform>
            <numerusform>Essayer par {channel} : %n tentatives sans réponse par {last} jusqu'ici</numerusform>
        </translation>
    </message>
    <message>
        <source>{year} is outside the years a review covers ({first} to {last}).</source>
        <translation>{year} est en dehors des années couvertes par un bilan ({first} à {last}).</translation>
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
        <translation>Aucune réponse notée sur cette période pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n replies so far: too few to tell; until there are {enough}, {usual} attempts count as usual.</source>
        <extracomment>Only %n reply so far: too few to tell; until there are {enough}, {usual} attempts count as usual.</extracomment>
        <translation>
            <numerusform>Seulement %n réponse pour l'instant : trop peu pour conclure ; jusqu'à {enough}, {usual} tentatives comptent comme habituelles.</numerusform>
            <numerusform>Seulement %n réponses pour l'instant : trop peu pour conclure ; jusqu'à {enough}, {usual} tentatives comptent comme habituelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{percent} % of %n replies came after at least one unanswered attempt; you usually get an answer by attempt {usual}.</source>
        <extracomment>{percent} % of %n reply came after at least one unanswered attempt; you usually get an answer by attempt {usual}.</extracomment>
        <translation>
            <numerusform>{percent} % de %n réponse sont venues après au moins une tentative sans réponse ; vous obtenez en général une réponse avant la tentative {usual}.</numerusform>
            <numerusform>{percent} % des %n réponses sont venues après au moins une tentative sans réponse ; vous obtenez en général une réponse avant la tentative {usual}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody: every silent prospect and referral has a next step, said no, or has already had {usual} attempts.</source>
        <translation>Personne : chaque prospect ou recommandation silencieux a une prochaine étape, a dit non, ou a déjà eu {usual} tentatives.</translation>
    </message>
    <message numerus="yes">
        <source>%n silent prospects and referrals with nothing planned and fewer than {usual} attempts (when you usually get an answer).</source>
        <extracomment>%n silent prospect or referral with nothing planned and fewer than {usual} attempts (when you usually get an answer).</extracomment>
        <translation>
            <numerusform>%n prospect ou recommandation silencieux, sans rien de prévu et avec moins de {usual} tentatives (quand vous obtenez d'habitude une réponse).</numerusform>
            <numerusform>%n prospects et recommandations silencieux, sans rien de prévu et avec moins de {usual} tentatives (quand vous obtenez d'habitude une réponse).</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Replies after silence</source>
        <translation>Réponses après silence</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Dernier canal</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <source>Try by</source>
        <translation>Essayer par</translation>
    </message>
</context>
<context>
    <name>domain.review_week</name>
    <message>
        <source>none late</source>
        <translation>aucune en retard</translation>
    </message>
    <message numerus="yes">
        <source>{late} late (typically %n days, at most {most})</source>
        <extracomment>{late} late (typically %n day, at most {most})</extracomment>
        <translation>
            <numerusform>{late} en retard (en général %n jour, au plus {most})</numerusform>
            <numerusform>{late} en retard (en général %n jours, au plus {most})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{catchups} (%n follow-ups moved)</source>
        <extracomment>{catchups} (%n follow-up moved)</extracomment>
        <translation>
            <numerusform>{catchups} (%n relance déplacée)</numerusform>
            <numerusform>{catchups} (%n relances déplacées)</numerusform>
        </translation>
    </message>
    <message>
        <source>{category} {count}</source>
        <comment>Prospects 3</comment>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups of mine due, {done} done</source>
        <extracomment>%n follow-up of mine due, {done} done</extracomment>
        <translation>
            <numerusform>%n relance à moi prévue, {done} faites</numerusform>
            <numerusform>%n relances à moi prévues, {done} faites</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l'heure</translation>
    </message>
    <message>
        <source>{on_time} on time, {late}, {missed} still open past the date</source>
        <translation>{on_time} à l'heure, {late}, {missed} encore ouvertes après la date</translation>
    </message>
    <message>
        <source>Their promises</source>
        <translation>Leurs promesses</translation>
    </message>
    <message>
        <source>{promises} due: {kept} kept, {lapsed} lapsed</source>
        <translation>{promises} prévues : {kept} tenues, {lapsed} non tenues</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <source>Catch-ups used</source>
        <translation>Rattrapages utilisés</translation>
    </message>
</context>
<context>
    <name>domain.series</name>
    <message>
        <source>After the sale</source>
        <translation>Après la vente</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Recommandation reçue</translation>
    </message>
    <message>
        <source>Thank-you note for the order</source>
        <translation>Mot de remerciement pour la commande</translation>
    </message>
    <message>
        <source>Check in: how is it going after 30 days?</source>
        <translation>Prendre des nouvelles : comment ça se passe après 30 jours ?</translation>
    </message>
    <message>
        <source>After-sale check-in (3 months)</source>
        <translation>Suivi après la vente (3 mois)</translation>
    </message>
    <message>
        <source>After-sale check-in (6 months)</source>
        <translation>Suivi après la vente (6 mois)</translation>
    </message>
    <message>
        <source>One year on: review and referrals</source>
        <translation>Un an après : bilan et recommandations</translation>
    </message>
    <message>
        <source>Thank-you note for the meeting</source>
        <translation>Mot de remerciement pour le rendez-vous</translation>
    </message>
    <message>
        <source>Follow up: questions after a week?</source>
        <translation>Relance : des questions après une semaine ?</translation>
    </message>
    <message>
        <source>Send something useful (value-add)</source>
        <translation>Envoyer quelque chose d'utile (valeur ajoutée)</translation>
    </message>
    <message>
        <source>Check in after a month</source>
        <translation>Prendre des nouvelles après un mois</translation>
    </message>
    <message>
        <source>Thank them for the referral</source>
        <translation>Remercier pour la recommandation</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>le lendemain</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks after</source>
        <extracomment>%n week after</extracomment>
        <translation>
            <numerusform>%n semaine après</numerusform>
            <numerusform>%n semaines après</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after</source>
        <extracomment>%n day after</extracomment>
        <translation>
            <numerusform>%n jour après</numerusform>
            <numerusform>%n jours après</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <extracomment>%n year</extracomment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <extracomment>%n month</extracomment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>{span} after</source>
        <comment>3 months after</comment>
        <translation>{span} après</translation>
    </message>
    <message>
        <source>{span} {days} after</source>
        <comment>1 month 2 days after</comment>
        <translation>{span} {days} après</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>%n day</extracomment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the series a name.</source>
        <translation>Donnez un nom à la série.</translation>
    </message>
    <message>
        <source>A series needs at least one step.</source>
        <translation>Une série a besoin d'au moins une étape.</translation>
    </message>
    <message>
        <source>Step {n} needs a reason: what will they hear about?</source>
        <translation>L'étape {n} a besoin d'un motif : de quoi vont-ils entendre parler ?</translation>
    </message>
    <message>
        <source>Step {n} cannot be before the start.</source>
        <translation>L'étape {n} ne peut pas précéder le début.</translation>
    </message>
    <message>
        <source>Step {n} is more than ten years after the start.</source>
        <translation>L'étape {n} est à plus de dix ans du début.</translation>
    </message>
    <message>
        <source>Step {n}: the follow-up is with the contact or their referrer.</source>
        <translation>Étape {n} : la relance concerne le contact ou la personne qui l'a recommandé.</translation>
    </message>
</context>
<context>
    <name>domain.slot_phrases</name>
    <message>
        <source>no note was written last time</source>
        <translation>aucune note n'a été écrite la dernière fois</translation>
    </message>
    <message>
        <source>the last note is not read for a topic in this language</source>
        <translation>dans cette langue, la dernière note n'est pas lue comme un sujet</translation>
    </message>
    <message>
        <source>the last note “{note}” says what happened, not what you talked about</source>
        <translation>la dernière note « {note} » dit ce qui s'est passé, pas de quoi vous avez parlé</translation>
    </message>
    <message>
        <source>the last note “{note}” is a sentence, not a topic</source>
        <translation>la dernière note « {note} » est une phrase, pas un sujet</translation>
    </message>
    <message>
        <source>the last note “{note}” is not a topic</source>
        <translation>la dernière note « {note} » n'est pas un sujet</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>Friday 11 December</comment>
        <translation>{weekday} {day} {month}</translation>
    </message>
</context>
<context>
    <name>domain.talking_points</name>
    <message>
        <source>the contact's first name</source>
        <translation>le prénom du contact</translation>
    </message>
    <message>
        <source>the follow-up's reason, as a phrase</source>
        <translation>le motif de la relance, comme une expression</translation>
    </message>
    <message>
        <source>what the follow-up is about (a noun phrase)</source>
        <translation>le sujet de la relance (un groupe nominal)</translation>
    </message>
    <message>
        <source>the topic of your last note, when it is one</source>
        <translation>le sujet de votre dernière note, s'il y en a un</translation>
    </message>
    <message>
        <source>what they said they would do</source>
        <translation>ce qu'ils ont dit qu'ils feraient</translation>
    </message>
    <message>
        <source>the day they promised</source>
        <translation>le jour promis</translation>
    </message>
    <message>
        <source>what you thank them for</source>
        <translation>ce pour quoi vous les remerciez</translation>
    </message>
    <message>
        <source>a thing to remember about them that has just happened (a trip)</source>
        <translation>une chose à retenir qui vient de se passer (un voyage)</translation>
    </message>
    <message>
        <source>there</source>
        <translation>à tous</translation>
    </message>
    <message>
        <source>our last conversation</source>
        <translation>notre dernière conversation</translation>
    </message>
    <message>
        <source>what we discussed</source>
        <translation>ce dont nous avons parlé</translation>
    </message>
    <message>
        <source>get back to me</source>
        <translation>me recontacter</translation>
    </message>
    <message>
        <source>the date we discussed</source>
        <translation>la date convenue</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>votre temps</translation>
    </message>
    <message>
        <source>your news</source>
        <translation>vos nouvelles</translation>
    </message>
    <message>
        <source>the follow-up's reason</source>
        <translation>le motif de la relance</translation>
    </message>
    <message>
        <source>worked out of English words only</source>
        <translation>déduit uniquement de mots anglais</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>le contact</translation>
    </message>
    <message>
        <source>the contact has no first name</source>
        <translation>le contact n'a pas de prénom</translation>
    </message>
    <message>
        <source>your last note</source>
        <translation>votre dernière note</translation>
    </message>
    <message>
        <source>it is your move, not theirs</source>
        <translation>c'est à vous d'agir, pas à eux</translation>
    </message>
    <message>
        <source>things to remember</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>nothing in the contact fits</source>
        <translation>rien ne convient dans le contact</translation>
    </message>
    <message>
        <source>nothing in the follow-up's reason fits</source>
        <translation>rien ne convient dans le motif de la relance</translation>
    </message>
    <message>
        <source>nothing in your last note fits</source>
        <translation>rien ne convient dans votre dernière note</translation>
    </message>
    <message>
        <source>nothing in the day they promised fits</source>
        <translation>rien ne convient dans le jour promis</translation>
    </message>
    <message>
        <source>nothing in things to remember fits</source>
        <translation>rien ne convient dans À retenir</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Mot de remerciement</translation>
    </message>
    <message>
        <source>Thank you[, {first_name}]</source>
        <translation>Merci[, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for {thanks_for}.[ I enjoyed talking about {last_topic}.]

Best regards</source>
        <translation>Bonjour[ {first_name}],

Merci pour {thanks_for}.[ J'ai apprécié d'échanger avec vous sur {last_topic}.]

Bien cordialement</translation>
    </message>
    <message>
        <source>Curious reminder</source>
        <translation>Rappel curieux</translation>
    </message>
    <message>
        <source>[A quick question about {topic}|A quick question][, {first_name}]</source>
        <translation>[Petite question sur {topic}|Petite question][, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[I was thinking about {last_topic} and wondered how things are going on your side.|I was wondering how things are going on your side.][ Are you still thinking about {topic}?][ How did “{remembered}” go?]

Best regards</source>
        <translation>Bonjour[ {first_name}],

[Je repensais à {last_topic} et me demandais où vous en êtes.|Je me demandais où vous en êtes.][ Réfléchissez-vous toujours à {topic} ?][ Comment s'est passé « {remembered} » ?]

Bien cordialement</translation>
    </message>
    <message>
        <source>Value-add check-in</source>
        <translation>Info utile</translation>
    </message>
    <message>
        <source>Something useful for you[, {first_name}]</source>
        <translation>Quelque chose d'utile pour vous[, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[I came across something that may help with {last_topic} and thought of you.|I came across something you may find useful and thought of you.] No need to reply; I just wanted to pass it on.

Best regards</source>
        <translation>Bonjour[ {first_name}],

[Je suis tombé sur quelque chose qui pourrait vous aider pour {last_topic} et j'ai pensé à vous.|Je suis tombé sur quelque chose qui pourrait vous être utile et j'ai pensé à vous.] Inutile de répondre ; je voulais simplement vous le transmettre.

Bien cordialement</translation>
    </message>
    <message>
        <source>After-sale check-in</source>
        <translation>Suivi après la vente</translation>
    </message>
    <message>
        <source>How is it going[, {first_name}]?</source>
        <translation>Comment ça se passe[, {first_name}] ?</translation>
    </message>
    <message>
        <source>Hi {first_name},

I wanted to check that everything is working well for you. If anything could be better, tell me and I'll sort it out.

Best regards</source>
        <translation>Bonjour[ {first_name}],

Je voulais m'assurer que tout fonctionne bien pour vous. Si quelque chose pouvait être mieux, dites-le-moi et je m'en occupe.

Bien cordialement</translation>
    </message>
    <message>
        <source>You said you'd get back to me</source>
        <translation>Vous deviez me recontacter</translation>
    </message>
    <message>
        <source>[Following up on {topic}|Following up][, {first_name}]</source>
        <translation>[Suite à {topic}|Pour faire suite][, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

You said you'd {promise}[ by {promised_date}]. Is there anything I can do to help?

Best regards</source>
        <translation>Bonjour[ {first_name}],

[Vous deviez me recontacter d'ici le {promised_date}.|Vous deviez me recontacter.][ ({promise})] Puis-je vous aider en quoi que ce soit ?

Bien cordialement</translation>
    </message>
    <message>
        <source>thank</source>
        <translation>merci, remerci</translation>
    </message>
    <message>
        <source>after the sale, after-sale, one year on</source>
        <translation>après la vente, après-vente, un an après</translation>
    </message>
    <message>
        <source>value, useful, article</source>
        <translation>utile, valeur ajoutée, article</translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>domain.vocabulary</name>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter or card</source>
        <translation>lettre ou carte</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>message laissé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rencontré</translation>
    </message>
    <message>
        <source>my move</source>
        <translation>à moi d'agir</translation>
    </message>
    <message>
        <source>their move</source>
        <translation>à eux de répondre</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Personal Contacts</source>
        <translation>Contacts personnels</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Industry Colleagues</source>
        <translation>Collègues du secteur</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>domain.week_title</name>
    <message>
        <source>Week {number}</source>
        <translation>Semaine {number}</translation>
    </message>
    <message>
        <source>{week}: {dates}</source>
        <translation>{week} : {dates}</translation>
    </message>
</context>
</TS>
