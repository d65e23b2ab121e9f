<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>store.agenda</name>
    <message>
        <source>Remember</source>
        <translation>Para recordar</translation>
    </message>
</context>
<context>
    <name>store.backup</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Antes de deshacer una importación</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({detail}).</source>
        <translation>{path} no se puede leer como base de datos ({detail}).</translation>
    </message>
</context>
<context>
    <name>store.cadence</name>
    <message>
        <source>That category no longer exists.</source>
        <translation>Esa categoría ya no existe.</translation>
    </message>
</context>
<context>
    <name>store.cards</name>
    <message>
        <source>That contact no longer exists; it may have been deleted.</source>
        <translation>Ese contacto ya no existe; puede que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>store.claim</name>
    <message>
        <source>The lock file {path} beside the database cannot be written ({detail}), so the database cannot be used safely. Check that the data folder is writable and the disk is not full.</source>
        <translation>No se puede escribir el archivo de bloqueo {path} junto a la base de datos ({detail}), así que la base de datos no se puede usar con seguridad. Compruebe que la carpeta de datos admite escritura y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>The database {db_path} is being restored or replaced by another Follow-up Desktop process. Try again when it has finished; nothing was changed.</source>
        <translation>Otro proceso de Follow-up Desktop está restaurando o sustituyendo la base de datos {db_path}. Vuelva a intentarlo cuando termine; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another Follow-up Desktop process (a window, an import, an export or a backup). Let it finish or close it, then try again; nothing was changed.</source>
        <translation>Otro proceso de Follow-up Desktop está usando la base de datos {db_path} (una ventana, una importación, una exportación o una copia de seguridad). Deje que termine o ciérrelo y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>store.connection</name>
    <message>
        <source>The database is already open.</source>
        <translation>La base de datos ya está abierta.</translation>
    </message>
    <message>
        <source>No database has been opened yet.</source>
        <translation>Todavía no se ha abierto ninguna base de datos.</translation>
    </message>
</context>
<context>
    <name>store.contacts</name>
    <message>
        <source>A contact cannot be their own referrer.</source>
        <translation>Un contacto no puede haberse recomendado a sí mismo.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>A category name can be at most 60 characters long.</source>
        <translation>Un nombre de categoría puede tener como máximo 60 caracteres.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>Ya existe una categoría llamada {name}.</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>La carpeta de datos {path} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist and cannot be created ({detail}).</source>
        <translation>La carpeta de datos {path} no existe y no se puede crear ({detail}).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; check its permissions.</source>
        <translation>No se puede escribir en la carpeta de datos {path}; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>La base de datos</translation>
    </message>
    <message>
        <source>Upgrading the database {path} from version {current} failed ({exc}); it was left as it was.</source>
        <translation>La actualización de la base de datos {path} desde la versión {current} falló ({exc}); se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade (data version {current}), but it could not be backed up first, so it was not changed. {exc}</source>
        <translation>La base de datos {path} necesita una actualización (versión de datos {current}), pero no se pudo hacer antes una copia de seguridad, así que no se modificó. {exc}</translation>
    </message>
    <message>
        <source>The database {path} is read-only, so nothing could be saved. Check the file's permissions (or copy it somewhere you can write); it was not changed.</source>
        <translation>La base de datos {path} es de solo lectura, así que no se pudo guardar nada. Compruebe los permisos del archivo (o cópielo donde pueda escribir); no se modificó.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created ({detail}).</source>
        <translation>No se puede crear la base de datos {path} ({detail}).</translation>
    </message>
    <message>
        <source>The database {path} is read-only and from an older version; it needs an upgrade that cannot be written. Make it writable (or copy it) and try again.</source>
        <translation>La base de datos {path} es de solo lectura y de una versión anterior; necesita una actualización que no se puede escribir. Permita escribir en ella (o cópiela) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>store.demo</name>
    <message>
        <source>Added {items}.</source>
        <comment>Added 200 contacts, 2,000 interactions, 1,000 follow-ups.</comment>
        <translation>Se añadieron {items}.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n contacts; demo data is only added to an empty database. Use --force to add it anyway, or choose another --data-dir.</source>
        <extracomment>The database already holds %n contact; demo data is only added to an empty database. Use --force to add it anyway, or choose another --data-dir.</extracomment>
        <translation>
            <numerusform>La base de datos ya contiene %n contacto; los datos de ejemplo solo se añaden a una base de datos vacía. Use --force para añadirlos de todos modos, o elija otro --data-dir.</numerusform>
            <numerusform>La base de datos ya contiene %n contactos; los datos de ejemplo solo se añaden a una base de datos vacía. Use --force para añadirlos de todos modos, o elija otro --data-dir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>El número de contactos no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>store.demo_activity</name>
    <message>
        <source>Called, walked through the proposal.</source>
        <translation>Llamé y repasamos la propuesta.</translation>
    </message>
    <message>
        <source>Sent the brochure and the price list.</source>
        <translation>Envié el folleto y la lista de precios.</translation>
    </message>
    <message>
        <source>Left a voicemail asking for a good time to talk.</source>
        <translation>Dejé un mensaje de voz preguntando cuándo le viene bien hablar.</translation>
    </message>
    <message>
        <source>Met for coffee; they are reviewing suppliers next quarter.</source>
        <translation>Quedamos para un café; revisarán a sus proveedores el próximo trimestre.</translation>
    </message>
    <message>
        <source>Quick email: asked whether the pilot results arrived.
