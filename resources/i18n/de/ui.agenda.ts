<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.agenda.catchup_dialog</name>
    <message>
        <source>Catch up on overdue follow-ups</source>
        <translation>Überfällige Follow-ups aufholen</translation>
    </message>
    <message>
        <source>Spread the overdue follow-ups over the next working days, oldest first. Each keeps its original due date visible. You can undo this (Ctrl+Z).</source>
        <translation>Verteilt die überfälligen Follow-ups auf die nächsten Werktage, die ältesten zuerst. Bei jedem bleibt das ursprüngliche Fälligkeitsdatum sichtbar. Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>Spread over:</source>
        <translation>Verteilen auf:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Spread them</source>
        <translation>Verteilen</translation>
    </message>
    <message numerus="yes">
        <source> working days</source>
        <extracomment> working day</extracomment>
        <translation>
            <numerusform> Werktag</numerusform>
            <numerusform> Werktage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.agenda.model</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Letzte Interaktion</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Telefon / E-Mail</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Why no next step</source>
        <translation>Warum kein nächster Schritt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How far past</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Follow-ups whose day has passed, oldest first</source>
        <translation>Follow-ups, deren Tag vorbei ist, die ältesten zuerst</translation>
    </message>
    <message>
        <source>Due today, and their promises that lapsed yesterday</source>
        <translation>Heute fällig, dazu Zusagen, die gestern abgelaufen sind</translation>
    </message>
    <message>
        <source>My follow-ups in the next six days</source>
        <translation>Meine Follow-ups in den nächsten sechs Tagen</translation>
    </message>
    <message>
        <source>They said they would get back to you; the date it lapses</source>
        <translation>Der Kontakt hat sich zu melden versprochen; mit dem Datum, an dem die Zusage abläuft</translation>
    </message>
    <message>
        <source>Past their keep-in-touch rhythm with nothing planned, most past first</source>
        <translation>Kontaktrhythmus überschritten und nichts geplant, die längsten zuerst</translation>
    </message>
    <message>
        <source>Contacts with no follow-up planned, by category</source>
        <translation>Kontakte ohne geplantes Follow-up, nach Kategorie</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and dated things to remember in the next 14 days</source>
        <translation>Geburtstage, Jahrestage und datierte Dinge zum Merken in den nächsten 14 Tagen</translation>
    </message>
    <message>
        <source>{section}  ({count})</source>
        <translation>{section}  ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{section}, %n items</source>
        <extracomment>{section}, %n item</extracomment>
        <translation>
            <numerusform>{section}, %n Eintrag</numerusform>
            <numerusform>{section}, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>{reason} ✔ agreed</source>
        <translation>{reason} ✔ vereinbart</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Reminder: {what}</source>
        <translation>Erinnerung: {what}</translation>
    </message>
    <message>
        <source>By {channel}</source>
        <translation>Kanal: {channel}</translation>
    </message>
    <message>
        <source>Last interaction: {when}</source>
        <translation>Letzte Interaktion: {when}</translation>
    </message>
    <message>
        <source>{past} (never contacted)</source>
        <translation>{past} (nie kontaktiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <extracomment>%n day overdue</extracomment>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{when} (was due {day})</source>
        <translation>{when} (war fällig am {day})</translation>
    </message>
</context>
<context>
    <name>ui.agenda.sections</name>
    <message>
        <source>Nothing is overdue. Well done.</source>
        <translation>Nichts ist überfällig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>Nothing planned for the next six days.</source>
        <translation>Für die nächsten sechs Tage ist nichts geplant.</translation>
    </message>
    <message>
        <source>Nobody owes you a reply.</source>
        <translation>Niemand schuldet Ihnen eine Antwort.</translation>
    </message>
    <message>
        <source>Everyone has heard from you within their rhythm.</source>
        <translation>Alle haben innerhalb ihres Kontaktrhythmus von Ihnen gehört.</translation>
    </message>
    <message>
        <source>Every contact has a next step.</source>
        <translation>Jeder Kontakt hat einen nächsten Schritt.</translation>
    </message>
    <message>
        <source>No birthdays, anniversaries or dated things to remember in the next 14 days.</source>
        <translation>Keine Geburtstage, Jahrestage oder datierten Dinge zum Merken in den nächsten 14 Tagen.</translation>
    </message>
    <message>
        <source>Agenda sections</source>
        <translation>Agenda-Bereiche</translation>
    </message>
</context>
<context>
    <name>ui.agenda.view</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>+1 da&amp;y</source>
        <translation>+1 &amp;Tag</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Strei&amp;chen…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, saying why</source>
        <translation>Dieses Follow-up streichen, mit Begründung</translation>
    </message>
    <message>
        <source>Catch &amp;up…</source>
        <translation>A&amp;ufholen…</translation>
    </message>
    <message>
        <source>Spread the overdue follow-ups over the next days</source>
        <translation>Überfällige Follow-ups auf die nächsten Tage verteilen</translation>
    </message>
    <message>
        <source>&amp;Work the list…</source>
        <translation>&amp;Wochenliste abarbeiten…</translation>
    </message>
    <message>
        <source>Key in the printed weekly list: the same follow-ups in the same order, one at a time</source>
        <translation>Die gedruckte Wochenliste eintragen: dieselben Follow-ups in derselben Reihenfolge, eins nach dem anderen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{section} (to {day})</source>
        <translation>{section} (bis {day})</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up</source>
        <translation>Follow-up &amp;planen</translation>
    </message>
    <message>
        <source>Plan a keep-in-touch follow-up for today (Enter)</source>
        <translation>Ein Follow-up für heute planen, um in Kontakt zu bleiben (Enter)</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up…</source>
        <translation>Follow-up &amp;planen…</translation>
    </message>
    <message>
        <source>Plan their next follow-up (Enter, Ctrl+Shift+F)</source>
        <translation>Das nächste Follow-up planen (Enter, Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>Plan follow-up on…</source>
        <translation>Follow-up planen am…</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up today</source>
        <translation>Follow-up heute &amp;planen</translation>
    </message>
    <message>
        <source>Plan follow-up on a &amp;date…</source>
        <translation>Follow-up an einem &amp;Datum planen…</translation>
    </message>
</context>
<context>
    <name>ui.agenda.welcome</name>
    <message>
        <source>Welcome to Follow-up Desktop</source>
        <translation>Willkommen bei Follow-up Desktop</translation>
    </message>
    <message>
        <source>Your book is empty. Start with the people you want to keep in touch with; the agenda then shows who to call today, what slipped and whose move it is.</source>
        <translation>Ihr Adressbuch ist leer. Beginnen Sie mit den Menschen, mit denen Sie in Kontakt bleiben möchten; die Agenda zeigt dann, wen Sie heute anrufen, was liegen geblieben ist und wer am Zug ist.</translation>
    </message>
    <message>
        <source>Add your first &amp;contact…</source>
        <translation>Ersten &amp;Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Type in one person or company</source>
        <translation>Eine Person oder Firma eintippen</translation>
    </message>
    <message>
        <source>&amp;Import from Outlook or Google…</source>
        <translation>Aus Outlook oder &amp;Google importieren…</translation>
    </message>
    <message>
        <source>A CSV exported from Outlook, Google Contacts or LinkedIn, or a vCard file</source>
        <translation>Eine aus Outlook, Google Kontakte oder LinkedIn exportierte CSV-Datei oder eine vCard-Datei</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>Mit Beispieldaten aus&amp;probieren</translation>
    </message>
    <message>
        <source>Opens a separate sample book in its own window, labelled as sample data; your own book stays empty and untouched</source>
        <translation>Öffnet ein eigenes Beispiel-Adressbuch in einem eigenen Fenster, als Beispieldaten gekennzeichnet; Ihr eigenes Adressbuch bleibt leer und unberührt</translation>
    </message>
    <message>
        <source>Sample data opens a throw-away book in a second window; close it, or throw it away from its own window, whenever you like.</source>
        <translation>Beispieldaten öffnen ein Wegwerf-Adressbuch in einem zweiten Fenster; schließen Sie es oder werfen Sie es aus seinem Fenster heraus weg, wann immer Sie möchten.</translation>
    </message>
</context>
</TS>
