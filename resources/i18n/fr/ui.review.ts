<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.review.charts</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show these figures as a table (and back)</source>
        <translation>Afficher ces chiffres en tableau (et revenir)</translation>
    </message>
    <message>
        <source>{chart}: show as table</source>
        <translation>{chart} : afficher en tableau</translation>
    </message>
    <message>
        <source>{chart} (table)</source>
        <translation>{chart} (tableau)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>ui.review.given_up</name>
    <message>
        <source>Given up too early</source>
        <translation>Abandonnés trop tôt</translation>
    </message>
</context>
<context>
    <name>ui.review.persistence</name>
    <message>
        <source>Persistence pays</source>
        <translation>La persévérance paie</translation>
    </message>
    <message>
        <source>Replies by attempt number</source>
        <translation>Réponses par numéro de tentative</translation>
    </message>
    <message>
        <source>Replies after silence, by channel</source>
        <translation>Réponses après silence, par canal</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Share of all replies</source>
        <translation>Part de toutes les réponses</translation>
    </message>
    <message>
        <source>Share of all replies by the attempt on which they came.</source>
        <translation>Part de toutes les réponses selon la tentative à laquelle elles sont arrivées.</translation>
    </message>
    <message>
        <source>Share of the replies that came after at least one unanswered attempt.</source>
        <translation>Part des réponses arrivées après au moins une tentative sans réponse.</translation>
    </message>
</context>
<context>
    <name>ui.review.sheet</name>
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
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>After silence</source>
        <translation>Après silence</translation>
    </message>
    <message>
        <source>W{number}</source>
        <comment>week number</comment>
        <translation>S{number}</translation>
    </message>
    <message>
        <source>Weekly review · {week}</source>
        <translation>Bilan de la semaine · {week}</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>La semaine en chiffres</translation>
    </message>
    <message>
        <source>The week and the eight before: my follow-ups done on time (filled) of those planned (outline)</source>
        <translation>Cette semaine et les huit précédentes : mes relances faites à temps (plein) sur celles prévues (contour)</translation>
    </message>
    <message>
        <source>Persistence pays · {period}</source>
        <translation>La persévérance paie · {period}</translation>
    </message>
    <message>
        <source>Replies by attempt number</source>
        <translation>Réponses par numéro de tentative</translation>
    </message>
    <message>
        <source>attempt on which they answered</source>
        <translation>tentative à laquelle ils ont répondu</translation>
    </message>
    <message>
        <source>Which channel got replies (after silence: at attempt 2 or later)</source>
        <translation>Quel canal a obtenu des réponses (après silence : à la 2e tentative ou plus tard)</translation>
    </message>
    <message>
        <source>Given up too early</source>
        <translation>Abandonnés trop tôt</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the Review tab.</source>
        <extracomment>…and %n more in the Review tab.</extracomment>
        <translation>
            <numerusform>…et %n autre dans l'onglet Bilan.</numerusform>
            <numerusform>…et %n autres dans l'onglet Bilan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly review {week}</source>
        <translation>Bilan de la semaine {week}</translation>
    </message>
</context>
<context>
    <name>ui.review.view</name>
    <message>
        <source>Save the weekly review as PDF</source>
        <translation>Enregistrer le bilan de la semaine en PDF</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>La semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>La semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Période des graphiques</translation>
    </message>
    <message>
        <source>Char&amp;ts over:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État du bilan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preview and print the review on one page</source>
        <translation>Aperçu et impression du bilan sur une page</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Given up too early</source>
        <translation>Abandonnés trop tôt</translation>
    </message>
    <message>
        <source>Plan a retry (Enter)</source>
        <translation>Planifier une nouvelle tentative (Entrée)</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Impossible de lire les chiffres.</translation>
    </message>
    <message>
        <source>Plan a retry by {channel} (Enter)</source>
        <translation>Planifier une nouvelle tentative par {channel} (Entrée)</translation>
    </message>
    <message>
        <source>The follow-up was not planned: {error}</source>
        <translation>La relance n'a pas été planifiée : {error}</translation>
    </message>
    <message>
        <source>Planned for {name}: {reason}, {date}. Ctrl+Z takes it back.</source>
        <translation>Planifié pour {name} : {reason}, {date}. Ctrl+Z l'annule.</translation>
    </message>
    <message>
        <source>Print the weekly review — {app}</source>
        <translation>Imprimer le bilan de la semaine — {app}</translation>
    </message>
    <message>
        <source>Weekly review {week}</source>
        <translation>Bilan de la semaine {week}</translation>
    </message>
    <message>
        <source>The review was not saved; choose another place.</source>
        <translation>Le bilan n'a pas été enregistré ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Saved {file} ({week}).</source>
        <translation>{file} enregistré ({week}).</translation>
    </message>
</context>
<context>
    <name>ui.review.week_numbers</name>
    <message>
        <source>Week from</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Échues</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>La semaine en chiffres</translation>
    </message>
    <message>
        <source>My follow-ups done on time (filled) of those planned (outline)</source>
        <translation>Mes relances faites à temps (plein) sur celles prévues (contour)</translation>
    </message>
</context>
</TS>