They will forward to their manager.</source>
        <translation>Correo rápido: ¿llegaron los resultados del piloto?
Se los reenviarán a su responsable.</translation>
    </message>
    <message>
        <source>Demo went well. Questions about integration and support hours.</source>
        <translation>La demostración fue bien. Preguntas sobre integración y horario de soporte.</translation>
    </message>
    <message>
        <source>Thank-you card after the trade fair.</source>
        <translation>Tarjeta de agradecimiento después de la feria.</translation>
    </message>
    <message>
        <source>They asked for references from similar companies.</source>
        <translation>Pidieron referencias de empresas parecidas.</translation>
    </message>
    <message>
        <source>Budget frozen until the new year; keep in touch.</source>
        <translation>Presupuesto congelado hasta el año nuevo; mantener el contacto.</translation>
    </message>
    <message>
        <source>Connected on LinkedIn, commented on their post.</source>
        <translation>Conectamos en LinkedIn, comenté su publicación.</translation>
    </message>
    <message>
        <source>Renewal discussed: wants a multi-year discount.
Send a comparison.</source>
        <translation>Hablamos de la renovación: quiere un descuento plurianual.
Enviar una comparación.</translation>
    </message>
    <message>
        <source>No answer, no voicemail.</source>
        <translation>Sin respuesta, sin buzón de voz.</translation>
    </message>
    <message>
        <source>send revised pricing</source>
        <translation>enviar los precios revisados</translation>
    </message>
    <message>
        <source>follow up on the proposal</source>
        <translation>hacer seguimiento de la propuesta</translation>
    </message>
    <message>
        <source>check they received the samples</source>
        <translation>comprobar que recibieron las muestras</translation>
    </message>
    <message>
        <source>ask for a referral</source>
        <translation>pedir un referido</translation>
    </message>
    <message>
        <source>confirm the meeting agenda</source>
        <translation>confirmar el orden del día de la reunión</translation>
    </message>
    <message>
        <source>share the case study</source>
        <translation>compartir el caso de éxito</translation>
    </message>
    <message>
        <source>discuss the renewal</source>
        <translation>hablar de la renovación</translation>
    </message>
    <message>
        <source>invite to the customer event</source>
        <translation>invitar al evento de clientes</translation>
    </message>
    <message>
        <source>check in after the installation</source>
        <translation>preguntar qué tal tras la instalación</translation>
    </message>
    <message>
        <source>ask how the pilot went</source>
        <translation>preguntar cómo fue el piloto</translation>
    </message>
    <message>
        <source>send the contract for signature</source>
        <translation>enviar el contrato para firmar</translation>
    </message>
    <message>
        <source>catch up: keep in touch</source>
        <translation>ponerse al día: mantener el contacto</translation>
    </message>
    <message>
        <source>they send the signed contract</source>
        <translation>envían el contrato firmado</translation>
    </message>
    <message>
        <source>they confirm the budget</source>
        <translation>confirman el presupuesto</translation>
    </message>
    <message>
        <source>they reply with feedback on the proposal</source>
        <translation>responden con comentarios sobre la propuesta</translation>
    </message>
    <message>
        <source>they introduce me to their purchasing manager</source>
        <translation>me presentan a su jefe de compras</translation>
    </message>
    <message>
        <source>bought elsewhere, confirmed by phone</source>
        <translation>compró en otro sitio, confirmado por teléfono</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>jubilado</translation>
    </message>
    <message>
        <source>not a fit for us</source>
        <translation>no encaja con nosotros</translation>
    </message>
    <message>
        <source>moved to another company</source>
        <translation>se fue a otra empresa</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>ya no es necesario</translation>
    </message>
