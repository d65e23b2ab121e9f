<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.calendar.canvas</name>
    <message>
        <source>Open this day to see all of them</source>
        <translation>Tag öffnen, um alle zu sehen</translation>
    </message>
    <message>
        <source>Release here to leave it where it was</source>
        <translation>Hier loslassen, um es zu lassen, wo es war</translation>
    </message>
    <message>
        <source>Move to {day}, no time</source>
        <translation>Auf {day} verschieben, ohne Uhrzeit</translation>
    </message>
    <message>
        <source>Move to {day} {time}</source>
        <translation>Auf {day} {time} verschieben</translation>
    </message>
    <message>
        <source>Move to {day}</source>
        <translation>Auf {day} verschieben</translation>
    </message>
    <message>
        <source>{move} (in the past)</source>
        <translation>{move} (in der Vergangenheit)</translation>
    </message>
</context>
<context>
    <name>ui.calendar.day</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Whose move</source>
        <translation>Wer ist am Zug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gestrichen</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ich</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n days</source>
        <extracomment>Overdue %n day</extracomment>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No follow-ups on this day.</source>
        <translation>An diesem Tag keine Follow-ups.</translation>
    </message>
    <message>
        <source>Press ← or → to see the days around it.</source>
        <translation>Mit ← oder → sehen Sie die Tage davor und danach.</translation>
    </message>
    <message>
        <source>Do&amp;ne…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>+&amp;1 day</source>
        <translation>+&amp;1 Tag</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>Follow-up &amp;streichen…</translation>
    </message>
    <message>
        <source>More act&amp;ions…</source>
        <translation>Mehr A&amp;ktionen…</translation>
    </message>
    <message>
        <source>Every action for this follow-up (also on right click)</source>
        <translation>Alle Aktionen für dieses Follow-up (auch per Rechtsklick)</translation>
    </message>
</context>
<context>
    <name>ui.calendar.month</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no word yet</source>
        <extracomment>%n no word yet</extracomment>
        <translation>
            <numerusform>%n ohne Antwort</numerusform>
            <numerusform>%n ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <extracomment>%n due</extracomment>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Wk</source>
        <comment>week number</comment>
        <translation>KW</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>+%n more</extracomment>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.calendar.style</name>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Enter for actions; Ctrl+Shift+arrows move it by a working day or a week.</source>
        <translation>Enter für Aktionen; Strg+Umschalt+Pfeiltasten verschieben es um einen Werktag oder eine Woche.</translation>
    </message>
    <message>
        <source>Click for actions; drag to another day to reschedule.</source>
        <translation>Klicken für Aktionen; auf einen anderen Tag ziehen zum Verschieben.</translation>
    </message>
</context>
<context>
    <name>ui.calendar.toolbar</name>
    <message>
        <source>Mine and theirs</source>
        <translation>Ich oder Kontakt am Zug</translation>
    </message>
    <message>
        <source>My move</source>
        <translation>Ich bin am Zug</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>Kontakt ist am Zug</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Month view (M)</source>
        <translation>Monatsansicht (M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Wochenansicht (W)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Tagesansicht (D)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Jump to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Whose move: follow-ups I promised, or ones the contact promised</source>
        <translation>Wer ist am Zug: Follow-ups, die ich zugesagt habe, oder die der Kontakt zugesagt hat</translation>
    </message>
    <message>
        <source>Done &amp;&amp; cancelled</source>
        <translation>Erledigte &amp;&amp; gestrichene</translation>
    </message>
    <message>
        <source>Also show follow-ups that are done or cancelled (greyed)</source>
        <translation>Auch erledigte oder gestrichene Follow-ups zeigen (ausgegraut)</translation>
    </message>
    <message>
        <source>Showing one category only; click to show all</source>
        <translation>Nur eine Kategorie sichtbar; klicken, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Calendar options: the first day of the week</source>
        <translation>Kalenderoptionen: der erste Tag der Woche</translation>
    </message>
    <message>
        <source>Calendar options</source>
        <translation>Kalenderoptionen</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>Follow the system ({day})</source>
        <translation>Wie im System ({day})</translation>
    </message>
    <message>
        <source>Category filter {category}, clear</source>
        <translation>Kategoriefilter {category}, aufheben</translation>
    </message>
</context>
<context>
    <name>ui.calendar.view</name>
    <message>
        <source>Move to a day in the past?</source>
        <translation>Auf einen vergangenen Tag verschieben?</translation>
    </message>
    <message>
        <source>{day} is in the past. Move &quot;{reason}&quot; for {name} there? It will show as overdue.</source>
        <translation>{day} liegt in der Vergangenheit. „{reason}“ für {name} dorthin verschieben? Es wird dann als überfällig angezeigt.</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Unbekannte Kategorie</translation>
    </message>
    <message>
        <source>The calendar could not be read: {error}</source>
        <translation>Der Kalender konnte nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n follow-ups, {overdue} overdue</source>
        <extracomment>{title}: %n follow-up, {overdue} overdue</extracomment>
        <translation>
            <numerusform>{title}: %n Follow-up, {overdue} überfällig</numerusform>
            <numerusform>{title}: %n Follow-ups, {overdue} überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n follow-ups</source>
        <extracomment>{title}: %n follow-up</extracomment>
        <translation>
            <numerusform>{title}: %n Follow-up</numerusform>
            <numerusform>{title}: %n Follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.calendar.week</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>+%n more</extracomment>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
</TS>
