<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.jogger.cards_dialog</name>
    <message>
        <source>Holiday cards</source>
        <translation>Grußkarten</translation>
    </message>
    <message>
        <source>Everyone I was in touch with in {year}</source>
        <translation>Alle, mit denen ich {year} Kontakt hatte</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Kategorie: {category}</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contacts</source>
        <extracomment>The selected contact</extracomment>
        <translation>
            <numerusform>Der ausgewählte Kontakt</numerusform>
            <numerusform>Die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Work address (home if none)</source>
        <translation>Geschäftsadresse (sonst privat)</translation>
    </message>
    <message>
        <source>Home address (work if none)</source>
        <translation>Privatadresse (sonst geschäftlich)</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Address list (one line each)</source>
        <translation>Adressliste (eine Zeile je Kontakt)</translation>
    </message>
    <message>
        <source>No address yet (ask them for one):</source>
        <translation>Noch keine Adresse (bitte danach fragen):</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Versand an:</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Etikettenbogen:</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Nobody is chosen: pick other contacts above.</source>
        <translation>Niemand ausgewählt: Wählen Sie oben andere Kontakte.</translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <extracomment>%n label</extracomment>
        <translation>
            <numerusform>%n Etikett</numerusform>
            <numerusform>%n Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{labels} on %n sheets of {sheet}.</source>
        <extracomment>{labels} on %n sheet of {sheet}.</extracomment>
        <translation>
            <numerusform>{labels} auf %n Bogen {sheet}.</numerusform>
            <numerusform>{labels} auf %n Bögen {sheet}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses on the list.</source>
        <extracomment>%n address on the list.</extracomment>
        <translation>
            <numerusform>%n Adresse auf der Liste.</numerusform>
            <numerusform>%n Adressen auf der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address yet ({count}): ask them for one</source>
        <translation>Noch keine Adresse ({count}): bitte danach fragen</translation>
    </message>
    <message>
        <source>Everyone chosen has an address.</source>
        <translation>Alle Ausgewählten haben eine Adresse.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiketten</translation>
    </message>
    <message>
        <source>card-addresses</source>
        <translation>kartenadressen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Die PDF wurde nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n pages).</source>
        <extracomment>Saved {file} (%n page).</extracomment>
        <translation>
            <numerusform>{file} gespeichert (%n Seite).</numerusform>
            <numerusform>{file} gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Es wurde nichts gedruckt</translation>
    </message>
</context>
<context>
    <name>ui.jogger.labels</name>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Der Drucker oder die Datei ließ sich nicht zum Drucken öffnen.</translation>
    </message>
    <message>
        <source>Card addresses</source>
        <translation>Kartenadressen</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n with an address</source>
        <extracomment>{title}: %n with an address</extracomment>
        <translation>
            <numerusform>{title}: %n mit Adresse</numerusform>
            <numerusform>{title}: %n mit Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>No address yet ({count}): ask them for one</source>
        <translation>Noch keine Adresse ({count}): bitte danach fragen</translation>
    </message>
    <message>
        <source>Address labels ({sheet})</source>
        <translation>Adressetiketten ({sheet})</translation>
    </message>
    <message>
        <source>Card addresses {year}</source>
        <translation>Kartenadressen {year}</translation>
    </message>