</context>
<context>
    <name>store.demo_personal</name>
    <message>
        <source>Trip to Japan</source>
        <translation>Viaje a Japón</translation>
    </message>
    <message>
        <source>Daughter's wedding</source>
        <translation>Boda de su hija</translation>
    </message>
    <message>
        <source>Running the city marathon</source>
        <translation>Corre el maratón de la ciudad</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Mudanza</translation>
    </message>
    <message>
        <source>Back from parental leave</source>
        <translation>Vuelve de la baja por paternidad</translation>
    </message>
    <message>
        <source>Son starts university</source>
        <translation>Su hijo empieza la universidad</translation>
    </message>
    <message>
        <source>Sailing holiday in Greece</source>
        <translation>Vacaciones navegando en Grecia</translation>
    </message>
    <message>
        <source>Knee surgery, wish a quick recovery</source>
        <translation>Operación de rodilla, desearle una pronta recuperación</translation>
    </message>
    <message>
        <source>Plays golf on Saturdays</source>
        <translation>Juega al golf los sábados</translation>
    </message>
    <message>
        <source>Two kids, Emma and Noah</source>
        <translation>Dos hijos, Emma y Noah</translation>
    </message>
    <message>
        <source>Vegetarian: no steakhouse</source>
        <translation>Vegetariano: nada de asadores</translation>
    </message>
    <message>
        <source>Supports the local football club</source>
        <translation>Aficionado del club de fútbol local</translation>
    </message>
    <message>
        <source>Collects vinyl records</source>
        <translation>Colecciona discos de vinilo</translation>
    </message>
    <message>
        <source>Prefers calls after 10</source>
        <translation>Prefiere llamadas después de las 10</translation>
    </message>
</context>
<context>
    <name>store.demo_words</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Jefa de oficina</translation>
    </message>
    <message>
        <source>Purchasing Manager</source>
        <translation>Jefe de compras</translation>
    </message>
    <message>
        <source>Operations Director</source>
        <translation>Director de operaciones</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Director general</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>Director financiero</translation>
    </message>
    <message>
        <source>Head of Procurement</source>
        <translation>Responsable de compras</translation>
    </message>
    <message>
        <source>Facilities Manager</source>
        <translation>Responsable de instalaciones</translation>
    </message>
    <message>
        <source>Marketing Lead</source>
        <translation>Responsable de marketing</translation>
    </message>
    <message>
        <source>Practice Manager</source>
        <translation>Gerente de la clínica</translation>
    </message>
    <message>
        <source>Sales Director</source>
        <translation>Director comercial</translation>
    </message>
    <message>
        <source>IT Manager</source>
        <translation>Responsable de informática</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Fundador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Met at the regional trade show; interested in the spring offer.</source>
        <translation>Nos conocimos en la feria regional; le interesa la oferta de primavera.</translation>
    </message>
    <message>
        <source>Prefers e-mail in the morning. Two kids, coaches junior football on Saturdays.</source>
        <translation>Prefiere correos por la mañana. Dos hijos, entrena a un equipo infantil de fútbol los sábados.</translation>
    </message>
    <message>
        <source>Budget decisions in Q4. Ask about the warehouse expansion.</source>
        <translation>Decisiones de presupuesto en el 4.º trimestre. Preguntar por la ampliación del almacén.</translation>
    </message>
    <message>
        <source>Referred several colleagues already; send a thank-you card at year end.</source>
        <translation>Ya ha recomendado a varios colegas; enviar una tarjeta de agradecimiento a fin de año.</translation>
    </message>
    <message>
        <source>Switched suppliers last year after delivery problems. Price-sensitive.</source>
        <translation>Cambió de proveedor el año pasado tras problemas de entrega. Sensible al precio.</translation>
    </message>
    <message>
        <source>Loves sailing; mention the harbour festival. Call after 10 am.</source>
        <translation>Le encanta navegar; mencionar la fiesta del puerto. Llamar después de las 10.</translation>
    </message>
    <message>
        <source>Decision maker is the partner; this contact prepares the shortlist.</source>
        <translation>Quien decide es el socio; este contacto prepara la preselección.</translation>
    </message>
    <message>
        <source>Wants a demo on site, not a video call. Parking behind the building.</source>
        <translation>Quiere una demostración en persona, no una videollamada. Aparcamiento detrás del edificio.</translation>
    </message>
    <message>
        <source>Former colleague from the Denver office. Birthday in June.</source>
        <translation>Antiguo colega de la oficina de Denver. Cumpleaños en junio.</translation>
    </message>
    <message>
        <source>Asked to be contacted again after the merger closes.</source>
        <translation>Pidió que lo volvamos a contactar cuando se cierre la fusión.</translation>
    </message>
