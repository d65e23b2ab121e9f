<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>exchange.atomic</name>
    <message>
        <source>Cannot write {path} ({problem}); the file was left as it was.</source>
        <translation>Impossible d'écrire {path} ({problem}) ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} est un dossier ; choisissez un nom de fichier pour l'export.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder} ({problem}); nothing was exported.</source>
        <translation>Impossible d'écrire dans le dossier {folder} ({problem}) ; rien n'a été exporté.</translation>
    </message>
</context>
<context>
    <name>exchange.contacts_csv</name>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>illisible ({problem})</translation>
    </message>
    <message>
        <source>Other web address</source>
        <translation>Autre adresse web</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>En relation depuis le</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Address ({kind})</source>
        <translation>Adresse ({kind})</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{name} is empty: there are no contacts in it.</source>
        <translation>{name} est vide : il ne contient aucun contact.</translation>
    </message>
    <message>
        <source>has {values} values but the header has {columns} columns (a value with an unquoted delimiter?)</source>
        <translation>a {values} valeurs mais l'en-tête a {columns} colonnes (une valeur contenant un séparateur sans guillemets ?)</translation>
    </message>
    <message>
        <source>{name} has a header row but no contacts below it (line {line} is the last line).</source>
        <translation>{name} a une ligne d'en-tête mais aucun contact en dessous (la ligne {line} est la dernière).</translation>
    </message>
    <message>
        <source>a quoted value opened on line {line} is never closed, so the rest of the file was read into it</source>
        <translation>une valeur entre guillemets ouverte ligne {line} n'est jamais fermée : le reste du fichier y a été lu</translation>
    </message>
</context>
<context>
    <name>exchange.csv_maps</name>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
