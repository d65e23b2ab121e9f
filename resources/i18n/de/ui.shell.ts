<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.shell.about_dialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Log every call, e-mail or meeting and plan the next follow-up, so no prospect, client or referral falls through the cracks.</source>
        <translation>Erfassen Sie jeden Anruf, jede E-Mail und jeden Termin und planen Sie das nächste Follow-up, damit Ihnen kein Interessent, Kunde oder Empfehlungskontakt durchrutscht.</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the folder that holds your database</source>
        <translation>Den Ordner mit Ihrer Datenbank anzeigen</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Ihre Daten:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <source>{file} (not created yet)</source>
        <translation>{file} (noch nicht angelegt)</translation>
    </message>
    <message>
        <source>The data folder could not be opened in your file manager. You can find it here:
{folder}</source>
        <translation>Der Datenordner ließ sich nicht im Dateimanager öffnen. Sie finden ihn hier:
{folder}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ui.shell.actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up…</source>
        <translation>Follow-up &amp;planen…</translation>
    </message>
    <message>
        <source>Plan the next follow-up for the contact without logging an interaction</source>
        <translation>Das nächste Follow-up für den Kontakt planen, ohne eine Interaktion zu erfassen</translation>
    </message>
    <message>
        <source>&amp;Working days…</source>
        <translation>Arbeits&amp;tage…</translation>
    </message>
    <message>
        <source>The days you work and whose public holidays you keep: proposed dates land on them</source>
        <translation>Die Tage, an denen Sie arbeiten, und wessen Feiertage gelten: vorgeschlagene Termine fallen darauf</translation>
    </message>
    <message>
        <source>Follow-up &amp;series…</source>
        <translation>Follow-up-S&amp;erie…</translation>
    </message>
    <message>
        <source>Apply a series of follow-ups to the contact, or stop one</source>
        <translation>Eine Follow-up-Serie auf den Kontakt anwenden oder beenden</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print weekly list…</source>
        <translation>Wochenliste &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview, print or save this week's follow-up list</source>
        <translation>Die Follow-up-Liste dieser Woche ansehen, drucken oder speichern</translation>
    </message>
    <message>
        <source>&amp;Holiday cards…</source>
        <translation>&amp;Grußkarten…</translation>
    </message>
    <message>
        <source>Address labels (Avery 5160 / L7160) or an address list for a card mailing</source>
        <translation>Adressetiketten (Avery 5160 / L7160) oder eine Adressliste für den Kartenversand</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>In Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write follow-ups as an .ics file for Outlook or Google</source>
        <translation>Follow-ups als .ics-Datei für Outlook oder Google speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>Wieder&amp;holen: {step}</translation>
    </message>
</context>
<context>
    <name>ui.shell.error_dialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app}: Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Die Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Einzelheiten &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ui.shell.language_menu</name>
    <message>
        <source>&amp;System language ({language})</source>
        <translation>&amp;Systemsprache ({language})</translation>
    </message>
    <message>
        <source>The new language applies when {app} starts again.</source>
        <translation>Die neue Sprache gilt, sobald {app} neu gestartet wird.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>ui.shell.lazy_tabs</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rückblick</translation>
    </message>
