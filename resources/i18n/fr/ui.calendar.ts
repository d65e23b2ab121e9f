<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.calendar.canvas</name>
    <message>
        <source>Open this day to see all of them</source>
        <translation>Ouvrez ce jour pour tout voir</translation>
    </message>
    <message>
        <source>Release here to leave it where it was</source>
        <translation>Relâchez ici pour le laisser à sa place</translation>
    </message>
    <message>
        <source>Move to {day}, no time</source>
        <translation>Reporter au {day}, sans heure</translation>
    </message>
    <message>
        <source>Move to {day} {time}</source>
        <translation>Reporter au {day} {time}</translation>
    </message>
    <message>
        <source>Move to {day}</source>
        <translation>Reporter au {day}</translation>
    </message>
    <message>
        <source>{move} (in the past)</source>
        <translation>{move} (dans le passé)</translation>
    </message>
</context>
<context>
    <name>ui.calendar.day</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Whose move</source>
        <translation>À qui d'agir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eux</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moi</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n days</source>
        <extracomment>Overdue %n day</extracomment>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>No follow-ups on this day.</source>
        <translation>Aucune relance ce jour-là.</translation>
    </message>
    <message>
        <source>Press ← or → to see the days around it.</source>
        <translation>Appuyez sur ← ou → pour voir les jours voisins.</translation>
    </message>
    <message>
        <source>Do&amp;ne…</source>
        <translation>Fa&amp;it…</translation>
    </message>
    <message>
        <source>+&amp;1 day</source>
        <translation>+&amp;1 jour</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>Annuler la &amp;relance…</translation>
    </message>
    <message>
        <source>More act&amp;ions…</source>
        <translation>&amp;Plus…</translation>
    </message>
    <message>
        <source>Every action for this follow-up (also on right click)</source>
        <translation>Toutes les actions pour cette relance (aussi par clic droit)</translation>
    </message>
</context>
<context>
    <name>ui.calendar.month</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no word yet</source>
        <extracomment>%n no word yet</extracomment>
        <translation>
            <numerusform>%n sans nouvelles</numerusform>
            <numerusform>%n sans nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <extracomment>%n due</extracomment>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
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
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.calendar.style</name>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Enter for actions; Ctrl+Shift+arrows move it by a working day or a week.</source>
        <translation>Entrée pour les actions ; Ctrl+Maj+flèches la déplacent d'un jour ouvré ou d'une semaine.</translation>
    </message>
    <message>
        <source>Click for actions; drag to another day to reschedule.</source>
        <translation>Cliquez pour les actions ; faites glisser vers un autre jour pour reporter.</translation>
    </message>
</context>
<context>
    <name>ui.calendar.toolbar</name>
    <message>
        <source>Mine and theirs</source>
        <translation>À moi ou à eux</translation>
    </message>
    <message>
        <source>My move</source>
        <translation>À moi d'agir</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>À eux de répondre</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Month view (M)</source>
        <translation>Vue mois (M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vue semaine (W)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vue jour (D)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujourd'&amp;hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd'hui (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Jump to a date</source>
        <translation>Aller à une date</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Whose move: follow-ups I promised, or ones the contact promised</source>
        <translation>À qui d'agir : les relances que j'ai promises, ou celles que le contact a promises</translation>
    </message>
    <message>
        <source>Done &amp;&amp; cancelled</source>
        <translation>Faites &amp;&amp; annulées</translation>
    </message>
    <message>
        <source>Also show follow-ups that are done or cancelled (greyed)</source>
        <translation>Afficher aussi les relances faites ou annulées (grisées)</translation>
    </message>
    <message>
        <source>Showing one category only; click to show all</source>
        <translation>Une seule catégorie affichée ; cliquez pour tout afficher</translation>
    </message>
    <message>
        <source>Calendar options: the first day of the week</source>
        <translation>Options du calendrier : premier jour de la semaine</translation>
    </message>
    <message>
        <source>Calendar options</source>
        <translation>Options du calendrier</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semaine commence le</translation>
    </message>
    <message>
        <source>Follow the system ({day})</source>
        <translation>Comme le système ({day})</translation>
    </message>
    <message>
        <source>Category filter {category}, clear</source>
        <translation>Filtre de catégorie {category}, effacer</translation>
    </message>
</context>
<context>
    <name>ui.calendar.view</name>
    <message>
        <source>Move to a day in the past?</source>
        <translation>Reporter à un jour passé ?</translation>
    </message>
    <message>
        <source>{day} is in the past. Move &quot;{reason}&quot; for {name} there? It will show as overdue.</source>
        <translation>{day} est passé. Reporter « {reason} » pour {name} à cette date ? La relance apparaîtra en retard.</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Catégorie inconnue</translation>
    </message>
    <message>
        <source>The calendar could not be read: {error}</source>
        <translation>Impossible de lire le calendrier : {error}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n follow-ups, {overdue} overdue</source>
        <extracomment>{title}: %n follow-up, {overdue} overdue</extracomment>
        <translation>
            <numerusform>{title} : %n relance, {overdue} en retard</numerusform>
            <numerusform>{title} : %n relances, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n follow-ups</source>
        <extracomment>{title}: %n follow-up</extracomment>
        <translation>
            <numerusform>{title} : %n relance</numerusform>
            <numerusform>{title} : %n relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.calendar.week</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Journée</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>+%n more</extracomment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
</TS>
