<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>store.agenda</name>
    <message>
        <source>Remember</source>
        <translation>Zum Merken</translation>
    </message>
</context>
<context>
    <name>store.backup</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Vor dem Update</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Vor dem Wiederherstellen</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Vor dem Rückgängigmachen eines Imports</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({detail}).</source>
        <translation>{path} kann nicht als Datenbank gelesen werden ({detail}).</translation>
    </message>
</context>
<context>
    <name>store.cadence</name>
    <message>
        <source>That category no longer exists.</source>
        <translation>Diese Kategorie gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>store.cards</name>
    <message>
        <source>That contact no longer exists; it may have been deleted.</source>
        <translation>Diesen Kontakt gibt es nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
</context>
<context>
    <name>store.claim</name>
    <message>
        <source>The lock file {path} beside the database cannot be written ({detail}), so the database cannot be used safely. Check that the data folder is writable and the disk is not full.</source>
        <translation>Die Sperrdatei {path} neben der Datenbank kann nicht geschrieben werden ({detail}), daher kann die Datenbank nicht sicher verwendet werden. Prüfen Sie, ob der Datenordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The database {db_path} is being restored or replaced by another Follow-up Desktop process. Try again when it has finished; nothing was changed.</source>
        <translation>Die Datenbank {db_path} wird gerade von einem anderen Follow-up-Desktop-Prozess wiederhergestellt oder ersetzt. Versuchen Sie es erneut, wenn er fertig ist; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another Follow-up Desktop process (a window, an import, an export or a backup). Let it finish or close it, then try again; nothing was changed.</source>
        <translation>Die Datenbank {db_path} wird von einem anderen Follow-up-Desktop-Prozess verwendet (einem Fenster, einem Import, einem Export oder einer Sicherung). Lassen Sie ihn fertig werden oder schließen Sie ihn und versuchen Sie es dann erneut; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>store.connection</name>
    <message>
        <source>The database is already open.</source>
        <translation>Die Datenbank ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>No database has been opened yet.</source>
        <translation>Es wurde noch keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>store.contacts</name>
    <message>
        <source>A contact cannot be their own referrer.</source>
        <translation>Ein Kontakt kann sich nicht selbst empfohlen haben.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <source>A category name can be at most 60 characters long.</source>
        <translation>Ein Kategoriename darf höchstens 60 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>Es gibt bereits eine Kategorie namens {name}.</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>Der Datenordner {path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist and cannot be created ({detail}).</source>
        <translation>Der Datenordner {path} existiert nicht und kann nicht angelegt werden ({detail}).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; check its permissions.</source>
        <translation>In den Datenordner {path} kann nicht geschrieben werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <source>Upgrading the database {path} from version {current} failed ({exc}); it was left as it was.</source>
        <translation>Das Aktualisieren der Datenbank {path} von Version {current} ist fehlgeschlagen ({exc}); sie wurde so belassen, wie sie war.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade (data version {current}), but it could not be backed up first, so it was not changed. {exc}</source>
        <translation>Die Datenbank {path} braucht ein Update (Datenversion {current}), konnte aber vorher nicht gesichert werden und wurde daher nicht verändert. {exc}</translation>
    </message>
    <message>
        <source>The database {path} is read-only, so nothing could be saved. Check the file's permissions (or copy it somewhere you can write); it was not changed.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt, daher konnte nichts gespeichert werden. Prüfen Sie die Berechtigungen der Datei (oder kopieren Sie sie an einen beschreibbaren Ort); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created ({detail}).</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden ({detail}).</translation>
    </message>
    <message>
        <source>The database {path} is read-only and from an older version; it needs an upgrade that cannot be written. Make it writable (or copy it) and try again.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt und stammt aus einer älteren Version; sie braucht ein Update, das nicht geschrieben werden kann. Machen Sie sie beschreibbar (oder kopieren Sie sie) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>store.demo</name>
    <message>
        <source>Added {items}.</source>
        <comment>Added 200 contacts, 2,000 interactions, 1,000 follow-ups.</comment>
        <translation>{items} hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n contacts; demo data is only added to an empty database. Use --force to add it anyway, or choose another --data-dir.</source>
        <extracomment>The database already holds %n contact; demo data is only added to an empty database. Use --force to add it anyway, or choose another --data-dir.</extracomment>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Kontakt; Beispieldaten werden nur einer leeren Datenbank hinzugefügt. Verwenden Sie --force, um sie trotzdem hinzuzufügen, oder wählen Sie ein anderes --data-dir.</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Kontakte; Beispieldaten werden nur einer leeren Datenbank hinzugefügt. Verwenden Sie --force, um sie trotzdem hinzuzufügen, oder wählen Sie ein anderes --data-dir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>Die Zahl der Kontakte kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>store.demo_activity</name>
    <message>
        <source>Called, walked through the proposal.</source>
        <translation>Angerufen, das Angebot durchgesprochen.</translation>
    </message>
    <message>
        <source>Sent the brochure and the price list.</source>
        <translation>Broschüre und Preisliste geschickt.</translation>
    </message>
    <message>
        <source>Left a voicemail asking for a good time to talk.</source>
        <translation>Auf die Mailbox gesprochen und nach einem guten Zeitpunkt für ein Gespräch gefragt.</translation>
    </message>
    <message>
        <source>Met for coffee; they are reviewing suppliers next quarter.</source>
        <translation>Auf einen Kaffee getroffen; sie prüfen nächstes Quartal ihre Lieferanten.</translation>
    </message>
    <message>
        <source>Quick email: asked whether the pilot results arrived.
They will forward to their manager.</source>
        <translation>Kurze E-Mail: ob die Pilot-Ergebnisse da sind.
Sie leiten sie an ihre Chefin weiter.</translation>
    </message>
    <message>
        <source>Demo went well. Questions about integration and support hours.</source>
        <translation>Vorführung lief gut. Fragen zu Integration und Supportzeiten.</translation>
    </message>
    <message>
        <source>Thank-you card after the trade fair.</source>
        <translation>Dankeskarte nach der Messe.</translation>
    </message>
    <message>
        <source>They asked for references from similar companies.</source>
        <translation>Sie haben nach Referenzen ähnlicher Unternehmen gefragt.</translation>
    </message>
    <message>
        <source>Budget frozen until the new year; keep in touch.</source>
        <translation>Budget bis zum neuen Jahr eingefroren; in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>Connected on LinkedIn, commented on their post.</source>
        <translation>Auf LinkedIn vernetzt, ihren Beitrag kommentiert.</translation>
    </message>
    <message>
        <source>Renewal discussed: wants a multi-year discount.
Send a comparison.</source>
        <translation>Verlängerung besprochen: möchte einen Mehrjahresrabatt.
Einen Vergleich schicken.</translation>
    </message>
    <message>
        <source>No answer, no voicemail.</source>
        <translation>Keine Antwort, keine Mailbox.</translation>
    </message>
    <message>
        <source>send revised pricing</source>
        <translation>Überarbeitete Preise schicken</translation>
    </message>
    <message>
        <source>follow up on the proposal</source>
        <translation>Zum Angebot nachfassen</translation>
    </message>
    <message>
        <source>check they received the samples</source>
        <translation>Prüfen, ob die Muster angekommen sind</translation>
    </message>
    <message>
        <source>ask for a referral</source>
        <translation>Um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>confirm the meeting agenda</source>
        <translation>Tagesordnung des Termins bestätigen</translation>
    </message>
    <message>
        <source>share the case study</source>
        <translation>Die Fallstudie teilen</translation>
    </message>
    <message>
        <source>discuss the renewal</source>
        <translation>Die Verlängerung besprechen</translation>
    </message>
    <message>
        <source>invite to the customer event</source>
        <translation>Zur Kundenveranstaltung einladen</translation>
    </message>
    <message>
        <source>check in after the installation</source>
        <translation>Nach der Installation nachfragen</translation>
    </message>
    <message>
        <source>ask how the pilot went</source>
        <translation>Fragen, wie das Pilotprojekt lief</translation>
    </message>
    <message>
        <source>send the contract for signature</source>
        <translation>Vertrag zur Unterschrift schicken</translation>
    </message>
    <message>
        <source>catch up: keep in touch</source>
        <translation>Austausch: in Kontakt bleiben</translation>
    </message>
    <message>
        <source>they send the signed contract</source>
        <translation>Kontakt schickt den unterschriebenen Vertrag</translation>
    </message>
    <message>
        <source>they confirm the budget</source>
        <translation>Kontakt bestätigt das Budget</translation>
    </message>
    <message>
        <source>they reply with feedback on the proposal</source>
        <translation>Kontakt gibt Rückmeldung zum Angebot</translation>
    </message>
    <message>
        <source>they introduce me to their purchasing manager</source>
        <translation>Kontakt stellt mich dem Einkaufsleiter vor</translation>
    </message>
    <message>
        <source>bought elsewhere, confirmed by phone</source>
        <translation>woanders gekauft, telefonisch bestätigt</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>im Ruhestand</translation>
    </message>
    <message>
        <source>not a fit for us</source>
        <translation>passt nicht zu uns</translation>
    </message>
    <message>
        <source>moved to another company</source>
        <translation>zu einem anderen Unternehmen gewechselt</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>nicht mehr nötig</translation>
    </message>
</context>
<context>
    <name>store.demo_personal</name>
    <message>
        <source>Trip to Japan</source>
        <translation>Reise nach Japan</translation>
    </message>
    <message>
        <source>Daughter's wedding</source>
        <translation>Hochzeit der Tochter</translation>
    </message>
    <message>
        <source>Running the city marathon</source>
        <translation>Läuft den Stadtmarathon</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Umzug</translation>
    </message>
    <message>
        <source>Back from parental leave</source>
        <translation>Zurück aus der Elternzeit</translation>
    </message>
    <message>
        <source>Son starts university</source>
        <translation>Sohn beginnt das Studium</translation>
    </message>
    <message>
        <source>Sailing holiday in Greece</source>
        <translation>Segelurlaub in Griechenland</translation>
    </message>
    <message>
        <source>Knee surgery, wish a quick recovery</source>
        <translation>Knie-OP, gute Besserung wünschen</translation>
    </message>
    <message>
        <source>Plays golf on Saturdays</source>
        <translation>Spielt samstags Golf</translation>
    </message>
    <message>
        <source>Two kids, Emma and Noah</source>
        <translation>Zwei Kinder, Emma und Noah</translation>
    </message>
    <message>
        <source>Vegetarian: no steakhouse</source>
        <translation>Vegetarier: kein Steakhaus</translation>
    </message>
    <message>
        <source>Supports the local football club</source>
        <translation>Fan des örtlichen Fußballvereins</translation>
    </message>
    <message>
        <source>Collects vinyl records</source>
        <translation>Sammelt Schallplatten</translation>
    </message>
    <message>
        <source>Prefers calls after 10</source>
        <translation>Anrufe lieber nach 10 Uhr</translation>
    </message>
</context>
<context>
    <name>store.demo_words</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Büroleiterin</translation>
    </message>
    <message>
        <source>Purchasing Manager</source>
        <translation>Einkaufsleiter</translation>
    </message>
    <message>
        <source>Operations Director</source>
        <translation>Betriebsleiter</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>Finanzvorstand</translation>
    </message>
    <message>
        <source>Head of Procurement</source>
        <translation>Leiterin Beschaffung</translation>
    </message>
    <message>
        <source>Facilities Manager</source>
        <translation>Facility-Manager</translation>
    </message>
    <message>
        <source>Marketing Lead</source>
        <translation>Marketingleiterin</translation>
    </message>
    <message>
        <source>Practice Manager</source>
        <translation>Praxismanagerin</translation>
    </message>
    <message>
        <source>Sales Director</source>
        <translation>Vertriebsleiter</translation>
    </message>
    <message>
        <source>IT Manager</source>
        <translation>IT-Leiter</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Met at the regional trade show; interested in the spring offer.</source>
        <translation>Auf der regionalen Messe kennengelernt; interessiert am Frühjahrsangebot.</translation>
    </message>
    <message>
        <source>Prefers e-mail in the morning. Two kids, coaches junior football on Saturdays.</source>
        <translation>Bevorzugt E-Mails am Vormittag. Zwei Kinder, trainiert samstags eine Jugendfußballmannschaft.</translation>
    </message>
    <message>
        <source>Budget decisions in Q4. Ask about the warehouse expansion.</source>
        <translation>Budgetentscheidungen im 4. Quartal. Nach der Lagererweiterung fragen.</translation>
    </message>
    <message>
        <source>Referred several colleagues already; send a thank-you card at year end.</source>
        <translation>Hat schon mehrere Kollegen empfohlen; zum Jahresende eine Dankeskarte schicken.</translation>
    </message>
    <message>
        <source>Switched suppliers last year after delivery problems. Price-sensitive.</source>
        <translation>Hat letztes Jahr nach Lieferproblemen den Lieferanten gewechselt. Preisbewusst.</translation>
    </message>
    <message>
        <source>Loves sailing; mention the harbour festival. Call after 10 am.</source>
        <translation>Segelt gern; das Hafenfest erwähnen. Nach 10 Uhr anrufen.</translation>
    </message>
    <message>
        <source>Decision maker is the partner; this contact prepares the shortlist.</source>
        <translation>Entscheider ist der Partner; dieser Kontakt erstellt die Vorauswahl.</translation>
    </message>
    <message>
        <source>Wants a demo on site, not a video call. Parking behind the building.</source>
        <translation>Möchte eine Vorführung vor Ort, keinen Videoanruf. Parkplätze hinter dem Gebäude.</translation>
    </message>
    <message>
        <source>Former colleague from the Denver office. Birthday in June.</source>
        <translation>Ehemaliger Kollege aus dem Büro in Denver. Geburtstag im Juni.</translation>
    </message>
    <message>
        <source>Asked to be contacted again after the merger closes.</source>
        <translation>Möchte nach Abschluss der Fusion wieder kontaktiert werden.</translation>
    </message>
</context>
<context>
    <name>store.errors</name>
    <message>
        <source>That follow-up no longer exists; it may have been undone.</source>
        <translation>Dieses Follow-up gibt es nicht mehr; vielleicht wurde es rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>store.followups</name>
    <message>
        <source>The follow-up &quot;{reason}&quot; is already {status}; nothing was changed.</source>
        <translation>Das Follow-up „{reason}“ ist bereits {status}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>store.greeting_cards</name>
    <message>
        <source>A card's lead time is between 0 and 60 days.</source>
        <translation>Der Vorlauf für eine Karte liegt zwischen 0 und 60 Tagen.</translation>
    </message>
</context>
<context>
    <name>store.health</name>
    <message>
        <source>The database {path} is damaged ({why}). It was left untouched; a backup can be restored in its place.</source>
        <translation>Die Datenbank {path} ist beschädigt ({why}). Sie wurde nicht verändert; an ihrer Stelle kann eine Sicherung wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>the file is cut off</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the file is cut off: {size} of {expected} bytes are there</source>
        <translation>die Datei ist abgeschnitten: {size} von {expected} Byte sind vorhanden</translation>
    </message>
</context>
<context>
    <name>store.import_later_work</name>
    <message numerus="yes">
        <source>%n notes</source>
        <extracomment>%n note</extracomment>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
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
    <message numerus="yes">
        <source>%n follow-up series</source>
        <extracomment>%n follow-up series</extracomment>
        <translation>
            <numerusform>%n Follow-up-Serie</numerusform>
            <numerusform>%n Follow-up-Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: 3 notes, 1 follow-up and 2 series</comment>
        <translation>{items} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>{work} made since with %n contacts it added</source>
        <extracomment>{work} made since with %n contact it added</extracomment>
        <translation>
            <numerusform>{work}, seitdem erfasst bei %n Kontakt, den er hinzugefügt hat</numerusform>
            <numerusform>{work}, seitdem erfasst bei %n Kontakten, die er hinzugefügt hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the changes made since to %n contacts it touched</source>
        <extracomment>the changes made since to %n contact it touched</extracomment>
        <translation>
            <numerusform>die seitdem gemachten Änderungen an %n Kontakt, den er geändert hat</numerusform>
            <numerusform>die seitdem gemachten Änderungen an %n Kontakten, die er geändert hat</numerusform>
        </translation>
    </message>
    <message>
        <source>{work} and {edits}</source>
        <translation>{work} und {edits}</translation>
    </message>
    <message>
        <source>Undoing import {batch_id} would also delete {work}. Nothing was changed.</source>
        <translation>Das Rückgängigmachen von Import {batch_id} würde auch {work} löschen. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>store.import_plan</name>
    <message>
        <source>New: {count}</source>
        <translation>Neu: {count}</translation>
    </message>
    <message>
        <source>To update: {count}</source>
        <translation>Zu aktualisieren: {count}</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importiert: {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Aktualisiert: {count}</translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation>Unverändert: {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Übersprungen: {count}</translation>
    </message>
    <message>
        <source>Invalid: {count}</source>
        <translation>Ungültig: {count}</translation>
    </message>
    <message>
        <source>line {line}: would be skipped, {reason}</source>
        <translation>Zeile {line}: würde übersprungen, {reason}</translation>
    </message>
    <message>
        <source>line {line}: skipped, {reason}</source>
        <translation>Zeile {line}: übersprungen, {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>… and %n more</extracomment>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>left out in the preview</source>
        <translation>in der Vorschau ausgelassen</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>Duplikat: {reason}</translation>
    </message>
    <message>
        <source>Referred by: {name}</source>
        <translation>Empfohlen von: {name}</translation>
    </message>
</context>
<context>
    <name>store.import_preview</name>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>Vorhandenen Kontakt aktualisieren</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>same e-mail as {name}, already in your contacts</source>
        <translation>gleiche E-Mail wie {name}, schon in Ihren Kontakten</translation>
    </message>
    <message>
        <source>same profile URL as {name}, already in your contacts</source>
        <translation>gleiche Profil-URL wie {name}, schon in Ihren Kontakten</translation>
    </message>
    <message>
        <source>same name and phone as {name}, already in your contacts</source>
        <translation>gleicher Name und gleiches Telefon wie {name}, schon in Ihren Kontakten</translation>
    </message>
    <message>
        <source>same name and company as {name}, already in your contacts</source>
        <translation>gleicher Name und gleiche Firma wie {name}, schon in Ihren Kontakten</translation>
    </message>
    <message>
        <source>same name (no company) as {name}, already in your contacts</source>
        <translation>gleicher Name (ohne Firma) wie {name}, schon in Ihren Kontakten</translation>
    </message>
    <message>
        <source>same e-mail as line {line}</source>
        <translation>gleiche E-Mail wie Zeile {line}</translation>
    </message>
    <message>
        <source>same profile URL as line {line}</source>
        <translation>gleiche Profil-URL wie Zeile {line}</translation>
    </message>
    <message>
        <source>same name and phone as line {line}</source>
        <translation>gleicher Name und gleiches Telefon wie Zeile {line}</translation>
    </message>
    <message>
        <source>same name and company as line {line}</source>
        <translation>gleicher Name und gleiche Firma wie Zeile {line}</translation>
    </message>
    <message>
        <source>same name (no company) as line {line}</source>
        <translation>gleicher Name (ohne Firma) wie Zeile {line}</translation>
    </message>
</context>
<context>
    <name>store.imports</name>
    <message>
        <source>There is no import number {batch_id}.</source>
        <translation>Es gibt keinen Import mit der Nummer {batch_id}.</translation>
    </message>
    <message>
        <source>Import {batch_id} is not recorded (no import has that number), so it cannot be undone.</source>
        <translation>Import {batch_id} ist nicht verzeichnet (kein Import hat diese Nummer) und kann daher nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>store.key_date_marks</name>
    <message>
        <source>{what}: {name}</source>
        <comment>Birthday: Ada Lovelace</comment>
        <translation>{what}: {name}</translation>
    </message>
</context>
<context>
    <name>store.notes</name>
    <message>
        <source>&quot;{channel}&quot; is not a channel ({detail}).</source>
        <translation>„{channel}“ ist kein Kanal ({detail}).</translation>
    </message>
    <message>
        <source>&quot;{outcome}&quot; is not an outcome ({detail}).</source>
        <translation>„{outcome}“ ist kein Ergebnis ({detail}).</translation>
    </message>
    <message>
        <source>&quot;{action}&quot; is not one of {detail}.</source>
        <translation>„{action}“ ist nicht eines von {detail}.</translation>
    </message>
    <message>
        <source>A follow-up can only be replaced by a next step planned here: plan one, or choose &quot;Done&quot; or &quot;Keep open&quot; for it.</source>
        <translation>Ein Follow-up kann nur durch einen hier geplanten nächsten Schritt ersetzt werden: Planen Sie einen, oder wählen Sie dafür „Durch diese Interaktion erledigt“ oder „Offen lassen“.</translation>
    </message>
    <message>
        <source>Plan a next step, or say why there is none (for example &quot;bought elsewhere, confirmed by phone&quot;).</source>
        <translation>Planen Sie einen nächsten Schritt oder sagen Sie, warum es keinen gibt (zum Beispiel „woanders gekauft, telefonisch bestätigt“).</translation>
    </message>
    <message>
        <source>Either plan a next step or give a reason for none, not both.</source>
        <translation>Planen Sie entweder einen nächsten Schritt oder nennen Sie einen Grund für keinen, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;{channel}&quot; is not a channel.</source>
        <translation>„{channel}“ ist kein Kanal.</translation>
    </message>
    <message>
        <source>Whose move it is must be &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>Wer am Zug ist, muss „mine“ (ich) oder „theirs“ (Kontakt) sein.</translation>
    </message>
    <message>
        <source>That contact no longer exists; the note was not saved.</source>
        <translation>Diesen Kontakt gibt es nicht mehr; die Notiz wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>That follow-up belongs to another contact.</source>
        <translation>Dieses Follow-up gehört zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The follow-up is already {status}; nothing was changed.</source>
        <translation>Das Follow-up ist bereits {status}; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>store.open_checks</name>
    <message>
        <source>The database {path} cannot be read ({detail}).</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database (it is not a SQLite file). It was left untouched.</source>
        <translation>{path} ist keine Datenbank von Follow-up Desktop (es ist keine SQLite-Datei). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Follow-up Desktop (data version {version}; this version understands up to {newest}). Update the app to open it; the file was not changed.</source>
        <translation>Die Datenbank {path} wurde von einer neueren Version von Follow-up Desktop geschrieben (Datenversion {version}; diese Version versteht bis {newest}). Aktualisieren Sie die App, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file holding other tables (or the file {wal} beside it comes from another database). It was left untouched.</source>
        <translation>{path} ist keine Datenbank von Follow-up Desktop: Es ist eine SQLite-Datei mit anderen Tabellen (oder die Datei {wal} daneben stammt aus einer anderen Datenbank). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file holding other tables. It was left untouched.</source>
        <translation>{path} ist keine Datenbank von Follow-up Desktop: Es ist eine SQLite-Datei mit anderen Tabellen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes), though there are backups of your data in {folder}. It was left as it is, so a backup can be restored in its place.</source>
        <translation>Die Datenbank {path} ist leer (0 Byte), obwohl es in {folder} Sicherungen Ihrer Daten gibt. Sie wurde so belassen, damit eine Sicherung an ihrer Stelle wiederhergestellt werden kann.</translation>
    </message>
</context>
<context>
    <name>store.personal</name>
    <message>
        <source>A contact has one birthday.</source>
        <translation>Ein Kontakt hat einen Geburtstag.</translation>
    </message>
    <message>
        <source>A contact has one customer since date.</source>
        <translation>Ein Kontakt hat ein Datum „Kunde seit“.</translation>
    </message>
    <message>
        <source>A contact has one work address.</source>
        <translation>Ein Kontakt hat eine Geschäftsadresse.</translation>
    </message>
    <message>
        <source>A contact has one home address.</source>
        <translation>Ein Kontakt hat eine Privatadresse.</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <source>Unknown kind of address: {kind}.</source>
        <translation>Unbekannte Art von Adresse: {kind}.</translation>
    </message>
    <message>
        <source>A thing to remember needs some words.</source>
        <translation>Etwas zum Merken braucht ein paar Worte.</translation>
    </message>
</context>
<context>
    <name>store.recovery</name>
    <message>
        <source>There is no backup file at {source}.</source>
        <translation>Unter {source} gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>{source} is damaged ({exc}); it cannot be restored.</source>
        <translation>{source} ist beschädigt ({exc}); die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup {source} was written by a newer version of Follow-up Desktop; update the app to restore it. Nothing changed.</source>
        <translation>Die Sicherung {source} wurde von einer neueren Version von Follow-up Desktop geschrieben; aktualisieren Sie die App, um sie wiederherzustellen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{source} is an empty database, not a Follow-up Desktop backup.</source>
        <translation>{source} ist eine leere Datenbank, keine Sicherung von Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another program; close it and try again. Nothing changed.</source>
        <translation>Die Datenbank {db_path} wird von einem anderen Programm verwendet; schließen Sie es und versuchen Sie es erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another program ({exc}); close it and try again. Nothing changed.</source>
        <translation>Die Datenbank {db_path} wird von einem anderen Programm verwendet ({exc}); schließen Sie es und versuchen Sie es erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That file is the database in use; choose a backup instead.</source>
        <translation>Diese Datei ist die verwendete Datenbank; wählen Sie stattdessen eine Sicherung.</translation>
    </message>
    <message>
        <source>{source} is damaged, so it cannot be restored ({exc}).</source>
        <translation>{source} ist beschädigt und kann daher nicht wiederhergestellt werden ({exc}).</translation>
    </message>
    <message>
        <source>The backup {source} is from an older version and could not be brought up to date ({exc}). Nothing changed.</source>
        <translation>Die Sicherung {source} stammt aus einer älteren Version und konnte nicht aktualisiert werden ({exc}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({detail}). Nothing changed.</source>
        <translation>Die Sicherung konnte nicht an ihren Platz gebracht werden ({detail}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The damaged database {db_path} could not be moved aside ({detail}); it was left where it is.</source>
        <translation>Die beschädigte Datenbank {db_path} konnte nicht beiseitegelegt werden ({detail}); sie blieb, wo sie ist.</translation>
    </message>
</context>
<context>
    <name>store.referrals</name>
    <message>
        <source>Thank them for the referral: {name}</source>
        <translation>Für die Empfehlung bedanken: {name}</translation>
    </message>
</context>
<context>
    <name>store.safe_copy</name>
    <message>
        <source>The disk is full, so the backup to {dest} could not be written. Nothing changed.</source>
        <translation>Der Datenträger ist voll, daher konnte die Sicherung nach {dest} nicht geschrieben werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup to {dest} failed: the database is damaged.</source>
        <translation>Die Sicherung nach {dest} ist fehlgeschlagen: Die Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup to {dest} failed ({detail}). Nothing changed.</source>
        <translation>Die Sicherung nach {dest} ist fehlgeschlagen ({detail}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database.</source>
        <translation>{path} ist keine Datenbank von Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>Die Kopie hat die Integritätsprüfung nicht bestanden ({detail}); die Datenbank selbst ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>store.schema_check</name>
    <message numerus="yes">
        <source>{shown} and %n more</source>
        <extracomment>{shown} and %n more</extracomment>
        <translation>
            <numerusform>{shown} und %n weiteres</numerusform>
            <numerusform>{shown} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file, but it lacks what Follow-up Desktop keeps its data in ({shown}). It was left untouched.</source>
        <translation>{path} ist keine Datenbank von Follow-up Desktop: Es ist eine SQLite-Datei, aber ihr fehlt, worin Follow-up Desktop seine Daten ablegt ({shown}). Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>store.series</name>
    <message>
        <source>Series stopped</source>
        <translation>Serie gestoppt</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Diese Serie gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Step {n}: &quot;{channel}&quot; is not a channel.</source>
        <translation>Schritt {n}: „{channel}“ ist kein Kanal.</translation>
    </message>
    <message>
        <source>There is already a series called &quot;{name}&quot;.</source>
        <translation>Es gibt bereits eine Serie namens „{name}“.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is built in: edit its steps instead.</source>
        <translation>„{name}“ ist vorgegeben: Bearbeiten Sie stattdessen die Schritte.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; thanks whoever referred {display_name}, but no referrer is set: edit the contact and fill in Referred by.</source>
        <translation>„{name}“ bedankt sich bei dem, der {display_name} empfohlen hat, aber es ist kein Empfehlungsgeber eingetragen: Bearbeiten Sie den Kontakt und füllen Sie „Empfohlen von“ aus.</translation>
    </message>
    <message>
        <source>{reason}: {name}</source>
        <comment>Thank them for the referral: Ann Lee</comment>
        <translation>{reason}: {name}</translation>
    </message>
</context>
<context>
    <name>store.sqlite_errors</name>
    <message>
        <source>The database {path} is locked by another program. Close the other program (or the other Follow-up Desktop window) and try again.</source>
        <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm (oder das andere Follow-up-Desktop-Fenster) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file's permissions; nothing was changed.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. Prüfen Sie die Berechtigungen der Datei; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({exc}). It was left untouched.</source>
        <translation>Die Datenbank {path} ist beschädigt ({exc}). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({exc}).</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden ({exc}).</translation>
    </message>
    <message>
        <source>The database {path} could not be used: {exc}</source>
        <translation>Die Datenbank {path} konnte nicht verwendet werden: {exc}</translation>
    </message>
    <message>
        <source>The database {path} is damaged (its pages hold bytes that are not text). It was left untouched.</source>
        <translation>Die Datenbank {path} ist beschädigt (ihre Seiten enthalten Bytes, die kein Text sind). Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>store.talking_points</name>
    <message>
        <source>&quot;{kind}&quot; is not a kind of talking point.</source>
        <translation>„{kind}“ ist keine Art von Gesprächspunkt.</translation>
    </message>
    <message>
        <source>The message is empty: write what you would say.</source>
        <translation>Die Nachricht ist leer: Schreiben Sie, was Sie sagen würden.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Dieses Follow-up gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>store.timeline</name>
    <message>
        <source>{channel}, {outcome}</source>
        <comment>call, reached</comment>
        <translation>{channel}, {outcome}</translation>
    </message>
</context>
</TS>
