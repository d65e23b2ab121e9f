<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ui.jogger.cards_dialog</name>
    <message>
        <source>Holiday cards</source>
        <translation>Cartes de vœux</translation>
    </message>
    <message>
        <source>Everyone I was in touch with in {year}</source>
        <translation>Tous les contacts avec qui j'ai échangé en {year}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Catégorie : {category}</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contacts</source>
        <extracomment>The selected contact</extracomment>
        <translation>
            <numerusform>Le contact sélectionné</numerusform>
            <numerusform>Les %n contacts sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Work address (home if none)</source>
        <translation>Adresse professionnelle (sinon personnelle)</translation>
    </message>
    <message>
        <source>Home address (work if none)</source>
        <translation>Adresse personnelle (sinon professionnelle)</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d'adresse</translation>
    </message>
    <message>
        <source>Address list (one line each)</source>
        <translation>Liste d'adresses (une ligne chacune)</translation>
    </message>
    <message>
        <source>No address yet (ask them for one):</source>
        <translation>Pas encore d'adresse (demandez-la) :</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Envoyer à :</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Planche d'étiquettes :</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Nobody is chosen: pick other contacts above.</source>
        <translation>Personne n'est choisi : choisissez d'autres contacts ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <extracomment>%n label</extracomment>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{labels} on %n sheets of {sheet}.</source>
        <extracomment>{labels} on %n sheet of {sheet}.</extracomment>
        <translation>
            <numerusform>{labels} sur %n planche {sheet}.</numerusform>
            <numerusform>{labels} sur %n planches {sheet}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses on the list.</source>
        <extracomment>%n address on the list.</extracomment>
        <translation>
            <numerusform>%n adresse sur la liste.</numerusform>
            <numerusform>%n adresses sur la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address yet ({count}): ask them for one</source>
        <translation>Pas encore d'adresse ({count}) : demandez-la</translation>
    </message>
    <message>
        <source>Everyone chosen has an address.</source>
        <translation>Tous les contacts choisis ont une adresse.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquettes</translation>
    </message>
    <message>
        <source>card-addresses</source>
        <translation>adresses-cartes</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n'a pas été enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n pages).</source>
        <extracomment>Saved {file} (%n page).</extracomment>
        <translation>
            <numerusform>{file} enregistré (%n page).</numerusform>
            <numerusform>{file} enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Rien n'a été imprimé</translation>
    </message>
</context>
<context>
    <name>ui.jogger.labels</name>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Impossible d'ouvrir l'imprimante ou le fichier pour l'impression.</translation>
    </message>
    <message>
        <source>Card addresses</source>
        <translation>Adresses pour les cartes</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n with an address</source>
        <extracomment>{title}: %n with an address</extracomment>
        <translation>
            <numerusform>{title} : %n avec adresse</numerusform>
            <numerusform>{title} : %n avec adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>No address yet ({count}): ask them for one</source>
        <translation>Pas encore d'adresse ({count}) : demandez-la</translation>
    </message>
    <message>
        <source>Address labels ({sheet})</source>
        <translation>Étiquettes d'adresse ({sheet})</translation>
    </message>
    <message>
        <source>Card addresses {year}</source>
        <translation>Adresses pour les cartes {year}</translation>
    </message>
