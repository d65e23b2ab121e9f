<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>store.agenda</name>
    <message>
        <source>Remember</source>
        <translation>À retenir</translation>
    </message>
</context>
<context>
    <name>store.backup</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Avant la mise à jour</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Avant la restauration</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Avant l'annulation d'une importation</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({detail}).</source>
        <translation>{path} ne peut pas être lu comme base de données ({detail}).</translation>
    </message>
</context>
<context>
    <name>store.cadence</name>
    <message>
        <source>That category no longer exists.</source>
        <translation>Cette catégorie n'existe plus.</translation>
    </message>
</context>
<context>
    <name>store.cards</name>
    <message>
        <source>That contact no longer exists; it may have been deleted.</source>
        <translation>Ce contact n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>store.claim</name>
    <message>
        <source>The lock file {path} beside the database cannot be written ({detail}), so the database cannot be used safely. Check that the data folder is writable and the disk is not full.</source>
        <translation>Le fichier de verrou {path} à côté de la base de données ne peut pas être écrit ({detail}), la base ne peut donc pas être utilisée sans risque. Vérifiez que le dossier des données est accessible en écriture et que le disque n'est pas plein.</translation>
    </message>
    <message>
        <source>The database {db_path} is being restored or replaced by another Follow-up Desktop process. Try again when it has finished; nothing was changed.</source>
        <translation>La base de données {db_path} est en cours de restauration ou de remplacement par un autre processus Follow-up Desktop. Réessayez quand il aura terminé ; rien n'a changé.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another Follow-up Desktop process (a window, an import, an export or a backup). Let it finish or close it, then try again; nothing was changed.</source>
        <translation>La base de données {db_path} est utilisée par un autre processus Follow-up Desktop (une fenêtre, une importation, une exportation ou une sauvegarde). Laissez-le terminer ou fermez-le, puis réessayez ; rien n'a changé.</translation>
    </message>
</context>
<context>
    <name>store.connection</name>
    <message>
        <source>The database is already open.</source>
        <translation>La base de données est déjà ouverte.</translation>
    </message>
    <message>
        <source>No database has been opened yet.</source>
        <translation>Aucune base de données n'a encore été ouverte.</translation>
    </message>
