<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>interrupted; nothing after the last saved step was written.</source>
        <translation>interrompu ; rien n’a été écrit après la dernière étape enregistrée.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Les détails sont dans {file}.</translation>
    </message>
    <message>
        <source>replace the file even when it is read-only</source>
        <translation>remplacer le fichier même s’il est en lecture seule</translation>
    </message>
    <message>
        <source>There is no category named “{name}” (there are: {known}).</source>
        <translation>Il n’y a pas de catégorie « {name} » (il y a : {known}).</translation>
    </message>
    <message>
        <source>the output was closed before everything was written.</source>
        <translation>la sortie a été fermée avant que tout soit écrit.</translation>
    </message>
    <message>
        <source>there was not enough memory to finish; nothing more was written.</source>
        <translation>la mémoire n’a pas suffi pour terminer ; rien de plus n’a été écrit.</translation>
    </message>
    <message>
        <source>Something went wrong that Follow-up Desktop did not expect ({error}). What was saved before is safe; nothing after the last saved step was written.</source>
        <translation>Follow-up Desktop a rencontré un problème inattendu ({error}). Ce qui était enregistré avant est intact ; rien n’a été écrit après la dernière étape enregistrée.</translation>
    </message>
    <message>
        <source>To go back to a backup from {folder}: followup-desktop restore FILE</source>
        <translation>Pour revenir à une sauvegarde de {folder} : followup-desktop restore FICHIER</translation>
    </message>
</context>
<context>
    <name>cli.argparse_words</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide : %(value)r (%(type)s attendu)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus une valeur est attendue</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un de ces arguments est obligatoire : %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli.backup</name>
    <message>
        <source>write a verified copy of the database (default: into the backups folder)</source>
        <translation>écrire une copie vérifiée de la base de données (par défaut : dans le dossier des sauvegardes)</translation>
    </message>
    <message>
        <source>write the backup to FILE instead</source>
        <translation>écrire la sauvegarde dans FILE à la place</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current data is backed up first)</source>
        <translation>remplacer la base de données par une sauvegarde (les données actuelles sont sauvegardées d’abord)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>there is no database in {folder} yet; nothing to back up.</source>
        <translation>il n’y a pas encore de base de données dans {folder} ; rien à sauvegarder.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name (nothing was overwritten).</source>
        <translation>{file} existe déjà ; choisissez un autre nom (rien n’a été écrasé).</translation>
    </message>
    <message>
        <source>Backed up to {file} ({summary}); checked: ok.</source>
        <translation>Sauvegardé dans {file} ({summary}) ; vérifié : OK.</translation>
    </message>
    <message>
        <source>Follow-up Desktop is open on this data folder (process {pid}); close it first, or use File &gt; Restore from backup in the window.</source>
        <translation>Follow-up Desktop est ouvert sur ce dossier des données (processus {pid}) ; fermez-le d’abord, ou utilisez Fichier &gt; Restaurer une sauvegarde dans la fenêtre.</translation>
    </message>
    <message>
        <source>Restored {file} ({summary}).</source>
        <translation>{file} restauré ({summary}).</translation>
    </message>
    <message>
        <source>The data it replaced was backed up to {file}.</source>
        <translation>Les données remplacées ont été sauvegardées dans {file}.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside to {file}.</source>
        <translation>La base de données endommagée a été mise de côté dans {file}.</translation>
    </message>
