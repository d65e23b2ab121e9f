<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.review.charts</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show these figures as a table (and back)</source>
        <translation>Diese Zahlen als Tabelle zeigen (und zurück)</translation>
    </message>
    <message>
        <source>{chart}: show as table</source>
        <translation>{chart}: als Tabelle zeigen</translation>
    </message>
    <message>
        <source>{chart} (table)</source>
        <translation>{chart} (Tabelle)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>ui.review.given_up</name>
    <message>
        <source>Given up too early</source>
        <translation>Zu früh aufgegeben</translation>
    </message>
</context>
<context>
    <name>ui.review.persistence</name>
    <message>
        <source>Persistence pays</source>
        <translation>Dranbleiben lohnt sich</translation>
    </message>
    <message>
        <source>Replies by attempt number</source>
        <translation>Antworten nach Versuch</translation>
    </message>
    <message>
        <source>Replies after silence, by channel</source>
        <translation>Antworten nach Funkstille, nach Kanal</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Share of all replies</source>
        <translation>Anteil an allen Antworten</translation>
    </message>
    <message>
        <source>Share of all replies by the attempt on which they came.</source>
        <translation>Anteil aller Antworten nach dem Versuch, bei dem sie kamen.</translation>
    </message>
    <message>
        <source>Share of the replies that came after at least one unanswered attempt.</source>
        <translation>Anteil der Antworten, die nach mindestens einem unbeantworteten Versuch kamen.</translation>
    </message>
</context>
<context>
    <name>ui.review.sheet</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>After silence</source>
        <translation>Nach Funkstille</translation>
    </message>
    <message>
        <source>W{number}</source>
        <comment>week number</comment>
        <translation>KW{number}</translation>
    </message>
    <message>
        <source>Weekly review · {week}</source>
        <translation>Wochenrückblick · {week}</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>Die Woche in Zahlen</translation>
    </message>
    <message>
        <source>The week and the eight before: my follow-ups done on time (filled) of those planned (outline)</source>
        <translation>Diese Woche und die acht davor: meine pünktlich erledigten Follow-ups (gefüllt) von den geplanten (Umriss)</translation>
    </message>
    <message>
        <source>Persistence pays · {period}</source>
        <translation>Dranbleiben lohnt sich · {period}</translation>
    </message>
    <message>
        <source>Replies by attempt number</source>
        <translation>Antworten nach Versuch</translation>
    </message>
    <message>
        <source>attempt on which they answered</source>
        <translation>Versuch, bei dem geantwortet wurde</translation>
    </message>
    <message>
        <source>Which channel got replies (after silence: at attempt 2 or later)</source>
        <translation>Welcher Kanal Antworten brachte (nach Funkstille: ab dem 2. Versuch)</translation>
    </message>
    <message>
        <source>Given up too early</source>
        <translation>Zu früh aufgegeben</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the Review tab.</source>
        <extracomment>…and %n more in the Review tab.</extracomment>
        <translation>
            <numerusform>…und %n weiterer im Tab „Rückblick“.</numerusform>
            <numerusform>…und %n weitere im Tab „Rückblick“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly review {week}</source>
        <translation>Wochenrückblick {week}</translation>
    </message>
</context>
<context>
    <name>ui.review.view</name>
    <message>
        <source>Save the weekly review as PDF</source>
        <translation>Wochenrückblick als PDF speichern</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>Die Woche davor (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>Die Woche danach (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Period of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>Char&amp;ts over:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status des Rückblicks</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Preview and print the review on one page</source>
        <translation>Rückblick auf einer Seite ansehen und drucken</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Given up too early</source>
        <translation>Zu früh aufgegeben</translation>
    </message>
    <message>
        <source>Plan a retry (Enter)</source>
        <translation>Neuen Versuch planen (Eingabe)</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Zahlen werden berechnet…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Die Zahlen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Plan a retry by {channel} (Enter)</source>
        <translation>Neuen Versuch per {channel} planen (Eingabe)</translation>
    </message>
    <message>
        <source>The follow-up was not planned: {error}</source>
        <translation>Das Follow-up wurde nicht geplant: {error}</translation>
    </message>
    <message>
        <source>Planned for {name}: {reason}, {date}. Ctrl+Z takes it back.</source>
        <translation>Geplant für {name}: {reason}, {date}. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Print the weekly review — {app}</source>
        <translation>Wochenrückblick drucken — {app}</translation>
    </message>
    <message>
        <source>Weekly review {week}</source>
        <translation>Wochenrückblick {week}</translation>
    </message>
    <message>
        <source>The review was not saved; choose another place.</source>
        <translation>Der Rückblick wurde nicht gespeichert; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Saved {file} ({week}).</source>
        <translation>{file} gespeichert ({week}).</translation>
    </message>
</context>
<context>
    <name>ui.review.week_numbers</name>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>Die Woche in Zahlen</translation>
    </message>
    <message>
        <source>My follow-ups done on time (filled) of those planned (outline)</source>
        <translation>Meine pünktlich erledigten Follow-ups (gefüllt) von den geplanten (Umriss)</translation>
    </message>
</context>
</TS>
