<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>exchange.atomic</name>
    <message>
        <source>Cannot write {path} ({problem}); the file was left as it was.</source>
        <translation>{path} kann nicht geschrieben werden ({problem}); die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder} ({problem}); nothing was exported.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden ({problem}); es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>exchange.contacts_csv</name>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>Other web address</source>
        <translation>Weitere Webadresse</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Address ({kind})</source>
        <translation>Adresse ({kind})</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{name} is empty: there are no contacts in it.</source>
        <translation>{name} ist leer: Es sind keine Kontakte darin.</translation>
    </message>
    <message>
        <source>has {values} values but the header has {columns} columns (a value with an unquoted delimiter?)</source>
        <translation>hat {values} Werte, die Kopfzeile aber {columns} Spalten (ein Wert mit einem Trennzeichen ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <source>{name} has a header row but no contacts below it (line {line} is the last line).</source>
        <translation>{name} hat eine Kopfzeile, aber darunter keine Kontakte (Zeile {line} ist die letzte).</translation>
    </message>
    <message>
        <source>a quoted value opened on line {line} is never closed, so the rest of the file was read into it</source>
        <translation>ein in Zeile {line} geöffnetes Anführungszeichen wird nie geschlossen, daher wurde der Rest der Datei in diesen Wert gelesen</translation>
    </message>
</context>
<context>
    <name>exchange.csv_maps</name>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
</context>
<context>
    <name>exchange.detect</name>
    <message>
        <source>a ZIP archive (an Excel .xlsx or other Office file, or LinkedIn's data archive: unzip that and choose Connections.csv)</source>
        <translation>ein ZIP-Archiv (eine Excel-.xlsx- oder andere Office-Datei oder das Datenarchiv von LinkedIn: entpacken Sie es und wählen Sie Connections.csv)</translation>
    </message>
    <message>
        <source>an older Office document (.xls or .doc)</source>
        <translation>ein älteres Office-Dokument (.xls oder .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>{name} is empty: there are no contacts in it.</source>
        <translation>{name} ist leer: Es sind keine Kontakte darin.</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (line {line} contains binary data). Choose a CSV or vCard (.vcf) file.</source>
        <translation>{name} ist eine Binärdatei, kein Text (Zeile {line} enthält Binärdaten). Wählen Sie eine CSV- oder vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>„{file}“</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, pipe or socket). Choose a CSV or vCard (.vcf) file.</source>
        <translation>{path} ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket). Wählen Sie eine CSV- oder vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; Follow-up Desktop imports files of up to {limit} MB. Split it into smaller files (or export without photos) and import those.</source>
        <translation>{file} ist {size} MB groß; Follow-up Desktop importiert Dateien bis {limit} MB. Teilen Sie sie in kleinere Dateien auf (oder exportieren Sie ohne Fotos) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{name} is {what}, not a contacts file. Save or export it as CSV or vCard (.vcf) and import that.</source>
        <translation>{name} ist {what}, keine Kontaktdatei. Speichern oder exportieren Sie sie als CSV oder vCard (.vcf) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{first} nor {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>{name} is in an unknown text encoding: line {line} contains bytes that are not {encodings}. Save it as UTF-8 (for example from Excel: “CSV UTF-8”) and try again.</source>
        <translation>{name} hat eine unbekannte Textkodierung: Zeile {line} enthält Bytes, die sich nicht als {encodings} lesen lassen. Speichern Sie die Datei als UTF-8 (z. B. in Excel: „CSV UTF-8“) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>exchange.export</name>
    <message>
        <source>CSV (Outlook, Google, Excel)</source>
        <translation>CSV (Outlook, Google, Excel)</translation>
    </message>
    <message>
        <source>vCard 3.0</source>
        <translation>vCard 3.0</translation>
    </message>
    <message>
        <source>There is no category called “{category}” (there are: {known}).</source>
        <translation>Es gibt keine Kategorie „{category}“ (vorhanden sind: {known}).</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”; choose csv or vcf.</source>
        <translation>Unbekanntes Exportformat „{format}“; wählen Sie csv oder vcf.</translation>
    </message>
</context>
<context>
    <name>exchange.ics_event</name>
    <message>
        <source>yours</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>theirs (you are waiting for them)</source>
        <translation>Kontakt (Sie warten auf eine Antwort)</translation>
    </message>
    <message>
        <source>Follow up: {contact} – {reason}</source>
        <translation>Follow-up: {contact} – {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Anlass: {reason}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telefon: {value}</translation>
    </message>
    <message>
        <source>Email: {value}</source>
        <translation>E-Mail: {value}</translation>
    </message>
    <message>
        <source>Last interaction: {date}</source>
        <translation>Letzte Interaktion: {date}</translation>
    </message>
    <message>
        <source>Company: {company}</source>
        <translation>Firma: {company}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Kanal: {channel}</translation>
    </message>
    <message>
        <source>Whose move: {whose}</source>
        <translation>Am Zug: {whose}</translation>
    </message>
    <message>
        <source>The follow-up with {contact} is due on {date}, too far ahead for a calendar file. Change its date and export again; nothing was written.</source>
        <translation>Das Follow-up mit {contact} ist am {date} fällig, zu weit in der Zukunft für eine Kalenderdatei. Ändern Sie das Datum und exportieren Sie erneut; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>exchange.ics_export</name>
    <message>
        <source>{path} is a folder. Choose a file name ending in .ics.</source>
        <translation>{path} ist ein Ordner. Wählen Sie einen Dateinamen mit der Endung .ics.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} was not written. Free some space and try again; any earlier file was left as it was.</source>
        <translation>Der Datenträger ist voll, daher wurde {file} nicht geschrieben. Schaffen Sie Platz und versuchen Sie es erneut; eine frühere Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>You cannot write to {folder} (permission denied). Choose another folder; any earlier file was left as it was.</source>
        <translation>Sie dürfen nicht in {folder} schreiben (Zugriff verweigert). Wählen Sie einen anderen Ordner; eine frühere Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}); any earlier file was left as it was.</source>
        <translation>{path} konnte nicht geschrieben werden ({problem}); eine frühere Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>Der Ordner {folder} existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed</source>
        <extracomment>%n new or changed</extracomment>
        <translation>
            <numerusform>%n neu oder geändert</numerusform>
            <numerusform>%n neu oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn (done, cancelled, deleted or out of scope)</source>
        <extracomment>%n withdrawn (done, cancelled, deleted or out of scope)</extracomment>
        <translation>
            <numerusform>%n zurückgezogen (erledigt, gestrichen, gelöscht oder nicht mehr ausgewählt)</numerusform>
            <numerusform>%n zurückgezogen (erledigt, gestrichen, gelöscht oder nicht mehr ausgewählt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <extracomment>%n unchanged</extracomment>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to {path}.</source>
        <extracomment>Wrote %n event to {path}.</extracomment>
        <translation>
            <numerusform>%n Termin in {path} geschrieben.</numerusform>
            <numerusform>%n Termine in {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to {path}: {details}.</source>
        <extracomment>Wrote %n event to {path}: {details}.</extracomment>
        <translation>
            <numerusform>%n Termin in {path} geschrieben: {details}.</numerusform>
            <numerusform>%n Termine in {path} geschrieben: {details}.</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-ups-{date}.ics</source>
        <translation>follow-ups-{date}.ics</translation>
    </message>
</context>
<context>
    <name>exchange.ics_key_dates</name>
    <message>
        <source>{what}: {contact}</source>
        <translation>{what}: {contact}</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Besondere Daten</translation>
    </message>
</context>
<context>
    <name>exchange.ics_options</name>
    <message>
        <source>This computer's time zone could not be determined. Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again.</source>
        <translation>Die Zeitzone dieses Computers ist nicht bekannt. Setzen Sie die Umgebungsvariable TZ (z. B. TZ=Europe/Berlin) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer's time zone could not be determined ({problem}). Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again.</source>
        <translation>Die Zeitzone dieses Computers ist nicht bekannt ({problem}). Setzen Sie die Umgebungsvariable TZ (z. B. TZ=Europe/Berlin) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (try e.g. Europe/Berlin).</source>
        <translation>„{zone}“ ist kein Zeitzonenname (z. B. Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>exchange.output</name>
    <message>
        <source>{path} cannot be checked ({problem}).</source>
        <translation>{path} kann nicht geprüft werden ({problem}).</translation>
    </message>
    <message>
        <source>{path} is a symbolic link (to {target}); it was left as it was. Choose the file itself or another name.</source>
        <translation>{path} ist eine symbolische Verknüpfung (auf {target}); sie blieb unverändert. Wählen Sie die Datei selbst oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to write to.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, pipe or socket); nothing was written to it. Choose a file name.</source>
        <translation>{path} ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket); es wurde nichts hineingeschrieben. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it was left as it was. Choose another name, or replace it anyway (on the command line: add --force).</source>
        <translation>{path} ist schreibgeschützt und blieb daher unverändert. Wählen Sie einen anderen Namen oder ersetzen Sie die Datei trotzdem (auf der Kommandozeile: --force anfügen).</translation>
    </message>
</context>
<context>
    <name>exchange.vcard</name>
    <message>
        <source>Other e-mail</source>
        <translation>Weitere E-Mail</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Weiteres Telefon</translation>
    </message>
    <message>
        <source>Other mobile</source>
        <translation>Weiteres Mobiltelefon</translation>
    </message>
    <message>
        <source>Other web address</source>
        <translation>Weitere Webadresse</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Weitere Adresse</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{name} has no BEGIN:VCARD line, so it holds no vCards.</source>
        <translation>{name} hat keine Zeile BEGIN:VCARD und enthält daher keine vCards.</translation>
    </message>
    <message>
        <source>{name} is a truncated vCard: the card starting on line {line} has no END:VCARD line.</source>
        <translation>{name} ist eine abgeschnittene vCard: Der Eintrag ab Zeile {line} hat keine Zeile END:VCARD.</translation>
    </message>
    <message>
        <source>is a truncated vCard (there is no END:VCARD line)</source>
        <translation>ist eine abgeschnittene vCard (es fehlt die Zeile END:VCARD)</translation>
    </message>
    <message>
        <source>is a vCard of over {millions} million characters, too large to be one contact</source>
        <translation>ist eine vCard mit über {millions} Million Zeichen, zu groß für einen Kontakt</translation>
    </message>
    <message>
        <source>is not a readable vCard ({problem})</source>
        <translation>ist keine lesbare vCard ({problem})</translation>
    </message>
</context>
</TS>