</context>
<context>
    <name>exchange.detect</name>
    <message>
        <source>a ZIP archive (an Excel .xlsx or other Office file, or LinkedIn's data archive: unzip that and choose Connections.csv)</source>
        <translation>une archive ZIP (un fichier Excel .xlsx ou autre fichier Office, ou l'archive de données LinkedIn : décompressez-la et choisissez Connections.csv)</translation>
    </message>
    <message>
        <source>an older Office document (.xls or .doc)</source>
        <translation>un ancien document Office (.xls ou .doc)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé gzip</translation>
    </message>
    <message>
        <source>{name} is empty: there are no contacts in it.</source>
        <translation>{name} est vide : il ne contient aucun contact.</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (line {line} contains binary data). Choose a CSV or vCard (.vcf) file.</source>
        <translation>{name} est un fichier binaire, pas du texte (la ligne {line} contient des données binaires). Choisissez un fichier CSV ou vCard (.vcf).</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>Le fichier {path} est illisible ({problem}).</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>« {file} »</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, pipe or socket). Choose a CSV or vCard (.vcf) file.</source>
        <translation>{path} n'est pas un fichier ordinaire (c'est un périphérique, un tube ou un socket). Choisissez un fichier CSV ou vCard (.vcf).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; Follow-up Desktop imports files of up to {limit} MB. Split it into smaller files (or export without photos) and import those.</source>
        <translation>{file} fait {size} Mo ; Follow-up Desktop importe des fichiers jusqu'à {limit} Mo. Découpez-le en fichiers plus petits (ou exportez sans photos) et importez-les.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{name} is {what}, not a contacts file. Save or export it as CSV or vCard (.vcf) and import that.</source>
        <translation>{name} est {what}, pas un fichier de contacts. Enregistrez-le ou exportez-le en CSV ou vCard (.vcf) et importez ce fichier.</translation>
    </message>
    <message>
        <source>{first} nor {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{name} is in an unknown text encoding: line {line} contains bytes that are not {encodings}. Save it as UTF-8 (for example from Excel: “CSV UTF-8”) and try again.</source>
        <translation>{name} utilise un encodage de texte inconnu : la ligne {line} contient des octets qui ne se lisent pas en {encodings}. Enregistrez-le en UTF-8 (par exemple dans Excel : « CSV UTF-8 ») et réessayez.</translation>
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
        <translation>Il n'y a pas de catégorie « {category} » (il y a : {known}).</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”; choose csv or vcf.</source>
        <translation>Format d'export inconnu « {format} » ; choisissez csv ou vcf.</translation>
    </message>
</context>
<context>
    <name>exchange.ics_event</name>
    <message>
        <source>yours</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>theirs (you are waiting for them)</source>
        <translation>eux (vous attendez leur retour)</translation>
    </message>
    <message>
        <source>Follow up: {contact} – {reason}</source>
        <translation>Relance : {contact} – {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Téléphone : {value}</translation>
    </message>
    <message>
        <source>Email: {value}</source>
        <translation>E-mail : {value}</translation>
    </message>
    <message>
        <source>Last interaction: {date}</source>
        <translation>Dernier échange : {date}</translation>
    </message>
    <message>
        <source>Company: {company}</source>
        <translation>Entreprise : {company}</translation>
    </message>
    <message>
        <source>Channel: {channel}</source>
        <translation>Canal : {channel}</translation>
    </message>
    <message>
        <source>Whose move: {whose}</source>
        <translation>À qui d'agir : {whose}</translation>
    </message>
    <message>
        <source>The follow-up with {contact} is due on {date}, too far ahead for a calendar file. Change its date and export again; nothing was written.</source>
        <translation>La relance avec {contact} est prévue le {date}, trop loin pour un fichier de calendrier. Modifiez sa date et exportez à nouveau ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>exchange.ics_export</name>
    <message>
        <source>{path} is a folder. Choose a file name ending in .ics.</source>
        <translation>{path} est un dossier. Choisissez un nom de fichier se terminant par .ics.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} was not written. Free some space and try again; any earlier file was left as it was.</source>
        <translation>Le disque est plein : {file} n'a pas été écrit. Libérez de la place et réessayez ; un fichier existant n'a pas été modifié.</translation>
    </message>
    <message>
        <source>You cannot write to {folder} (permission denied). Choose another folder; any earlier file was left as it was.</source>
        <translation>Vous ne pouvez pas écrire dans {folder} (accès refusé). Choisissez un autre dossier ; un fichier existant n'a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}); any earlier file was left as it was.</source>
        <translation>{path} n'a pas pu être écrit ({problem}) ; un fichier existant n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>Le dossier {folder} n'existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed</source>
        <extracomment>%n new or changed</extracomment>
        <translation>
            <numerusform>%n nouvel ou modifié</numerusform>
            <numerusform>%n nouveaux ou modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn (done, cancelled, deleted or out of scope)</source>
        <extracomment>%n withdrawn (done, cancelled, deleted or out of scope)</extracomment>
        <translation>
            <numerusform>%n retiré (fait, annulé, supprimé ou hors sélection)</numerusform>
            <numerusform>%n retirés (faits, annulés, supprimés ou hors sélection)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <extracomment>%n unchanged</extracomment>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to {path}.</source>
        <extracomment>Wrote %n event to {path}.</extracomment>
        <translation>
            <numerusform>%n événement écrit dans {path}.</numerusform>
            <numerusform>%n événements écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to {path}: {details}.</source>
        <extracomment>Wrote %n event to {path}: {details}.</extracomment>
        <translation>
            <numerusform>%n événement écrit dans {path} : {details}.</numerusform>
            <numerusform>%n événements écrits dans {path} : {details}.</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-ups-{date}.ics</source>
        <translation>relances-{date}.ics</translation>
    </message>
</context>
<context>
    <name>exchange.ics_key_dates</name>
    <message>
        <source>{what}: {contact}</source>
        <translation>{what} : {contact}</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
</context>
<context>
    <name>exchange.ics_options</name>
    <message>
        <source>This computer's time zone could not be determined. Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again.</source>
        <translation>Le fuseau horaire de cet ordinateur est introuvable. Définissez la variable d'environnement TZ (par ex. TZ=Europe/Paris) et réessayez.</translation>
    </message>
    <message>
        <source>This computer's time zone could not be determined ({problem}). Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again.</source>
        <translation>Le fuseau horaire de cet ordinateur est introuvable ({problem}). Définissez la variable d'environnement TZ (par ex. TZ=Europe/Paris) et réessayez.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone name (try e.g. Europe/Berlin).</source>
        <translation>« {zone} » n'est pas un nom de fuseau horaire (par ex. Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>exchange.output</name>
    <message>
        <source>{path} cannot be checked ({problem}).</source>
        <translation>Impossible de vérifier {path} ({problem}).</translation>
    </message>
    <message>
        <source>{path} is a symbolic link (to {target}); it was left as it was. Choose the file itself or another name.</source>
        <translation>{path} est un lien symbolique (vers {target}) ; il n'a pas été modifié. Choisissez le fichier lui-même ou un autre nom.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to write to.</source>
        <translation>{path} est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, pipe or socket); nothing was written to it. Choose a file name.</source>
        <translation>{path} n'est pas un fichier ordinaire (c'est un périphérique, un tube ou un socket) ; rien n'y a été écrit. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it was left as it was. Choose another name, or replace it anyway (on the command line: add --force).</source>
        <translation>{path} est en lecture seule : il n'a pas été modifié. Choisissez un autre nom ou remplacez-le quand même (en ligne de commande : ajoutez --force).</translation>
    </message>
</context>
<context>
    <name>exchange.vcard</name>
    <message>
        <source>Other e-mail</source>
        <translation>Autre e-mail</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Other mobile</source>
        <translation>Autre portable</translation>
    </message>
    <message>
        <source>Other web address</source>
        <translation>Autre adresse web</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{name} has no BEGIN:VCARD line, so it holds no vCards.</source>
        <translation>{name} n'a pas de ligne BEGIN:VCARD : il ne contient aucune vCard.</translation>
    </message>
    <message>
        <source>{name} is a truncated vCard: the card starting on line {line} has no END:VCARD line.</source>
        <translation>{name} est une vCard tronquée : la fiche commençant ligne {line} n'a pas de ligne END:VCARD.</translation>
    </message>
    <message>
        <source>is a truncated vCard (there is no END:VCARD line)</source>
        <translation>est une vCard tronquée (il manque la ligne END:VCARD)</translation>
    </message>
    <message>
        <source>is a vCard of over {millions} million characters, too large to be one contact</source>
        <translation>est une vCard de plus de {millions} million de caractères, trop grande pour un seul contact</translation>
    </message>
    <message>
        <source>is not a readable vCard ({problem})</source>
        <translation>n'est pas une vCard lisible ({problem})</translation>
    </message>
</context>
</TS>
