<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.categories.cadence_widgets</name>
    <message>
        <source> days</source>
        <comment>after a number of days in a spin box</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>Days between touches</source>
        <translation>Días entre contactos</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythm — {category}</source>
        <translation>Ritmo de contacto – {category}</translation>
    </message>
    <message>
        <source>Contacts in &lt;b&gt;{category}&lt;/b&gt; without a planned follow-up appear under “Losing touch” once this long has passed since the last interaction. A contact can have its own rhythm (edit the contact).</source>
        <translation>Los contactos de &lt;b&gt;{category}&lt;/b&gt; sin seguimiento planificado aparecen en «Contacto que se pierde» cuando ha pasado este tiempo desde la última interacción. Un contacto puede tener su propio ritmo (edite el contacto).</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Mantener el contacto cada</translation>
    </message>
    <message>
        <source>The rhythm was not saved</source>
        <translation>El ritmo no se guardó</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>As its category</source>
        <translation>Como su categoría</translation>
    </message>
    <message>
        <source>Every…</source>
        <translation>Cada…</translation>
    </message>
    <message>
        <source>Don't track</source>
        <translation>No hacer seguimiento</translation>
    </message>
    <message>
        <source>As its category ({rhythm})</source>
        <translation>Como su categoría ({rhythm})</translation>
    </message>
</context>
<context>
    <name>ui.categories.card_lead</name>
    <message>
        <source>Card reminders</source>
        <translation>Recordatorios de tarjetas</translation>
    </message>
    <message>
        <source>Plan a card's reminder this many days before the date, for “{category}”
(the default is {default}; a contact can have their own):</source>
        <translation>Planificar el recordatorio de una tarjeta estos días antes de la fecha, para «{category}»
(por defecto {default}; un contacto puede tener su propio ajuste):</translation>
    </message>
    <message>
        <source>The lead time was not saved</source>
        <translation>La antelación no se guardó</translation>
    </message>
</context>
<context>
    <name>ui.categories.sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>New &amp;Category…</source>
        <translation>Nueva &amp;categoría…</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Añadir una categoría</translation>
    </message>
    <message>
        <source>&amp;Rename Category…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Keep-in-touch &amp;Rhythm…</source>
        <translation>Ritmo de con&amp;tacto…</translation>
    </message>
    <message>
        <source>How often contacts in this category should hear from you</source>
        <translation>Con qué frecuencia deben saber de usted los contactos de esta categoría</translation>
    </message>
    <message>
        <source>&amp;Card Reminders…</source>
        <translation>Recordatorios de tar&amp;jetas…</translation>
    </message>
    <message>
        <source>How many days before a birthday or anniversary a card's reminder is planned</source>
        <translation>Cuántos días antes de un cumpleaños o aniversario se planifica el recordatorio de una tarjeta</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&amp;Show archived</source>
        <translation>Incl&amp;uir archivados</translation>
    </message>
    <message>
        <source>Keep in touch: {rhythm}</source>
        <translation>Mantener el contacto: {rhythm}</translation>
    </message>
    <message>
        <source>Contacts without a planned follow-up</source>
        <translation>Contactos sin seguimiento planificado</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Nombre de la nueva categoría:</translation>
    </message>
    <message>
        <source>The category was not added</source>
        <translation>La categoría no se añadió</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Cambiar nombre de categoría</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>The category was not renamed</source>
        <translation>No se cambió el nombre de la categoría</translation>
    </message>
</context>
</TS>