</context>
<context>
    <name>store.errors</name>
    <message>
        <source>That follow-up no longer exists; it may have been undone.</source>
        <translation>Ese seguimiento ya no existe; quizá se deshizo.</translation>
    </message>
</context>
<context>
    <name>store.followups</name>
    <message>
        <source>The follow-up &quot;{reason}&quot; is already {status}; nothing was changed.</source>
        <translation>El seguimiento «{reason}» ya está {status}; no se cambió nada.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
</context>
<context>
    <name>store.greeting_cards</name>
    <message>
        <source>A card's lead time is between 0 and 60 days.</source>
        <translation>La antelación de una tarjeta va de 0 a 60 días.</translation>
    </message>
</context>
<context>
    <name>store.health</name>
    <message>
        <source>The database {path} is damaged ({why}). It was left untouched; a backup can be restored in its place.</source>
        <translation>La base de datos {path} está dañada ({why}). No se ha tocado; se puede restaurar una copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <source>the file is cut off</source>
        <translation>el archivo está cortado</translation>
    </message>
    <message>
        <source>the file is cut off: {size} of {expected} bytes are there</source>
        <translation>el archivo está cortado: hay {size} de {expected} bytes</translation>
    </message>
</context>
<context>
    <name>store.import_later_work</name>
    <message numerus="yes">
        <source>%n notes</source>
        <extracomment>%n note</extracomment>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <extracomment>%n follow-up</extracomment>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up series</source>
        <extracomment>%n follow-up series</extracomment>
        <translation>
            <numerusform>%n serie de seguimiento</numerusform>
            <numerusform>%n series de seguimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: 3 notes, 1 follow-up and 2 series</comment>
        <translation>{items} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>{work} made since with %n contacts it added</source>
        <extracomment>{work} made since with %n contact it added</extracomment>
        <translation>
            <numerusform>{work} hechos desde entonces con %n contacto que añadió</numerusform>
            <numerusform>{work} hechos desde entonces con %n contactos que añadió</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the changes made since to %n contacts it touched</source>
        <extracomment>the changes made since to %n contact it touched</extracomment>
        <translation>
            <numerusform>los cambios hechos desde entonces en %n contacto que tocó</numerusform>
            <numerusform>los cambios hechos desde entonces en %n contactos que tocó</numerusform>
        </translation>
    </message>
    <message>
        <source>{work} and {edits}</source>
        <translation>{work} y {edits}</translation>
    </message>
    <message>
        <source>Undoing import {batch_id} would also delete {work}. Nothing was changed.</source>
        <translation>Deshacer la importación {batch_id} también eliminaría {work}. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>store.import_plan</name>
    <message>
        <source>New: {count}</source>
        <translation>Nuevos: {count}</translation>
    </message>
    <message>
        <source>To update: {count}</source>
        <translation>Para actualizar: {count}</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importados: {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Actualizados: {count}</translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation>Sin cambios: {count}</translation>
    </message>
    <message>
        <source>Skipped: {count}</source>
        <translation>Omitidos: {count}</translation>
    </message>
    <message>
        <source>Invalid: {count}</source>
        <translation>No válidos: {count}</translation>
    </message>
    <message>
        <source>line {line}: would be skipped, {reason}</source>
        <translation>línea {line}: se omitiría, {reason}</translation>
    </message>
    <message>
        <source>line {line}: skipped, {reason}</source>
        <translation>línea {line}: omitida, {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>… and %n more</extracomment>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>left out in the preview</source>
        <translation>excluido en la vista previa</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>duplicado: {reason}</translation>
    </message>
    <message>
        <source>Referred by: {name}</source>
        <translation>Recomendado por: {name}</translation>
    </message>
</context>
<context>
    <name>store.import_preview</name>
    <message>
        <source>Skip them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>Actualizar el contacto existente</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Importarlos de todos modos</translation>
    </message>
    <message>
        <source>same e-mail as {name}, already in your contacts</source>
        <translation>mismo correo que {name}, ya en sus contactos</translation>
    </message>
    <message>
        <source>same profile URL as {name}, already in your contacts</source>
        <translation>misma URL de perfil que {name}, ya en sus contactos</translation>
    </message>
    <message>
        <source>same name and phone as {name}, already in your contacts</source>
        <translation>mismo nombre y teléfono que {name}, ya en sus contactos</translation>
    </message>
    <message>
        <source>same name and company as {name}, already in your contacts</source>
        <translation>mismo nombre y empresa que {name}, ya en sus contactos</translation>
    </message>
    <message>
        <source>same name (no company) as {name}, already in your contacts</source>
        <translation>mismo nombre (sin empresa) que {name}, ya en sus contactos</translation>
    </message>
    <message>
        <source>same e-mail as line {line}</source>
        <translation>mismo correo que la línea {line}</translation>
    </message>
    <message>
        <source>same profile URL as line {line}</source>
        <translation>misma URL de perfil que la línea {line}</translation>
    </message>
    <message>
        <source>same name and phone as line {line}</source>
        <translation>mismo nombre y teléfono que la línea {line}</translation>
    </message>
    <message>
        <source>same name and company as line {line}</source>
        <translation>mismo nombre y empresa que la línea {line}</translation>
    </message>
    <message>
        <source>same name (no company) as line {line}</source>
        <translation>mismo nombre (sin empresa) que la línea {line}</translation>
    </message>
</context>
<context>
    <name>store.imports</name>
    <message>
        <source>There is no import number {batch_id}.</source>
        <translation>No existe la importación número {batch_id}.</translation>
    </message>
    <message>
        <source>Import {batch_id} is not recorded (no import has that number), so it cannot be undone.</source>
        <translation>La importación {batch_id} no está registrada (ninguna importación tiene ese número), así que no se puede deshacer.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Esta importación ya se deshizo.</translation>
    </message>
</context>
<context>
    <name>store.key_date_marks</name>
    <message>
        <source>{what}: {name}</source>
        <comment>Birthday: Ada Lovelace</comment>
        <translation>{what}: {name}</translation>
    </message>
</context>
<context>
    <name>store.notes</name>
    <message>
        <source>&quot;{channel}&quot; is not a channel ({detail}).</source>
        <translation>«{channel}» no es un canal ({detail}).</translation>
    </message>
    <message>
        <source>&quot;{outcome}&quot; is not an outcome ({detail}).</source>
        <translation>«{outcome}» no es un resultado ({detail}).</translation>
    </message>
    <message>
        <source>&quot;{action}&quot; is not one of {detail}.</source>
        <translation>«{action}» no es uno de {detail}.</translation>
    </message>
    <message>
        <source>A follow-up can only be replaced by a next step planned here: plan one, or choose &quot;Done&quot; or &quot;Keep open&quot; for it.</source>
        <translation>Un seguimiento solo se puede sustituir por un próximo paso planificado aquí: planifique uno, o elija «Hecho con esta interacción» o «Mantener abierto» para él.</translation>
    </message>
    <message>
        <source>Plan a next step, or say why there is none (for example &quot;bought elsewhere, confirmed by phone&quot;).</source>
        <translation>Planifique un próximo paso o diga por qué no lo hay (por ejemplo «compró en otro sitio, confirmado por teléfono»).</translation>
    </message>
    <message>
        <source>Either plan a next step or give a reason for none, not both.</source>
        <translation>Planifique un próximo paso o indique por qué no lo hay, no ambas cosas.</translation>
    </message>
    <message>
        <source>&quot;{channel}&quot; is not a channel.</source>
        <translation>«{channel}» no es un canal.</translation>
    </message>
    <message>
        <source>Whose move it is must be &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>A quién le toca debe ser «mine» (a mí) o «theirs» (al contacto).</translation>
    </message>
    <message>
        <source>That contact no longer exists; the note was not saved.</source>
        <translation>Ese contacto ya no existe; la nota no se guardó.</translation>
    </message>
    <message>
        <source>That follow-up belongs to another contact.</source>
        <translation>Ese seguimiento pertenece a otro contacto.</translation>
    </message>
    <message>
        <source>The follow-up is already {status}; nothing was changed.</source>
        <translation>El seguimiento ya está {status}; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>store.open_checks</name>
    <message>
        <source>The database {path} cannot be read ({detail}).</source>
        <translation>No se puede leer la base de datos {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database (it is not a SQLite file). It was left untouched.</source>
        <translation>{path} no es una base de datos de Follow-up Desktop (no es un archivo SQLite). No se ha tocado.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Follow-up Desktop (data version {version}; this version understands up to {newest}). Update the app to open it; the file was not changed.</source>
        <translation>La base de datos {path} la escribió una versión más reciente de Follow-up Desktop (versión de datos {version}; esta versión entiende hasta la {newest}). Actualice la aplicación para abrirla; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file holding other tables (or the file {wal} beside it comes from another database). It was left untouched.</source>
        <translation>{path} no es una base de datos de Follow-up Desktop: es un archivo SQLite con otras tablas (o el archivo {wal} que tiene al lado procede de otra base de datos). No se ha tocado.</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file holding other tables. It was left untouched.</source>
        <translation>{path} no es una base de datos de Follow-up Desktop: es un archivo SQLite con otras tablas. No se ha tocado.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes), though there are backups of your data in {folder}. It was left as it is, so a backup can be restored in its place.</source>
        <translation>La base de datos {path} está vacía (0 bytes), aunque hay copias de seguridad de sus datos en {folder}. Se ha dejado tal cual para poder restaurar una copia en su lugar.</translation>
    </message>
</context>
<context>
    <name>store.personal</name>
    <message>
        <source>A contact has one birthday.</source>
        <translation>Un contacto tiene un solo cumpleaños.</translation>
    </message>
    <message>
        <source>A contact has one customer since date.</source>
        <translation>Un contacto tiene una sola fecha «Cliente desde».</translation>
    </message>
    <message>
        <source>A contact has one work address.</source>
        <translation>Un contacto tiene una sola dirección de trabajo.</translation>
    </message>
    <message>
        <source>A contact has one home address.</source>
        <translation>Un contacto tiene una sola dirección particular.</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <source>Unknown kind of address: {kind}.</source>
        <translation>Tipo de dirección desconocido: {kind}.</translation>
    </message>
    <message>
        <source>A thing to remember needs some words.</source>
        <translation>Algo para recordar necesita unas palabras.</translation>
    </message>
</context>
<context>
    <name>store.recovery</name>
    <message>
        <source>There is no backup file at {source}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {source}.</translation>
    </message>
    <message>
        <source>{source} is damaged ({exc}); it cannot be restored.</source>
        <translation>{source} está dañado ({exc}); no se puede restaurar.</translation>
    </message>
    <message>
        <source>The backup {source} was written by a newer version of Follow-up Desktop; update the app to restore it. Nothing changed.</source>
        <translation>La copia de seguridad {source} la escribió una versión más reciente de Follow-up Desktop; actualice la aplicación para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <source>{source} is an empty database, not a Follow-up Desktop backup.</source>
        <translation>{source} es una base de datos vacía, no una copia de seguridad de Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another program; close it and try again. Nothing changed.</source>
        <translation>Otro programa está usando la base de datos {db_path}; ciérrelo y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another program ({exc}); close it and try again. Nothing changed.</source>
        <translation>Otro programa está usando la base de datos {db_path} ({exc}); ciérrelo y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>That file is the database in use; choose a backup instead.</source>
        <translation>Ese archivo es la base de datos en uso; elija una copia de seguridad.</translation>
    </message>
    <message>
        <source>{source} is damaged, so it cannot be restored ({exc}).</source>
        <translation>{source} está dañado, así que no se puede restaurar ({exc}).</translation>
    </message>
    <message>
        <source>The backup {source} is from an older version and could not be brought up to date ({exc}). Nothing changed.</source>
        <translation>La copia de seguridad {source} es de una versión anterior y no se pudo actualizar ({exc}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({detail}). Nothing changed.</source>
        <translation>No se pudo colocar la copia de seguridad en su sitio ({detail}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The damaged database {db_path} could not be moved aside ({detail}); it was left where it is.</source>
        <translation>No se pudo apartar la base de datos dañada {db_path} ({detail}); se quedó donde estaba.</translation>
    </message>
</context>
<context>
    <name>store.referrals</name>
    <message>
        <source>Thank them for the referral: {name}</source>
        <translation>Agradecer la recomendación: {name}</translation>
    </message>
</context>
<context>
    <name>store.safe_copy</name>
    <message>
        <source>The disk is full, so the backup to {dest} could not be written. Nothing changed.</source>
        <translation>El disco está lleno, así que no se pudo escribir la copia de seguridad en {dest}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup to {dest} failed: the database is damaged.</source>
        <translation>La copia de seguridad en {dest} falló: la base de datos está dañada.</translation>
    </message>
    <message>
        <source>The backup to {dest} failed ({detail}). Nothing changed.</source>
        <translation>La copia de seguridad en {dest} falló ({detail}). No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>No se puede leer {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database.</source>
        <translation>{path} no es una base de datos de Follow-up Desktop.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>La copia no superó la comprobación de integridad ({detail}); puede que la propia base de datos esté dañada.</translation>
    </message>
</context>
<context>
    <name>store.schema_check</name>
    <message numerus="yes">
        <source>{shown} and %n more</source>
        <extracomment>{shown} and %n more</extracomment>
        <translation>
            <numerusform>{shown} y %n más</numerusform>
            <numerusform>{shown} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a Follow-up Desktop database: it is a SQLite file, but it lacks what Follow-up Desktop keeps its data in ({shown}). It was left untouched.</source>
        <translation>{path} no es una base de datos de Follow-up Desktop: es un archivo SQLite, pero le falta donde Follow-up Desktop guarda sus datos ({shown}). No se ha tocado.</translation>
    </message>
</context>
<context>
    <name>store.series</name>
    <message>
        <source>Series stopped</source>
        <translation>Serie detenida</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Esa serie ya no existe.</translation>
    </message>
    <message>
        <source>Step {n}: &quot;{channel}&quot; is not a channel.</source>
        <translation>Paso {n}: «{channel}» no es un canal.</translation>
    </message>
    <message>
        <source>There is already a series called &quot;{name}&quot;.</source>
        <translation>Ya existe una serie llamada «{name}».</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is built in: edit its steps instead.</source>
        <translation>«{name}» viene incluida: edite sus pasos en su lugar.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; thanks whoever referred {display_name}, but no referrer is set: edit the contact and fill in Referred by.</source>
        <translation>«{name}» da las gracias a quien recomendó a {display_name}, pero no se ha indicado: edite el contacto y rellene «Recomendado por».</translation>
    </message>
    <message>
        <source>{reason}: {name}</source>
        <comment>Thank them for the referral: Ann Lee</comment>
        <translation>{reason}: {name}</translation>
    </message>
</context>
<context>
    <name>store.sqlite_errors</name>
    <message>
        <source>The database {path} is locked by another program. Close the other program (or the other Follow-up Desktop window) and try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos {path}. Cierre el otro programa (o la otra ventana de Follow-up Desktop) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file's permissions; nothing was changed.</source>
        <translation>La base de datos {path} es de solo lectura. Compruebe los permisos del archivo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({exc}). It was left untouched.</source>
        <translation>La base de datos {path} está dañada ({exc}). No se ha tocado.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({exc}).</source>
        <translation>No se puede abrir la base de datos {path} ({exc}).</translation>
    </message>
    <message>
        <source>The database {path} could not be used: {exc}</source>
        <translation>No se pudo usar la base de datos {path}: {exc}</translation>
    </message>
    <message>
        <source>The database {path} is damaged (its pages hold bytes that are not text). It was left untouched.</source>
        <translation>La base de datos {path} está dañada (sus páginas contienen bytes que no son texto). No se ha tocado.</translation>
    </message>
</context>
<context>
    <name>store.talking_points</name>
    <message>
        <source>&quot;{kind}&quot; is not a kind of talking point.</source>
        <translation>«{kind}» no es un tipo de punto a tratar.</translation>
    </message>
    <message>
        <source>The message is empty: write what you would say.</source>
        <translation>El mensaje está vacío: escriba lo que diría.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Ese seguimiento ya no existe.</translation>
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
