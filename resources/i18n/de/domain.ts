<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <source>&quot;{text}&quot; is not a time of day.</source>
        <translation>„{text}“ ist keine Uhrzeit.</translation>
    </message>
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
</TS>
