<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.categories.cadence_widgets</name>
    <message>
        <source> days</source>
        <comment>after a number of days in a spin box</comment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days between touches</source>
        <translation>Jours entre deux contacts</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythm — {category}</source>
        <translation>Rythme de contact – {category}</translation>
    </message>
    <message>
        <source>Contacts in &lt;b&gt;{category}&lt;/b&gt; without a planned follow-up appear under “Losing touch” once this long has passed since the last interaction. A contact can have its own rhythm (edit the contact).</source>
        <translation>Les contacts de &lt;b&gt;{category}&lt;/b&gt; sans relance planifiée apparaissent sous « Contact qui se perd » une fois ce délai écoulé depuis le dernier échange. Un contact peut avoir son propre rythme (modifiez le contact).</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Garder le contact tous les</translation>
    </message>
    <message>
        <source>The rhythm was not saved</source>
        <translation>Le rythme n'a pas été enregistré</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>As its category</source>
        <translation>Comme sa catégorie</translation>
    </message>
    <message>
        <source>Every…</source>
        <translation>Tous les…</translation>
    </message>
    <message>
        <source>Don't track</source>
        <translation>Ne pas suivre</translation>
    </message>
    <message>
        <source>As its category ({rhythm})</source>
        <translation>Comme sa catégorie ({rhythm})</translation>
    </message>
</context>
<context>
    <name>ui.categories.card_lead</name>
    <message>
        <source>Card reminders</source>
        <translation>Rappels de cartes</translation>
    </message>
    <message>
        <source>Plan a card's reminder this many days before the date, for “{category}”
(the default is {default}; a contact can have their own):</source>
        <translation>Planifier le rappel d'une carte ce nombre de jours avant la date, pour « {category} »
(par défaut {default} ; un contact peut avoir son propre réglage) :</translation>
    </message>
    <message>
        <source>The lead time was not saved</source>
        <translation>Le délai n'a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ui.categories.sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>New &amp;Category…</source>
        <translation>Nouvelle &amp;catégorie…</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Rename Category…</source>
        <translation>&amp;Renommer la catégorie…</translation>
    </message>
    <message>
        <source>Keep-in-touch &amp;Rhythm…</source>
        <translation>R&amp;ythme de contact…</translation>
    </message>
    <message>
        <source>How often contacts in this category should hear from you</source>
        <translation>À quelle fréquence les contacts de cette catégorie doivent avoir de vos nouvelles</translation>
    </message>
    <message>
        <source>&amp;Card Reminders…</source>
        <translation>Rappels de car&amp;tes…</translation>
    </message>
    <message>
        <source>How many days before a birthday or anniversary a card's reminder is planned</source>
        <translation>Combien de jours avant un anniversaire le rappel d'une carte est planifié</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>&amp;Show archived</source>
        <translation>Afficher les archi&amp;vés</translation>
    </message>
    <message>
        <source>Keep in touch: {rhythm}</source>
        <translation>Garder le contact : {rhythm}</translation>
    </message>
    <message>
        <source>Contacts without a planned follow-up</source>
        <translation>Contacts sans relance planifiée</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Nom de la nouvelle catégorie :</translation>
    </message>
    <message>
        <source>The category was not added</source>
        <translation>La catégorie n'a pas été ajoutée</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>The category was not renamed</source>
        <translation>La catégorie n'a pas été renommée</translation>
    </message>
</context>
</TS>