</context>
<context>
    <name>cli.demo</name>
    <message>
        <source>fill the database with realistic, deterministic sample data</source>
        <translation>remplir la base de données avec des données d’exemple réalistes et reproductibles</translation>
    </message>
    <message>
        <source>how many contacts (default 200)</source>
        <translation>combien de contacts (200 par défaut)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>graine aléatoire (1 par défaut)</translation>
    </message>
    <message>
        <source>add to a database that already holds contacts</source>
        <translation>ajouter à une base de données qui contient déjà des contacts</translation>
    </message>
    <message>
        <source>--contacts cannot be negative.</source>
        <translation>--contacts ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>cli.export_contacts</name>
    <message>
        <source>export contacts as CSV or vCard 3.0</source>
        <translation>exporter les contacts en CSV ou vCard 3.0</translation>
    </message>
    <message>
        <source>default: csv</source>
        <translation>par défaut : csv</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>only the contacts of this category</source>
        <translation>seulement les contacts de cette catégorie</translation>
    </message>
    <message>
        <source>also export archived contacts</source>
        <translation>exporter aussi les contacts archivés</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {file}.</source>
        <extracomment>Exported %n contact to {file}.</extracomment>
        <translation>
            <numerusform>%n contact exporté dans {file}.</numerusform>
            <numerusform>%n contacts exportés dans {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.export_ics</name>
    <message>
        <source>write follow-ups as an .ics file for Outlook or Google Calendar</source>
        <translation>écrire les relances dans un fichier .ics pour Outlook ou Google Agenda</translation>
    </message>
    <message>
        <source>Write follow-ups as an .ics calendar file (default: every open follow-up).</source>
        <translation>Écrire les relances dans un fichier d’agenda .ics (par défaut : toutes les relances ouvertes).</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>le fichier .ics à écrire</translation>
    </message>
    <message>
        <source>first due date (YYYY-MM-DD)</source>
        <translation>première date d’échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>last due date (YYYY-MM-DD)</source>
        <translation>dernière date d’échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>only contacts in this category (repeat for several)</source>
        <translation>seulement les contacts de cette catégorie (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>only what changed since it was exported, plus what is new: {rule}</source>
        <translation>seulement ce qui a changé depuis l’export, plus ce qui est nouveau : {rule}</translation>
    </message>
    <message>
        <source>only follow-ups where it is my move</source>
        <translation>seulement les relances où c’est à moi d’agir</translation>
    </message>
    <message>
        <source>only follow-ups where I wait for them</source>
        <translation>seulement les relances où j’attends leur réponse</translation>
    </message>
    <message>
        <source>add a reminder to every event</source>
        <translation>ajouter un rappel à chaque événement</translation>
    </message>
    <message>
        <source>also birthdays and anniversaries, as yearly all-day events shown as free</source>
        <translation>aussi les anniversaires, en événements annuels d’une journée affichés comme libres</translation>
    </message>
    <message>
        <source>ask the calendar to import into a separate calendar of this name</source>
        <translation>demander à l’agenda d’importer dans un agenda séparé de ce nom</translation>
    </message>
    <message>
        <source>time zone the due times are in, e.g. Europe/Berlin (default: this computer's)</source>
        <translation>fuseau horaire des heures d’échéance, p. ex. Europe/Paris (par défaut : celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>{option} “{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} « {value} » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}.</source>
        <translation>--to {end} est avant --from {start}.</translation>
    </message>
    <message>
        <source>follow-ups.ics</source>
        <translation>relances.ics</translation>
    </message>
    <message>
        <source>{folder} is a folder; give a file name such as {example}.</source>
        <translation>{folder} est un dossier ; indiquez un nom de fichier comme {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>No follow-ups new or changed since the last export match; {file} was not written.</source>
        <translation>Aucune relance nouvelle ou modifiée depuis le dernier export ; {file} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>No follow-ups match; {file} was not written.</source>
        <translation>Aucune relance ne correspond ; {file} n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>cli.import_contacts</name>
    <message>
        <source>import contacts from a CSV (Outlook, Google, any) or vCard file</source>
        <translation>importer des contacts depuis un fichier CSV (Outlook, Google, autre) ou vCard</translation>
    </message>
    <message>
        <source>Import contacts. The format is read from the content, not the extension.</source>
        <translation>Importer des contacts. Le format est reconnu d’après le contenu, pas l’extension.</translation>
    </message>
    <message>
        <source>the CSV or vCard (.vcf) file</source>
        <translation>le fichier CSV ou vCard (.vcf)</translation>
    </message>
    <message>
        <source>category for contacts whose categories in the file match none of ours (default: Prospects)</source>
        <translation>catégorie des contacts dont les catégories du fichier ne correspondent à aucune des nôtres (par défaut : Prospects)</translation>
    </message>
    <message>
        <source>a row that is already a contact (same e-mail, else profile URL, else name and phone, else name and company): skip it (default), update the contact, or add it anyway</source>
        <translation>une ligne qui est déjà un contact (même e-mail, sinon URL de profil, sinon nom et téléphone, sinon nom et entreprise) : l’ignorer (par défaut), mettre le contact à jour ou l’ajouter quand même</translation>
    </message>
    <message>
        <source>how to read a date such as 3/4/1980 when the file does not show it (a value such as 15/3 or 3/15 decides for the whole file); dots are day.month</source>
        <translation>comment lire une date comme 3/4/1980 quand le fichier ne le montre pas (une valeur comme 15/3 ou 3/15 décide pour tout le fichier) ; les points sont jour.mois</translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation>montrer ce qui se passerait ; ne rien écrire</translation>
    </message>
    <message>
        <source>undo an import (its number is printed by import)</source>
        <translation>annuler une importation (son numéro est affiché par import)</translation>
    </message>
    <message>
        <source>the import's number</source>
        <translation>le numéro de l’importation</translation>
    </message>
    <message>
        <source>undo even when notes, follow-ups or edits made since with its contacts would be deleted too (a backup is taken first)</source>
        <translation>annuler même si des notes, relances ou modifications faites depuis sur ses contacts seraient supprimées aussi (une sauvegarde est faite d’abord)</translation>
    </message>
    <message>
        <source>the columns of “{file}” were not recognised ({columns}). Import it once with File → Import contacts… in the app to choose which column is what; the choice is remembered for files like it.</source>
        <translation>les colonnes de « {file} » n’ont pas été reconnues ({columns}). Importez-le une fois dans l’application avec Fichier → Importer des contacts… pour indiquer quelle colonne est quoi ; ce choix est retenu pour les fichiers semblables.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <extracomment>%n row</extracomment>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {about}</source>
        <translation>{file} : {about}</translation>
    </message>
    <message>
        <source>{line} (dry run: nothing was written)</source>
        <translation>{line} (essai : rien n’a été écrit)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Colonnes : {columns}</translation>
    </message>
    <message>
        <source>Dates such as 3/4/1980 read as {order}</source>
        <translation>Dates comme 3/4/1980 lues en {order}</translation>
    </message>
    <message>
        <source>To undo: followup-desktop undo-import {number}</source>
        <translation>Pour annuler : followup-desktop undo-import {number}</translation>
    </message>
    <message>
        <source>nothing could be imported from this file.</source>
        <translation>rien n’a pu être importé depuis ce fichier.</translation>
    </message>
    <message>
        <source>To undo it anyway, run: followup-desktop undo-import {number} --force (a backup of everything is taken first).</source>
        <translation>Pour l’annuler quand même : followup-desktop undo-import {number} --force (tout est sauvegardé d’abord).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n contacts and reverted {reverted}.</source>
        <extracomment>Removed %n contact and reverted {reverted}.</extracomment>
        <translation>
            <numerusform>%n contact supprimé et {reverted} rétablis.</numerusform>
            <numerusform>%n contacts supprimés et {reverted} rétablis.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it deleted is kept in the backup {file}.</source>
        <translation>Ce qui a été supprimé est conservé dans la sauvegarde {file}.</translation>
    </message>
</context>
<context>
    <name>cli.jogger</name>
    <message>
        <source>write the weekly follow-up list (the memory jogger) as a PDF</source>
        <translation>écrire la liste des relances de la semaine en PDF</translation>
    </message>
    <message>
        <source>Write one week's follow-up list as a PDF: what is due, grouped by category, with overdue items first, contacts with no next step and prompts. Each category starts on a new page unless --no-page-per-category is given (or the print preview's 'Start each category on a new page' box was unticked).</source>
        <translation>Écrire la liste des relances d’une semaine en PDF : ce qui est dû, groupé par catégorie, les retards en premier, les contacts sans prochaine étape et les pistes de réflexion. Chaque catégorie commence sur une nouvelle page, sauf avec --no-page-per-category (ou si la case de l’aperçu avant impression pour une page par catégorie a été décochée).</translation>
    </message>
    <message>
        <source>leave out the contacts that have no next step planned</source>
        <translation>omettre les contacts sans prochaine étape prévue</translation>
    </message>
    <message>
        <source>leave out the memory-jogger prompts</source>
        <translation>omettre les pistes de réflexion</translation>
    </message>
    <message>
        <source>start each category on a new page; --no-page-per-category packs the categories one after another to save paper (default: as last chosen in the print preview, else a new page per category)</source>
        <translation>commencer chaque catégorie sur une nouvelle page ; --no-page-per-category enchaîne les catégories pour économiser du papier (par défaut : comme choisi en dernier dans l’aperçu, sinon une page par catégorie)</translation>
    </message>
    <message>
        <source>name printed in the header (default: saved)</source>
        <translation>nom imprimé dans l’en-tête (par défaut : enregistré)</translation>
    </message>
    <message>
        <source>{why} No PDF was written.</source>
        <translation>{why} Aucun PDF n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <extracomment>%n to follow up</extracomment>
        <translation>
            <numerusform>%n à relancer</numerusform>
            <numerusform>%n à relancer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <extracomment>%n overdue</extracomment>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} ({overdue})</source>
        <translation>{due} ({overdue})</translation>
    </message>
    <message>
        <source>Wrote {file}: {week}, {due}, {pages}.</source>
        <translation>{file} écrit : {week}, {due}, {pages}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <extracomment>%n page</extracomment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.printing</name>
    <message>
        <source>the week, e.g. 2026-W48 (default: this week; it starts on the locale's first day)</source>
        <translation>la semaine, p. ex. 2026-W48 (par défaut : cette semaine ; elle commence au premier jour de la langue régionale)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>paper size (default: from the locale, Letter in the US and Canada, else A4)</source>
        <translation>format du papier (par défaut : selon la langue régionale, Letter aux États-Unis et au Canada, sinon A4)</translation>
    </message>
</context>
<context>
    <name>cli.review</name>
    <message>
        <source>write the weekly review (persistence pays, given up too early, the week's numbers) as a one-page PDF</source>
        <translation>écrire le bilan de la semaine (la persévérance paie, abandonnés trop tôt, les chiffres de la semaine) en PDF d’une page</translation>
    </message>
    <message>
        <source>Write one week's review as a one-page PDF: after how many attempts your contacts answered, which channels got replies, the prospects and referrals given up too early, and the week in numbers with the eight weeks before it.</source>
        <translation>Écrire le bilan d’une semaine en PDF d’une page : après combien de tentatives vos contacts ont répondu, quels canaux ont obtenu des réponses, les prospects et recommandations abandonnés trop tôt, et la semaine en chiffres avec les huit semaines précédentes.</translation>
    </message>
    <message>
        <source>the history the charts cover: {periods} (default: {default})</source>
        <translation>la période couverte par les graphiques : {periods} (par défaut : {default})</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n follow-ups done</source>
        <extracomment>{done}/%n follow-up done</extracomment>
        <translation>
            <numerusform>{done}/%n relance faite</numerusform>
            <numerusform>{done}/%n relances faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: review of {week}, {done}, {replies}, {given_up}.</source>
        <translation>{file} écrit : bilan de {week}, {done}, {replies}, {given_up}.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies charted</source>
        <extracomment>%n reply charted</extracomment>
        <translation>
            <numerusform>%n réponse dans les graphiques</numerusform>
            <numerusform>%n réponses dans les graphiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up too early</source>
        <extracomment>%n given up too early</extracomment>
        <translation>
            <numerusform>%n abandonné trop tôt</numerusform>
            <numerusform>%n abandonnés trop tôt</numerusform>
        </translation>
    </message>
</context>
</TS>
