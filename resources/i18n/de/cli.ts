<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>interrupted; nothing after the last saved step was written.</source>
        <translation>abgebrochen; nach dem zuletzt gespeicherten Schritt wurde nichts mehr geschrieben.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Die Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
        <source>replace the file even when it is read-only</source>
        <translation>die Datei auch ersetzen, wenn sie schreibgeschützt ist</translation>
    </message>
    <message>
        <source>There is no category named “{name}” (there are: {known}).</source>
        <translation>Es gibt keine Kategorie „{name}“ (vorhanden sind: {known}).</translation>
    </message>
    <message>
        <source>the output was closed before everything was written.</source>
        <translation>die Ausgabe wurde geschlossen, bevor alles geschrieben war.</translation>
    </message>
    <message>
        <source>there was not enough memory to finish; nothing more was written.</source>
        <translation>der Arbeitsspeicher reichte nicht aus; es wurde nichts mehr geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desktop did not expect ({error}). What was saved before is safe; nothing after the last saved step was written.</source>
        <translation>Etwas Unerwartetes ist in Follow-up Desktop passiert ({error}). Was vorher gespeichert war, ist sicher; nach dem zuletzt gespeicherten Schritt wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>To go back to a backup from {folder}: followup-desktop restore FILE</source>
        <translation>Um eine Sicherung aus {folder} zurückzuholen: followup-desktop restore DATEI</translation>
    </message>
</context>
<context>
    <name>cli.argparse_words</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert: %(value)r (%(type)s erwartet)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente ist nötig: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli.backup</name>
    <message>
        <source>write a verified copy of the database (default: into the backups folder)</source>
        <translation>eine geprüfte Kopie der Datenbank schreiben (Standard: in den Sicherungsordner)</translation>
    </message>
    <message>
        <source>write the backup to FILE instead</source>
        <translation>die Sicherung stattdessen nach FILE schreiben</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current data is backed up first)</source>
        <translation>die Datenbank durch eine Sicherung ersetzen (die aktuellen Daten werden vorher gesichert)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>there is no database in {folder} yet; nothing to back up.</source>
        <translation>in {folder} gibt es noch keine Datenbank; nichts zu sichern.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name (nothing was overwritten).</source>
        <translation>{file} existiert bereits; wählen Sie einen anderen Namen (nichts wurde überschrieben).</translation>
    </message>
    <message>
        <source>Backed up to {file} ({summary}); checked: ok.</source>
        <translation>Gesichert nach {file} ({summary}); geprüft: in Ordnung.</translation>
    </message>
    <message>
        <source>Follow-up Desktop is open on this data folder (process {pid}); close it first, or use File &gt; Restore from backup in the window.</source>
        <translation>Follow-up Desktop ist mit diesem Datenordner geöffnet (Prozess {pid}); schließen Sie es zuerst, oder verwenden Sie im Fenster Datei &gt; Aus Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored {file} ({summary}).</source>
        <translation>{file} wiederhergestellt ({summary}).</translation>
    </message>
    <message>
        <source>The data it replaced was backed up to {file}.</source>
        <translation>Die ersetzten Daten wurden nach {file} gesichert.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside to {file}.</source>
        <translation>Die beschädigte Datenbank wurde nach {file} verschoben.</translation>
    </message>
