<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ui::Activity</name>
    <message>
        <source>Instance created</source>
        <translation>Instancia creada</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Ajustes modificados</translation>
    </message>
    <message>
        <source>Reconnect requested</source>
        <translation>Reconexión solicitada</translation>
    </message>
    <message>
        <source>Logout requested</source>
        <translation>Cierre de sesión solicitado</translation>
    </message>
    <message>
        <source>QR code shown</source>
        <translation>Código QR mostrado</translation>
    </message>
    <message>
        <source>Linked to a phone</source>
        <translation>Vinculada a un teléfono</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Sesión cerrada</translation>
    </message>
</context>
<context>
    <name>ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ui::BubbleDelegate</name>
    <message>
        <source>not stored on this computer</source>
        <translation>no guardado en este equipo</translation>
    </message>
</context>
<context>
    <name>ui::ChatListModel</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n sin leer</numerusform>
            <numerusform>%1, %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChatsPage</name>
    <message>
        <source>This file is not stored on this computer.</source>
        <translation>Este archivo no está guardado en este equipo.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Choose a chat on the left to read its messages.</source>
        <translation>Elige un chat a la izquierda para leer sus mensajes.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most WaMulti sends.</source>
        <translation>%1 ocupa más de %2, lo máximo que envía WaMulti.</translation>
    </message>
    <message>
        <source>Not sent: %1 could not be read.</source>
        <translation>No se envió: no se pudo leer %1.</translation>
    </message>
</context>
<context>
    <name>ui::Composer</name>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 (Enter or double click removes it)</source>
        <translation>%1 (Intro o doble clic lo quita)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Message to %1 (Enter sends, Shift+Enter: new line)</source>
        <translation>Mensaje para %1 (Intro envía, Mayús+Intro: nueva línea)</translation>
    </message>
    <message>
        <source>Type a message or attach a file first.</source>
        <translation>Escribe un mensaje o adjunta un archivo primero.</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the conversation)</source>
        <translation>Adjuntar archivos (o suéltalos en la conversación)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Failed (no more retries)</source>
        <translation>Fallida (sin más reintentos)</translation>
    </message>
    <message>
        <source>%1 (replayed %2×)</source>
        <translation>%1 (reenviada %2×)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Receiver&apos;s answer</source>
        <translation>Respuesta del destino</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryPanel</name>
    <message>
        <source>Choose a delivery in the log first.</source>
        <translation>Elige primero una entrega del registro.</translation>
    </message>
    <message>
        <source>That delivery is no longer in the log.</source>
        <translation>Esa entrega ya no está en el registro.</translation>
    </message>
    <message>
        <source>That delivery is still pending: it is retried by itself.</source>
        <translation>Esa entrega sigue pendiente: se reintenta sola.</translation>
    </message>
    <message>
        <source>The replay could not be queued.</source>
        <translation>No se pudo poner en cola el reenvío.</translation>
    </message>
    <message>
        <source>Queued again: the same event, with the same X-Webhook-Id.</source>
        <translation>De nuevo en cola: el mismo evento, con el mismo X-Webhook-Id.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Esta instancia ya no existe.</translation>
    </message>
    <message>
        <source>Set a webhook URL and turn webhooks on (and save) before sending a test event.</source>
        <translation>Indica una URL de webhook, activa los webhooks (y guarda) antes de enviar un evento de prueba.</translation>
    </message>
    <message>
        <source>The test event could not be queued.</source>
        <translation>No se pudo poner en cola el evento de prueba.</translation>
    </message>
    <message>
        <source>Test event queued; its delivery appears in the log.</source>
        <translation>Evento de prueba en cola; su entrega aparece en el registro.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Show deliveries</source>
        <translation>Mostrar entregas</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhook</translation>
    </message>
    <message>
        <source>Send the selected event again: same body, same X-Webhook-Id</source>
        <translation>Enviar de nuevo el evento seleccionado: mismo cuerpo, mismo X-Webhook-Id</translation>
    </message>
    <message>
        <source>Queue a webhook_test event for this instance&apos;s webhook URL</source>
        <translation>Poner en cola un evento webhook_test para la URL de webhook de esta instancia</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Filter &amp;by state:</source>
        <translation>Filtrar por es&amp;tado:</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