</context>
<context>
    <name>ui.shell.main_window</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Select a contact (or a follow-up) first.</source>
        <translation>Wählen Sie zuerst einen Kontakt (oder ein Follow-up).</translation>
    </message>
    <message>
        <source>Working days: {days}.</source>
        <translation>Arbeitstage: {days}.</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Wählen Sie zuerst einen Kontakt.</translation>
    </message>
    <message>
        <source>The sample book opens in a window of its own; yours stays as it is.</source>
        <translation>Die Beispieldaten öffnen sich in einem eigenen Fenster; Ihre Daten bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contacts, updated {updated}.</source>
        <extracomment>Imported %n contact, updated {updated}.</extracomment>
        <translation>
            <numerusform>%n Kontakt importiert, {updated} aktualisiert.</numerusform>
            <numerusform>%n Kontakte importiert, {updated} aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the screenshot to {path}</source>
        <translation>Das Bildschirmfoto kann nicht nach {path} geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ui.shell.recovery_dialog</name>
    <message>
        <source>Your database is damaged</source>
        <translation>Ihre Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Your database is in use</source>
        <translation>Ihre Datenbank wird gerade verwendet</translation>
    </message>
    <message>
        <source>Your database cannot be written</source>
        <translation>In Ihre Datenbank kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Your database is from a newer version</source>
        <translation>Ihre Datenbank stammt aus einer neueren Version</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Der Datenordner kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Your database cannot be opened</source>
        <translation>Ihre Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>{when} — {counts}</source>
        <translation>{when} — {counts}</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>Letzte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>Andere &amp;Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The latest good backup is from {backup}.</source>
        <translation>Die letzte intakte Sicherung ist vom {backup}.</translation>
    </message>
    <message>
        <source>There is no backup beside it; you can choose a backup file you made.</source>
        <translation>Daneben liegt keine Sicherung; Sie können eine selbst erstellte Sicherungsdatei wählen.</translation>
    </message>
    <message>
        <source>Nothing is deleted: the damaged file is kept beside it under a new name.</source>
        <translation>Nichts wird gelöscht: Die beschädigte Datei bleibt unter neuem Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>Choose a backup or database file</source>
        <translation>Sicherung oder Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Follow-up-Desktop-Daten (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Die beschädigte Datei wurde als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The file it replaced was backed up to {file}.</source>
        <translation>Die ersetzte Datei wurde nach {file} gesichert.</translation>
    </message>
    <message>
        <source>Updating your data for this version of Follow-up Desktop.
A checked backup is made first; this can take a little while.</source>
        <translation>Ihre Daten werden für diese Version von Follow-up Desktop aktualisiert.
Zuerst wird eine geprüfte Sicherung angelegt; das kann etwas dauern.</translation>
    </message>
</context>
<context>
    <name>ui.shell.reminders</name>
    <message>
        <source>&amp;Show {app}</source>
        <translation>{app} &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Minimise to the tray</source>
        <translation>In den Infobereich &amp;minimieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Morning summary at {time}…</source>
        <translation>Morgenübersicht um {time}…</translation>
    </message>
    <message>
        <source>Morning summary</source>
        <translation>Morgenübersicht</translation>
    </message>
    <message>
        <source>Show the day's summary at (HH:MM):</source>
        <translation>Tagesübersicht anzeigen um (HH:MM):</translation>
    </message>
    <message>
        <source>“{text}” is not a time like 08:30.</source>
        <translation>„{text}“ ist keine Uhrzeit wie 08:30.</translation>
    </message>
</context>
<context>
    <name>ui.shell.sample</name>
    <message>
        <source>SAMPLE DATA (throw-away)</source>
        <translation>BEISPIELDATEN (zum Wegwerfen)</translation>
    </message>
    <message>
        <source>the sample data could not be made</source>
        <translation>die Beispieldaten konnten nicht erstellt werden</translation>
    </message>
    <message>
        <source>The sample data could not be made: {error}</source>
        <translation>Die Beispieldaten konnten nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>The sample window could not be started.</source>
        <translation>Das Fenster mit den Beispieldaten konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; Try anything here: this book is separate from yours and can be thrown away.</source>
        <translation>&lt;b&gt;Beispieldaten.&lt;/b&gt; Probieren Sie alles aus: Diese Daten sind von Ihren getrennt und können weggeworfen werden.</translation>
    </message>
    <message>
        <source>Throw the sample away…</source>
        <translation>Beispieldaten wegwerfen…</translation>
    </message>
    <message>
        <source>Throw the sample away?</source>
        <translation>Beispieldaten wegwerfen?</translation>
    </message>
    <message>
        <source>Close this window and delete the sample book? Your own book is not touched.</source>
        <translation>Dieses Fenster schließen und die Beispieldaten löschen? Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>ui.shell.single_instance</name>
    <message>
        <source>{app} is already open on the data folder {folder}, but it does not answer. Close it (or wait until it responds) and start again.</source>
        <translation>{app} ist bereits mit dem Datenordner {folder} geöffnet, reagiert aber nicht. Schließen Sie es (oder warten Sie, bis es reagiert) und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ui.shell.startup</name>
    <message>
        <source>That did not work: {error}</source>
        <translation>Das hat nicht geklappt: {error}</translation>
    </message>
</context>
<context>
    <name>ui.shell.working_days</name>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Dates the app proposes (quick picks, +1 day and Next week, series, catch-up, the call after a promise lapses) land on these days. You can still type any date.</source>
        <translation>Termine, die die App vorschlägt (Schnellauswahl, +1 Tag und Nächste Woche, Serien, Aufholen, der Anruf nach einer verstrichenen Zusage), fallen auf diese Tage. Sie können weiterhin jedes Datum eingeben.</translation>
    </message>
    <message>
        <source>I work on:</source>
        <translation>Ich arbeite am:</translation>
    </message>
    <message>
        <source>Country or region, e.g. &quot;DE&quot;, &quot;DE-BY&quot;, &quot;US-CA&quot;, &quot;GB&quot;</source>
        <translation>Land oder Region, z. B. &quot;DE&quot;, &quot;DE-BY&quot;, &quot;AT&quot;, &quot;CH&quot;</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Feiertage von</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Feiertage von:</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Vormittag</translation>
    </message>
    <message>
        <source>Morning:</source>
        <translation>Vormittag:</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>Afternoon:</source>
        <translation>Nachmittag:</translation>
    </message>
    <message>
        <source>Typed “monday morning” means:</source>
        <translation>Getipptes „Montag Vormittag“ heißt:</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Kreuzen Sie mindestens einen Arbeitstag an.</translation>
    </message>
</context>
</TS>