</context>
<context>
    <name>store.contacts</name>
    <message>
        <source>A contact cannot be their own referrer.</source>
        <translation>Un contact ne peut pas s'être recommandé lui-même.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie a besoin d'un nom.</translation>
    </message>
    <message>
        <source>A category name can be at most 60 characters long.</source>
        <translation>Un nom de catégorie compte au plus 60 caractères.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>Il existe déjà une catégorie nommée {name}.</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>Le dossier des données {path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist and cannot be created ({detail}).</source>
        <translation>Le dossier des données {path} n'existe pas et ne peut pas être créé ({detail}).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; check its permissions.</source>
        <translation>Le dossier des données {path} n'est pas accessible en écriture ; vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>La base de données</translation>
    </message>
    <message>
        <source>Upgrading the database {path} from version {current} failed ({exc}); it was left as it was.</source>
        <translation>La mise à jour de la base de données {path} depuis la version {current} a échoué ({exc}) ; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade (data version {current}), but it could not be backed up first, so it was not changed. {exc}</source>
        <translation>La base de données {path} doit être mise à jour (version des données {current}), mais elle n'a pas pu être sauvegardée avant, elle n'a donc pas été modifiée. {exc}</translation>
    </message>
    <message>
        <source>The database {path} is read-only, so nothing could be saved. Check the file's permissions (or copy it somewhere you can write); it was not changed.</source>
        <translation>La base de données {path} est en lecture seule, rien n'a donc pu être enregistré. Vérifiez les autorisations du fichier (ou copiez-le à un endroit où vous pouvez écrire) ; il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n'y a pas de base de données à l'emplacement {path}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created ({detail}).</source>
        <translation>La base de données {path} ne peut pas être créée ({detail}).</translation>
    </message>
    <message>
        <source>The database {path} is read-only and from an older version; it needs an upgrade that cannot be written. Make it writable (or copy it) and try again.</source>
        <translation>La base de données {path} est en lecture seule et provient d'une version plus ancienne ; elle a besoin d'une mise à jour qui ne peut pas être écrite. Rendez-la accessible en écriture (ou copiez-la) et réessayez.</translation>
    </message>
</context>
<context>
    <name>store.demo</name>
    <message>
        <source>Added {items}.</source>
        <comment>Added 200 contacts, 2,000 interactions, 1,000 follow-ups.</comment>
        <translation>Ajouté : {items}.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n contacts; demo data is only added to an empty database. Use --force to add it anyway, or choose another --data-dir.</source>
        <extracomment>The database already holds %n contact; demo data is only added to an empty database. Use --force to add it anyway, or choose another --data-dir.</extracomment>
        <translation>
            <numerusform>La base de données contient déjà %n contact ; les données d'exemple ne sont ajoutées qu'à une base vide. Utilisez --force pour les ajouter quand même, ou choisissez un autre --data-dir.</numerusform>
            <numerusform>La base de données contient déjà %n contacts ; les données d'exemple ne sont ajoutées qu'à une base vide. Utilisez --force pour les ajouter quand même, ou choisissez un autre --data-dir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>Le nombre de contacts ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>store.demo_activity</name>
    <message>
        <source>Called, walked through the proposal.</source>
        <translation>Appelé, passé en revue la proposition.</translation>
    </message>
    <message>
        <source>Sent the brochure and the price list.</source>
        <translation>Envoyé la brochure et la liste de prix.</translation>
    </message>
    <message>
        <source>Left a voicemail asking for a good time to talk.</source>
        <translation>Laissé un message vocal pour demander un bon moment pour parler.</translation>
    </message>
    <message>
        <source>Met for coffee; they are reviewing suppliers next quarter.</source>
        <translation>Pris un café ensemble ; ils revoient leurs fournisseurs le trimestre prochain.</translation>
    </message>
    <message>
        <source>Quick email: asked whether the pilot results arrived.
They will forward to their manager.</source>
        <translation>Petit e-mail : résultats du pilote reçus ?
Ils vont les transmettre à leur responsable.</translation>
    </message>
    <message>
        <source>Demo went well. Questions about integration and support hours.</source>
        <translation>La démo s'est bien passée. Questions sur l'intégration et les horaires du support.</translation>
    </message>
    <message>
        <source>Thank-you card after the trade fair.</source>
        <translation>Carte de remerciement après le salon.</translation>
    </message>
    <message>
        <source>They asked for references from similar companies.</source>
        <translation>Ils ont demandé des références d'entreprises similaires.</translation>
    </message>
    <message>
        <source>Budget frozen until the new year; keep in touch.</source>
        <translation>Budget gelé jusqu'à la nouvelle année ; garder le contact.</translation>
    </message>
    <message>
        <source>Connected on LinkedIn, commented on their post.</source>
        <translation>Connecté sur LinkedIn, commenté leur publication.</translation>
    </message>
    <message>
        <source>Renewal discussed: wants a multi-year discount.
Send a comparison.</source>
        <translation>Renouvellement abordé : souhaite une remise pluriannuelle.
Envoyer un comparatif.</translation>
    </message>
    <message>
        <source>No answer, no voicemail.</source>
        <translation>Pas de réponse, pas de messagerie.</translation>
    </message>
    <message>
        <source>send revised pricing</source>
        <translation>envoyer les tarifs révisés</translation>
    </message>
    <message>
        <source>follow up on the proposal</source>
        <translation>relancer sur la proposition</translation>
    </message>
    <message>
        <source>check they received the samples</source>
        <translation>vérifier qu'ils ont reçu les échantillons</translation>
    </message>
    <message>
        <source>ask for a referral</source>
        <translation>demander une recommandation</translation>
    </message>
    <message>
        <source>confirm the meeting agenda</source>
        <translation>confirmer l'ordre du jour du rendez-vous</translation>
    </message>
    <message>
        <source>share the case study</source>
        <translation>partager l'étude de cas</translation>
    </message>
    <message>
        <source>discuss the renewal</source>
        <translation>discuter du renouvellement</translation>
    </message>
    <message>
        <source>invite to the customer event</source>
        <translation>inviter à l'événement clients</translation>
    </message>
    <message>
        <source>check in after the installation</source>
        <translation>prendre des nouvelles après l'installation</translation>
    </message>
    <message>
        <source>ask how the pilot went</source>
        <translation>demander comment s'est passé le pilote</translation>
    </message>
    <message>
        <source>send the contract for signature</source>
        <translation>envoyer le contrat pour signature</translation>
    </message>
    <message>
        <source>catch up: keep in touch</source>
        <translation>faire le point : garder le contact</translation>
    </message>
    <message>
        <source>they send the signed contract</source>
        <translation>ils envoient le contrat signé</translation>
    </message>
    <message>
        <source>they confirm the budget</source>
        <translation>ils confirment le budget</translation>
    </message>
    <message>
        <source>they reply with feedback on the proposal</source>
        <translation>ils donnent leur avis sur la proposition</translation>
    </message>
    <message>
        <source>they introduce me to their purchasing manager</source>
        <translation>ils me présentent à leur responsable des achats</translation>
    </message>
    <message>
        <source>bought elsewhere, confirmed by phone</source>
        <translation>a acheté ailleurs, confirmé par téléphone</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>à la retraite</translation>
    </message>
    <message>
        <source>not a fit for us</source>
        <translation>ne correspond pas à notre offre</translation>
    </message>
    <message>
        <source>moved to another company</source>
        <translation>parti dans une autre entreprise</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>plus nécessaire</translation>
    </message>
</context>
<context>
    <name>store.demo_personal</name>
    <message>
        <source>Trip to Japan</source>
        <translation>Voyage au Japon</translation>
    </message>
    <message>
        <source>Daughter's wedding</source>
        <translation>Mariage de sa fille</translation>
    </message>
    <message>
        <source>Running the city marathon</source>
        <translation>Court le marathon de la ville</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Back from parental leave</source>
        <translation>De retour de congé parental</translation>
    </message>
    <message>
        <source>Son starts university</source>
        <translation>Son fils entre à l'université</translation>
    </message>
    <message>
        <source>Sailing holiday in Greece</source>
        <translation>Vacances en voilier en Grèce</translation>
    </message>
    <message>
        <source>Knee surgery, wish a quick recovery</source>
        <translation>Opération du genou, souhaiter un prompt rétablissement</translation>
    </message>
    <message>
        <source>Plays golf on Saturdays</source>
        <translation>Joue au golf le samedi</translation>
    </message>
    <message>
        <source>Two kids, Emma and Noah</source>
        <translation>Deux enfants, Emma et Noah</translation>
    </message>
    <message>
        <source>Vegetarian: no steakhouse</source>
        <translation>Végétarien : pas de grill</translation>
    </message>
    <message>
        <source>Supports the local football club</source>
        <translation>Supporter du club de foot local</translation>
    </message>
    <message>
        <source>Collects vinyl records</source>
        <translation>Collectionne les vinyles</translation>
    </message>
    <message>
        <source>Prefers calls after 10</source>
        <translation>Préfère les appels après 10 h</translation>
    </message>
</context>
<context>
    <name>store.demo_words</name>
    <message>
        <source>Owner</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Responsable administrative</translation>
    </message>
    <message>
        <source>Purchasing Manager</source>
        <translation>Responsable des achats</translation>
    </message>
    <message>
        <source>Operations Director</source>
        <translation>Directeur des opérations</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>PDG</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>Directeur financier</translation>
    </message>
    <message>
        <source>Head of Procurement</source>
        <translation>Responsable des approvisionnements</translation>
    </message>
    <message>
        <source>Facilities Manager</source>
        <translation>Responsable des services généraux</translation>
    </message>
    <message>
        <source>Marketing Lead</source>
        <translation>Responsable marketing</translation>
    </message>
    <message>
        <source>Practice Manager</source>
        <translation>Gestionnaire du cabinet</translation>
    </message>
    <message>
        <source>Sales Director</source>
        <translation>Directeur commercial</translation>
    </message>
    <message>
        <source>IT Manager</source>
        <translation>Responsable informatique</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Fondateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Met at the regional trade show; interested in the spring offer.</source>
        <translation>Rencontré au salon régional ; intéressé par l'offre de printemps.</translation>
    </message>
    <message>
        <source>Prefers e-mail in the morning. Two kids, coaches junior football on Saturdays.</source>
        <translation>Préfère les e-mails le matin. Deux enfants, entraîne une équipe de foot junior le samedi.</translation>
    </message>
    <message>
        <source>Budget decisions in Q4. Ask about the warehouse expansion.</source>
        <translation>Décisions budgétaires au T4. Demander des nouvelles de l'agrandissement de l'entrepôt.</translation>
    </message>
    <message>
        <source>Referred several colleagues already; send a thank-you card at year end.</source>
        <translation>A déjà recommandé plusieurs collègues ; envoyer une carte de remerciement en fin d'année.</translation>
    </message>
    <message>
        <source>Switched suppliers last year after delivery problems. Price-sensitive.</source>
        <translation>A changé de fournisseur l'an dernier après des problèmes de livraison. Sensible au prix.</translation>
    </message>
    <message>
        <source>Loves sailing; mention the harbour festival. Call after 10 am.</source>
        <translation>Adore la voile ; parler de la fête du port. Appeler après 10 h.</translation>
    </message>
    <message>
        <source>Decision maker is the partner; this contact prepares the shortlist.</source>
        <translation>C'est l'associé qui décide ; ce contact prépare la présélection.</translation>
    </message>
    <message>
        <source>Wants a demo on site, not a video call. Parking behind the building.</source>
        <translation>Veut une démo sur place, pas en visio. Parking derrière le bâtiment.</translation>
    </message>
    <message>
        <source>Former colleague from the Denver office. Birthday in June.</source>
        <translation>Ancien collègue du bureau de Denver. Anniversaire en juin.</translation>
    </message>
    <message>
        <source>Asked to be contacted again after the merger closes.</source>
        <translation>A demandé à être recontacté après la fusion.</translation>
    </message>
</context>
<context>
    <name>store.errors</name>
    <message>
        <source>That follow-up no longer exists; it may have been undone.</source>
        <translation>Cette relance n'existe plus ; l'action qui l'a créée a peut-être été annulée.</translation>
    </message>
</context>
<context>
    <name>store.followups</name>
    <message>
        <source>The follow-up &quot;{reason}&quot; is already {status}; nothing was changed.</source>
        <translation>La relance « {reason} » a déjà le statut « {status} » ; rien n’a changé.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n'existe plus.</translation>
    </message>
</context>
<context>
    <name>store.greeting_cards</name>
    <message>
        <source>A card's lead time is between 0 and 60 days.</source>
        <translation>Le délai d'une carte va de 0 à 60 jours.</translation>
    </message>
</context>
<context>
    <name>store.health</name>
    <message>
        <source>The database {path} is damaged ({why}). It was left untouched; a backup can be restored in its place.</source>
        <translation>La base de données {path} est endommagée ({why}). Elle n'a pas été modifiée ; une sauvegarde peut être restaurée à sa place.</translation>
    </message>
    <message>
        <source>the file is cut off</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>the file is cut off: {size} of {expected} bytes are there</source>
        <translation>le fichier est tronqué : {size} octets sur {expected} sont présents</translation>
    </message>
</context>
<context>
    <name>store.import_later_work</name>
    <message numerus="yes">
        <source>%n notes</source>
        <extracomment>%n note</extracomment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <extracomment>%n follow-up</extracomment>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up series</source>
        <extracomment>%n follow-up series</extracomment>
        <translation>
            <numerusform>%n série de relances</numerusform>
            <numerusform>%n séries de relances</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: 3 notes, 1 follow-up and 2 series</comment>
        <translation>{items} et {last}</translation>
    </message>
    <message numerus="yes">
        <source>{work} made since with %n contacts it added</source>
        <extracomment>{work} made since with %n contact it added</extracomment>
        <translation>
            <numerusform>{work} faits depuis avec %n contact qu'elle a ajouté</numerusform>
            <numerusform>{work} faits depuis avec %n contacts qu'elle a ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the changes made since to %n contacts it touched</source>
        <extracomment>the changes made since to %n contact it touched</extracomment>
        <translation>
            <numerusform>les modifications faites depuis sur %n contact qu'elle a touché</numerusform>
            <numerusform>les modifications faites depuis sur %n contacts qu'elle a touchés</numerusform>
        </translation>
    </message>
    <message>
        <source>{work} and {edits}</source>
        <translation>{work} et {edits}</translation>
    </message>
    <message>
        <source>Undoing import {batch_id} would also delete {work}. Nothing was changed.</source>
        <translation>Annuler l'importation {batch_id} supprimerait aussi {work}. Rien n'a changé.</translation>
    </message>
</context>
<context>
    <name>store.import_plan</name>
    <message>
        <source>New: {count}</source>
        <translation>Nouveaux : {count}</translation>
    </message>
    <message>
        <source>To update: {count}</source>
        <translation>À mettre à jour : {count}</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importés : {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Mis à jour : {count}</translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation>Inchangés : {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Ignorés : {count}</translation>
    </message>
    <message>
        <source>Invalid: {count}</source>
        <translation>Non valides : {count}</translation>
    </message>
    <message>
        <source>line {line}: would be skipped, {reason}</source>
        <translation>ligne {line} : serait ignorée, {reason}</translation>
    </message>
    <message>
        <source>line {line}: skipped, {reason}</source>
        <translation>ligne {line} : ignorée, {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>… and %n more</extracomment>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>left out in the preview</source>
        <translation>écarté dans l'aperçu</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>doublon : {reason}</translation>
    </message>
    <message>
        <source>Referred by: {name}</source>
        <translation>Recommandé par : {name}</translation>
    </message>
</context>
<context>
    <name>store.import_preview</name>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>Mettre à jour le contact existant</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Les importer quand même</translation>
    </message>
    <message>
        <source>same e-mail as {name}, already in your contacts</source>
        <translation>même e-mail que {name}, déjà dans vos contacts</translation>
    </message>
    <message>
        <source>same profile URL as {name}, already in your contacts</source>
        <translation>même URL de profil que {name}, déjà dans vos contacts</translation>
    </message>
    <message>
        <source>same name and phone as {name}, already in your contacts</source>
        <translation>même nom et même téléphone que {name}, déjà dans vos contacts</translation>
    </message>
    <message>
        <source>same name and company as {name}, already in your contacts</source>
        <translation>même nom et même entreprise que {name}, déjà dans vos contacts</translation>
    </message>
    <message>
        <source>same name (no company) as {name}, already in your contacts</source>
        <translation>même nom (sans entreprise) que {name}, déjà dans vos contacts</translation>
    </message>
    <message>
        <source>same e-mail as line {line}</source>
        <translation>même e-mail que la ligne {line}</translation>
    </message>
    <message>
        <source>same profile URL as line {line}</source>
        <translation>même URL de profil que la ligne {line}</translation>
    </message>
    <message>
        <source>same name and phone as line {line}</source>
        <translation>même nom et même téléphone que la ligne {line}</translation>
    </message>
    <message>
        <source>same name and company as line {line}</source>
        <translation>même nom et même entreprise que la ligne {line}</translation>
    </message>
    <message>
        <source>same name (no company) as line {line}</source>
        <translation>même nom (sans entreprise) que la ligne {line}</translation>
    </message>
</context>
<context>
    <name>store.imports</name>
    <message>
        <source>There is no import number {batch_id}.</source>
        <translation>Il n'y a pas d'importation numéro {batch_id}.</translation>
    </message>
    <message>
        <source>Import {batch_id} is not recorded (no import has that number), so it cannot be undone.</source>
        <translation>L'importation {batch_id} n'est pas enregistrée (aucune importation ne porte ce numéro), elle ne peut donc pas être annulée.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Cette importation a déjà été annulée.</translation>
    </message>
</context>
<context>
    <name>store.key_date_marks</name>
    <message>
        <source>{what}: {name}</source>
        <comment>Birthday: Ada Lovelace</comment>
        <translation>{what} : {name}</translation>
    </message>
</context>
<context>
    <name>store.notes</name>
    <message>
        <source>&quot;{channel}&quot; is not a channel ({detail}).</source>
        <translation>« {channel} » n'est pas un canal ({detail}).</translation>
    </message>
    <message>
        <source>&quot;{outcome}&quot; is not an outcome ({detail}).</source>
        <translation>« {outcome} » n'est pas un résultat ({detail}).</translation>
    </message>
    <message>
        <source>&quot;{action}&quot; is not one of {detail}.</source>
        <translation>« {action} » ne fait pas partie de {detail}.</translation>
    </message>
    <message>
        <source>A follow-up can only be replaced by a next step planned here: plan one, or choose &quot;Done&quot; or &quot;Keep open&quot; for it.</source>
        <translation>Une relance ne peut être remplacée que par une prochaine étape planifiée ici : planifiez-en une, ou choisissez « Fait par cet échange » ou « Laisser ouverte » pour elle.</translation>
    </message>
    <message>
        <source>Plan a next step, or say why there is none (for example &quot;bought elsewhere, confirmed by phone&quot;).</source>
        <translation>Planifiez une prochaine étape, ou dites pourquoi il n'y en a pas (par exemple « a acheté ailleurs, confirmé par téléphone »).</translation>
    </message>
    <message>
        <source>Either plan a next step or give a reason for none, not both.</source>
        <translation>Planifiez une prochaine étape ou indiquez pourquoi il n'y en a pas, pas les deux.</translation>
    </message>
    <message>
        <source>&quot;{channel}&quot; is not a channel.</source>
        <translation>« {channel} » n'est pas un canal.</translation>
    </message>
    <message>
        <source>Whose move it is must be &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>À qui d'agir doit être « mine » (moi) ou « theirs » (eux).</translation>
    </message>
    <message>
        <source>That contact no longer exists; the note was not saved.</source>
        <translation>Ce contact n'existe plus ; la note n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>That follow-up belongs to another contact.</source>
        <translation>Cette relance appartient à un autre contact.</translation>
    </message>
    <message>
        <source>The follow-up is already {status}; nothing was changed.</source>
        <translation>La relance a déjà le statut « {status} » ; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>store.open_checks</name>
    <message>
        <source>The database {path} cannot be read ({detail}).</source>
        <translation>La base de données {path} ne peut pas être lue ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database (it is not a SQLite file). It was left untouched.</source>
        <translation>{path} n'est pas une base de données Follow-up Desktop (ce n'est pas un fichier SQLite). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Follow-up Desktop (data version {version}; this version understands up to {newest}). Update the app to open it; the file was not changed.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Follow-up Desktop (version des données {version} ; cette version comprend jusqu'à {newest}). Mettez l'application à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file holding other tables (or the file {wal} beside it comes from another database). It was left untouched.</source>
        <translation>{path} n'est pas une base de données Follow-up Desktop : c'est un fichier SQLite contenant d'autres tables (ou le fichier {wal} à côté provient d'une autre base). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file holding other tables. It was left untouched.</source>
        <translation>{path} n'est pas une base de données Follow-up Desktop : c'est un fichier SQLite contenant d'autres tables. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes), though there are backups of your data in {folder}. It was left as it is, so a backup can be restored in its place.</source>
        <translation>La base de données {path} est vide (0 octet), alors qu'il existe des sauvegardes de vos données dans {folder}. Elle a été laissée telle quelle, pour qu'une sauvegarde puisse être restaurée à sa place.</translation>
    </message>
</context>
<context>
    <name>store.personal</name>
    <message>
        <source>A contact has one birthday.</source>
        <translation>Un contact a un seul anniversaire.</translation>
    </message>
    <message>
        <source>A contact has one customer since date.</source>
        <translation>Un contact a une seule date « Client depuis ».</translation>
    </message>
    <message>
        <source>A contact has one work address.</source>
        <translation>Un contact a une seule adresse professionnelle.</translation>
    </message>
    <message>
        <source>A contact has one home address.</source>
        <translation>Un contact a une seule adresse personnelle.</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <translation>{date} : {problem}</translation>
    </message>
    <message>
        <source>Unknown kind of address: {kind}.</source>
        <translation>Type d'adresse inconnu : {kind}.</translation>
    </message>
    <message>
        <source>A thing to remember needs some words.</source>
        <translation>Une chose à retenir a besoin de quelques mots.</translation>
    </message>
</context>
<context>
    <name>store.recovery</name>
    <message>
        <source>There is no backup file at {source}.</source>
        <translation>Il n'y a pas de fichier de sauvegarde à l'emplacement {source}.</translation>
    </message>
    <message>
        <source>{source} is damaged ({exc}); it cannot be restored.</source>
        <translation>{source} est endommagé ({exc}) ; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>The backup {source} was written by a newer version of Follow-up Desktop; update the app to restore it. Nothing changed.</source>
        <translation>La sauvegarde {source} a été écrite par une version plus récente de Follow-up Desktop ; mettez l'application à jour pour la restaurer. Rien n'a changé.</translation>
    </message>
    <message>
        <source>{source} is an empty database, not a Follow-up Desktop backup.</source>
        <translation>{source} est une base de données vide, pas une sauvegarde Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another program; close it and try again. Nothing changed.</source>
        <translation>La base de données {db_path} est utilisée par un autre programme ; fermez-le et réessayez. Rien n'a changé.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another program ({exc}); close it and try again. Nothing changed.</source>
        <translation>La base de données {db_path} est utilisée par un autre programme ({exc}) ; fermez-le et réessayez. Rien n'a changé.</translation>
    </message>
    <message>
        <source>That file is the database in use; choose a backup instead.</source>
        <translation>Ce fichier est la base de données utilisée ; choisissez plutôt une sauvegarde.</translation>
    </message>
    <message>
        <source>{source} is damaged, so it cannot be restored ({exc}).</source>
        <translation>{source} est endommagé, il ne peut donc pas être restauré ({exc}).</translation>
    </message>
    <message>
        <source>The backup {source} is from an older version and could not be brought up to date ({exc}). Nothing changed.</source>
        <translation>La sauvegarde {source} provient d'une version plus ancienne et n'a pas pu être mise à jour ({exc}). Rien n'a changé.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({detail}). Nothing changed.</source>
        <translation>La sauvegarde n'a pas pu être mise en place ({detail}). Rien n'a changé.</translation>
    </message>
    <message>
        <source>The damaged database {db_path} could not be moved aside ({detail}); it was left where it is.</source>
        <translation>La base de données endommagée {db_path} n'a pas pu être mise de côté ({detail}) ; elle est restée à sa place.</translation>
    </message>
</context>
<context>
    <name>store.referrals</name>
    <message>
        <source>Thank them for the referral: {name}</source>
        <translation>Remercier pour la recommandation : {name}</translation>
    </message>
</context>
<context>
    <name>store.safe_copy</name>
    <message>
        <source>The disk is full, so the backup to {dest} could not be written. Nothing changed.</source>
        <translation>Le disque est plein, la sauvegarde vers {dest} n'a donc pas pu être écrite. Rien n'a changé.</translation>
    </message>
    <message>
        <source>The backup to {dest} failed: the database is damaged.</source>
        <translation>La sauvegarde vers {dest} a échoué : la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The backup to {dest} failed ({detail}). Nothing changed.</source>
        <translation>La sauvegarde vers {dest} a échoué ({detail}). Rien n'a changé.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database.</source>
        <translation>{path} n'est pas une base de données Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>La copie a échoué au contrôle d'intégrité ({detail}) ; la base de données elle-même est peut-être endommagée.</translation>
    </message>
</context>
<context>
    <name>store.schema_check</name>
    <message numerus="yes">
        <source>{shown} and %n more</source>
        <extracomment>{shown} and %n more</extracomment>
        <translation>
            <numerusform>{shown} et %n autre</numerusform>
            <numerusform>{shown} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file, but it lacks what Follow-up Desktop keeps its data in ({shown}). It was left untouched.</source>
        <translation>{path} n'est pas une base de données Follow-up Desktop : c'est un fichier SQLite, mais il lui manque ce dans quoi Follow-up Desktop range ses données ({shown}). Il n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>store.series</name>
    <message>
        <source>Series stopped</source>
        <translation>Série arrêtée</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Cette série n'existe plus.</translation>
    </message>
    <message>
        <source>Step {n}: &quot;{channel}&quot; is not a channel.</source>
        <translation>Étape {n} : « {channel} » n'est pas un canal.</translation>
    </message>
    <message>
        <source>There is already a series called &quot;{name}&quot;.</source>
        <translation>Il existe déjà une série nommée « {name} ».</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is built in: edit its steps instead.</source>
        <translation>« {name} » est prédéfinie : modifiez plutôt ses étapes.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n'existe plus.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; thanks whoever referred {display_name}, but no referrer is set: edit the contact and fill in Referred by.</source>
        <translation>« {name} » remercie la personne qui a recommandé {display_name}, mais elle n'est pas indiquée : modifiez le contact et remplissez « Recommandé par ».</translation>
    </message>
    <message>
        <source>{reason}: {name}</source>
        <comment>Thank them for the referral: Ann Lee</comment>
        <translation>{reason} : {name}</translation>
    </message>
</context>
<context>
    <name>store.sqlite_errors</name>
    <message>
        <source>The database {path} is locked by another program. Close the other program (or the other Follow-up Desktop window) and try again.</source>
        <translation>La base de données {path} est verrouillée par un autre programme. Fermez l'autre programme (ou l'autre fenêtre Follow-up Desktop) et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file's permissions; nothing was changed.</source>
        <translation>La base de données {path} est en lecture seule. Vérifiez les autorisations du fichier ; rien n'a changé.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein, rien n'a donc été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({exc}). It was left untouched.</source>
        <translation>La base de données {path} est endommagée ({exc}). Elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({exc}).</source>
        <translation>La base de données {path} ne peut pas être ouverte ({exc}).</translation>
    </message>
    <message>
        <source>The database {path} could not be used: {exc}</source>
        <translation>La base de données {path} n'a pas pu être utilisée : {exc}</translation>
    </message>
    <message>
        <source>The database {path} is damaged (its pages hold bytes that are not text). It was left untouched.</source>
        <translation>La base de données {path} est endommagée (ses pages contiennent des octets qui ne sont pas du texte). Elle n'a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>store.talking_points</name>
    <message>
        <source>&quot;{kind}&quot; is not a kind of talking point.</source>
        <translation>« {kind} » n'est pas un type de point à aborder.</translation>
    </message>
    <message>
        <source>The message is empty: write what you would say.</source>
        <translation>Le message est vide : écrivez ce que vous diriez.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Cette relance n'existe plus.</translation>
    </message>
</context>
<context>
    <name>store.timeline</name>
    <message>
        <source>{channel}, {outcome}</source>
        <comment>call, reached</comment>
        <translation>{channel}, {outcome}</translation>
    </message>
</context>
</TS>