</context>
<context>
    <name>ui::InstanceActions</name>
    <message>
        <source>&amp;New instance…</source>
        <translation>&amp;Nueva instancia…</translation>
    </message>
    <message>
        <source>Create an instance and show its QR code (%1)</source>
        <translation>Crear una instancia y mostrar su código QR (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the name and description</source>
        <translation>Cambiar el nombre y la descripción</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <source>Drop the connection and connect again</source>
        <translation>Cortar la conexión y volver a conectar</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Unlink this device from the phone; a new QR code follows</source>
        <translation>Desvincular este dispositivo del teléfono; después aparece un nuevo código QR</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the instance and its history</source>
        <translation>Eliminar la instancia y su historial</translation>
    </message>
    <message>
        <source>There is no active admin account to own the instance.</source>
        <translation>No hay ninguna cuenta de administrador activa que pueda ser dueña de la instancia.</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Ponle un nombre a la instancia.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Esta instancia ya no existe.</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nueva instancia</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Editar instancia</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from its phone? Linking it again needs a new QR scan.</source>
        <translation>¿Desvincular «%1» de su teléfono? Para volver a vincularla habrá que escanear un nuevo código QR.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Eliminar instancia</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its history?</source>
        <translation>¿Eliminar «%1» y todo su historial?</translation>
    </message>
</context>
<context>
    <name>ui::InstanceDialog</name>
    <message>
        <source>e.g. Support desk</source>
        <translation>p. ej., Atención al cliente</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nombre de la instancia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Ponle un nombre a la instancia.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 fit.</source>
        <translation>La descripción tiene %1 caracteres; caben como máximo %2.</translation>
    </message>
</context>
<context>
    <name>ui::InstanceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>ui::InstancePage</name>
    <message>
        <source>No instance selected</source>
        <translation>Ninguna instancia seleccionada</translation>
    </message>
    <message>
        <source>Create an instance with New instance (Ctrl+N), or choose one in the list.</source>
        <translation>Crea una instancia con Nueva instancia (Ctrl+N) o elige una de la lista.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>name not known yet</source>
        <translation>nombre aún desconocido</translation>
    </message>
    <message>
        <source>Linked account: %1, %2</source>
        <translation>Cuenta vinculada: %1, %2</translation>
    </message>
    <message>
        <source>The WhatsApp engine is off (WAMULTI_ENGINE=off): instances stay disconnected.</source>
        <translation>El motor de WhatsApp está apagado (WAMULTI_ENGINE=off): las instancias siguen desconectadas.</translation>
    </message>
    <message numerus="yes">
        <source>A new code in %n s</source>
        <translation>
            <numerusform>Nuevo código en %n s</numerusform>
            <numerusform>Nuevo código en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is coming…</source>
        <translation>Llega un nuevo código…</translation>
    </message>
    <message>
        <source>Linked to the WhatsApp account</source>
        <translation>Vinculada a la cuenta de WhatsApp</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>No pairing code: %1</source>
        <translation>Sin código de vinculación: %1</translation>
    </message>
    <message>
        <source>On the phone: Linked devices &gt; Link a device &gt; Link with phone number instead, then type this code.</source>
        <translation>En el teléfono: Dispositivos vinculados &gt; Vincular un dispositivo &gt; Vincular con el número de teléfono, y escribe este código.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Código de vinculación %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 6 to 15 digits with the country code.</source>
        <translation>«%1» no es un número de teléfono: usa de 6 a 15 dígitos con el prefijo del país.</translation>
    </message>
    <message>
        <source>Asking WhatsApp for a code for +%1…</source>
        <translation>Pidiendo a WhatsApp un código para +%1…</translation>
    </message>
    <message>
        <source>Or link with a phone num&amp;ber:</source>
        <translation>O vincular con un &amp;número de teléfono:</translation>
    </message>
    <message>
        <source>Phone number to link with a pairing code</source>
        <translation>Número de teléfono para vincular con un código</translation>
    </message>
    <message>
        <source>Get pairing cod&amp;e</source>
        <translation>Obtener có&amp;digo de vinculación</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Webhook settings saved.</source>
        <translation>Ajustes de webhook guardados.</translation>
    </message>
    <message>
        <source>WhatsApp engine off (WAMULTI_ENGINE=off): instances stay disconnected.</source>
        <translation>Motor de WhatsApp apagado (WAMULTI_ENGINE=off): las instancias siguen desconectadas.</translation>
    </message>
    <message>
        <source>About WaMulti</source>
        <translation>Acerca de WaMulti</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WaMulti %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Many WhatsApp accounts from one native process, with a local REST API at %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WaMulti %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Muchas cuentas de WhatsApp en un solo proceso nativo, con una API REST local en %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>WaMulti (sandbox)</source>
        <translation>WaMulti (sandbox)</translation>
    </message>
    <message>
        <source>WaMulti</source>
        <translation>WaMulti</translation>
    </message>
    <message>
        <source>Search instances (Ctrl+F)</source>
        <translation>Buscar instancias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Buscar instancias</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Cha&amp;ts</source>
        <translation>Cha&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instancia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find instance</source>
        <translation>&amp;Buscar instancia</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instancias</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About WaMulti</source>
        <translation>A&amp;cerca de WaMulti</translation>
    </message>
    <message>
        <source>Simulated phones</source>
        <translation>Teléfonos simulados</translation>
    </message>
    <message>
        <source>The REST API of this process</source>
        <translation>La API REST de este proceso</translation>
    </message>
</context>
<context>
    <name>ui::MessageModel</name>
    <message>
        <source>You, %1: %2 (%3)</source>
        <translation>Tú, %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ui::MessageStatus</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando envío</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproducido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
</context>
<context>
    <name>ui::Preview</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>ui::QrWidget</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>A QR code to scan with WhatsApp on the phone</source>
        <translation>Un código QR para escanear con WhatsApp en el teléfono</translation>
    </message>
</context>
<context>
    <name>ui::SandboxPanel</name>
    <message>
        <source>S&amp;can the QR code with this phone</source>
        <translation>&amp;Escanear el código QR con este teléfono</translation>
    </message>
    <message>
        <source>to +%1 (%2)</source>
        <translation>para +%1 (%2)</translation>
    </message>
    <message>
        <source>link the instance first</source>
        <translation>vincula primero la instancia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 6 to 15 digits with the country code, e.g. 5511999990000.</source>
        <translation>«%1» no es un número de teléfono: usa de 6 a 15 dígitos con el prefijo del país, p. ej., 5511999990000.</translation>
    </message>
    <message>
        <source>Phone +%1 is on the simulated network.</source>
        <translation>El teléfono +%1 está en la red simulada.</translation>
    </message>
    <message>
        <source>Choose a phone, and an instance that shows a QR code.</source>
        <translation>Elige un teléfono y una instancia que muestre un código QR.</translation>
    </message>
    <message>
        <source>+%1 scanned the code: linked as %2.</source>
        <translation>+%1 escaneó el código: vinculado como %2.</translation>
    </message>
    <message>
        <source>Choose a phone and a linked instance to send to.</source>
        <translation>Elige un teléfono y una instancia vinculada como destino.</translation>
    </message>
    <message>
        <source>Type the message to send first.</source>
        <translation>Escribe primero el mensaje que quieres enviar.</translation>
    </message>
    <message>
        <source>+%1 sent the message.</source>
        <translation>+%1 envió el mensaje.</translation>
    </message>
    <message>
        <source>%1: the sandbox did not answer (%2).</source>
        <translation>%1: el sandbox no respondió (%2).</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondió %2 %3: %4</translation>
    </message>
    <message>
        <source>A simulated WhatsApp network runs inside WaMulti (sandbox mode, %1). Add a phone, let it scan the selected instance&apos;s QR code, then send messages as that phone.</source>
        <translation>Dentro de WaMulti funciona una red de WhatsApp simulada (modo sandbox, %1). Añade un teléfono, haz que escanee el código QR de la instancia seleccionada y envía mensajes como ese teléfono.</translation>
    </message>
    <message>
        <source>Na&amp;me shown:</source>
        <translation>No&amp;mbre visible:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Añadir teléfono</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Simulated phones</source>
        <translation>Teléfonos simulados</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Respuestas:</translation>
    </message>
    <message>
        <source>Only what I send</source>
        <translation>Solo lo que yo envíe</translation>
    </message>
    <message>
        <source>Echo every message back</source>
        <translation>Devolver cada mensaje como eco</translation>
    </message>
    <message>
        <source>Automatic replies</source>
        <translation>Respuestas automáticas</translation>
    </message>
    <message>
        <source>Message to send as the phone</source>
        <translation>Mensaje para enviar como el teléfono</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Sandbox log</source>
        <translation>Registro del sandbox</translation>
    </message>
    <message>
        <source>linked: %1, echoes</source>
        <translation>vinculados: %1, eco</translation>
    </message>
    <message>
        <source>linked: %1</source>
        <translation>vinculados: %1</translation>
    </message>
    <message>
        <source>Devices linked to this phone (WaMulti instances)</source>
        <translation>Dispositivos vinculados a este teléfono (instancias de WaMulti)</translation>
    </message>
    <message>
        <source>The phone scans the QR code that &quot;%1&quot; shows</source>
        <translation>El teléfono escanea el código QR que muestra «%1»</translation>
    </message>
    <message>
        <source>Choose a phone, and ask the instance for a pairing code for that phone&apos;s number first.</source>
        <translation>Elige un teléfono y pide antes a la instancia un código de vinculación para el número de ese teléfono.</translation>
    </message>
    <message>
        <source>+%1 typed the code: linked as %2.</source>
        <translation>+%1 escribió el código: vinculado como %2.</translation>
    </message>
    <message>
        <source>+%1 is the instance&apos;s own account (it scanned the code): what it sends shows as sent by the instance from another device. Add another phone to play a contact.</source>
        <translation>+%1 es la propia cuenta de la instancia (fue quien escaneó el código): lo que envía aparece como enviado por la instancia desde otro dispositivo. Añade otro teléfono para hacer de contacto.</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Nú&amp;mero de teléfono:</translation>
    </message>
    <message>
        <source>&amp;Pairing code:</source>
        <translation>Código de &amp;vinculación:</translation>
    </message>
    <message>
        <source>Pairing code the instance shows</source>
        <translation>Código de vinculación que muestra la instancia</translation>
    </message>
    <message>
        <source>T&amp;ype it on this phone</source>
        <translation>Es&amp;cribirlo en este teléfono</translation>
    </message>
    <message>
        <source>Send a messa&amp;ge as this phone:</source>
        <translation>Enviar un mensa&amp;je como este teléfono:</translation>
    </message>
</context>
<context>
    <name>ui::SettingsPage</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use e.g. 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>«%1» no es una dirección IP. Usa, p. ej., 127.0.0.1 (solo este equipo) o 0.0.0.0 (todas las redes).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Saved. WaMulti will listen on %1 port %2 from its next start.</source>
        <translation>Guardado. Desde el próximo inicio WaMulti escuchará en %1, puerto %2.</translation>
    </message>
    <message>
        <source>API key of %1: copied to the clipboard.</source>
        <translation>Clave de API de %1: copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Regenerate API key</source>
        <translation>Generar una nueva clave de API</translation>
    </message>
    <message>
        <source>Scripts using the current key stop working at once. Create a new key?</source>
        <translation>Los scripts que usan la clave actual dejan de funcionar al momento. ¿Crear una clave nueva?</translation>
    </message>
    <message>
        <source>A new API key was created; the old one no longer works.</source>
        <translation>Se creó una nueva clave de API; la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>API port</source>
        <translation>Puerto de la API</translation>
    </message>
    <message>
        <source>Running now at %1. Changes are written to %2 and apply on the next start (command-line flags and environment variables take precedence).</source>
        <translation>Ahora funciona en %1. Los cambios se escriben en %2 y se aplican en el próximo inicio (las opciones de la línea de órdenes y las variables de entorno tienen prioridad).</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>&amp;Guardar dirección</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key of %1 (send it as the x-api-key header):</source>
        <translation>Clave de API de %1 (envíala en la cabecera x-api-key):</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Generar otra…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>SQLite, %1. (MongoDB mirroring is not available in this version.)</source>
        <translation>SQLite, %1. (La réplica en MongoDB no está disponible en esta versión.)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>ui::StatsPage</name>
    <message>
        <source>All instances</source>
        <translation>Todas las instancias</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Media sent</source>
        <translation>Multimedia enviado</translation>
    </message>
    <message>
        <source>Media received</source>
        <translation>Multimedia recibido</translation>
    </message>
    <message>
        <source>Messages per day, all instances</source>
        <translation>Mensajes por día, todas las instancias</translation>
    </message>
    <message>
        <source>Messages per day: %1</source>
        <translation>Mensajes por día: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 received, %3 media sent, %4 media received</source>
        <translation>%1 enviados, %2 recibidos, %3 multimedia enviados, %4 multimedia recibidos</translation>
    </message>
    <message>
        <source>Instan&amp;ce:</source>
        <translation>Instan&amp;cia:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensajes por día</translation>
    </message>
    <message>
        <source>Totals for the period</source>
        <translation>Totales del periodo</translation>
    </message>
    <message>
        <source>System (all users, all time)</source>
        <translation>Sistema (todos los usuarios, desde el principio)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Mensajes recibidos</translation>
    </message>
    <message>
        <source>Media size</source>
        <translation>Tamaño multimedia</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Llamadas a la API</translation>
    </message>
    <message>
        <source>Webhooks sent</source>
        <translation>Webhooks enviados</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Conectadas ahora</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>Media sent and received</source>
        <translation>Multimedia enviado y recibido</translation>
    </message>
</context>
<context>
    <name>ui::Status</name>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Waiting for QR scan</source>
        <translation>Esperando el escaneo del QR</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Linked to WhatsApp: messages are sent and received.</source>
        <translation>Vinculada a WhatsApp: se envían y reciben mensajes.</translation>
    </message>
    <message>
        <source>Connecting to WhatsApp…</source>
        <translation>Conectando con WhatsApp…</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation>En el teléfono: WhatsApp &gt; Ajustes &gt; Dispositivos vinculados &gt; Vincular un dispositivo, y escanea este código.</translation>
    </message>
    <message>
        <source>The phone unlinked this device. Reconnect to show a new QR code.</source>
        <translation>El teléfono desvinculó este dispositivo. Reconecta para mostrar un nuevo código QR.</translation>
    </message>
    <message>
        <source>Not connected. Reconnect to try again.</source>
        <translation>Sin conexión. Reconecta para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ui::Time</name>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>ui::TrayController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show WaMulti</source>
        <translation>&amp;Mostrar WaMulti</translation>
    </message>
    <message>
        <source>No instances yet</source>
        <translation>Todavía no hay instancias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>WaMulti: %1 of %2 instances connected</source>
        <translation>WaMulti: %1 de %2 instancias conectadas</translation>
    </message>
    <message>
        <source>%1 was logged out</source>
        <translation>Se cerró la sesión de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n instances were logged out</source>
        <translation>
            <numerusform>Se cerró la sesión de %n instancia</numerusform>
            <numerusform>Se cerró la sesión de %n instancias</numerusform>
        </translation>
    </message>
    <message>
        <source>Link it again with a new QR code: %1</source>
        <translation>Vuelve a vincularla con un nuevo código QR: %1</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 se desconectó</translation>
    </message>
    <message numerus="yes">
        <source>%n instances disconnected</source>
        <translation>
            <numerusform>%n instancia se desconectó</numerusform>
            <numerusform>%n instancias se desconectaron</numerusform>
        </translation>
    </message>
    <message>
        <source>WaMulti reconnects by itself when it can: %1</source>
        <translation>WaMulti vuelve a conectarse solo cuando puede: %1</translation>
    </message>
</context>
<context>
    <name>ui::UserDialog</name>
    <message>
        <source>&amp;Active (may log in and use the API)</source>
        <translation>&amp;Activo (puede iniciar sesión y usar la API)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limitar</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>déjalo vacío para mantener la contraseña</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Max &amp;messages sent:</source>
        <translation>Máx. de &amp;mensajes enviados:</translation>
    </message>
    <message>
        <source>Max API &amp;calls:</source>
        <translation>Máx. de &amp;llamadas a la API:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Max messages sent</source>
        <translation>Máximo de mensajes enviados</translation>
    </message>
    <message>
        <source>Max API calls</source>
        <translation>Máximo de llamadas a la API</translation>
    </message>
    <message>
        <source>Limit messages sent</source>
        <translation>Limitar los mensajes enviados</translation>
    </message>
    <message>
        <source>Limit API calls</source>
        <translation>Limitar las llamadas a la API</translation>
    </message>
</context>
<context>
    <name>ui::UserListModel</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>messages: %1, API calls: %2</source>
        <translation>mensajes: %1, llamadas a la API: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
</context>
<context>
    <name>ui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>The account was created with its own API key. Copy it now to give it to its owner; it can be replaced later in Settings or through the API.</source>
        <translation>La cuenta se creó con su propia clave de API. Cópiala ahora para dársela a su dueño; se puede cambiar más tarde en Ajustes o mediante la API.</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <translation>&amp;Copiar clave de API</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 and every instance it owns?</source>
        <translation>¿Eliminar %1 y todas sus instancias?</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>ui::WebhookPage</name>
    <message>
        <source>A secret is set: requests carry X-Webhook-Signature. Leave the field empty to keep it.</source>
        <translation>Hay un secreto: las peticiones llevan X-Webhook-Signature. Deja el campo vacío para conservarlo.</translation>
    </message>
    <message>
        <source>No secret: requests are not signed.</source>
        <translation>Sin secreto: las peticiones no se firman.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Esta instancia ya no existe.</translation>
    </message>
    <message>
        <source>Header row %1 has a value but no name.</source>
        <translation>La fila %1 de cabeceras tiene valor pero no nombre.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is listed twice.</source>
        <translation>La cabecera «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL del webhook:</translation>
    </message>
    <message>
        <source>Pa&amp;yload format:</source>
        <translation>Formato del &amp;contenido:</translation>
    </message>
    <message>
        <source>Send webhoo&amp;ks for this instance</source>
        <translation>Enviar &amp;webhooks de esta instancia</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Standard (this API&apos;s events)</source>
        <translation>Estándar (eventos de esta API)</translation>
    </message>
    <message>
        <source>Legacy (message.received style)</source>
        <translation>Heredado (al estilo message.received)</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Formato del contenido</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Messages &amp;received</source>
        <translation>Mensajes &amp;recibidos</translation>
    </message>
    <message>
        <source>Messages se&amp;nt</source>
        <translation>Mensajes e&amp;nviados</translation>
    </message>
    <message>
        <source>&amp;Delivery receipts</source>
        <translation>Confirmaciones de &amp;entrega</translation>
    </message>
    <message>
        <source>Read recei&amp;pts</source>
        <translation>Confirmaciones de &amp;lectura</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Ma&amp;x retries:</source>
        <translation>Má&amp;x. de reintentos:</translation>
    </message>
    <message>
        <source>Retry interva&amp;l:</source>
        <translation>Interva&amp;lo entre reintentos:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Secreto de &amp;firma:</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Máximo de reintentos</translation>
    </message>
    <message>
        <source>Retry interval in milliseconds</source>
        <translation>Intervalo entre reintentos en milisegundos</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>new secret (HMAC SHA-256)</source>
        <translation>nuevo secreto (HMAC SHA-256)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Mostrar el secreto de firma</translation>
    </message>
    <message>
        <source>Remove the se&amp;cret</source>
        <translation>Quitar el se&amp;creto</translation>
    </message>
    <message>
        <source>Extra head&amp;ers sent with each request:</source>
        <translation>Cabeceras e&amp;xtra enviadas con cada petición:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeceras extra</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Añadir cabecera</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>Q&amp;uitar cabecera</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
</context>
</TS>
