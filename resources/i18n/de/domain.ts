<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>domain.agenda_sections</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>Kontakt ist am Zug</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt droht abzureißen</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Besondere Daten</translation>
    </message>
</context>
<context>
    <name>domain.book_counts</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <extracomment>%n interaction</extracomment>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <extracomment>%n follow-up</extracomment>
        <translation>
            <numerusform>%n Follow-up</numerusform>
            <numerusform>%n Follow-ups</numerusform>
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
        <translation>Ein Rhythmus liegt zwischen {low} und {high} Tagen (Sie haben {days} angegeben).</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message numerus="yes">
        <source>every %n years</source>
        <extracomment>every year</extracomment>
        <translation>
            <numerusform>jedes Jahr</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <extracomment>every month</extracomment>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <extracomment>every week</extracomment>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <extracomment>every day</extracomment>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months past</source>
        <extracomment>%n month past</extracomment>
        <translation>
            <numerusform>%n Monat überfällig</numerusform>
            <numerusform>%n Monate überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks past</source>
        <extracomment>%n week past</extracomment>
        <translation>
            <numerusform>%n Woche überfällig</numerusform>
            <numerusform>%n Wochen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days past</source>
        <extracomment>%n day past</extracomment>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>{past} ({rhythm})</source>
        <comment>how far past, and the rhythm</comment>
        <translation>{past} ({rhythm})</translation>
    </message>
    <message>
        <source>Keep in touch ({rhythm})</source>
        <translation>Kontakt halten ({rhythm})</translation>
    </message>
    <message>
        <source>Keep in touch ({rhythm}; last touch {day})</source>
        <translation>Kontakt halten ({rhythm}; zuletzt {day})</translation>
    </message>
</context>
<context>
    <name>domain.calendar_copy</name>
    <message>
        <source>Done: {summary}</source>
        <translation>Erledigt: {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {summary}</source>
        <translation>Gestrichen: {summary}</translation>
    </message>
    <message>
        <source>Marked done in Follow-up Desktop.</source>
        <translation>In Follow-up Desktop als erledigt markiert.</translation>
    </message>
    <message>
        <source>Cancelled in Follow-up Desktop.</source>
        <translation>In Follow-up Desktop gestrichen.</translation>
    </message>
    <message>
        <source>Deleted in Follow-up Desktop.</source>
        <translation>In Follow-up Desktop gelöscht.</translation>
    </message>
    <message>
        <source>The contact was archived in Follow-up Desktop.</source>
        <translation>Der Kontakt wurde in Follow-up Desktop archiviert.</translation>
    </message>
    <message>
        <source>No longer in this calendar: it is not your move any more.</source>
        <translation>Nicht mehr in diesem Kalender: Sie sind nicht mehr am Zug.</translation>
    </message>
    <message>
        <source>No longer in this calendar: it is not their move any more.</source>
        <translation>Nicht mehr in diesem Kalender: Der Kontakt ist nicht mehr am Zug.</translation>
    </message>
    <message>
        <source>Follow up: </source>
        <translation>Follow-up: </translation>
    </message>
    <message>
        <source>Writes every follow-up exported before that has changed since (moved, renamed, done, cancelled, deleted, archived or switched between mine and theirs), whatever today's filters, plus what the filters select that was never exported. Closed ones are written once more as cancelled, so the calendar removes or crosses them out.</source>
        <translation>Schreibt jedes früher exportierte Follow-up, das sich seitdem geändert hat (verschoben, umbenannt, erledigt, gestrichen, gelöscht, archiviert oder zwischen mir und dem Kontakt gewechselt), unabhängig von den heutigen Filtern, dazu was die Filter auswählen und nie exportiert wurde. Abgeschlossene werden noch einmal als abgesagt geschrieben, damit der Kalender sie entfernt oder durchstreicht.</translation>
    </message>
</context>
<context>
    <name>domain.calendar_grid</name>
    <message>
        <source>That date is outside the calendar.</source>
        <translation>Dieses Datum liegt außerhalb des Kalenders.</translation>
    </message>
</context>
<context>
    <name>domain.calendar_moves</name>
    <message>
        <source>Only open follow-ups move: done and cancelled ones stay put.</source>
        <translation>Nur offene Follow-ups lassen sich verschieben: erledigte und gestrichene bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Not moved: {day} is in the past.</source>
        <translation>Nicht verschoben: {day} liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <source>+2 days</source>
        <translation>+2 Tage</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>It is overdue, so it moves from today.</source>
        <translation>Es ist überfällig und wird deshalb ab heute verschoben.</translation>
    </message>
</context>
<context>
    <name>domain.catchup</name>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups moved to {day}.</source>
        <extracomment>%n overdue follow-up moved to {day}.</extracomment>
        <translation>
            <numerusform>%n überfälliges Follow-up auf {day} verschoben.</numerusform>
            <numerusform>%n überfällige Follow-ups auf {day} verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups spread from {first} to {last}, at most {cap} a day.</source>
        <extracomment>%n overdue follow-up spread from {first} to {last}, at most {cap} a day.</extracomment>
        <translation>
            <numerusform>%n überfälliges Follow-up verteilt von {first} bis {last}, höchstens {cap} pro Tag.</numerusform>
            <numerusform>%n überfällige Follow-ups verteilt von {first} bis {last}, höchstens {cap} pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They do not fit into {days} working days, so %n more days are used.</source>
        <extracomment>They do not fit into {days} working days, so %n more day is used.</extracomment>
        <translation>
            <numerusform>Sie passen nicht in {days} Werktage, daher wird %n weiterer Tag genutzt.</numerusform>
            <numerusform>Sie passen nicht in {days} Werktage, daher werden %n weitere Tage genutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread over at least one working day.</source>
        <translation>Auf mindestens einen Werktag verteilen.</translation>
    </message>
    <message>
        <source>Allow at least one follow-up a day.</source>
        <translation>Mindestens ein Follow-up pro Tag zulassen.</translation>
    </message>
    <message>
        <source>The daily cap leaves no room on any day.</source>
        <translation>Die Tagesgrenze lässt an keinem Tag Platz.</translation>
    </message>
</context>
<context>
    <name>domain.contact_rules</name>
    <message>
        <source>Enter a name or a company.</source>
        <translation>Geben Sie einen Namen oder eine Firma ein.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An e-mail address needs exactly one @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht genau ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>This e-mail address looks incomplete; it should look like name@example.com.</source>
        <translation>Diese E-Mail-Adresse wirkt unvollständig; sie sollte wie name@example.com aussehen.</translation>
    </message>
</context>
<context>
    <name>domain.dateparse</name>
    <message>
        <source>Not understood. Try &quot;friday&quot;, &quot;in 10 days&quot;, &quot;dec 3 2pm&quot; or 2026-12-03.</source>
        <translation>Nicht verstanden. Versuchen Sie „Freitag“, „in 10 Tagen“, „3. Dez. 14 Uhr“ oder 2026-12-03.</translation>
    </message>
    <message>
        <source>“{text}” depends on which days you mean: type the day instead, e.g. &quot;jan 5&quot;, &quot;in 3 weeks&quot; or &quot;start of next month&quot;.</source>
        <translation>„{text}“ hängt davon ab, welche Tage Sie meinen: Geben Sie stattdessen den Tag ein, z. B. „5. Jan.“, „in 3 Wochen“ oder „Anfang nächsten Monats“.</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>{date} is a {weekday}, not a {said}.</source>
        <translation>{date} ist ein {weekday}, kein {said}.</translation>
    </message>
    <message>
        <source>(moved from {weekday} to the next working day)</source>
        <translation>(von {weekday} auf den nächsten Werktag verschoben)</translation>
    </message>
    <message>
        <source>(read as day/month)</source>
        <translation>(als Tag/Monat gelesen)</translation>
    </message>
    <message>
        <source>(read as month/day)</source>
        <translation>(als Monat/Tag gelesen)</translation>
    </message>
</context>
<context>
    <name>domain.dateparse.days</name>
    <message>
        <source>{month} {year} has no day {day}.</source>
        <translation>{month} {year} hat keinen {day}. Tag.</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Es gibt keinen Monat {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} in the coming years.</source>
        <translation>In den nächsten Jahren gibt es keinen {day}. {month}.</translation>
    </message>
    <message>
        <source>Write the year with 2 or 4 digits.</source>
        <translation>Schreiben Sie das Jahr mit 2 oder 4 Ziffern.</translation>
    </message>
    <message>
        <source>There is no day {day} in a month.</source>
        <translation>Kein Monat hat einen {day}. Tag.</translation>
    </message>
</context>
<context>
    <name>domain.dateparse.times</name>
    <message>
        <source>&quot;{text}&quot; is not a time of day.</source>
        <translation>„{text}“ ist keine Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <source>“{region}” is not a holiday region the holidays package knows: only the working week is used (no public holidays).</source>
        <translation>„{region}“ ist keine Region, die das holidays-Paket kennt: Es zählen nur die Werktage der Woche (keine gesetzlichen Feiertage).</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>ein gesetzlicher Feiertag</translation>
    </message>
    <message>
        <source>{days}; public holidays of {region}</source>
        <translation>{days}; gesetzliche Feiertage: {region}</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}).</source>
        <translation>{day} ist ein gesetzlicher Feiertag ({holiday}).</translation>
    </message>
    <message>
        <source>{day} is not a working day.</source>
        <translation>{day} ist kein Werktag.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>In 2 Tagen</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>In 2 Wochen</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>In 3 Monaten</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <extracomment>in %n day</extracomment>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <extracomment>%n day ago</extracomment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year between {first} and {last}.</source>
        <translation>Das Jahr {year} liegt außerhalb des Bereichs: Verwenden Sie ein Jahr zwischen {first} und {last}.</translation>
    </message>