</context>
<context>
    <name>ui.jogger.layout</name>
    <message>
        <source>{channel}: {reason}</source>
        <translation>{channel}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up, {overdue} of them overdue.</source>
        <extracomment>%n to follow up, {overdue} of them overdue.</extracomment>
        <translation>
            <numerusform>%n Follow-up fällig, davon {overdue} überfällig.</numerusform>
            <numerusform>%n Follow-ups fällig, davon {overdue} überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up.</source>
        <extracomment>%n to follow up.</extracomment>
        <translation>
            <numerusform>%n Follow-up fällig.</numerusform>
            <numerusform>%n Follow-ups fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Diese Woche ist nichts fällig.</translation>
    </message>
    <message>
        <source>Tick the box when done, write the result on the line, then key it in with Work the list in the agenda.</source>
        <translation>Haken Sie erledigte Einträge ab, notieren Sie das Ergebnis auf der Linie und erfassen Sie es dann mit „Wochenliste abarbeiten“ in der Agenda.</translation>
    </message>
    <message>
        <source>Key dates this week and next (a card needs a week)</source>
        <translation>Besondere Daten diese und nächste Woche (eine Karte braucht eine Woche)</translation>
    </message>
    <message>
        <source>{category} (continued)</source>
        <translation>{category} (Fortsetzung)</translation>
    </message>
    <message numerus="yes">
        <source>%n due, {overdue} overdue</source>
        <extracomment>%n due, {overdue} overdue</extracomment>
        <translation>
            <numerusform>%n fällig, {overdue} überfällig</numerusform>
            <numerusform>%n fällig, {overdue} überfällig</numerusform>
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
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <source>Nothing due in this category this week.</source>
        <translation>Diese Woche ist in dieser Kategorie nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>No next step – %n contacts without a planned follow-up, most recently active first</source>
        <extracomment>No next step – %n contact without a planned follow-up, most recently active first</extracomment>
        <translation>
            <numerusform>Kein nächster Schritt – %n Kontakt ohne geplantes Follow-up, zuletzt aktive zuerst</numerusform>
            <numerusform>Kein nächster Schritt – %n Kontakte ohne geplantes Follow-up, zuletzt aktive zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Think of new people to contact:</source>
        <translation>Denken Sie an neue Kontakte:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Weekly follow-up list</source>
        <translation>Follow-up-Wochenliste</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
</context>
<context>
    <name>ui.jogger.preview</name>
    <message>
        <source>Save weekly list as PDF</source>
        <translation>Wochenliste als PDF speichern</translation>
    </message>
    <message>
        <source>Print weekly list</source>
        <translation>Wochenliste drucken</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Nächs&amp;te ▶</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>printed in the header</source>
        <translation>steht in der Kopfzeile</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Druckoptionen</translation>
    </message>
    <message>
        <source>No &amp;next step</source>
        <translation>Kein &amp;nächster Schritt</translation>
    </message>
    <message>
        <source>List the contacts with no follow-up planned</source>
        <translation>Kontakte ohne geplantes Follow-up auflisten</translation>
    </message>
    <message>
        <source>Pro&amp;mpts</source>
        <translation>&amp;Denkanstöße</translation>
    </message>
    <message>
        <source>Questions that help you think of people to contact</source>
        <translation>Fragen, die Sie auf neue Kontakte bringen</translation>
    </message>
    <message>
        <source>Start each &amp;category on a new page</source>
        <translation>Jede Kate&amp;gorie auf neuer Seite</translation>
    </message>
    <message>
        <source>Untick to print the categories one after another and save paper</source>
        <translation>Abwählen, um die Kategorien hintereinander zu drucken und Papier zu sparen</translation>
    </message>
    <message>
        <source>{week} — nothing to print</source>
        <translation>{week} — nichts zu drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <extracomment>%n to follow up</extracomment>
        <translation>
            <numerusform>%n Follow-up fällig</numerusform>
            <numerusform>%n Follow-ups fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week</source>
        <translation>Diese Woche nichts fällig</translation>
    </message>
    <message>
        <source>The choice is used now but not remembered.</source>
        <translation>Die Auswahl gilt jetzt, wird aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Follow-ups {week}</source>
        <translation>Follow-ups {week}</translation>
    </message>
    <message>
        <source>The list was not saved; choose another place.</source>
        <translation>Die Liste wurde nicht gespeichert; wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>ui.jogger.printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was printed: {error}</source>
        <translation>Es wurde nichts gedruckt: {error}</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Der Drucker oder die Datei ließ sich nicht zum Drucken öffnen.</translation>
    </message>
    <message>
        <source>Follow-ups {week}</source>
        <translation>Follow-ups {week}</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the PDF.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für die PDF.</translation>
    </message>
    <message>
        <source>Cannot save the PDF: the folder {folder} does not exist.</source>
        <translation>Die PDF kann nicht gespeichert werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save the PDF in {folder}: nothing could be written.</source>
        <translation>Die PDF kann nicht in {folder} gespeichert werden: Es ließ sich nichts schreiben.</translation>
    </message>
    <message>
        <source>Cannot save the PDF in {folder} ({why}). Choose another folder.</source>
        <translation>Die PDF kann nicht in {folder} gespeichert werden ({why}). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot save the PDF as {path} ({why}).</source>
        <translation>Die PDF kann nicht als {path} gespeichert werden ({why}).</translation>
    </message>