</context>
<context>
    <name>ui.jogger.layout</name>
    <message>
        <source>{channel}: {reason}</source>
        <translation>{channel} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up, {overdue} of them overdue.</source>
        <extracomment>%n to follow up, {overdue} of them overdue.</extracomment>
        <translation>
            <numerusform>%n relance à faire, dont {overdue} en retard.</numerusform>
            <numerusform>%n relances à faire, dont {overdue} en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up.</source>
        <extracomment>%n to follow up.</extracomment>
        <translation>
            <numerusform>%n relance à faire.</numerusform>
            <numerusform>%n relances à faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Rien à faire cette semaine.</translation>
    </message>
    <message>
        <source>Tick the box when done, write the result on the line, then key it in with Work the list in the agenda.</source>
        <translation>Cochez la case une fois fait, notez le résultat sur la ligne, puis saisissez-le avec « Traiter la liste » dans l'Agenda.</translation>
    </message>
    <message>
        <source>Key dates this week and next (a card needs a week)</source>
        <translation>Dates clés cette semaine et la suivante (une carte met une semaine)</translation>
    </message>
    <message>
        <source>{category} (continued)</source>
        <translation>{category} (suite)</translation>
    </message>
    <message numerus="yes">
        <source>%n due, {overdue} overdue</source>
        <extracomment>%n due, {overdue} overdue</extracomment>
        <translation>
            <numerusform>%n à faire, {overdue} en retard</numerusform>
            <numerusform>%n à faire, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <extracomment>%n due</extracomment>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>Nothing due in this category this week.</source>
        <translation>Rien à faire dans cette catégorie cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>No next step – %n contacts without a planned follow-up, most recently active first</source>
        <extracomment>No next step – %n contact without a planned follow-up, most recently active first</extracomment>
        <translation>
            <numerusform>Pas de prochaine étape – %n contact sans relance prévue, les plus récemment actifs d'abord</numerusform>
            <numerusform>Pas de prochaine étape – %n contacts sans relance prévue, les plus récemment actifs d'abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Think of new people to contact:</source>
        <translation>Pensez à de nouvelles personnes à contacter :</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Weekly follow-up list</source>
        <translation>Liste des relances de la semaine</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
</context>
<context>
    <name>ui.jogger.preview</name>
    <message>
        <source>Save weekly list as PDF</source>
        <translation>Enregistrer la liste de la semaine en PDF</translation>
    </message>
    <message>
        <source>Print weekly list</source>
        <translation>Imprimer la liste de la semaine</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Suivan&amp;te ▶</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>printed in the header</source>
        <translation>imprimé dans l'en-tête</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Options d'impression</translation>
    </message>
    <message>
        <source>No &amp;next step</source>
        <translation>Pas de prochaine &amp;étape</translation>
    </message>
    <message>
        <source>List the contacts with no follow-up planned</source>
        <translation>Lister les contacts sans relance prévue</translation>
    </message>
    <message>
        <source>Pro&amp;mpts</source>
        <translation>P&amp;istes</translation>
    </message>
    <message>
        <source>Questions that help you think of people to contact</source>
        <translation>Des questions pour penser à de nouveaux contacts</translation>
    </message>
    <message>
        <source>Start each &amp;category on a new page</source>
        <translation>Chaque &amp;catégorie sur une nouvelle page</translation>
    </message>
    <message>
        <source>Untick to print the categories one after another and save paper</source>
        <translation>Décochez pour imprimer les catégories à la suite et économiser du papier</translation>
    </message>
    <message>
        <source>{week} — nothing to print</source>
        <translation>{week} — rien à imprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <extracomment>%n to follow up</extracomment>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week</source>
        <translation>Rien à faire cette semaine</translation>
    </message>
    <message>
        <source>The choice is used now but not remembered.</source>
        <translation>Le choix s'applique maintenant mais ne sera pas retenu.</translation>
    </message>
    <message>
        <source>Follow-ups {week}</source>
        <translation>Relances {week}</translation>
    </message>
    <message>
        <source>The list was not saved; choose another place.</source>
        <translation>La liste n'a pas été enregistrée ; choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>ui.jogger.printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was printed: {error}</source>
        <translation>Rien n'a été imprimé : {error}</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Impossible d'ouvrir l'imprimante ou le fichier pour l'impression.</translation>
    </message>
    <message>
        <source>Follow-ups {week}</source>
        <translation>Relances {week}</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the PDF.</source>
        <translation>{path} est un dossier ; choisissez un nom de fichier pour le PDF.</translation>
    </message>
    <message>
        <source>Cannot save the PDF: the folder {folder} does not exist.</source>
        <translation>Impossible d'enregistrer le PDF : le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot save the PDF in {folder}: nothing could be written.</source>
        <translation>Impossible d'enregistrer le PDF dans {folder} : rien n'a pu être écrit.</translation>
    </message>
    <message>
        <source>Cannot save the PDF in {folder} ({why}). Choose another folder.</source>
        <translation>Impossible d'enregistrer le PDF dans {folder} ({why}). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot save the PDF as {path} ({why}).</source>
        <translation>Impossible d'enregistrer le PDF sous {path} ({why}).</translation>
    </message>