</context>
<context>
    <name>domain.first_contact</name>
    <message>
        <source>First call: introduce myself</source>
        <translation>Erster Anruf: mich vorstellen</translation>
    </message>
    <message>
        <source>First e-mail: introduce myself</source>
        <translation>Erste E-Mail: mich vorstellen</translation>
    </message>
    <message>
        <source>Every new contact already has a next step.</source>
        <translation>Jeder neue Kontakt hat schon einen nächsten Schritt.</translation>
    </message>
    <message>
        <source>One first follow-up, on {day}.</source>
        <translation>Ein erstes Follow-up, am {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n first follow-ups, at most {cap} a working day, from {first} to {last} ({days}).</source>
        <extracomment>%n first follow-up, at most {cap} a working day, from {first} to {last} ({days}).</extracomment>
        <translation>
            <numerusform>%n erstes Follow-up, höchstens {cap} pro Werktag, von {first} bis {last} ({days}).</numerusform>
            <numerusform>%n erste Follow-ups, höchstens {cap} pro Werktag, von {first} bis {last} ({days}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <extracomment>%n working day</extracomment>
        <translation>
            <numerusform>%n Werktag</numerusform>
            <numerusform>%n Werktage</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow at least one first contact a day.</source>
        <translation>Mindestens einen Erstkontakt pro Tag zulassen.</translation>
    </message>
</context>
<context>
    <name>domain.followup_rules</name>
    <message>
        <source>The next step needs a reason: what will they hear about?</source>
        <translation>Der nächste Schritt braucht einen Anlass: Worum geht es?</translation>
    </message>
    <message>
        <source>No next step: {reason}</source>
        <translation>Kein nächster Schritt: {reason}</translation>
    </message>
    <message>
        <source>The day you call ({call}) must be after the day they promised to get back to you ({promised}).</source>
        <translation>Der Tag Ihres Anrufs ({call}) muss nach dem Tag liegen, bis zu dem sich der Kontakt melden wollte ({promised}).</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>Ich bin am Zug</translation>
    </message>
    <message>
        <source>Your move now</source>
        <translation>Jetzt bin ich am Zug</translation>
    </message>
    <message>
        <source>Their move</source>
        <translation>Kontakt ist am Zug</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n days – was due {due}</source>
        <extracomment>OVERDUE %n day – was due {due}</extracomment>
        <translation>
            <numerusform>ÜBERFÄLLIG seit %n Tag – war fällig {due}</numerusform>
            <numerusform>ÜBERFÄLLIG seit %n Tagen – war fällig {due}</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {due}</source>
        <translation>Fällig {due}</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n days – you were to call {call} (they promised by {promised})</source>
        <extracomment>OVERDUE %n day – you were to call {call} (they promised by {promised})</extracomment>
        <translation>
            <numerusform>ÜBERFÄLLIG seit %n Tag – Anruf war für {call} geplant (Zusage bis {promised})</numerusform>
            <numerusform>ÜBERFÄLLIG seit %n Tagen – Anruf war für {call} geplant (Zusage bis {promised})</numerusform>
        </translation>
    </message>
    <message>
        <source>No word since {promised}; you call today</source>
        <translation>Keine Antwort seit {promised}; Anruf heute</translation>
    </message>
    <message>
        <source>They get back by {promised}; you call today if not</source>
        <translation>Antwort bis {promised}; sonst Anruf heute</translation>
    </message>
    <message>
        <source>No word since {promised}; you call {call}</source>
        <translation>Keine Antwort seit {promised}; Anruf am {call}</translation>
    </message>
    <message>
        <source>They get back by {promised}; you call {call} if not</source>
        <translation>Antwort bis {promised}; sonst Anruf am {call}</translation>
    </message>
    <message numerus="yes">
        <source>No word · %n days overdue</source>
        <extracomment>No word · %n day overdue</extracomment>
        <translation>
            <numerusform>Keine Antwort · %n Tag überfällig</numerusform>
            <numerusform>Keine Antwort · %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Their move · today{at}</source>
        <translation>Kontakt ist am Zug · heute{at}</translation>
    </message>
    <message>
        <source>Their move · {promised}</source>
        <translation>Kontakt ist am Zug · {promised}</translation>
    </message>
    <message>
        <source>No word · you call today</source>
        <translation>Keine Antwort · Anruf heute</translation>
    </message>
    <message>
        <source>No word · you call {call}</source>
        <translation>Keine Antwort · Anruf am {call}</translation>
    </message>
</context>
<context>
    <name>domain.formula_guard</name>
    <message>
        <source>Cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a line break) are written with a leading apostrophe, so Excel shows them as text instead of running them. Phone numbers such as +48 22 123 45 67 are written as they are.</source>
        <translation>Zellen, die eine Tabellenkalkulation als Formel ausführen würde (beginnend mit =, +, -, @, einem Tabulator oder einem Zeilenumbruch), werden mit einem vorangestellten Apostroph geschrieben, sodass Excel sie als Text zeigt, statt sie auszuführen. Telefonnummern wie +48 22 123 45 67 werden unverändert geschrieben.</translation>
    </message>
</context>
<context>
    <name>domain.import_records</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Street (work)</source>
        <translation>Straße (geschäftlich)</translation>
    </message>
    <message>
        <source>City (work)</source>
        <translation>Ort (geschäftlich)</translation>
    </message>
    <message>
        <source>State or region (work)</source>
        <translation>Bundesland oder Region (geschäftlich)</translation>
    </message>
    <message>
        <source>Postal code (work)</source>
        <translation>Postleitzahl (geschäftlich)</translation>
    </message>
    <message>
        <source>Country (work)</source>
        <translation>Land (geschäftlich)</translation>
    </message>
    <message>
        <source>Street (home)</source>
        <translation>Straße (privat)</translation>
    </message>
    <message>
        <source>City (home)</source>
        <translation>Ort (privat)</translation>
    </message>
    <message>
        <source>State or region (home)</source>
        <translation>Bundesland oder Region (privat)</translation>
    </message>
    <message>
        <source>Postal code (home)</source>
        <translation>Postleitzahl (privat)</translation>
    </message>
    <message>
        <source>Country (home)</source>
        <translation>Land (privat)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Besondere Daten</translation>
    </message>
    <message>
        <source>Things to remember</source>
        <translation>Zum Merken</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>columns read from line {line} (line 1 skipped)</source>
        <translation>Spalten aus Zeile {line} gelesen (Zeile 1 übersprungen)</translation>
    </message>
    <message>
        <source>columns read from line {line} (lines 1–{above} skipped)</source>
        <translation>Spalten aus Zeile {line} gelesen (Zeilen 1–{above} übersprungen)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (older format)</source>
        <translation>Google Contacts CSV (älteres Format)</translation>
    </message>
    <message>
        <source>LinkedIn connections CSV</source>
        <translation>LinkedIn-Kontakte CSV</translation>
    </message>
    <message>
        <source>has no name, company or e-mail address</source>
        <translation>hat weder Namen noch Firma noch E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the e-mail address “{email}” is not valid</source>
        <translation>die E-Mail-Adresse „{email}“ ist ungültig</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Anderes Datum</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <comment>Birthday: “31/2” is not…</comment>
        <translation>{date}: {problem}</translation>
    </message>
</context>
<context>
    <name>domain.jogger</name>
    <message>
        <source>Printed {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>{week} · {start} – {end}</source>
        <translation>{week} · {start} – {end}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a week; write it like 2026-W48 (year, W, week number).</source>
        <translation>„{text}“ ist keine Woche; schreiben Sie sie wie 2026-W48 (Jahr, W, Wochennummer).</translation>
    </message>
    <message>
        <source>{year} has weeks 1 to {last}; there is no week {number}.</source>
        <translation>{year} hat die Wochen 1 bis {last}; eine Woche {number} gibt es nicht.</translation>
    </message>
    <message>
        <source>{text} is too far away; give a week between year 2 and 9998.</source>
        <translation>{text} liegt zu weit entfernt; geben Sie eine Woche zwischen dem Jahr 2 und 9998 an.</translation>
    </message>
    <message>
        <source>There is nothing to print for {week}: no follow-up is due and every contact has a next step.</source>
        <translation>Für {week} gibt es nichts zu drucken: Kein Follow-up ist fällig und jeder Kontakt hat einen nächsten Schritt.</translation>
    </message>
    <message>
        <source>Carried over – was due {due}</source>
        <translation>Übertragen – war fällig {due}</translation>
    </message>
    <message>
        <source>Last: {day} – {note}</source>
        <translation>Zuletzt: {day} – {note}</translation>
    </message>
    <message>
        <source>Last: {day}</source>
        <translation>Zuletzt: {day}</translation>
    </message>
    <message>
        <source>Last: no interaction logged yet</source>
        <translation>Zuletzt: noch keine Interaktion erfasst</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>letzter Kontakt {day}</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>and %n more</extracomment>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.jogger_prompts</name>
    <message>
        <source>Who did you catch up with at a family event, club or school gate lately?</source>
        <translation>Wen haben Sie zuletzt bei einer Familienfeier, im Verein oder vor der Schule getroffen?</translation>
    </message>
    <message>
        <source>Which friend changed jobs or started a business this year?</source>
        <translation>Welcher Freund hat dieses Jahr die Stelle gewechselt oder ein Unternehmen gegründet?</translation>
    </message>
    <message>
        <source>Whose birthday, move or new baby gives you a reason to call?</source>
        <translation>Wessen Geburtstag, Umzug oder Nachwuchs gibt Ihnen einen Grund anzurufen?</translation>
    </message>
    <message>
        <source>Who bought from you last year and has not heard from you since?</source>
        <translation>Wer hat letztes Jahr bei Ihnen gekauft und seitdem nichts von Ihnen gehört?</translation>
    </message>
    <message>
        <source>Which client should be asked how the purchase is working out?</source>
        <translation>Welchen Kunden sollten Sie fragen, wie sich der Kauf bewährt?</translation>
    </message>
    <message>
        <source>Who could use what you sold them again, or one level up?</source>
        <translation>Wer könnte das Gekaufte noch einmal brauchen, oder eine Stufe höher?</translation>
    </message>
    <message>
        <source>Who asked for a quote and went quiet?</source>
        <translation>Wer hat ein Angebot angefragt und sich dann nicht mehr gemeldet?</translation>
    </message>
    <message>
        <source>Whose budget or contract renews this quarter?</source>
        <translation>Wessen Budget oder Vertrag verlängert sich dieses Quartal?</translation>
    </message>
    <message>
        <source>Who did you meet at the last event and never followed up?</source>
        <translation>Wen haben Sie auf der letzten Veranstaltung getroffen und nie nachgefasst?</translation>
    </message>
    <message>
        <source>Who else sells to the same customers, but not what you sell?</source>
        <translation>Wer verkauft noch an dieselben Kunden, aber nicht das, was Sie verkaufen?</translation>
    </message>
    <message>
        <source>Who spoke at or organised an event you went to?</source>
        <translation>Wer hat auf einer Veranstaltung gesprochen oder sie organisiert, die Sie besucht haben?</translation>
    </message>
    <message>
        <source>Which supplier or partner knows who is buying right now?</source>
        <translation>Welcher Lieferant oder Partner weiß, wer gerade kauft?</translation>
    </message>
    <message>
        <source>Who sent you business this year? Have you thanked them?</source>
        <translation>Wer hat Ihnen dieses Jahr Geschäft vermittelt? Haben Sie sich bedankt?</translation>
    </message>
    <message>
        <source>Which happy client has never been asked for an introduction?</source>
        <translation>Welcher zufriedene Kunde wurde noch nie um eine Empfehlung gebeten?</translation>
    </message>
    <message>
        <source>Who did a referral mention that you have not contacted yet?</source>
        <translation>Wen hat eine Empfehlung erwähnt, den Sie noch nicht kontaktiert haben?</translation>
    </message>
    <message>
        <source>Who in this group have you not spoken to in three months?</source>
        <translation>Mit wem aus dieser Gruppe haben Sie seit drei Monaten nicht gesprochen?</translation>
    </message>
    <message>
        <source>Who would be glad to hear from you this week?</source>
        <translation>Wer würde sich diese Woche über Ihren Anruf freuen?</translation>
    </message>
</context>
<context>
    <name>domain.key_date_lines</name>
    <message>
        <source>{day} · {name}: {what}</source>
        <translation>{day} · {name}: {what}</translation>
    </message>
    <message>
        <source>card: no address yet, ask for one</source>
        <translation>Karte: noch keine Adresse, bitte erfragen</translation>
    </message>
    <message>
        <source>card to {address}</source>
        <translation>Karte an {address}</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the agenda's Key dates lists them)</source>
        <extracomment>… and %n more (the agenda's Key dates lists them)</extracomment>
        <translation>
            <numerusform>… und %n weiterer (die Besonderen Daten der Agenda zeigen alle)</numerusform>
            <numerusform>… und %n weitere (die Besonderen Daten der Agenda zeigen alle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.key_date_text</name>
    <message>
        <source>day/month (as in “{example}”)</source>
        <translation>Tag/Monat (wie in „{example}“)</translation>
    </message>
    <message>
        <source>month/day (as in “{example}”)</source>
        <translation>Monat/Tag (wie in „{example}“)</translation>
    </message>
    <message>
        <source>day/month (default)</source>
        <translation>Tag/Monat (Standard)</translation>
    </message>
    <message>
        <source>month/day (default)</source>
        <translation>Monat/Tag (Standard)</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>„{value}“ ist kein Datum</translation>
    </message>
    <message>
        <source>“{value}” is not possible: {why}</source>
        <translation>„{value}“ ist nicht möglich: {why}</translation>
    </message>
    <message>
        <source>Type a day and month, the year if known: “15 March”, “15 March 1980”, 1980-03-15.</source>
        <translation>Geben Sie Tag und Monat ein, das Jahr falls bekannt: „15. März“, „15. März 1980“, 1980-03-15.</translation>
    </message>
    <message>
        <source>“{word}” is not a month. {hint}</source>
        <translation>„{word}“ ist kein Monat. {hint}</translation>
    </message>
    <message>
        <source>“{text}” is not understood. {hint}</source>
        <translation>„{text}“ wird nicht verstanden. {hint}</translation>
    </message>
</context>
<context>
    <name>domain.labels</name>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Letter, 30 Etiketten)</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 Etiketten)</translation>
    </message>
</context>
<context>
    <name>domain.links</name>
    <message>
        <source>Connected on LinkedIn</source>
        <translation>Auf LinkedIn vernetzt</translation>
    </message>
    <message>
        <source>Added to your network</source>
        <translation>Zu Ihrem Netzwerk hinzugefügt</translation>
    </message>
</context>
<context>
    <name>domain.outcomes</name>
    <message>
        <source>Try by {channel} instead: {reason}</source>
        <translation>Stattdessen per {channel} versuchen: {reason}</translation>
    </message>
    <message>
        <source>Try by {channel} instead</source>
        <translation>Stattdessen per {channel} versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered attempts in a row, so trying by {channel} in {days} working days is filled in below.</source>
        <extracomment>%n unanswered attempt in a row, so trying by {channel} in {days} working days is filled in below.</extracomment>
        <translation>
            <numerusform>%n unbeantworteter Versuch in Folge, daher ist unten ein Versuch per {channel} in {days} Werktagen eingetragen.</numerusform>
            <numerusform>%n unbeantwortete Versuche in Folge, daher ist unten ein Versuch per {channel} in {days} Werktagen eingetragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up on my message: {reason}</source>
        <translation>Zu meiner Nachricht nachfassen: {reason}</translation>
    </message>
    <message>
        <source>Follow up on my message</source>
        <translation>Zu meiner Nachricht nachfassen</translation>
    </message>
    <message>
        <source>Call again: {reason}</source>
        <translation>Erneut anrufen: {reason}</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Erneut anrufen</translation>
    </message>
    <message>
        <source>Try again: {reason}</source>
        <translation>Erneut versuchen: {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>1st unanswered attempt, so a retry in {days} working days is filled in below.</source>
        <translation>1. unbeantworteter Versuch, daher ist unten ein neuer Versuch in {days} Werktagen eingetragen.</translation>
    </message>
    <message>
        <source>2nd unanswered attempt, so a retry in {days} working days is filled in below.</source>
        <translation>2. unbeantworteter Versuch, daher ist unten ein neuer Versuch in {days} Werktagen eingetragen.</translation>
    </message>
    <message>
        <source>Unanswered attempt {attempt}, so a retry in {days} working days is filled in below.</source>
        <translation>Unbeantworteter Versuch {attempt}, daher ist unten ein neuer Versuch in {days} Werktagen eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>They answered after %n unanswered attempts: the count starts again.</source>
        <extracomment>They answered after %n unanswered attempt: the count starts again.</extracomment>
        <translation>
            <numerusform>Der Kontakt hat nach %n unbeantworteten Versuch geantwortet: Die Zählung beginnt neu.</numerusform>
            <numerusform>Der Kontakt hat nach %n unbeantworteten Versuchen geantwortet: Die Zählung beginnt neu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.personal</name>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Hochzeitstag</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Send a card</source>
        <translation>Karte senden</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>There is no month {month}: use 1 to 12.</source>
        <translation>Einen Monat {month} gibt es nicht: verwenden Sie 1 bis 12.</translation>
    </message>
    <message>
        <source>{month} has no day {day}.</source>
        <translation>Der {month} hat keinen {day}. Tag.</translation>
    </message>
    <message>
        <source>The year {year} is out of range: use a year from {first}.</source>
        <translation>Das Jahr {year} liegt außerhalb des Bereichs: verwenden Sie ein Jahr ab {first}.</translation>
    </message>
    <message>
        <source>{year} was not a leap year, so it had no 29 February.</source>
        <translation>{year} war kein Schaltjahr, es hatte also keinen 29. Februar.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future ({date}).</source>
        <translation>Ein Geburtstag kann nicht in der Zukunft liegen ({date}).</translation>
    </message>
    <message>
        <source>Unknown kind of date: {kind}.</source>
        <translation>Unbekannte Art von Datum: {kind}.</translation>
    </message>
    <message>
        <source>Unknown reminder: {action}.</source>
        <translation>Unbekannte Erinnerung: {action}.</translation>
    </message>
    <message>
        <source>A date of your own needs a label (for example “Daughter's graduation”).</source>
        <translation>Ein eigenes Datum braucht eine Bezeichnung (zum Beispiel „Abschlussfeier der Tochter“).</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date: 15 March 1980</comment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a date without its year: 15 March</comment>
        <translation>{day}. {month}</translation>
    </message>
    <message numerus="yes">
        <source>%nth</source>
        <comment>an ordinal number: the 1st, the 10th</comment>
        <extracomment>%nst</extracomment>
        <translation>
            <numerusform>%n.</numerusform>
            <numerusform>%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} (turns {age})</source>
        <translation>{title} (wird {age})</translation>
    </message>
    <message numerus="yes">
        <source>{title} {year} (%n years)</source>
        <extracomment>{title} {year} (%n year)</extracomment>
        <translation>
            <numerusform>{title} {year} (%n Jahr)</numerusform>
            <numerusform>{title} {year} (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({ordinal})</source>
        <comment>Wedding anniversary (10th)</comment>
        <translation>{title} ({ordinal})</translation>
    </message>
    <message>
        <source>Send a birthday card</source>
        <translation>Geburtstagskarte senden</translation>
    </message>
    <message>
        <source>Send an anniversary card</source>
        <translation>Karte zum Hochzeitstag senden</translation>
    </message>
    <message>
        <source>Send a card: {what}</source>
        <translation>Karte senden: {what}</translation>
    </message>
    <message>
        <source>Call for their birthday</source>
        <translation>Zum Geburtstag anrufen</translation>
    </message>
    <message>
        <source>Call for their anniversary</source>
        <translation>Zum Hochzeitstag anrufen</translation>
    </message>
    <message>
        <source>Call: {what}</source>
        <translation>Anrufen: {what}</translation>
    </message>
    <message>
        <source>Ask about: {thing}</source>
        <translation>Nachfragen: {thing}</translation>
    </message>
</context>
<context>
    <name>domain.politeness</name>
    <message numerus="yes">
        <source>Contacted %n times in the last {days} days;</source>
        <extracomment>Contacted %n time in the last {days} days;</extracomment>
        <translation>
            <numerusform>%n-mal kontaktiert in den letzten {days} Tagen;</numerusform>
            <numerusform>%n-mal kontaktiert in den letzten {days} Tagen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts since their last reply.</source>
        <extracomment>%n attempt since their last reply.</extracomment>
        <translation>
            <numerusform>%n Versuch seit der letzten Antwort.</numerusform>
            <numerusform>%n Versuche seit der letzten Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>This would be the third attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Das wäre der dritte Versuch innerhalb einer Woche ohne Antwort. Geben Sie dem Kontakt vielleicht etwas mehr Zeit.</translation>
    </message>
    <message>
        <source>This would be the fourth attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Das wäre der vierte Versuch innerhalb einer Woche ohne Antwort. Geben Sie dem Kontakt vielleicht etwas mehr Zeit.</translation>
    </message>
    <message>
        <source>This would be the fifth attempt within a week without a reply. Consider giving them a little more time.</source>
        <translation>Das wäre der fünfte Versuch innerhalb einer Woche ohne Antwort. Geben Sie dem Kontakt vielleicht etwas mehr Zeit.</translation>
    </message>
    <message>
        <source>This would be attempt {count} within a week without a reply. Consider giving them a little more time.</source>
        <translation>Das wäre Versuch {count} innerhalb einer Woche ohne Antwort. Geben Sie dem Kontakt vielleicht etwas mehr Zeit.</translation>
    </message>
</context>
<context>
    <name>domain.reminders</name>
    <message numerus="yes">
        <source>%n due today</source>
        <extracomment>%n due today</extracomment>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>{due_today}, {overdue}</source>
        <comment>5 due today, 2 overdue</comment>
        <translation>{due_today}, {overdue}</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Follow-ups heute</translation>
    </message>
</context>
<context>
    <name>domain.review</name>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>Unknown period {period}; choose one of {choices}.</source>
        <translation>Unbekannter Zeitraum {period}; wählen Sie einen von {choices}.</translation>
    </message>
    <message numerus="yes">
        <source>Try by {channel}: %n unanswered attempts by {last} so far</source>
        <extracomment>Try by {channel}: %n unanswered attempt by {last} so far</extracomment>
        <translation>
            <numerusform>Per {channel} versuchen: bisher %n unbeantworteter Versuch per {last}</numerusform>
            <numerusform>Per {channel} versuchen: bisher %n unbeantwortete Versuche per {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{year} is outside the years a review covers ({first} to {last}).</source>
        <translation>{year} liegt außerhalb der Jahre, die ein Rückblick abdeckt ({first} bis {last}).</translation>
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
        <translation>In diesem Zeitraum noch keine Antworten erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n replies so far: too few to tell; until there are {enough}, {usual} attempts count as usual.</source>
        <extracomment>Only %n reply so far: too few to tell; until there are {enough}, {usual} attempts count as usual.</extracomment>
        <translation>
            <numerusform>Erst %n Antwort: zu wenige für eine Aussage; bis es {enough} sind, gelten {usual} Versuche als üblich.</numerusform>
            <numerusform>Erst %n Antworten: zu wenige für eine Aussage; bis es {enough} sind, gelten {usual} Versuche als üblich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{percent} % of %n replies came after at least one unanswered attempt; you usually get an answer by attempt {usual}.</source>
        <extracomment>{percent} % of %n reply came after at least one unanswered attempt; you usually get an answer by attempt {usual}.</extracomment>
        <translation>
            <numerusform>{percent} % von %n Antwort kamen nach mindestens einem unbeantworteten Versuch; meist erhalten Sie bis Versuch {usual} eine Antwort.</numerusform>
            <numerusform>{percent} % von %n Antworten kamen nach mindestens einem unbeantworteten Versuch; meist erhalten Sie bis Versuch {usual} eine Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody: every silent prospect and referral has a next step, said no, or has already had {usual} attempts.</source>
        <translation>Niemand: Jeder stille Interessent und jede Empfehlung hat einen nächsten Schritt, hat abgesagt oder hatte schon {usual} Versuche.</translation>
    </message>
    <message numerus="yes">
        <source>%n silent prospects and referrals with nothing planned and fewer than {usual} attempts (when you usually get an answer).</source>
        <extracomment>%n silent prospect or referral with nothing planned and fewer than {usual} attempts (when you usually get an answer).</extracomment>
        <translation>
            <numerusform>%n stiller Interessent oder Empfehlung ohne Plan und mit weniger als {usual} Versuchen (bis dahin antworten die meisten).</numerusform>
            <numerusform>%n stille Interessenten und Empfehlungen ohne Plan und mit weniger als {usual} Versuchen (bis dahin antworten die meisten).</numerusform>
        </translation>
    </message>
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
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Replies after silence</source>
        <translation>Antworten nach Stille</translation>
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
        <source>Last channel</source>
        <translation>Letzter Kanal</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>Zuletzt versucht</translation>
    </message>
    <message>
        <source>Try by</source>
        <translation>Versuchen per</translation>
    </message>
</context>
<context>
    <name>domain.review_week</name>
    <message>
        <source>none late</source>
        <translation>keines verspätet</translation>
    </message>
    <message numerus="yes">
        <source>{late} late (typically %n days, at most {most})</source>
        <extracomment>{late} late (typically %n day, at most {most})</extracomment>
        <translation>
            <numerusform>{late} verspätet (meist %n Tag, höchstens {most})</numerusform>
            <numerusform>{late} verspätet (meist %n Tage, höchstens {most})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{catchups} (%n follow-ups moved)</source>
        <extracomment>{catchups} (%n follow-up moved)</extracomment>
        <translation>
            <numerusform>{catchups} (%n Follow-up verschoben)</numerusform>
            <numerusform>{catchups} (%n Follow-ups verschoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>{category} {count}</source>
        <comment>Prospects 3</comment>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups of mine due, {done} done</source>
        <extracomment>%n follow-up of mine due, {done} done</extracomment>
        <translation>
            <numerusform>%n eigenes Follow-up fällig, {done} erledigt</numerusform>
            <numerusform>%n eigene Follow-ups fällig, {done} erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>{on_time} on time, {late}, {missed} still open past the date</source>
        <translation>{on_time} pünktlich, {late}, {missed} nach dem Datum noch offen</translation>
    </message>
    <message>
        <source>Their promises</source>
        <translation>Zusagen der Kontakte</translation>
    </message>
    <message>
        <source>{promises} due: {kept} kept, {lapsed} lapsed</source>
        <translation>{promises} fällig: {kept} eingehalten, {lapsed} verfallen</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Catch-ups used</source>
        <translation>Aufholen genutzt</translation>
    </message>
</context>
<context>
    <name>domain.series</name>
    <message>
        <source>After the sale</source>
        <translation>Nach dem Verkauf</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Empfehlung erhalten</translation>
    </message>
    <message>
        <source>Thank-you note for the order</source>
        <translation>Dankeskarte für den Auftrag</translation>
    </message>
    <message>
        <source>Check in: how is it going after 30 days?</source>
        <translation>Nachfragen: Wie läuft es nach 30 Tagen?</translation>
    </message>
    <message>
        <source>After-sale check-in (3 months)</source>
        <translation>Nachfrage nach dem Verkauf (3 Monate)</translation>
    </message>
    <message>
        <source>After-sale check-in (6 months)</source>
        <translation>Nachfrage nach dem Verkauf (6 Monate)</translation>
    </message>
    <message>
        <source>One year on: review and referrals</source>
        <translation>Ein Jahr danach: Rückblick und Empfehlungen</translation>
    </message>
    <message>
        <source>Thank-you note for the meeting</source>
        <translation>Dankesnachricht für das Treffen</translation>
    </message>
    <message>
        <source>Follow up: questions after a week?</source>
        <translation>Nachfassen: Fragen nach einer Woche?</translation>
    </message>
    <message>
        <source>Send something useful (value-add)</source>
        <translation>Etwas Nützliches schicken (Mehrwert)</translation>
    </message>
    <message>
        <source>Check in after a month</source>
        <translation>Nach einem Monat nachfragen</translation>
    </message>
    <message>
        <source>Thank them for the referral</source>
        <translation>Für die Empfehlung bedanken</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>am nächsten Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks after</source>
        <extracomment>%n week after</extracomment>
        <translation>
            <numerusform>%n Woche danach</numerusform>
            <numerusform>%n Wochen danach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after</source>
        <extracomment>%n day after</extracomment>
        <translation>
            <numerusform>%n Tag danach</numerusform>
            <numerusform>%n Tage danach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <extracomment>%n year</extracomment>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <extracomment>%n month</extracomment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>{span} after</source>
        <comment>3 months after</comment>
        <translation>{span} danach</translation>
    </message>
    <message>
        <source>{span} {days} after</source>
        <comment>1 month 2 days after</comment>
        <translation>{span} {days} danach</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>%n day</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the series a name.</source>
        <translation>Geben Sie der Serie einen Namen.</translation>
    </message>
    <message>
        <source>A series needs at least one step.</source>
        <translation>Eine Serie braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Step {n} needs a reason: what will they hear about?</source>
        <translation>Schritt {n} braucht einen Anlass: Worum geht es?</translation>
    </message>
    <message>
        <source>Step {n} cannot be before the start.</source>
        <translation>Schritt {n} kann nicht vor dem Start liegen.</translation>
    </message>
    <message>
        <source>Step {n} is more than ten years after the start.</source>
        <translation>Schritt {n} liegt mehr als zehn Jahre nach dem Start.</translation>
    </message>
    <message>
        <source>Step {n}: the follow-up is with the contact or their referrer.</source>
        <translation>Schritt {n}: Das Follow-up ist mit dem Kontakt oder dem Empfehlungsgeber.</translation>
    </message>
</context>
<context>
    <name>domain.slot_phrases</name>
    <message>
        <source>no note was written last time</source>
        <translation>beim letzten Mal wurde keine Notiz geschrieben</translation>
    </message>
    <message>
        <source>the last note is not read for a topic in this language</source>
        <translation>in dieser Sprache wird die letzte Notiz nicht als Thema gelesen</translation>
    </message>
    <message>
        <source>the last note “{note}” says what happened, not what you talked about</source>
        <translation>die letzte Notiz „{note}“ sagt, was passiert ist, nicht worüber Sie gesprochen haben</translation>
    </message>
    <message>
        <source>the last note “{note}” is a sentence, not a topic</source>
        <translation>die letzte Notiz „{note}“ ist ein Satz, kein Thema</translation>
    </message>
    <message>
        <source>the last note “{note}” is not a topic</source>
        <translation>die letzte Notiz „{note}“ ist kein Thema</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>Friday 11 December</comment>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
</context>
<context>
    <name>domain.talking_points</name>
    <message>
        <source>the contact's first name</source>
        <translation>der Vorname des Kontakts</translation>
    </message>
    <message>
        <source>the follow-up's reason, as a phrase</source>
        <translation>der Anlass des Follow-ups, als Satzteil</translation>
    </message>
    <message>
        <source>what the follow-up is about (a noun phrase)</source>
        <translation>worum es beim Follow-up geht (ein Begriff)</translation>
    </message>
    <message>
        <source>the topic of your last note, when it is one</source>
        <translation>das Thema Ihrer letzten Notiz, falls es eines ist</translation>
    </message>
    <message>
        <source>what they said they would do</source>
        <translation>was der Kontakt zugesagt hat</translation>
    </message>
    <message>
        <source>the day they promised</source>
        <translation>der zugesagte Tag</translation>
    </message>
    <message>
        <source>what you thank them for</source>
        <translation>wofür Sie sich bedanken</translation>
    </message>
    <message>
        <source>a thing to remember about them that has just happened (a trip)</source>
        <translation>etwas zum Merken, das gerade passiert ist (eine Reise)</translation>
    </message>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>our last conversation</source>
        <translation>unser letztes Gespräch</translation>
    </message>
    <message>
        <source>what we discussed</source>
        <translation>unser Gespräch</translation>
    </message>
    <message>
        <source>get back to me</source>
        <translation>sich bei mir melden</translation>
    </message>
    <message>
        <source>the date we discussed</source>
        <translation>den besprochenen Termin</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>your news</source>
        <translation>Ihre Neuigkeiten</translation>
    </message>
    <message>
        <source>the follow-up's reason</source>
        <translation>der Anlass des Follow-ups</translation>
    </message>
    <message>
        <source>worked out of English words only</source>
        <translation>wird nur aus englischen Wörtern ermittelt</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>der Kontakt</translation>
    </message>
    <message>
        <source>the contact has no first name</source>
        <translation>der Kontakt hat keinen Vornamen</translation>
    </message>
    <message>
        <source>your last note</source>
        <translation>Ihre letzte Notiz</translation>
    </message>
    <message>
        <source>it is your move, not theirs</source>
        <translation>Sie sind am Zug, nicht der Kontakt</translation>
    </message>
    <message>
        <source>things to remember</source>
        <translation>Zum Merken</translation>
    </message>
    <message>
        <source>nothing in the contact fits</source>
        <translation>beim Kontakt passt nichts</translation>
    </message>
    <message>
        <source>nothing in the follow-up's reason fits</source>
        <translation>im Anlass des Follow-ups passt nichts</translation>
    </message>
    <message>
        <source>nothing in your last note fits</source>
        <translation>in Ihrer letzten Notiz passt nichts</translation>
    </message>
    <message>
        <source>nothing in the day they promised fits</source>
        <translation>beim zugesagten Tag passt nichts</translation>
    </message>
    <message>
        <source>nothing in things to remember fits</source>
        <translation>unter Zum Merken passt nichts</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankesnotiz</translation>
    </message>
    <message>
        <source>Thank you[, {first_name}]</source>
        <translation>Vielen Dank[, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for {thanks_for}.[ I enjoyed talking about {last_topic}.]

Best regards</source>
        <translation>Hallo[ {first_name}],

vielen Dank für {thanks_for}.[ Ich habe mich gern mit Ihnen über {last_topic} unterhalten.]

Viele Grüße</translation>
    </message>
    <message>
        <source>Curious reminder</source>
        <translation>Neugierige Erinnerung</translation>
    </message>
    <message>
        <source>[A quick question about {topic}|A quick question][, {first_name}]</source>
        <translation>[Kurze Frage zu {topic}|Kurze Frage][, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[I was thinking about {last_topic} and wondered how things are going on your side.|I was wondering how things are going on your side.][ Are you still thinking about {topic}?][ How did “{remembered}” go?]

Best regards</source>
        <translation>Hallo[ {first_name}],

[ich habe an {last_topic} gedacht und mich gefragt, wie es bei Ihnen läuft.|ich habe mich gefragt, wie es bei Ihnen läuft.][ Denken Sie noch über {topic} nach?][ Wie war „{remembered}“?]

Viele Grüße</translation>
    </message>
    <message>
        <source>Value-add check-in</source>
        <translation>Nützlicher Hinweis</translation>
    </message>
    <message>
        <source>Something useful for you[, {first_name}]</source>
        <translation>Etwas Nützliches für Sie[, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[I came across something that may help with {last_topic} and thought of you.|I came across something you may find useful and thought of you.] No need to reply; I just wanted to pass it on.

Best regards</source>
        <translation>Hallo[ {first_name}],

[ich bin auf etwas gestoßen, das bei {last_topic} helfen könnte, und habe an Sie gedacht.|ich bin auf etwas gestoßen, das für Sie nützlich sein könnte, und habe an Sie gedacht.] Sie müssen nicht antworten; ich wollte es Ihnen nur weitergeben.

Viele Grüße</translation>
    </message>
    <message>
        <source>After-sale check-in</source>
        <translation>Nach dem Kauf nachfragen</translation>
    </message>
    <message>
        <source>How is it going[, {first_name}]?</source>
        <translation>Wie läuft es[, {first_name}]?</translation>
    </message>
    <message>
        <source>Hi {first_name},

I wanted to check that everything is working well for you. If anything could be better, tell me and I'll sort it out.

Best regards</source>
        <translation>Hallo[ {first_name}],

ich wollte mich vergewissern, dass alles gut für Sie funktioniert. Wenn etwas besser sein könnte, sagen Sie es mir, dann kümmere ich mich darum.

Viele Grüße</translation>
    </message>
    <message>
        <source>You said you'd get back to me</source>
        <translation>Sie wollten sich melden</translation>
    </message>
    <message>
        <source>[Following up on {topic}|Following up][, {first_name}]</source>
        <translation>[Nachfrage zu {topic}|Kurze Nachfrage][, {first_name}]</translation>
    </message>
    <message>
        <source>Hi {first_name},

You said you'd {promise}[ by {promised_date}]. Is there anything I can do to help?

Best regards</source>
        <translation>Hallo[ {first_name}],

[Sie wollten sich bis {promised_date} bei mir melden.|Sie wollten sich bei mir melden.][ ({promise})] Kann ich Ihnen dabei irgendwie helfen?

Viele Grüße</translation>
    </message>
    <message>
        <source>thank</source>
        <translation>dank</translation>
    </message>
    <message>
        <source>after the sale, after-sale, one year on</source>
        <translation>nach dem verkauf, nach dem kauf, ein jahr danach</translation>
    </message>
    <message>
        <source>value, useful, article</source>
        <translation>nützlich, mehrwert, artikel</translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>domain.vocabulary</name>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter or card</source>
        <translation>Brief oder Karte</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>met</source>
        <translation>getroffen</translation>
    </message>
    <message>
        <source>my move</source>
        <translation>ich bin am Zug</translation>
    </message>
    <message>
        <source>their move</source>
        <translation>Kontakt ist am Zug</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>gestrichen</translation>
    </message>
    <message>
        <source>Personal Contacts</source>
        <translation>Persönliche Kontakte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Industry Colleagues</source>
        <translation>Branchenkollegen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>domain.week_title</name>
    <message>
        <source>Week {number}</source>
        <translation>KW {number}</translation>
    </message>
    <message>
        <source>{week}: {dates}</source>
        <translation>{week}: {dates}</translation>
    </message>
</context>
</TS>