</context>
<context>
    <name>ui.jogger.work</name>
    <message>
        <source>You marked this done.</source>
        <translation>Sie haben dies als erledigt markiert.</translation>
    </message>
    <message>
        <source>You marked this rescheduled.</source>
        <translation>Sie haben dies verschoben.</translation>
    </message>
    <message>
        <source>You marked this cancelled.</source>
        <translation>Sie haben dies gestrichen.</translation>
    </message>
    <message>
        <source>You marked this skipped.</source>
        <translation>Sie haben dies übersprungen.</translation>
    </message>
    <message>
        <source>No longer open: it was done meanwhile.</source>
        <translation>Nicht mehr offen: inzwischen erledigt.</translation>
    </message>
    <message>
        <source>No longer open: it was cancelled meanwhile.</source>
        <translation>Nicht mehr offen: inzwischen gestrichen.</translation>
    </message>
    <message>
        <source>No longer open: it was deleted meanwhile.</source>
        <translation>Nicht mehr offen: inzwischen gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <extracomment>%n done</extracomment>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rescheduled</source>
        <extracomment>%n rescheduled</extracomment>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>%n cancelled</extracomment>
        <translation>
            <numerusform>%n gestrichen</numerusform>
            <numerusform>%n gestrichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>%n skipped</extracomment>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Work the list</source>
        <translation>Wochenliste abarbeiten</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>Die Woche davor</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>Die Woche danach</translation>
    </message>
    <message>
        <source>&amp;Back to the agenda</source>
        <translation>&amp;Zurück zur Agenda</translation>
    </message>
    <message>
        <source>Leave Work the list (Esc)</source>
        <translation>„Wochenliste abarbeiten“ verlassen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>+&amp;1 day</source>
        <translation>+&amp;1 Tag</translation>
    </message>
    <message>
        <source>+&amp;2 days</source>
        <translation>+&amp;2 Tage</translation>
    </message>
    <message>
        <source>Next &amp;week</source>
        <translation>Nächste &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>Dat&amp;um wählen…</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>Follow-up &amp;streichen…</translation>
    </message>
    <message>
        <source>◀ Prev&amp;ious</source>
        <translation>◀ &amp;Voriges</translation>
    </message>
    <message>
        <source>(Left)</source>
        <translation>(Links)</translation>
    </message>
    <message>
        <source>S&amp;kip ▶</source>
        <translation>&amp;Überspringen ▶</translation>
    </message>
    <message>
        <source>Leave it as it is (S or Right)</source>
        <translation>So lassen, wie es ist (S oder Rechts)</translation>
    </message>
    <message>
        <source>Keys: Enter done · 1 / 2 days later · W next week · S or → skip · ← previous · Esc back to the agenda</source>
        <translation>Tasten: Eingabe erledigt · 1 / 2 Tage später · W nächste Woche · S oder → überspringen · ← zurück · Esc zur Agenda</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>Nothing to work through in this week.</source>
        <translation>In dieser Woche gibt es nichts abzuarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were</source>
        <extracomment>%n left as it was</extracomment>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the list: {results}.</source>
        <translation>Ende der Liste: {results}.</translation>
    </message>
    <message>
        <source>Press Esc to go back to the agenda.</source>
        <translation>Mit Esc zurück zur Agenda.</translation>
    </message>
</context>
</TS>