</context>
<context>
    <name>ui.jogger.work</name>
    <message>
        <source>You marked this done.</source>
        <translation>Vous l'avez marqué comme fait.</translation>
    </message>
    <message>
        <source>You marked this rescheduled.</source>
        <translation>Vous l'avez reporté.</translation>
    </message>
    <message>
        <source>You marked this cancelled.</source>
        <translation>Vous l'avez annulé.</translation>
    </message>
    <message>
        <source>You marked this skipped.</source>
        <translation>Vous l'avez passé.</translation>
    </message>
    <message>
        <source>No longer open: it was done meanwhile.</source>
        <translation>Plus ouvert : fait entre-temps.</translation>
    </message>
    <message>
        <source>No longer open: it was cancelled meanwhile.</source>
        <translation>Plus ouvert : annulé entre-temps.</translation>
    </message>
    <message>
        <source>No longer open: it was deleted meanwhile.</source>
        <translation>Plus ouvert : supprimé entre-temps.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <extracomment>%n done</extracomment>
        <translation>
            <numerusform>%n fait</numerusform>
            <numerusform>%n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rescheduled</source>
        <extracomment>%n rescheduled</extracomment>
        <translation>
            <numerusform>%n reporté</numerusform>
            <numerusform>%n reportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>%n cancelled</extracomment>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>%n skipped</extracomment>
        <translation>
            <numerusform>%n passé</numerusform>
            <numerusform>%n passés</numerusform>
        </translation>
    </message>
    <message>
        <source>Work the list</source>
        <translation>Traiter la liste</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>La semaine précédente</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>La semaine suivante</translation>
    </message>
    <message>
        <source>&amp;Back to the agenda</source>
        <translation>Re&amp;tour à l'Agenda</translation>
    </message>
    <message>
        <source>Leave Work the list (Esc)</source>
        <translation>Quitter « Traiter la liste » (Échap)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Fa&amp;it…</translation>
    </message>
    <message>
        <source>+&amp;1 day</source>
        <translation>+&amp;1 jour</translation>
    </message>
    <message>
        <source>+&amp;2 days</source>
        <translation>+&amp;2 jours</translation>
    </message>
    <message>
        <source>Next &amp;week</source>
        <translation>&amp;Semaine prochaine</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>C&amp;hoisir une date…</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>Ann&amp;uler la relance…</translation>
    </message>
    <message>
        <source>◀ Prev&amp;ious</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>(Left)</source>
        <translation>(Gauche)</translation>
    </message>
    <message>
        <source>S&amp;kip ▶</source>
        <translation>Passe&amp;r ▶</translation>
    </message>
    <message>
        <source>Leave it as it is (S or Right)</source>
        <translation>Laisser tel quel (S ou Droite)</translation>
    </message>
    <message>
        <source>Keys: Enter done · 1 / 2 days later · W next week · S or → skip · ← previous · Esc back to the agenda</source>
        <translation>Touches : Entrée fait · 1 / 2 jours plus tard · W semaine prochaine · S ou → passer · ← précédent · Échap retour à l'Agenda</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} sur {count}</translation>
    </message>
    <message>
        <source>Nothing to work through in this week.</source>
        <translation>Rien à traiter cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were</source>
        <extracomment>%n left as it was</extracomment>
        <translation>
            <numerusform>%n laissé tel quel</numerusform>
            <numerusform>%n laissés tels quels</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the list: {results}.</source>
        <translation>Fin de la liste : {results}.</translation>
    </message>
    <message>
        <source>Press Esc to go back to the agenda.</source>
        <translation>Appuyez sur Échap pour revenir à l'Agenda.</translation>
    </message>
</context>
</TS>
