<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.contacts.actions</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Einen Kontakt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Find Contact</source>
        <translation>Kontakt &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive Contact</source>
        <translation>Kontakt &amp;archivieren</translation>
    </message>
    <message>
        <source>Res&amp;tore Contact</source>
        <translation>Kontakt &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ui.contacts.commands</name>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>{name} archivieren</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>{name} wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contacts</source>
        <extracomment>Archive %n contact</extracomment>
        <translation>
            <numerusform>%n Kontakt archivieren</numerusform>
            <numerusform>%n Kontakte archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contacts</source>
        <extracomment>Restore %n contact</extracomment>
        <translation>
            <numerusform>%n Kontakt wiederherstellen</numerusform>
            <numerusform>%n Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.contacts.dialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Background: family, hobbies, how you met, what matters</source>
        <translation>Hintergrund: Familie, Hobbys, wie Sie sich kennengelernt haben, was wichtig ist</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>Pro&amp;file URL:</source>
        <translation>Profil-&amp;URL:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch:</source>
        <translation>Kontakt&amp;rhythmus:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Empfohlen &amp;von:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>Persona&amp;l</source>
        <translation>Persön&amp;lich</translation>
    </message>
    <message>
        <source>Birthday, key dates, addresses for cards, things to remember</source>
        <translation>Geburtstag, besondere Daten, Adressen für Karten, Dinge zum Merken</translation>
    </message>
    <message>
        <source>Plan the first follow-up after saving</source>
        <translation>Nach dem Speichern das erste Follow-up planen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>(not a web address)</source>
        <translation>(keine Webadresse)</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are opened.</source>
        <translation>Nur http://- und https://-Adressen werden geöffnet.</translation>
    </message>
    <message>
        <source>Personal: {problem}</source>
        <translation>Persönlich: {problem}</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>Der Kontakt wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem}

Your input is kept.</source>
        <translation>{problem}

Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ui.contacts.model</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächstes Follow-up</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} ist archiviert</translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Kein nächster Schritt geplant</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ui.contacts.pane</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontaktrhythmus</translation>
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
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Besondere Daten</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Geschäftsadresse</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Privatadresse</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Zum Merken</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hat empfohlen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this contact (Enter)</source>
        <translation>Diesen Kontakt bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wählen Sie einen Kontakt, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No background notes yet.</source>
        <translation>Noch keine Hintergrundnotizen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Bring this contact back into the lists</source>
        <translation>Diesen Kontakt wieder in die Listen aufnehmen</translation>
    </message>
    <message>
        <source>Archive this contact (Delete); Ctrl+Z brings it back</source>
        <translation>Diesen Kontakt archivieren (Entf); Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>turns {age} on {day}</source>
        <translation>wird {age} am {day}</translation>
    </message>
    <message>
        <source>next: {day}</source>
        <translation>nächstes Mal: {day}</translation>
    </message>
    <message>
        <source>Plan “{reason}” for {day}</source>
        <translation>„{reason}“ für {day} planen</translation>
    </message>
    <message>
        <source>not tracked (this contact)</source>
        <translation>nicht verfolgt (dieser Kontakt)</translation>
    </message>
    <message>
        <source>not tracked (its category)</source>
        <translation>nicht verfolgt (seine Kategorie)</translation>
    </message>
    <message>
        <source>{rhythm} (own)</source>
        <translation>{rhythm} (eigener)</translation>
    </message>
    <message>
        <source>{rhythm} · next touch by {day}</source>
        <translation>{rhythm} · nächster Kontakt bis {day}</translation>
    </message>
</context>
<context>
    <name>ui.contacts.personal_editor</name>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>15 March, or 15 March 1980</source>
        <translation>15. März oder 15. März 1980</translation>
    </message>
    <message>
        <source>Add a &amp;date</source>
        <translation>&amp;Datum hinzufügen</translation>
    </message>
    <message>
        <source>as the category says</source>
        <translation>wie in der Kategorie</translation>
    </message>
    <message>
        <source>How long before the date a card's reminder is planned</source>
        <translation>Wie lange vor dem Datum die Erinnerung für eine Karte geplant wird</translation>
    </message>
    <message>
        <source>Add a thing to re&amp;member</source>
        <translation>Etwas zum &amp;Merken hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>Key dates:</source>
        <translation>Besondere Daten:</translation>
    </message>
    <message>
        <source>Card reminders:</source>
        <translation>Kartenerinnerungen:</translation>
    </message>
    <message>
        <source>Things to remember</source>
        <translation>Zum Merken</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <extracomment> day before</extracomment>
        <translation>
            <numerusform> Tag vorher</numerusform>
            <numerusform> Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {problem}</source>
        <translation>Geburtstag: {problem}</translation>
    </message>
    <message>
        <source>A contact has one “Customer since” date.</source>
        <translation>Ein Kontakt hat nur ein „Kunde seit“-Datum.</translation>
    </message>
