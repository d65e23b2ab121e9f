<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.jogger.cards_dialog</name>
    <message>
        <source>Holiday cards</source>
        <translation>Tarjetas de felicitación</translation>
    </message>
    <message>
        <source>Everyone I was in touch with in {year}</source>
        <translation>Todos con quienes tuve contacto en {year}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Categoría: {category}</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contacts</source>
        <extracomment>The selected contact</extracomment>
        <translation>
            <numerusform>El contacto seleccionado</numerusform>
            <numerusform>Los %n contactos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Work address (home if none)</source>
        <translation>Dirección del trabajo (si no, la personal)</translation>
    </message>
    <message>
        <source>Home address (work if none)</source>
        <translation>Dirección personal (si no, la del trabajo)</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Etiquetas de dirección</translation>
    </message>
    <message>
        <source>Address list (one line each)</source>
        <translation>Lista de direcciones (una línea cada una)</translation>
    </message>
    <message>
        <source>No address yet (ask them for one):</source>
        <translation>Sin dirección todavía (pídala):</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Enviar a:</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Hoja de etiquetas:</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Nobody is chosen: pick other contacts above.</source>
        <translation>No hay nadie elegido: elija otros contactos arriba.</translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <extracomment>%n label</extracomment>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{labels} on %n sheets of {sheet}.</source>
        <extracomment>{labels} on %n sheet of {sheet}.</extracomment>
        <translation>
            <numerusform>{labels} en %n hoja {sheet}.</numerusform>
            <numerusform>{labels} en %n hojas {sheet}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses on the list.</source>
        <extracomment>%n address on the list.</extracomment>
        <translation>
            <numerusform>%n dirección en la lista.</numerusform>
            <numerusform>%n direcciones en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address yet ({count}): ask them for one</source>
        <translation>Sin dirección todavía ({count}): pídala</translation>
    </message>
    <message>
        <source>Everyone chosen has an address.</source>
        <translation>Todos los elegidos tienen dirección.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>card-addresses</source>
        <translation>direcciones-tarjetas</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n pages).</source>
        <extracomment>Saved {file} (%n page).</extracomment>
        <translation>
            <numerusform>{file} guardado (%n página).</numerusform>
            <numerusform>{file} guardado (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>No se imprimió nada</translation>
    </message>
</context>
<context>
    <name>ui.jogger.labels</name>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>No se pudo abrir la impresora o el archivo para imprimir.</translation>
    </message>
    <message>
        <source>Card addresses</source>
        <translation>Direcciones para tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n with an address</source>
        <extracomment>{title}: %n with an address</extracomment>
        <translation>
            <numerusform>{title}: %n con dirección</numerusform>
            <numerusform>{title}: %n con dirección</numerusform>
        </translation>
    </message>
    <message>
        <source>No address yet ({count}): ask them for one</source>
        <translation>Sin dirección todavía ({count}): pídala</translation>
    </message>
    <message>
        <source>Address labels ({sheet})</source>
        <translation>Etiquetas de dirección ({sheet})</translation>
    </message>
    <message>
        <source>Card addresses {year}</source>
        <translation>Direcciones para tarjetas {year}</translation>
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
            <numerusform>%n seguimiento pendiente; atrasados: {overdue}.</numerusform>
            <numerusform>%n seguimientos pendientes; atrasados: {overdue}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up.</source>
        <extracomment>%n to follow up.</extracomment>
        <translation>
            <numerusform>%n seguimiento pendiente.</numerusform>
            <numerusform>%n seguimientos pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Nada pendiente esta semana.</translation>
    </message>
    <message>
        <source>Tick the box when done, write the result on the line, then key it in with Work the list in the agenda.</source>
        <translation>Marque la casilla al terminar, anote el resultado en la línea y luego regístrelo con «Trabajar la lista» en la Agenda.</translation>
    </message>
    <message>
        <source>Key dates this week and next (a card needs a week)</source>
        <translation>Fechas clave esta semana y la próxima (una tarjeta tarda una semana)</translation>
    </message>
    <message>
        <source>{category} (continued)</source>
        <translation>{category} (continuación)</translation>
    </message>
    <message numerus="yes">
        <source>%n due, {overdue} overdue</source>
        <extracomment>%n due, {overdue} overdue</extracomment>
        <translation>
            <numerusform>%n pendiente, atrasados: {overdue}</numerusform>
            <numerusform>%n pendientes, atrasados: {overdue}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <extracomment>%n due</extracomment>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>Nothing due in this category this week.</source>
        <translation>Nada pendiente en esta categoría esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>No next step – %n contacts without a planned follow-up, most recently active first</source>
        <extracomment>No next step – %n contact without a planned follow-up, most recently active first</extracomment>
        <translation>
            <numerusform>Sin próximo paso – %n contacto sin seguimiento planificado, los más recientes primero</numerusform>
            <numerusform>Sin próximo paso – %n contactos sin seguimiento planificado, los más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Think of new people to contact:</source>
        <translation>Piense en personas nuevas a las que contactar:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Weekly follow-up list</source>
        <translation>Lista semanal de seguimientos</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
</context>
<context>
    <name>ui.jogger.preview</name>
    <message>
        <source>Save weekly list as PDF</source>
        <translation>Guardar la lista semanal como PDF</translation>
    </message>
    <message>
        <source>Print weekly list</source>
        <translation>Imprimir la lista semanal</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Sig&amp;uiente ▶</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>printed in the header</source>
        <translation>aparece en el encabezado</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Opciones de impresión</translation>
    </message>
    <message>
        <source>No &amp;next step</source>
        <translation>Sin próximo pa&amp;so</translation>
    </message>
    <message>
        <source>List the contacts with no follow-up planned</source>
        <translation>Listar los contactos sin seguimiento planificado</translation>
    </message>
    <message>
        <source>Pro&amp;mpts</source>
        <translation>&amp;Ideas</translation>
    </message>
    <message>
        <source>Questions that help you think of people to contact</source>
        <translation>Preguntas que le ayudan a pensar en nuevos contactos</translation>
    </message>
    <message>
        <source>Start each &amp;category on a new page</source>
        <translation>Cada &amp;categoría en una página nueva</translation>
    </message>
    <message>
        <source>Untick to print the categories one after another and save paper</source>
        <translation>Desmarque para imprimir las categorías seguidas y ahorrar papel</translation>
    </message>
    <message>
        <source>{week} — nothing to print</source>
        <translation>{week} — nada que imprimir</translation>
    </message>
    <message numerus="yes">
        <source>%n to follow up</source>
        <extracomment>%n to follow up</extracomment>
        <translation>
            <numerusform>%n seguimiento pendiente</numerusform>
            <numerusform>%n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week</source>
        <translation>Nada pendiente esta semana</translation>
    </message>
    <message>
        <source>The choice is used now but not remembered.</source>
        <translation>La opción se aplica ahora, pero no se recordará.</translation>
    </message>
    <message>
        <source>Follow-ups {week}</source>
        <translation>Seguimientos {week}</translation>
    </message>
    <message>
        <source>The list was not saved; choose another place.</source>
        <translation>La lista no se guardó; elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>ui.jogger.printing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was printed: {error}</source>
        <translation>No se imprimió nada: {error}</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>No se pudo abrir la impresora o el archivo para imprimir.</translation>
    </message>
    <message>
        <source>Follow-ups {week}</source>
        <translation>Seguimientos {week}</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the PDF.</source>
        <translation>{path} es una carpeta; elija un nombre de archivo para el PDF.</translation>
    </message>
    <message>
        <source>Cannot save the PDF: the folder {folder} does not exist.</source>
        <translation>No se puede guardar el PDF: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot save the PDF in {folder}: nothing could be written.</source>
        <translation>No se puede guardar el PDF en {folder}: no se pudo escribir nada.</translation>
    </message>
    <message>
        <source>Cannot save the PDF in {folder} ({why}). Choose another folder.</source>
        <translation>No se puede guardar el PDF en {folder} ({why}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot save the PDF as {path} ({why}).</source>
        <translation>No se puede guardar el PDF como {path} ({why}).</translation>
    </message>
</context>
<context>
    <name>ui.jogger.work</name>
    <message>
        <source>You marked this done.</source>
        <translation>Lo marcó como hecho.</translation>
    </message>
    <message>
        <source>You marked this rescheduled.</source>
        <translation>Lo reprogramó.</translation>
    </message>
    <message>
        <source>You marked this cancelled.</source>
        <translation>Lo canceló.</translation>
    </message>
    <message>
        <source>You marked this skipped.</source>
        <translation>Lo omitió.</translation>
    </message>
    <message>
        <source>No longer open: it was done meanwhile.</source>
        <translation>Ya no está abierto: se hizo mientras tanto.</translation>
    </message>
    <message>
        <source>No longer open: it was cancelled meanwhile.</source>
        <translation>Ya no está abierto: se canceló mientras tanto.</translation>
    </message>
    <message>
        <source>No longer open: it was deleted meanwhile.</source>
        <translation>Ya no está abierto: se eliminó mientras tanto.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <extracomment>%n done</extracomment>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rescheduled</source>
        <extracomment>%n rescheduled</extracomment>
        <translation>
            <numerusform>%n reprogramado</numerusform>
            <numerusform>%n reprogramados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>%n cancelled</extracomment>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>%n skipped</extracomment>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Work the list</source>
        <translation>Trabajar la lista</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>La semana anterior</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>La semana siguiente</translation>
    </message>
    <message>
        <source>&amp;Back to the agenda</source>
        <translation>Volver a la Agen&amp;da</translation>
    </message>
    <message>
        <source>Leave Work the list (Esc)</source>
        <translation>Salir de «Trabajar la lista» (Esc)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Hecho…</translation>
    </message>
    <message>
        <source>+&amp;1 day</source>
        <translation>+&amp;1 día</translation>
    </message>
    <message>
        <source>+&amp;2 days</source>
        <translation>+&amp;2 días</translation>
    </message>
    <message>
        <source>Next &amp;week</source>
        <translation>Próxima &amp;semana</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>Elegir &amp;fecha…</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>&amp;Cancelar seguimiento…</translation>
    </message>
    <message>
        <source>◀ Prev&amp;ious</source>
        <translation>◀ A&amp;nterior</translation>
    </message>
    <message>
        <source>(Left)</source>
        <translation>(Izquierda)</translation>
    </message>
    <message>
        <source>S&amp;kip ▶</source>
        <translation>Omi&amp;tir ▶</translation>
    </message>
    <message>
        <source>Leave it as it is (S or Right)</source>
        <translation>Dejarlo como está (S o Derecha)</translation>
    </message>
    <message>
        <source>Keys: Enter done · 1 / 2 days later · W next week · S or → skip · ← previous · Esc back to the agenda</source>
        <translation>Teclas: Intro hecho · 1 / 2 días después · W próxima semana · S o → omitir · ← anterior · Esc volver a la Agenda</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source>Nothing to work through in this week.</source>
        <translation>Nada que trabajar en esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were</source>
        <extracomment>%n left as it was</extracomment>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the list: {results}.</source>
        <translation>Fin de la lista: {results}.</translation>
    </message>
    <message>
        <source>Press Esc to go back to the agenda.</source>
        <translation>Pulse Esc para volver a la Agenda.</translation>
    </message>
</context>
</TS>
