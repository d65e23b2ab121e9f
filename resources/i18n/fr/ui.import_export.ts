<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.import_export.export_dialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Inclure les contacts &amp;archivés</translation>
    </message>
    <message>
        <source>CSV: {explanation}</source>
        <translation>CSV : {explanation}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
    <message>
        <source>contacts.{extension}</source>
        <translation>contacts.{extension}</translation>
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
        <translation>Export des contacts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {path}.</source>
        <extracomment>Exported %n contact to {path}.</extracomment>
        <translation>
            <numerusform>%n contact exporté dans {path}.</numerusform>
            <numerusform>%n contacts exportés dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.first_contact</name>
    <message>
        <source>Plan first contact</source>
        <translation>Planifier un premier contact</translation>
    </message>
    <message numerus="yes">
        <source>Plan a first follow-up for each of the %n new contacts without a next step: a call (an e-mail when there is only an address), spread over the next working days. You can undo this (Ctrl+Z).</source>
        <extracomment>Plan a first follow-up for the %n new contact without a next step: a call (an e-mail when there is only an address), on the next working day. You can undo this (Ctrl+Z).</extracomment>
        <translation>
            <numerusform>Planifier une première relance pour le %n nouveau contact sans prochaine étape : un appel (un e-mail s'il n'y a qu'une adresse), le prochain jour ouvré. Vous pouvez l'annuler (Ctrl+Z).</numerusform>
            <numerusform>Planifier une première relance pour chacun des %n nouveaux contacts sans prochaine étape : un appel (un e-mail s'il n'y a qu'une adresse), réparti sur les prochains jours ouvrés. Vous pouvez l'annuler (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Au plus :</translation>
    </message>
    <message>
        <source>Plan them</source>
        <translation>Planifier</translation>
    </message>
    <message numerus="yes">
        <source>Plan first contact for %n new contacts</source>
        <extracomment>Plan first contact for %n new contact</extracomment>
        <translation>
            <numerusform>Planifier un premier contact pour %n nouveau contact</numerusform>
            <numerusform>Planifier un premier contact pour %n nouveaux contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.ics_export_choices</name>
    <message>
        <source>Next 2 weeks</source>
        <translation>2 prochaines semaines</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Toutes les relances ouvertes</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Mine and theirs</source>
        <translation>À moi et à eux</translation>
    </message>
    <message>
        <source>Only my move</source>
        <translation>Seulement : à moi d'agir</translation>
    </message>
    <message>
        <source>Only their move</source>
        <translation>Seulement : à eux de répondre</translation>
    </message>
    <message>
        <source>Outlook keeps these reminders. Google Calendar ignores reminders in imported files and uses the calendar's default notifications instead.</source>
        <translation>Outlook conserve ces rappels. Google Agenda ignore les rappels des fichiers importés et utilise à la place les notifications par défaut de l'agenda.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>last export {when}</source>
        <translation>dernier export le {when}</translation>
    </message>
    <message>
        <source>nothing exported yet</source>
        <translation>rien exporté pour l'instant</translation>
    </message>
    <message>
        <source>Only what changed since the last export ({last})</source>
        <translation>Seulement ce qui a changé depuis le dernier export ({last})</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>after a number of minutes in a spin box</comment>
        <translation> minutes</translation>
    </message>
    <message>
        <source>How long a follow-up with a time blocks your calendar</source>
        <translation>Combien de temps une relance avec une heure occupe votre agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <extracomment>%n minute before</extracomment>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>au début</translation>
    </message>
    <message>
        <source>Include reminders ({when}; 09:00 the day before all-day)</source>
        <translation>Inclure les rappels ({when} ; la veille à 09:00 pour la journée entière)</translation>
    </message>
    <message>
        <source>Include birthdays and anniversaries (yearly all-day events, shown as free)</source>
        <translation>Inclure anniversaires et dates clés (annuels, sur la journée, affichés libres)</translation>
    </message>
    <message>
        <source>Outlook: import into a separate calendar named</source>
        <translation>Outlook : importer dans un agenda séparé nommé</translation>
    </message>
</context>
<context>
    <name>ui.import_export.ics_export_dialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers l'agenda</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Le fichier d'agenda n'a pas été écrit</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Écriture du fichier d'agenda…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d'agenda (*.ics)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>&amp;Relances :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <source>&amp;Whose move:</source>
        <translation>À &amp;qui d'agir :</translation>
    </message>
    <message>
        <source>Timed events &amp;last:</source>
        <translation>Durée des événements &amp;horaires :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>No follow-ups new or changed since the last export match; there is nothing to export.</source>
        <translation>Aucune relance nouvelle ou modifiée depuis le dernier export ; il n'y a rien à exporter.</translation>
    </message>
    <message>
        <source>No follow-ups match; there is nothing to export.</source>
        <translation>Aucune relance ne correspond ; il n'y a rien à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n events will be written, {removals} of them to withdraw follow-ups that are done, cancelled, deleted, archived or no longer in scope.</source>
        <extracomment>%n event will be written, {removals} of them to withdraw follow-ups that are done, cancelled, deleted, archived or no longer in scope.</extracomment>
        <translation>
            <numerusform>%n événement sera écrit, dont {removals} pour retirer des relances faites, annulées, supprimées, archivées ou hors sélection.</numerusform>
            <numerusform>%n événements seront écrits, dont {removals} pour retirer des relances faites, annulées, supprimées, archivées ou hors sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events will be written.</source>
        <extracomment>%n event will be written.</extracomment>
        <translation>
            <numerusform>%n événement sera écrit.</numerusform>
            <numerusform>%n événements seront écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Outlook (Windows): File → Open &amp; Export → Import/Export → “Import an iCalendar (.ics) or vCalendar file (.vcs)” → Next → choose the file → Import. Not “Open Calendar”: that opens the file as a calendar of its own, and every later file would become another one. Outlook matches events by UID and keeps the highest SEQUENCE, so a later file moves changed follow-ups and marks closed ones “Done:” or “Cancelled:”.

Google Calendar: import into a calendar kept for follow-ups. Create it once: Settings → Add calendar → Create new calendar → “Follow-ups”. Then Settings → Import &amp; export → Import, choose the file and that calendar. Google adds new events but ignores a later file's changes and removals of events it already has; to bring it up to date, delete the Follow-ups calendar, create it again and import a full export (without “Only what changed”).

The separate calendar name is used by Outlook only.</source>
        <translation>Outlook (Windows) : Fichier → Ouvrir et exporter → Importer/Exporter → « Importer un fichier iCalendar (.ics) ou vCalendar (.vcs) » → Suivant → choisissez le fichier → Importer. Pas « Ouvrir le calendrier » : cela ouvre le fichier comme un agenda à part, et chaque fichier suivant en créerait un autre. Outlook reconnaît les événements à leur UID et garde la SEQUENCE la plus haute : un fichier suivant déplace donc les relances modifiées et marque les relances closes « Fait : » ou « Annulé : ».

Google Agenda : importez dans un agenda réservé aux relances. Créez-le une fois : Paramètres → Ajouter un agenda → Créer un agenda → « Relances ». Puis Paramètres → Importer et exporter → Importer, choisissez le fichier et cet agenda. Google ajoute les nouveaux événements mais ignore les modifications et suppressions d'événements qu'il a déjà ; pour le mettre à jour, supprimez l'agenda Relances, recréez-le et importez un export complet (sans « Seulement ce qui a changé »).

Le nom d'agenda séparé n'est utilisé que par Outlook.</translation>
    </message>
    <message>
        <source>follow-up-{number}.ics</source>
        <translation>relance-{number}.ics</translation>
    </message>
    <message>
        <source>That follow-up is closed or no longer exists, and no calendar file held it, so there is nothing to add.</source>
        <translation>Cette relance est close ou n'existe plus, et aucun fichier d'agenda ne la contenait : il n'y a rien à ajouter.</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_commands</name>
    <message numerus="yes">
        <source>Import of %n contacts from {file}</source>
        <extracomment>Import of %n contact from {file}</extracomment>
        <translation>
            <numerusform>Import de %n contact depuis {file}</numerusform>
            <numerusform>Import de %n contacts depuis {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <source>Undoing this import would also delete {work}.

A backup of your data is taken first, so File → Restore from backup… can bring it back.

Undo the import anyway?</source>
        <translation>Annuler cet import supprimerait aussi {work}.

Une sauvegarde de vos données est faite avant, donc Fichier → Restaurer une sauvegarde… peut tout récupérer.

Annuler l'import quand même ?</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_model</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>URL du profil</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Mettre à jour l'existant</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Add to line {line}</source>
        <translation>Ajouter à la ligne {line}</translation>
    </message>
    <message>
        <source>{category} (default)</source>
        <translation>{category} (par défaut)</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line} : {problem}</translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_pages</name>
    <message>
        <source>&lt;b&gt;Your LinkedIn connections:&lt;/b&gt; on LinkedIn open &lt;i&gt;Me → Settings &amp;amp; Privacy → Data privacy → Get a copy of your data&lt;/i&gt;, choose &lt;i&gt;Connections&lt;/i&gt; and &lt;i&gt;Request archive&lt;/i&gt;. LinkedIn e-mails you a link (usually within minutes); download the ZIP, unzip it and choose &lt;b&gt;Connections.csv&lt;/b&gt; here. LinkedIn leaves out most e-mail addresses, so people are recognised by their profile URL.</source>
        <translation>&lt;b&gt;Vos relations LinkedIn :&lt;/b&gt; sur LinkedIn, ouvrez &lt;i&gt;Vous → Préférences et confidentialité → Confidentialité des données → Obtenir une copie de vos données&lt;/i&gt;, choisissez &lt;i&gt;Relations&lt;/i&gt; puis &lt;i&gt;Demander l'archive&lt;/i&gt;. LinkedIn vous envoie un lien par e-mail (en général en quelques minutes) ; téléchargez le ZIP, décompressez-le et choisissez ici &lt;b&gt;Connections.csv&lt;/b&gt;. LinkedIn omet la plupart des adresses e-mail : les personnes sont reconnues par l'URL de leur profil.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisissez le fichier à importer</translation>
    </message>
    <message>
        <source>A contacts export from Outlook, Google Contacts or LinkedIn, a vCard file from a phone, or any spreadsheet saved as CSV. The format is recognised from the content.</source>
        <translation>Un export de contacts d'Outlook, Google Contacts ou LinkedIn, un fichier vCard d'un téléphone ou un tableur enregistré en CSV. Le format est reconnu d'après le contenu.</translation>
    </message>
    <message>
        <source>contacts.csv or contacts.vcf</source>
        <translation>contacts.csv ou contacts.vcf</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Which column is what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>This CSV is not an Outlook or Google export. Tell us what each column holds; the choice is remembered for files with the same columns.</source>
        <translation>Ce CSV n'est pas un export d'Outlook ou de Google. Indiquez ce que contient chaque colonne ; ce choix est retenu pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Choose at least a name, company or e-mail column.</source>
        <translation>Choisissez au moins une colonne de nom, d'entreprise ou d'e-mail.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d'importer</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Rien n'est écrit avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Doublons :</translation>
    </message>
    <message>
        <source>Category when the file's &amp;categories are not ours:</source>
        <translation>Catégorie si les &amp;catégories du fichier sont inconnues :</translation>
    </message>
    <message>
        <source>Categories in the file:</source>
        <translation>Catégories du fichier :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>%n row</extracomment>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>%n new</extracomment>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <extracomment>%n duplicate</extracomment>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <extracomment>%n invalid</extracomment>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {counts}</source>
        <translation>{rows} : {counts}</translation>
    </message>
    <message>
        <source>Dates such as 3/4/1980 are read as {order}.</source>
        <translation>Les dates comme 3/4/1980 sont lues en {order}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>and %n more</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>none (every contact goes to {category})</source>
        <translation>aucune (chaque contact va dans {category})</translation>
    </message>
    <message>
        <source>Pressing Import will add {contacts}, update {update}, merge {merge} into rows above, skip {skip} and leave out {invalid}.</source>
        <translation>Importer ajoutera {contacts}, en mettra à jour {update}, en fusionnera {merge} avec des lignes au-dessus, en ignorera {skip} et laissera de côté {invalid}.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <extracomment>%n contact</extracomment>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows</source>
        <extracomment>%n invalid row</extracomment>
        <translation>
            <numerusform>%n ligne non valide</numerusform>
            <numerusform>%n lignes non valides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.import_export.import_wizard</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Cancelled. Press Back to choose another file.</source>
        <translation>Annulé. Cliquez sur Précédent pour choisir un autre fichier.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contacts and updated {updated}. {skipped} skipped, {invalid} invalid.</source>
        <extracomment>Imported %n new contact and updated {updated}. {skipped} skipped, {invalid} invalid.</extracomment>
        <translation>
            <numerusform>%n nouveau contact importé et {updated} mis à jour. Ignorés : {skipped}, non valides : {invalid}.</numerusform>
            <numerusform>%n nouveaux contacts importés et {updated} mis à jour. Ignorés : {skipped}, non valides : {invalid}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan first contact for the %n new contacts…</source>
        <extracomment>&amp;Plan first contact for the %n new contact…</extracomment>
        <translation>
            <numerusform>&amp;Planifier un premier contact pour %n nouveau contact…</numerusform>
            <numerusform>&amp;Planifier un premier contact pour les %n nouveaux contacts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l'import…</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: the %n contacts it added were removed.</source>
        <extracomment>The import was undone: the %n contact it added was removed.</extracomment>
        <translation>
            <numerusform>L'import a été annulé : le contact ajouté (%n) a été supprimé.</numerusform>
            <numerusform>L'import a été annulé : les %n contacts ajoutés ont été supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contacts it updated are as they were.</source>
        <extracomment>The %n contact it updated is as it was.</extracomment>
        <translation>
            <numerusform>Le contact mis à jour (%n) est comme avant.</numerusform>
            <numerusform>Les %n contacts mis à jour sont comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it removed is kept in the backup {path}.</source>
        <translation>Ce qu'il a supprimé est conservé dans la sauvegarde {path}.</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>L'import n'a pas été annulé.</translation>
    </message>
</context>
<context>
    <name>ui.import_export.progress_row</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ui.import_export.run_page</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cet import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
</TS>
