<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.import_export.export_dialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>&amp;Archivierte Kontakte einbeziehen</translation>
    </message>
    <message>
        <source>CSV: {explanation}</source>
        <translation>CSV: {explanation}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>contacts.{extension}</source>
        <translation>Kontakte.{extension}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Kontakte werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {path}.</source>
        <extracomment>Exported %n contact to {path}.</extracomment>
        <translation>
            <numerusform>%n Kontakt nach {path} exportiert.</numerusform>
            <numerusform>%n Kontakte nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.first_contact</name>
    <message>
        <source>Plan first contact</source>
        <translation>Erstkontakt planen</translation>
    </message>
    <message numerus="yes">
        <source>Plan a first follow-up for each of the %n new contacts without a next step: a call (an e-mail when there is only an address), spread over the next working days. You can undo this (Ctrl+Z).</source>
        <extracomment>Plan a first follow-up for the %n new contact without a next step: a call (an e-mail when there is only an address), on the next working day. You can undo this (Ctrl+Z).</extracomment>
        <translation>
            <numerusform>Ein erstes Follow-up für den %n neuen Kontakt ohne nächsten Schritt planen: einen Anruf (eine E-Mail, wenn nur eine Adresse da ist) am nächsten Werktag. Sie können das rückgängig machen (Strg+Z).</numerusform>
            <numerusform>Ein erstes Follow-up für jeden der %n neuen Kontakte ohne nächsten Schritt planen: einen Anruf (eine E-Mail, wenn nur eine Adresse da ist), verteilt auf die nächsten Werktage. Sie können das rückgängig machen (Strg+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Plan them</source>
        <translation>Planen</translation>
    </message>
    <message numerus="yes">
        <source>Plan first contact for %n new contacts</source>
        <extracomment>Plan first contact for %n new contact</extracomment>
        <translation>
            <numerusform>Erstkontakt für %n neuen Kontakt planen</numerusform>
            <numerusform>Erstkontakt für %n neue Kontakte planen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.ics_export_choices</name>
    <message>
        <source>Next 2 weeks</source>
        <translation>Nächste 2 Wochen</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Alle offenen Follow-ups</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Mine and theirs</source>
        <translation>Ich und Kontakt am Zug</translation>
    </message>
    <message>
        <source>Only my move</source>
        <translation>Nur: Ich bin am Zug</translation>
    </message>
    <message>
        <source>Only their move</source>
        <translation>Nur: Kontakt ist am Zug</translation>
    </message>
    <message>
        <source>Outlook keeps these reminders. Google Calendar ignores reminders in imported files and uses the calendar's default notifications instead.</source>
        <translation>Outlook übernimmt diese Erinnerungen. Google Kalender ignoriert Erinnerungen in importierten Dateien und verwendet stattdessen die Standardbenachrichtigungen des Kalenders.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>last export {when}</source>
        <translation>letzter Export {when}</translation>
    </message>
    <message>
        <source>nothing exported yet</source>
        <translation>noch nichts exportiert</translation>
    </message>
    <message>
        <source>Only what changed since the last export ({last})</source>
        <translation>Nur Änderungen seit dem letzten Export ({last})</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>after a number of minutes in a spin box</comment>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>How long a follow-up with a time blocks your calendar</source>
        <translation>Wie lange ein Follow-up mit Uhrzeit Ihren Kalender belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <extracomment>%n minute before</extracomment>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>zu Beginn</translation>
    </message>
    <message>
        <source>Include reminders ({when}; 09:00 the day before all-day)</source>
        <translation>Erinnerungen einfügen ({when}; ganztägige um 09:00 am Vortag)</translation>
    </message>
    <message>
        <source>Include birthdays and anniversaries (yearly all-day events, shown as free)</source>
        <translation>Geburtstage und Jahrestage einfügen (jährlich, ganztägig, als frei angezeigt)</translation>
    </message>
    <message>
        <source>Outlook: import into a separate calendar named</source>
        <translation>Outlook: in einen eigenen Kalender importieren namens</translation>
    </message>
</context>
<context>
    <name>ui.import_export.ics_export_dialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Die Kalenderdatei wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Kalenderdatei wird geschrieben …</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>&amp;Follow-ups:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>&amp;Whose move:</source>
        <translation>&amp;Am Zug:</translation>
    </message>
    <message>
        <source>Timed events &amp;last:</source>
        <translation>Termine mit Uhrzeit &amp;dauern:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>No follow-ups new or changed since the last export match; there is nothing to export.</source>
        <translation>Keine Follow-ups sind seit dem letzten Export neu oder geändert; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>No follow-ups match; there is nothing to export.</source>
        <translation>Keine Follow-ups passen; es gibt nichts zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n events will be written, {removals} of them to withdraw follow-ups that are done, cancelled, deleted, archived or no longer in scope.</source>
        <extracomment>%n event will be written, {removals} of them to withdraw follow-ups that are done, cancelled, deleted, archived or no longer in scope.</extracomment>
        <translation>
            <numerusform>%n Termin wird geschrieben, davon {removals} zum Zurückziehen von Follow-ups, die erledigt, gestrichen, gelöscht, archiviert oder nicht mehr ausgewählt sind.</numerusform>
            <numerusform>%n Termine werden geschrieben, davon {removals} zum Zurückziehen von Follow-ups, die erledigt, gestrichen, gelöscht, archiviert oder nicht mehr ausgewählt sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events will be written.</source>
        <extracomment>%n event will be written.</extracomment>
        <translation>
            <numerusform>%n Termin wird geschrieben.</numerusform>
            <numerusform>%n Termine werden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Outlook (Windows): File → Open &amp; Export → Import/Export → “Import an iCalendar (.ics) or vCalendar file (.vcs)” → Next → choose the file → Import. Not “Open Calendar”: that opens the file as a calendar of its own, and every later file would become another one. Outlook matches events by UID and keeps the highest SEQUENCE, so a later file moves changed follow-ups and marks closed ones “Done:” or “Cancelled:”.

Google Calendar: import into a calendar kept for follow-ups. Create it once: Settings → Add calendar → Create new calendar → “Follow-ups”. Then Settings → Import &amp; export → Import, choose the file and that calendar. Google adds new events but ignores a later file's changes and removals of events it already has; to bring it up to date, delete the Follow-ups calendar, create it again and import a full export (without “Only what changed”).

The separate calendar name is used by Outlook only.</source>
        <translation>Outlook (Windows): Datei → Öffnen und exportieren → Importieren/Exportieren → „iCalendar- (.ics) oder vCalendar-Datei (.vcs) importieren“ → Weiter → Datei wählen → Importieren. Nicht „Kalender öffnen“: Das öffnet die Datei als eigenen Kalender, und jede spätere Datei würde ein weiterer. Outlook erkennt Termine an ihrer UID und behält die höchste SEQUENCE, daher verschiebt eine spätere Datei geänderte Follow-ups und kennzeichnet abgeschlossene mit „Erledigt:“ oder „Gestrichen:“.

Google Kalender: in einen eigenen Kalender für Follow-ups importieren. Legen Sie ihn einmal an: Einstellungen → Kalender hinzufügen → Neuen Kalender erstellen → „Follow-ups“. Dann Einstellungen → Importieren &amp; exportieren → Importieren, Datei und diesen Kalender wählen. Google fügt neue Termine hinzu, ignoriert aber Änderungen und Entfernungen bereits vorhandener Termine in einer späteren Datei; um ihn zu aktualisieren, löschen Sie den Follow-ups-Kalender, legen ihn neu an und importieren einen vollständigen Export (ohne „Nur Änderungen“).

Der Name für einen eigenen Kalender wird nur von Outlook verwendet.</translation>
    </message>
    <message>
        <source>follow-up-{number}.ics</source>
        <translation>follow-up-{number}.ics</translation>
    </message>
    <message>
        <source>That follow-up is closed or no longer exists, and no calendar file held it, so there is nothing to add.</source>
        <translation>Dieses Follow-up ist abgeschlossen oder existiert nicht mehr, und keine Kalenderdatei enthielt es; es gibt also nichts hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_commands</name>
    <message numerus="yes">
        <source>Import of %n contacts from {file}</source>
        <extracomment>Import of %n contact from {file}</extracomment>
        <translation>
            <numerusform>Import von %n Kontakt aus {file}</numerusform>
            <numerusform>Import von %n Kontakten aus {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing this import would also delete {work}.

A backup of your data is taken first, so File → Restore from backup… can bring it back.

Undo the import anyway?</source>
        <translation>Wenn Sie diesen Import rückgängig machen, wird auch {work} gelöscht.

Vorher wird eine Sicherung Ihrer Daten erstellt, sodass Datei → Aus Sicherung wiederherstellen… alles zurückholen kann.

Import trotzdem rückgängig machen?</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_model</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Vorhandenen aktualisieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Add to line {line}</source>
        <translation>Zu Zeile {line} hinzufügen</translation>
    </message>
    <message>
        <source>{category} (default)</source>
        <translation>{category} (Standard)</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_pages</name>
    <message>
        <source>&lt;b&gt;Your LinkedIn connections:&lt;/b&gt; on LinkedIn open &lt;i&gt;Me → Settings &amp;amp; Privacy → Data privacy → Get a copy of your data&lt;/i&gt;, choose &lt;i&gt;Connections&lt;/i&gt; and &lt;i&gt;Request archive&lt;/i&gt;. LinkedIn e-mails you a link (usually within minutes); download the ZIP, unzip it and choose &lt;b&gt;Connections.csv&lt;/b&gt; here. LinkedIn leaves out most e-mail addresses, so people are recognised by their profile URL.</source>
        <translation>&lt;b&gt;Ihre LinkedIn-Kontakte:&lt;/b&gt; Öffnen Sie auf LinkedIn &lt;i&gt;Sie → Einstellungen &amp;amp; Datenschutz → Datenschutz → Kopie Ihrer Daten anfordern&lt;/i&gt;, wählen Sie &lt;i&gt;Kontakte&lt;/i&gt; und &lt;i&gt;Archiv anfordern&lt;/i&gt;. LinkedIn schickt Ihnen einen Link per E-Mail (meist innerhalb von Minuten); laden Sie die ZIP-Datei herunter, entpacken Sie sie und wählen Sie hier &lt;b&gt;Connections.csv&lt;/b&gt;. LinkedIn lässt die meisten E-Mail-Adressen weg, daher werden Personen an ihrer Profil-URL erkannt.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>A contacts export from Outlook, Google Contacts or LinkedIn, a vCard file from a phone, or any spreadsheet saved as CSV. The format is recognised from the content.</source>
        <translation>Ein Kontaktexport aus Outlook, Google Kontakte oder LinkedIn, eine vCard-Datei vom Telefon oder eine als CSV gespeicherte Tabelle. Das Format wird am Inhalt erkannt.</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>kontakte.csv oder kontakte.vcf</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Which column is what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>This CSV is not an Outlook or Google export. Tell us what each column holds; the choice is remembered for files with the same columns.</source>
        <translation>Diese CSV-Datei ist kein Export aus Outlook oder Google. Geben Sie an, was jede Spalte enthält; die Wahl wird für Dateien mit denselben Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(weglassen)</translation>
    </message>
    <message>
        <source>Choose at least a name, company or e-mail column.</source>
        <translation>Wählen Sie mindestens eine Spalte für Name, Firma oder E-Mail.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Es wird nichts geschrieben, bis Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplikate:</translation>
    </message>
    <message>
        <source>Category when the file's &amp;categories are not ours:</source>
        <translation>Kategorie, wenn die &amp;Kategorien der Datei unbekannt sind:</translation>
    </message>
    <message>
        <source>Categories in the file:</source>
        <translation>Kategorien in der Datei:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>%n row</extracomment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>%n new</extracomment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <extracomment>%n duplicate</extracomment>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <extracomment>%n invalid</extracomment>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {counts}</source>
        <translation>{rows}: {counts}</translation>
    </message>
    <message>
        <source>Dates such as 3/4/1980 are read as {order}.</source>
        <translation>Daten wie 3/4/1980 werden als {order} gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>and %n more</extracomment>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>none (every contact goes to {category})</source>
        <translation>keine (jeder Kontakt kommt in {category})</translation>
    </message>
    <message>
        <source>Pressing Import will add {contacts}, update {update}, merge {merge} into rows above, skip {skip} and leave out {invalid}.</source>
        <translation>Importieren fügt {contacts} hinzu, aktualisiert {update}, führt {merge} mit Zeilen darüber zusammen, überspringt {skip} und lässt {invalid} weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows</source>
        <extracomment>%n invalid row</extracomment>
        <translation>
            <numerusform>%n ungültige Zeile</numerusform>
            <numerusform>%n ungültige Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_wizard</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Cancelled. Press Back to choose another file.</source>
        <translation>Abgebrochen. Klicken Sie auf Zurück, um eine andere Datei zu wählen.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contacts and updated {updated}. {skipped} skipped, {invalid} invalid.</source>
        <extracomment>Imported %n new contact and updated {updated}. {skipped} skipped, {invalid} invalid.</extracomment>
        <translation>
            <numerusform>%n neuer Kontakt importiert und {updated} aktualisiert. Übersprungen: {skipped}, ungültig: {invalid}.</numerusform>
            <numerusform>%n neue Kontakte importiert und {updated} aktualisiert. Übersprungen: {skipped}, ungültig: {invalid}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan first contact for the %n new contacts…</source>
        <extracomment>&amp;Plan first contact for the %n new contact…</extracomment>
        <translation>
            <numerusform>Erstkontakt für %n neuen Kontakt &amp;planen…</numerusform>
            <numerusform>Erstkontakt für die %n neuen Kontakte &amp;planen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: the %n contacts it added were removed.</source>
        <extracomment>The import was undone: the %n contact it added was removed.</extracomment>
        <translation>
            <numerusform>Der Import wurde rückgängig gemacht: Der hinzugefügte Kontakt wurde entfernt.</numerusform>
            <numerusform>Der Import wurde rückgängig gemacht: Die %n hinzugefügten Kontakte wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contacts it updated are as they were.</source>
        <extracomment>The %n contact it updated is as it was.</extracomment>
        <translation>
            <numerusform>Der aktualisierte Kontakt ist wie vorher.</numerusform>
            <numerusform>Die %n aktualisierten Kontakte sind wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it removed is kept in the backup {path}.</source>
        <translation>Was er entfernt hat, bleibt in der Sicherung {path} erhalten.</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>Der Import wurde nicht rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ui.import_export.progress_row</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ui.import_export.run_page</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
</TS>