</context>
<context>
    <name>cli.demo</name>
    <message>
        <source>fill the database with realistic, deterministic sample data</source>
        <translation>die Datenbank mit realistischen, reproduzierbaren Beispieldaten füllen</translation>
    </message>
    <message>
        <source>how many contacts (default 200)</source>
        <translation>wie viele Kontakte (Standard 200)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>Startwert des Zufalls (Standard 1)</translation>
    </message>
    <message>
        <source>add to a database that already holds contacts</source>
        <translation>auch zu einer Datenbank hinzufügen, die schon Kontakte enthält</translation>
    </message>
    <message>
        <source>--contacts cannot be negative.</source>
        <translation>--contacts darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>cli.export_contacts</name>
    <message>
        <source>export contacts as CSV or vCard 3.0</source>
        <translation>Kontakte als CSV oder vCard 3.0 exportieren</translation>
    </message>
    <message>
        <source>default: csv</source>
        <translation>Standard: csv</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>only the contacts of this category</source>
        <translation>nur die Kontakte dieser Kategorie</translation>
    </message>
    <message>
        <source>also export archived contacts</source>
        <translation>auch archivierte Kontakte exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {file}.</source>
        <extracomment>Exported %n contact to {file}.</extracomment>
        <translation>
            <numerusform>%n Kontakt nach {file} exportiert.</numerusform>
            <numerusform>%n Kontakte nach {file} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.export_ics</name>
    <message>
        <source>write follow-ups as an .ics file for Outlook or Google Calendar</source>
        <translation>Follow-ups als .ics-Datei für Outlook oder Google Kalender schreiben</translation>
    </message>
    <message>
        <source>Write follow-ups as an .ics calendar file (default: every open follow-up).</source>
        <translation>Follow-ups als .ics-Kalenderdatei schreiben (Standard: jedes offene Follow-up).</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>die zu schreibende .ics-Datei</translation>
    </message>
    <message>
        <source>first due date (YYYY-MM-DD)</source>
        <translation>erstes Fälligkeitsdatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>last due date (YYYY-MM-DD)</source>
        <translation>letztes Fälligkeitsdatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>only contacts in this category (repeat for several)</source>
        <translation>nur Kontakte dieser Kategorie (für mehrere wiederholen)</translation>
    </message>
    <message>
        <source>only what changed since it was exported, plus what is new: {rule}</source>
        <translation>nur was sich seit dem Export geändert hat, dazu das Neue: {rule}</translation>
    </message>
    <message>
        <source>only follow-ups where it is my move</source>
        <translation>nur Follow-ups, bei denen ich am Zug bin</translation>
    </message>
    <message>
        <source>only follow-ups where I wait for them</source>
        <translation>nur Follow-ups, bei denen der Kontakt am Zug ist</translation>
    </message>
    <message>
        <source>add a reminder to every event</source>
        <translation>jedem Termin eine Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>also birthdays and anniversaries, as yearly all-day events shown as free</source>
        <translation>auch Geburtstage und Jahrestage, als jährliche ganztägige Termine, als frei angezeigt</translation>
    </message>
    <message>
        <source>ask the calendar to import into a separate calendar of this name</source>
        <translation>den Kalender bitten, in einen eigenen Kalender dieses Namens zu importieren</translation>
    </message>
    <message>
        <source>time zone the due times are in, e.g. Europe/Berlin (default: this computer's)</source>
        <translation>Zeitzone der Fälligkeitszeiten, z. B. Europe/Berlin (Standard: die dieses Computers)</translation>
    </message>
    <message>
        <source>{option} “{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} „{value}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}.</source>
        <translation>--to {end} liegt vor --from {start}.</translation>
    </message>
    <message>
        <source>follow-ups.ics</source>
        <translation>follow-ups.ics</translation>
    </message>
    <message>
        <source>{folder} is a folder; give a file name such as {example}.</source>
        <translation>{folder} ist ein Ordner; geben Sie einen Dateinamen an, etwa {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>No follow-ups new or changed since the last export match; {file} was not written.</source>
        <translation>Keine Follow-ups sind seit dem letzten Export neu oder geändert; {file} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>No follow-ups match; {file} was not written.</source>
        <translation>Keine Follow-ups passen; {file} wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>cli.import_contacts</name>
    <message>
        <source>import contacts from a CSV (Outlook, Google, any) or vCard file</source>
        <translation>Kontakte aus einer CSV-Datei (Outlook, Google, beliebig) oder vCard importieren</translation>
    </message>
    <message>
        <source>Import contacts. The format is read from the content, not the extension.</source>
        <translation>Kontakte importieren. Das Format wird am Inhalt erkannt, nicht an der Endung.</translation>
    </message>
    <message>
        <source>the CSV or vCard (.vcf) file</source>
        <translation>die CSV- oder vCard-Datei (.vcf)</translation>
    </message>
    <message>
        <source>category for contacts whose categories in the file match none of ours (default: Prospects)</source>
        <translation>Kategorie für Kontakte, deren Kategorien in der Datei zu keiner unserer passen (Standard: Interessenten)</translation>
    </message>
    <message>
        <source>a row that is already a contact (same e-mail, else profile URL, else name and phone, else name and company): skip it (default), update the contact, or add it anyway</source>
        <translation>eine Zeile, die schon ein Kontakt ist (gleiche E-Mail, sonst Profil-URL, sonst Name und Telefon, sonst Name und Firma): überspringen (Standard), den Kontakt aktualisieren oder trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>how to read a date such as 3/4/1980 when the file does not show it (a value such as 15/3 or 3/15 decides for the whole file); dots are day.month</source>
        <translation>wie ein Datum wie 3/4/1980 gelesen wird, wenn die Datei es nicht zeigt (ein Wert wie 15/3 oder 3/15 entscheidet für die ganze Datei); Punkte sind Tag.Monat</translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation>zeigen, was passieren würde; nichts schreiben</translation>
    </message>
    <message>
        <source>undo an import (its number is printed by import)</source>
        <translation>einen Import rückgängig machen (seine Nummer gibt import aus)</translation>
    </message>
    <message>
        <source>the import's number</source>
        <translation>die Nummer des Imports</translation>
    </message>
    <message>
        <source>undo even when notes, follow-ups or edits made since with its contacts would be deleted too (a backup is taken first)</source>
        <translation>auch dann rückgängig machen, wenn seither erfasste Notizen, Follow-ups oder Änderungen an seinen Kontakten mitgelöscht würden (vorher wird gesichert)</translation>
    </message>
    <message>
        <source>the columns of “{file}” were not recognised ({columns}). Import it once with File → Import contacts… in the app to choose which column is what; the choice is remembered for files like it.</source>
        <translation>die Spalten von „{file}“ wurden nicht erkannt ({columns}). Importieren Sie die Datei einmal in der App mit Datei → Kontakte importieren…, um die Spalten zuzuordnen; die Wahl wird für ähnliche Dateien gemerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>%n row</extracomment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {about}</source>
        <translation>{file}: {about}</translation>
    </message>
    <message>
        <source>{line} (dry run: nothing was written)</source>
        <translation>{line} (Probelauf: nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Spalten: {columns}</translation>
    </message>
    <message>
        <source>Dates such as 3/4/1980 read as {order}</source>
        <translation>Daten wie 3/4/1980 gelesen als {order}</translation>
    </message>
    <message>
        <source>To undo: followup-desktop undo-import {number}</source>
        <translation>Rückgängig machen: followup-desktop undo-import {number}</translation>
    </message>
    <message>
        <source>nothing could be imported from this file.</source>
        <translation>aus dieser Datei konnte nichts importiert werden.</translation>
    </message>
    <message>
        <source>To undo it anyway, run: followup-desktop undo-import {number} --force (a backup of everything is taken first).</source>
        <translation>Um ihn trotzdem rückgängig zu machen: followup-desktop undo-import {number} --force (vorher wird alles gesichert).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n contacts and reverted {reverted}.</source>
        <extracomment>Removed %n contact and reverted {reverted}.</extracomment>
        <translation>
            <numerusform>%n Kontakt entfernt und {reverted} zurückgesetzt.</numerusform>
            <numerusform>%n Kontakte entfernt und {reverted} zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it deleted is kept in the backup {file}.</source>
        <translation>Was dabei gelöscht wurde, steht in der Sicherung {file}.</translation>
    </message>
</context>
<context>
    <name>cli.jogger</name>
    <message>
        <source>write the weekly follow-up list (the memory jogger) as a PDF</source>
        <translation>die Wochenliste der Follow-ups als PDF schreiben</translation>
    </message>
    <message>
        <source>Write one week's follow-up list as a PDF: what is due, grouped by category, with overdue items first, contacts with no next step and prompts. Each category starts on a new page unless --no-page-per-category is given (or the print preview's 'Start each category on a new page' box was unticked).</source>
        <translation>Die Follow-up-Liste einer Woche als PDF schreiben: was fällig ist, nach Kategorie gruppiert, Überfälliges zuerst, Kontakte ohne nächsten Schritt und Denkanstöße. Jede Kategorie beginnt auf einer neuen Seite, außer mit --no-page-per-category (oder wenn in der Druckvorschau das Kästchen für eine neue Seite je Kategorie abgewählt wurde).</translation>
    </message>
    <message>
        <source>leave out the contacts that have no next step planned</source>
        <translation>die Kontakte ohne geplanten nächsten Schritt weglassen</translation>
    </message>
    <message>
        <source>leave out the memory-jogger prompts</source>
        <translation>die Denkanstöße weglassen</translation>
    </message>
    <message>
        <source>start each category on a new page; --no-page-per-category packs the categories one after another to save paper (default: as last chosen in the print preview, else a new page per category)</source>
        <translation>jede Kategorie auf einer neuen Seite beginnen; --no-page-per-category druckt die Kategorien papiersparend hintereinander (Standard: wie zuletzt in der Druckvorschau gewählt, sonst eine neue Seite je Kategorie)</translation>
    </message>
    <message>
        <source>name printed in the header (default: saved)</source>
        <translation>im Kopf gedruckter Name (Standard: gespeichert)</translation>
    </message>
    <message>
        <source>{why} No PDF was written.</source>
        <translation>{why} Es wurde kein PDF geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <extracomment>%n to follow up</extracomment>
        <translation>
            <numerusform>%n nachzufassen</numerusform>
            <numerusform>%n nachzufassen</numerusform>
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
        <source>{due} ({overdue})</source>
        <translation>{due} ({overdue})</translation>
    </message>
    <message>
        <source>Wrote {file}: {week}, {due}, {pages}.</source>
        <translation>{file} geschrieben: {week}, {due}, {pages}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <extracomment>%n page</extracomment>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.printing</name>
    <message>
        <source>the week, e.g. 2026-W48 (default: this week; it starts on the locale's first day)</source>
        <translation>die Woche, z. B. 2026-W48 (Standard: diese Woche; sie beginnt am ersten Tag des Gebietsschemas)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>paper size (default: from the locale, Letter in the US and Canada, else A4)</source>
        <translation>Papierformat (Standard: nach Gebietsschema, Letter in den USA und Kanada, sonst A4)</translation>
    </message>
</context>
<context>
    <name>cli.review</name>
    <message>
        <source>write the weekly review (persistence pays, given up too early, the week's numbers) as a one-page PDF</source>
        <translation>den Wochenrückblick (Dranbleiben zahlt sich aus, zu früh aufgegeben, die Zahlen der Woche) als einseitiges PDF schreiben</translation>
    </message>
    <message>
        <source>Write one week's review as a one-page PDF: after how many attempts your contacts answered, which channels got replies, the prospects and referrals given up too early, and the week in numbers with the eight weeks before it.</source>
        <translation>Den Rückblick einer Woche als einseitiges PDF schreiben: nach wie vielen Versuchen Ihre Kontakte geantwortet haben, welche Kanäle Antworten brachten, die zu früh aufgegebenen Interessenten und Empfehlungen und die Woche in Zahlen mit den acht Wochen davor.</translation>
    </message>
    <message>
        <source>the history the charts cover: {periods} (default: {default})</source>
        <translation>der Zeitraum der Diagramme: {periods} (Standard: {default})</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n follow-ups done</source>
        <extracomment>{done}/%n follow-up done</extracomment>
        <translation>
            <numerusform>{done}/%n Follow-up erledigt</numerusform>
            <numerusform>{done}/%n Follow-ups erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: review of {week}, {done}, {replies}, {given_up}.</source>
        <translation>{file} geschrieben: Rückblick auf {week}, {done}, {replies}, {given_up}.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies charted</source>
        <extracomment>%n reply charted</extracomment>
        <translation>
            <numerusform>%n Antwort im Diagramm</numerusform>
            <numerusform>%n Antworten im Diagramm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up too early</source>
        <extracomment>%n given up too early</extracomment>
        <translation>
            <numerusform>%n zu früh aufgegeben</numerusform>
            <numerusform>%n zu früh aufgegeben</numerusform>
        </translation>
    </message>
</context>
</TS>