</context>
<context>
    <name>ui.contacts.personal_rows</name>
    <message>
        <source>Work address</source>
        <translation>Geschäftsadresse</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Privatadresse</translation>
    </message>
    <message>
        <source>A card is planned the lead time before; a call on the day itself</source>
        <translation>Eine Karte wird um die Vorlaufzeit früher geplant, ein Anruf am Tag selbst</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Was das Datum ist</translation>
    </message>
    <message>
        <source>Your own label</source>
        <translation>Eigene Bezeichnung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>15 March 2010</source>
        <translation>15. März 2010</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Dieses Datum entfernen</translation>
    </message>
    <message>
        <source>Give the date a label (for example “Daughter's graduation”).</source>
        <translation>Geben Sie dem Datum eine Bezeichnung (zum Beispiel „Abschluss der Tochter“).</translation>
    </message>
    <message>
        <source>{what}: type the date.</source>
        <translation>{what}: Datum eintippen.</translation>
    </message>
    <message>
        <source>Thing to remember</source>
        <translation>Zum Merken</translation>
    </message>
    <message>
        <source>Trip to Japan, daughter starts university, likes golf…</source>
        <translation>Reise nach Japan, Tochter beginnt zu studieren, spielt gern Golf…</translation>
    </message>
    <message>
        <source>Its date (optional)</source>
        <translation>Sein Datum (optional)</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translation>Datum (optional)</translation>
    </message>
    <message>
        <source>Plan a follow-up after it</source>
        <translation>Danach ein Follow-up planen</translation>
    </message>
    <message>
        <source>Forget this</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>“{typed}”: {problem}</source>
        <translation>„{typed}“: {problem}</translation>
    </message>
    <message>
        <source>Say what there is to remember on that day.</source>
        <translation>Sagen Sie, was es an diesem Tag zu merken gibt.</translation>
    </message>
    <message>
        <source>“{reason}” on {day}</source>
        <translation>„{reason}“ am {day}</translation>
    </message>
    <message>
        <source>Street of the work address</source>
        <translation>Straße der Geschäftsadresse</translation>
    </message>
    <message>
        <source>Street of the home address</source>
        <translation>Straße der Privatadresse</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>State / region:</source>
        <translation>Bundesland / Region:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>On a label:</source>
        <translation>Auf einem Etikett:</translation>
    </message>
</context>
<context>
    <name>ui.contacts.picker</name>
    <message>
        <source>Type a name to choose who referred this contact</source>
        <translation>Namen eintippen, um den Empfehlungsgeber zu wählen</translation>
    </message>
</context>
<context>
    <name>ui.contacts.timeline</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <source>Log what happened and plan the next step</source>
        <translation>Festhalten, was passiert ist, und den nächsten Schritt planen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Log a call, email or meeting (Ctrl+L)</source>
        <translation>Einen Anruf, eine E-Mail oder einen Termin erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation>Follow-up planen…</translation>
    </message>
    <message>
        <source>Plan a follow-up without logging an interaction (Ctrl+Shift+F)</source>
        <translation>Ein Follow-up planen, ohne eine Interaktion zu erfassen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <source>Nothing planned yet: plan the first follow-up (Ctrl+Shift+F).</source>
        <translation>Noch nichts geplant: Planen Sie das erste Follow-up (Strg+Umschalt+F).</translation>
    </message>
    <message>
        <source>Their move: {state}</source>
        <translation>Kontakt ist am Zug: {state}</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue — {when}</source>
        <extracomment>%n day overdue — {when}</extracomment>
        <translation>
            <numerusform>%n Tag überfällig — {when}</numerusform>
            <numerusform>%n Tage überfällig — {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} · agreed with them</source>
        <translation>{when} · mit dem Kontakt vereinbart</translation>
    </message>
    <message>
        <source>Also planned: {steps}</source>
        <translation>Außerdem geplant: {steps}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No interactions or follow-ups yet.</source>
        <translation>Noch keine Interaktionen oder Follow-ups.</translation>
    </message>
    <message>
        <source>Show older entries…</source>
        <translation>Ältere Einträge zeigen…</translation>
    </message>
    <message>
        <source>{reason} (their move)</source>
        <translation>{reason} (Kontakt ist am Zug)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned:&lt;/b&gt; {step}</source>
        <translation>&lt;b&gt;Geplant:&lt;/b&gt; {step}</translation>
    </message>
    <message>
        <source>Done: {reason}</source>
        <translation>Erledigt: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Gestrichen: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.contacts.view</name>
    <message>
        <source>Search name, company, e-mail or phone  (Ctrl+F)</source>
        <translation>Name, Firma, E-Mail oder Telefon suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Sort: click a column, or {keys} (again: reverse)</source>
        <translation>Sortieren: auf eine Spalte klicken oder {keys} (nochmals: umgekehrt)</translation>
    </message>
    <message>
        <source>Sorted by {column}, A to Z</source>
        <translation>Sortiert nach {column}, A bis Z</translation>
    </message>
    <message>
        <source>Sorted by {column}, Z to A</source>
        <translation>Sortiert nach {column}, Z bis A</translation>
    </message>
    <message numerus="yes">
        <source>%n+ matches</source>
        <extracomment>%n+ match</extracomment>
        <translation>
            <numerusform>%n+ Treffer</numerusform>
            <numerusform>%n+ Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>%n match</extracomment>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
</context>
</TS>
