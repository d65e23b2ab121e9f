<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.shell.about_dialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Log every call, e-mail or meeting and plan the next follow-up, so no prospect, client or referral falls through the cracks.</source>
        <translation>Notez chaque appel, e-mail ou rendez-vous et planifiez la prochaine relance : aucun prospect, client ou contact recommandé ne passe entre les mailles du filet.</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Show the folder that holds your database</source>
        <translation>Afficher le dossier qui contient votre base de données</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Vos données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Réglages :</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Conçu avec :</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>{file} (not created yet)</source>
        <translation>{file} (pas encore créé)</translation>
    </message>
    <message>
        <source>The data folder could not be opened in your file manager. You can find it here:
{folder}</source>
        <translation>Le dossier des données n’a pas pu être ouvert dans votre gestionnaire de fichiers. Il se trouve ici :
{folder}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ui.shell.actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planifier une relance…</translation>
    </message>
    <message>
        <source>Plan the next follow-up for the contact without logging an interaction</source>
        <translation>Planifier la prochaine relance du contact sans noter d’échange</translation>
    </message>
    <message>
        <source>&amp;Working days…</source>
        <translation>&amp;Jours ouvrés…</translation>
    </message>
    <message>
        <source>The days you work and whose public holidays you keep: proposed dates land on them</source>
        <translation>Les jours où vous travaillez et les jours fériés que vous observez : les dates proposées tombent sur ces jours</translation>
    </message>
    <message>
        <source>Follow-up &amp;series…</source>
        <translation>&amp;Série de relances…</translation>
    </message>
    <message>
        <source>Apply a series of follow-ups to the contact, or stop one</source>
        <translation>Appliquer une série de relances au contact, ou l’arrêter</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exporter les contacts…</translation>
    </message>
    <message>
        <source>&amp;Print weekly list…</source>
        <translation>Im&amp;primer la liste de la semaine…</translation>
    </message>
    <message>
        <source>Preview, print or save this week's follow-up list</source>
        <translation>Afficher, imprimer ou enregistrer la liste des relances de la semaine</translation>
    </message>
    <message>
        <source>&amp;Holiday cards…</source>
        <translation>Cartes de &amp;vœux…</translation>
    </message>
    <message>
        <source>Address labels (Avery 5160 / L7160) or an address list for a card mailing</source>
        <translation>Étiquettes d’adresse (Avery 5160 / L7160) ou liste d’adresses pour un envoi de cartes</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>Exporter vers l’a&amp;genda…</translation>
    </message>
    <message>
        <source>Write follow-ups as an .ics file for Outlook or Google</source>
        <translation>Enregistrer les relances dans un fichier .ics pour Outlook ou Google</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler : {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir : {step}</translation>
    </message>
</context>
<context>
    <name>ui.shell.error_dialog</name>
    <message>
        <source>{app}: something went wrong</source>
        <translation>{app} : un problème est survenu</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Les détails ont été enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>ui.shell.language_menu</name>
    <message>
        <source>&amp;System language ({language})</source>
        <translation>Langue du &amp;système ({language})</translation>
    </message>
    <message>
        <source>The new language applies when {app} starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de {app}.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
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
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bilan</translation>
    </message>
</context>
<context>
    <name>ui.shell.main_window</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Select a contact (or a follow-up) first.</source>
        <translation>Sélectionnez d’abord un contact (ou une relance).</translation>
    </message>
    <message>
        <source>Working days: {days}.</source>
        <translation>Jours ouvrés : {days}.</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Sélectionnez d’abord un contact.</translation>
    </message>
    <message>
        <source>The sample book opens in a window of its own; yours stays as it is.</source>
        <translation>Les données d’exemple s’ouvrent dans une fenêtre à part ; les vôtres restent intactes.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contacts, updated {updated}.</source>
        <extracomment>Imported %n contact, updated {updated}.</extracomment>
        <translation>
            <numerusform>%n contact importé, {updated} mis à jour.</numerusform>
            <numerusform>%n contacts importés, {updated} mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the screenshot to {path}</source>
        <translation>impossible d’écrire la capture d’écran dans {path}</translation>
    </message>
</context>
<context>
    <name>ui.shell.recovery_dialog</name>
    <message>
        <source>Your database is damaged</source>
        <translation>Votre base de données est endommagée</translation>
    </message>
    <message>
        <source>Your database is in use</source>
        <translation>Votre base de données est en cours d’utilisation</translation>
    </message>
    <message>
        <source>Your database cannot be written</source>
        <translation>Votre base de données ne peut pas être modifiée</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>Your database is from a newer version</source>
        <translation>Votre base de données vient d’une version plus récente</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Le dossier des données est inutilisable</translation>
    </message>
    <message>
        <source>Your database cannot be opened</source>
        <translation>Votre base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>{when} — {counts}</source>
        <translation>{when} — {counts}</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The latest good backup is from {backup}.</source>
        <translation>La dernière sauvegarde valide date du {backup}.</translation>
    </message>
    <message>
        <source>There is no backup beside it; you can choose a backup file you made.</source>
        <translation>Il n’y a pas de sauvegarde à côté ; vous pouvez choisir un fichier de sauvegarde que vous avez fait.</translation>
    </message>
    <message>
        <source>Nothing is deleted: the damaged file is kept beside it under a new name.</source>
        <translation>Rien n’est supprimé : le fichier endommagé est conservé à côté sous un nouveau nom.</translation>
    </message>
    <message>
        <source>Choose a backup or database file</source>
        <translation>Choisir une sauvegarde ou une base de données</translation>
    </message>
    <message>
        <source>Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Données Follow-up Desktop (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Le fichier endommagé a été conservé sous {file}.</translation>
    </message>
    <message>
        <source>The file it replaced was backed up to {file}.</source>
        <translation>Le fichier remplacé a été sauvegardé dans {file}.</translation>
    </message>
    <message>
        <source>Updating your data for this version of Follow-up Desktop.
A checked backup is made first; this can take a little while.</source>
        <translation>Mise à jour de vos données pour cette version de Follow-up Desktop.
Une sauvegarde vérifiée est faite d’abord ; cela peut prendre un moment.</translation>
    </message>
</context>
<context>
    <name>ui.shell.reminders</name>
    <message>
        <source>&amp;Show {app}</source>
        <translation>&amp;Afficher {app}</translation>
    </message>
    <message>
        <source>&amp;Minimise to the tray</source>
        <translation>Ré&amp;duire dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Morning summary at {time}…</source>
        <translation>Résumé du matin à {time}…</translation>
    </message>
    <message>
        <source>Morning summary</source>
        <translation>Résumé du matin</translation>
    </message>
    <message>
        <source>Show the day's summary at (HH:MM):</source>
        <translation>Afficher le résumé du jour à (HH:MM) :</translation>
    </message>
    <message>
        <source>“{text}” is not a time like 08:30.</source>
        <translation>« {text} » n’est pas une heure comme 08:30.</translation>
    </message>
</context>
<context>
    <name>ui.shell.sample</name>
    <message>
        <source>SAMPLE DATA (throw-away)</source>
        <translation>DONNÉES D’EXEMPLE (jetables)</translation>
    </message>
    <message>
        <source>the sample data could not be made</source>
        <translation>les données d’exemple n’ont pas pu être créées</translation>
    </message>
    <message>
        <source>The sample data could not be made: {error}</source>
        <translation>Les données d’exemple n’ont pas pu être créées : {error}</translation>
    </message>
    <message>
        <source>The sample window could not be started.</source>
        <translation>La fenêtre des données d’exemple n’a pas pu s’ouvrir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; Try anything here: this book is separate from yours and can be thrown away.</source>
        <translation>&lt;b&gt;Données d’exemple.&lt;/b&gt; Essayez tout ce que vous voulez : elles sont séparées des vôtres et peuvent être jetées.</translation>
    </message>
    <message>
        <source>Throw the sample away…</source>
        <translation>Jeter l’exemple…</translation>
    </message>
    <message>
        <source>Throw the sample away?</source>
        <translation>Jeter l’exemple ?</translation>
    </message>
    <message>
        <source>Close this window and delete the sample book? Your own book is not touched.</source>
        <translation>Fermer cette fenêtre et supprimer les données d’exemple ? Vos propres données ne sont pas touchées.</translation>
    </message>
</context>
<context>
    <name>ui.shell.single_instance</name>
    <message>
        <source>{app} is already open on the data folder {folder}, but it does not answer. Close it (or wait until it responds) and start again.</source>
        <translation>{app} est déjà ouvert sur le dossier des données {folder}, mais ne répond pas. Fermez-le (ou attendez qu’il réponde) et relancez.</translation>
    </message>
</context>
<context>
    <name>ui.shell.startup</name>
    <message>
        <source>That did not work: {error}</source>
        <translation>Cela n’a pas fonctionné : {error}</translation>
    </message>
</context>
<context>
    <name>ui.shell.working_days</name>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Dates the app proposes (quick picks, +1 day and Next week, series, catch-up, the call after a promise lapses) land on these days. You can still type any date.</source>
        <translation>Les dates proposées par l’application (choix rapides, +1 jour et La semaine prochaine, séries, rattrapage, l’appel après une promesse non tenue) tombent sur ces jours. Vous pouvez toujours saisir n’importe quelle date.</translation>
    </message>
    <message>
        <source>I work on:</source>
        <translation>Je travaille le :</translation>
    </message>
    <message>
        <source>Country or region, e.g. &quot;DE&quot;, &quot;DE-BY&quot;, &quot;US-CA&quot;, &quot;GB&quot;</source>
        <translation>Pays ou région, p. ex. &quot;FR&quot;, &quot;BE&quot;, &quot;CA-QC&quot;, &quot;CH&quot;</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Jours fériés de</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Jours fériés de :</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Morning:</source>
        <translation>Matin :</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Afternoon:</source>
        <translation>Après-midi :</translation>
    </message>
    <message>
        <source>Typed “monday morning” means:</source>
        <translation>« lundi matin » saisi signifie :</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Cochez au moins un jour ouvré.</translation>
    </message>
</context>
</TS>
