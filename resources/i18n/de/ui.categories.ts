<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui.categories.cadence_widgets</name>
    <message>
        <source> days</source>
        <comment>after a number of days in a spin box</comment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days between touches</source>
        <translation>Tage zwischen zwei Kontakten</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythm — {category}</source>
        <translation>Kontaktrhythmus – {category}</translation>
    </message>
    <message>
        <source>Contacts in &lt;b&gt;{category}&lt;/b&gt; without a planned follow-up appear under “Losing touch” once this long has passed since the last interaction. A contact can have its own rhythm (edit the contact).</source>
        <translation>Kontakte in &lt;b&gt;{category}&lt;/b&gt; ohne geplantes Follow-up erscheinen unter „Kontakt droht abzureißen“, sobald seit der letzten Interaktion so viel Zeit vergangen ist. Ein Kontakt kann seinen eigenen Rhythmus haben (Kontakt bearbeiten).</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source>The rhythm was not saved</source>
        <translation>Der Rhythmus wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>As its category</source>
        <translation>Wie die Kategorie</translation>
    </message>
    <message>
        <source>Every…</source>
        <translation>Alle …</translation>
    </message>
    <message>
        <source>Don't track</source>
        <translation>Nicht verfolgen</translation>
    </message>
    <message>
        <source>As its category ({rhythm})</source>
        <translation>Wie die Kategorie ({rhythm})</translation>
    </message>
</context>
<context>
    <name>ui.categories.card_lead</name>
    <message>
        <source>Card reminders</source>
        <translation>Kartenerinnerungen</translation>
    </message>
    <message>
        <source>Plan a card's reminder this many days before the date, for “{category}”
(the default is {default}; a contact can have their own):</source>
        <translation>Erinnerung an eine Karte so viele Tage vor dem Datum planen, für „{category}“
(Standard: {default}; ein Kontakt kann eine eigene Einstellung haben):</translation>
    </message>
    <message>
        <source>The lead time was not saved</source>
        <translation>Die Vorlaufzeit wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ui.categories.sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>New &amp;Category…</source>
        <translation>Neue &amp;Kategorie…</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Category…</source>
        <translation>Kategorie &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Keep-in-touch &amp;Rhythm…</source>
        <translation>Kontakt&amp;rhythmus…</translation>
    </message>
    <message>
        <source>How often contacts in this category should hear from you</source>
        <translation>Wie oft Kontakte dieser Kategorie von Ihnen hören sollen</translation>
    </message>
    <message>
        <source>&amp;Card Reminders…</source>
        <translation>Karten&amp;erinnerungen…</translation>
    </message>
    <message>
        <source>How many days before a birthday or anniversary a card's reminder is planned</source>
        <translation>Wie viele Tage vor einem Geburtstag oder Jahrestag die Erinnerung an eine Karte geplant wird</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>&amp;Show archived</source>
        <translation>Arch&amp;ivierte anzeigen</translation>
    </message>
    <message>
        <source>Keep in touch: {rhythm}</source>
        <translation>Kontakt halten: {rhythm}</translation>
    </message>
    <message>
        <source>Contacts without a planned follow-up</source>
        <translation>Kontakte ohne geplantes Follow-up</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
    <message>
        <source>The category was not added</source>
        <translation>Die Kategorie wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The category was not renamed</source>
        <translation>Die Kategorie wurde nicht umbenannt</translation>
    </message>
</context>
</TS>
