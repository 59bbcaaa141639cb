<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ui::Activity</name>
    <message>
        <source>Instance created</source>
        <translation>Instância criada</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Configurações alteradas</translation>
    </message>
    <message>
        <source>Reconnect requested</source>
        <translation>Reconexão solicitada</translation>
    </message>
    <message>
        <source>Logout requested</source>
        <translation>Saída solicitada</translation>
    </message>
    <message>
        <source>QR code shown</source>
        <translation>Código QR exibido</translation>
    </message>
    <message>
        <source>Linked to a phone</source>
        <translation>Conectada a um celular</translation>
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
        <translation>Desconectada da conta</translation>
    </message>
</context>
<context>
    <name>ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ui::BubbleDelegate</name>
    <message>
        <source>not stored on this computer</source>
        <translation>não armazenado neste computador</translation>
    </message>
</context>
<context>
    <name>ui::ChatListModel</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n não lida</numerusform>
            <numerusform>%1, %n não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChatsPage</name>
    <message>
        <source>This file is not stored on this computer.</source>
        <translation>Este arquivo não está armazenado neste computador.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Nenhum aplicativo conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Choose a chat on the left to read its messages.</source>
        <translation>Escolha uma conversa à esquerda para ler as mensagens.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most WaMulti sends.</source>
        <translation>%1 é maior que %2, o máximo que o WaMulti envia.</translation>
    </message>
    <message>
        <source>Not sent: %1 could not be read.</source>
        <translation>Não enviada: não foi possível ler %1.</translation>
    </message>
</context>
<context>
    <name>ui::Composer</name>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>%1 (Enter or double click removes it)</source>
        <translation>%1 (Enter ou clique duplo remove)</translation>
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
        <translation>Mensagem para %1 (Enter envia, Shift+Enter: nova linha)</translation>
    </message>
    <message>
        <source>Type a message or attach a file first.</source>
        <translation>Digite uma mensagem ou anexe um arquivo primeiro.</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the conversation)</source>
        <translation>Anexar arquivos (ou solte-os na conversa)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
</context>
<context>
    <name>ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Failed (no more retries)</source>
        <translation>Falhou (sem mais tentativas)</translation>
    </message>
    <message>
        <source>%1 (replayed %2×)</source>
        <translation>%1 (reenviado %2×)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
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
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Receiver&apos;s answer</source>
        <translation>Resposta do destino</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryPanel</name>
    <message>
        <source>Choose a delivery in the log first.</source>
        <translation>Escolha primeiro uma entrega no registro.</translation>
    </message>
    <message>
        <source>That delivery is no longer in the log.</source>
        <translation>Essa entrega não está mais no registro.</translation>
    </message>
    <message>
        <source>That delivery is still pending: it is retried by itself.</source>
        <translation>Essa entrega ainda está pendente: ela é repetida automaticamente.</translation>
    </message>
    <message>
        <source>The replay could not be queued.</source>
        <translation>Não foi possível enfileirar o reenvio.</translation>
    </message>
    <message>
        <source>Queued again: the same event, with the same X-Webhook-Id.</source>
        <translation>Na fila de novo: o mesmo evento, com o mesmo X-Webhook-Id.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Esta instância não existe mais.</translation>
    </message>
    <message>
        <source>Set a webhook URL and turn webhooks on (and save) before sending a test event.</source>
        <translation>Defina uma URL de webhook, ative os webhooks (e salve) antes de enviar um evento de teste.</translation>
    </message>
    <message>
        <source>The test event could not be queued.</source>
        <translation>Não foi possível enfileirar o evento de teste.</translation>
    </message>
    <message>
        <source>Test event queued; its delivery appears in the log.</source>
        <translation>Evento de teste na fila; a entrega aparece no registro.</translation>
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
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falharam</translation>
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
        <translation>Enviar de novo o evento selecionado: mesmo corpo, mesmo X-Webhook-Id</translation>
    </message>
    <message>
        <source>Queue a webhook_test event for this instance&apos;s webhook URL</source>
        <translation>Enfileirar um evento webhook_test para a URL de webhook desta instância</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
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
        <translation>Enviar evento de teste</translation>
    </message>
</context>
<context>
    <name>ui::InstanceActions</name>
    <message>
        <source>&amp;New instance…</source>
        <translation>&amp;Nova instância…</translation>
    </message>
    <message>
        <source>Create an instance and show its QR code (%1)</source>
        <translation>Criar uma instância e exibir o código QR (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the name and description</source>
        <translation>Alterar o nome e a descrição</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <source>Drop the connection and connect again</source>
        <translation>Encerrar a conexão e conectar de novo</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Unlink this device from the phone; a new QR code follows</source>
        <translation>Desconectar este dispositivo do celular; em seguida aparece um novo código QR</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the instance and its history</source>
        <translation>Excluir a instância e o histórico</translation>
    </message>
    <message>
        <source>There is no active admin account to own the instance.</source>
        <translation>Não há uma conta de administrador ativa para ser dona da instância.</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Dê um nome à instância.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Esta instância não existe mais.</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nova instância</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Editar instância</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from its phone? Linking it again needs a new QR scan.</source>
        <translation>Desconectar &quot;%1&quot; do celular? Para conectar de novo será preciso ler um novo código QR.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Excluir instância</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its history?</source>
        <translation>Excluir &quot;%1&quot; e todo o histórico?</translation>
    </message>
</context>
<context>
    <name>ui::InstanceDialog</name>
    <message>
        <source>e.g. Support desk</source>
        <translation>ex.: Central de suporte</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nome da instância</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Dê um nome à instância.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 fit.</source>
        <translation>A descrição tem %1 caracteres; o máximo é %2.</translation>
    </message>
</context>
<context>
    <name>ui::InstanceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
</context>
<context>
    <name>ui::InstancePage</name>
    <message>
        <source>No instance selected</source>
        <translation>Nenhuma instância selecionada</translation>
    </message>
    <message>
        <source>Create an instance with New instance (Ctrl+N), or choose one in the list.</source>
        <translation>Crie uma instância com Nova instância (Ctrl+N) ou escolha uma na lista.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>name not known yet</source>
        <translation>nome ainda desconhecido</translation>
    </message>
    <message>
        <source>Linked account: %1, %2</source>
        <translation>Conta conectada: %1, %2</translation>
    </message>
    <message>
        <source>The WhatsApp engine is off (WAMULTI_ENGINE=off): instances stay disconnected.</source>
        <translation>O mecanismo do WhatsApp está desligado (WAMULTI_ENGINE=off): as instâncias ficam desconectadas.</translation>
    </message>
    <message numerus="yes">
        <source>A new code in %n s</source>
        <translation>
            <numerusform>Novo código em %n s</numerusform>
            <numerusform>Novo código em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is coming…</source>
        <translation>Um novo código está chegando…</translation>
    </message>
    <message>
        <source>Linked to the WhatsApp account</source>
        <translation>Conectada à conta do WhatsApp</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de atividades</translation>
    </message>
    <message>
        <source>No pairing code: %1</source>
        <translation>Sem código de pareamento: %1</translation>
    </message>
    <message>
        <source>On the phone: Linked devices &gt; Link a device &gt; Link with phone number instead, then type this code.</source>
        <translation>No celular: Dispositivos conectados &gt; Conectar um dispositivo &gt; Conectar com número de telefone, e digite este código.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Código de pareamento %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 6 to 15 digits with the country code.</source>
        <translation>&quot;%1&quot; não é um número de telefone: use de 6 a 15 dígitos com o código do país.</translation>
    </message>
    <message>
        <source>Asking WhatsApp for a code for +%1…</source>
        <translation>Pedindo ao WhatsApp um código para +%1…</translation>
    </message>
    <message>
        <source>Or link with a phone num&amp;ber:</source>
        <translation>Ou conecte com um &amp;número de telefone:</translation>
    </message>
    <message>
        <source>Phone number to link with a pairing code</source>
        <translation>Número de telefone para conectar com código de pareamento</translation>
    </message>
    <message>
        <source>Get pairing cod&amp;e</source>
        <translation>Obter código de par&amp;eamento</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Webhook settings saved.</source>
        <translation>Configurações de webhook salvas.</translation>
    </message>
    <message>
        <source>WhatsApp engine off (WAMULTI_ENGINE=off): instances stay disconnected.</source>
        <translation>Mecanismo do WhatsApp desligado (WAMULTI_ENGINE=off): as instâncias ficam desconectadas.</translation>
    </message>
    <message>
        <source>About WaMulti</source>
        <translation>Sobre o WaMulti</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WaMulti %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Many WhatsApp accounts from one native process, with a local REST API at %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WaMulti %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Várias contas do WhatsApp em um único processo nativo, com uma API REST local em %2.&lt;/p&gt;</translation>
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
        <translation>Pesquisar instâncias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Pesquisar instâncias</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>Cha&amp;ts</source>
        <translation>Conver&amp;sas</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instância</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Find instance</source>
        <translation>&amp;Localizar instância</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instâncias</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Estatísticas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuários</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About WaMulti</source>
        <translation>&amp;Sobre o WaMulti</translation>
    </message>
    <message>
        <source>Simulated phones</source>
        <translation>Celulares simulados</translation>
    </message>
    <message>
        <source>The REST API of this process</source>
        <translation>A API REST deste processo</translation>
    </message>
</context>
<context>
    <name>ui::MessageModel</name>
    <message>
        <source>You, %1: %2 (%3)</source>
        <translation>Você, %1: %2 (%3)</translation>
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
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproduzida</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lida</translation>
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
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
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
        <translation>Um código QR para ler com o WhatsApp no celular</translation>
    </message>
</context>
<context>
    <name>ui::SandboxPanel</name>
    <message>
        <source>S&amp;can the QR code with this phone</source>
        <translation>&amp;Ler o código QR com este celular</translation>
    </message>
    <message>
        <source>to +%1 (%2)</source>
        <translation>para +%1 (%2)</translation>
    </message>
    <message>
        <source>link the instance first</source>
        <translation>conecte a instância primeiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 6 to 15 digits with the country code, e.g. 5511999990000.</source>
        <translation>&quot;%1&quot; não é um número de telefone: use de 6 a 15 dígitos com o código do país, ex.: 5511999990000.</translation>
    </message>
    <message>
        <source>Phone +%1 is on the simulated network.</source>
        <translation>O celular +%1 está na rede simulada.</translation>
    </message>
    <message>
        <source>Choose a phone, and an instance that shows a QR code.</source>
        <translation>Escolha um celular e uma instância que mostre um código QR.</translation>
    </message>
    <message>
        <source>+%1 scanned the code: linked as %2.</source>
        <translation>+%1 leu o código: conectado como %2.</translation>
    </message>
    <message>
        <source>Choose a phone and a linked instance to send to.</source>
        <translation>Escolha um celular e uma instância conectada como destino.</translation>
    </message>
    <message>
        <source>Type the message to send first.</source>
        <translation>Digite primeiro a mensagem a enviar.</translation>
    </message>
    <message>
        <source>+%1 sent the message.</source>
        <translation>+%1 enviou a mensagem.</translation>
    </message>
    <message>
        <source>%1: the sandbox did not answer (%2).</source>
        <translation>%1: o sandbox não respondeu (%2).</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 respondeu %2 %3: %4</translation>
    </message>
    <message>
        <source>A simulated WhatsApp network runs inside WaMulti (sandbox mode, %1). Add a phone, let it scan the selected instance&apos;s QR code, then send messages as that phone.</source>
        <translation>Uma rede simulada do WhatsApp roda dentro do WaMulti (modo sandbox, %1). Adicione um celular, faça-o ler o código QR da instância selecionada e envie mensagens como esse celular.</translation>
    </message>
    <message>
        <source>Na&amp;me shown:</source>
        <translation>No&amp;me exibido:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número do celular</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nome exibido</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Adicionar celular</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Simulated phones</source>
        <translation>Celulares simulados</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Respostas:</translation>
    </message>
    <message>
        <source>Only what I send</source>
        <translation>Só o que eu enviar</translation>
    </message>
    <message>
        <source>Echo every message back</source>
        <translation>Devolver cada mensagem como eco</translation>
    </message>
    <message>
        <source>Automatic replies</source>
        <translation>Respostas automáticas</translation>
    </message>
    <message>
        <source>Message to send as the phone</source>
        <translation>Mensagem a enviar como o celular</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Sandbox log</source>
        <translation>Registro do sandbox</translation>
    </message>
    <message>
        <source>linked: %1, echoes</source>
        <translation>conectados: %1, eco</translation>
    </message>
    <message>
        <source>linked: %1</source>
        <translation>conectados: %1</translation>
    </message>
    <message>
        <source>Devices linked to this phone (WaMulti instances)</source>
        <translation>Dispositivos conectados a este celular (instâncias do WaMulti)</translation>
    </message>
    <message>
        <source>The phone scans the QR code that &quot;%1&quot; shows</source>
        <translation>O celular lê o código QR que &quot;%1&quot; mostra</translation>
    </message>
    <message>
        <source>Choose a phone, and ask the instance for a pairing code for that phone&apos;s number first.</source>
        <translation>Escolha um celular e peça antes à instância um código de pareamento para o número desse celular.</translation>
    </message>
    <message>
        <source>+%1 typed the code: linked as %2.</source>
        <translation>+%1 digitou o código: conectado como %2.</translation>
    </message>
    <message>
        <source>+%1 is the instance&apos;s own account (it scanned the code): what it sends shows as sent by the instance from another device. Add another phone to play a contact.</source>
        <translation>+%1 é a própria conta da instância (foi ele que leu o código): o que ele envia aparece como enviado pela instância de outro dispositivo. Adicione outro celular para fazer o papel de contato.</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>Número do ce&amp;lular:</translation>
    </message>
    <message>
        <source>&amp;Pairing code:</source>
        <translation>Código de &amp;pareamento:</translation>
    </message>
    <message>
        <source>Pairing code the instance shows</source>
        <translation>Código de pareamento que a instância mostra</translation>
    </message>
    <message>
        <source>T&amp;ype it on this phone</source>
        <translation>Di&amp;gitar neste celular</translation>
    </message>
    <message>
        <source>Send a messa&amp;ge as this phone:</source>
        <translation>Enviar uma mensa&amp;gem como este celular:</translation>
    </message>
</context>
<context>
    <name>ui::SettingsPage</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use e.g. 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>&quot;%1&quot; não é um endereço IP. Use, por exemplo, 127.0.0.1 (só este computador) ou 0.0.0.0 (todas as redes).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Saved. WaMulti will listen on %1 port %2 from its next start.</source>
        <translation>Salvo. A partir da próxima inicialização o WaMulti vai escutar em %1, porta %2.</translation>
    </message>
    <message>
        <source>API key of %1: copied to the clipboard.</source>
        <translation>Chave de API de %1: copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Regenerate API key</source>
        <translation>Gerar nova chave de API</translation>
    </message>
    <message>
        <source>Scripts using the current key stop working at once. Create a new key?</source>
        <translation>Os scripts que usam a chave atual param de funcionar na hora. Criar uma nova chave?</translation>
    </message>
    <message>
        <source>A new API key was created; the old one no longer works.</source>
        <translation>Uma nova chave de API foi criada; a antiga não funciona mais.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <source>API port</source>
        <translation>Porta da API</translation>
    </message>
    <message>
        <source>Running now at %1. Changes are written to %2 and apply on the next start (command-line flags and environment variables take precedence).</source>
        <translation>Em execução agora em %1. As alterações são gravadas em %2 e valem a partir da próxima inicialização (opções de linha de comando e variáveis de ambiente têm prioridade).</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>&amp;Salvar endereço</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>API key of %1 (send it as the x-api-key header):</source>
        <translation>Chave de API de %1 (envie no cabeçalho x-api-key):</translation>
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
        <translation>&amp;Gerar nova…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>SQLite, %1. (MongoDB mirroring is not available in this version.)</source>
        <translation>SQLite, %1. (O espelhamento no MongoDB não está disponível nesta versão.)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
</context>
<context>
    <name>ui::StatsPage</name>
    <message>
        <source>All instances</source>
        <translation>Todas as instâncias</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 dias</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Media sent</source>
        <translation>Mídia enviada</translation>
    </message>
    <message>
        <source>Media received</source>
        <translation>Mídia recebida</translation>
    </message>
    <message>
        <source>Messages per day, all instances</source>
        <translation>Mensagens por dia, todas as instâncias</translation>
    </message>
    <message>
        <source>Messages per day: %1</source>
        <translation>Mensagens por dia: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 received, %3 media sent, %4 media received</source>
        <translation>%1 enviadas, %2 recebidas, %3 mídias enviadas, %4 mídias recebidas</translation>
    </message>
    <message>
        <source>Instan&amp;ce:</source>
        <translation>Instân&amp;cia:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensagens por dia</translation>
    </message>
    <message>
        <source>Totals for the period</source>
        <translation>Totais do período</translation>
    </message>
    <message>
        <source>System (all users, all time)</source>
        <translation>Sistema (todos os usuários, todo o período)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensagens enviadas</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Mensagens recebidas</translation>
    </message>
    <message>
        <source>Media size</source>
        <translation>Tamanho da mídia</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Chamadas de API</translation>
    </message>
    <message>
        <source>Webhooks sent</source>
        <translation>Webhooks enviados</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Conectadas agora</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuários ativos</translation>
    </message>
    <message>
        <source>Media sent and received</source>
        <translation>Mídia enviada e recebida</translation>
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
        <translation>Aguardando leitura do QR</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Desconectada da conta</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Linked to WhatsApp: messages are sent and received.</source>
        <translation>Conectada ao WhatsApp: mensagens são enviadas e recebidas.</translation>
    </message>
    <message>
        <source>Connecting to WhatsApp…</source>
        <translation>Conectando ao WhatsApp…</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation>No celular: WhatsApp &gt; Configurações &gt; Dispositivos conectados &gt; Conectar um dispositivo, e leia este código.</translation>
    </message>
    <message>
        <source>The phone unlinked this device. Reconnect to show a new QR code.</source>
        <translation>O celular desconectou este dispositivo. Reconecte para exibir um novo código QR.</translation>
    </message>
    <message>
        <source>Not connected. Reconnect to try again.</source>
        <translation>Sem conexão. Reconecte para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>ui::Time</name>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
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
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show WaMulti</source>
        <translation>&amp;Mostrar o WaMulti</translation>
    </message>
    <message>
        <source>No instances yet</source>
        <translation>Nenhuma instância ainda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>WaMulti: %1 of %2 instances connected</source>
        <translation>WaMulti: %1 de %2 instâncias conectadas</translation>
    </message>
    <message>
        <source>%1 was logged out</source>
        <translation>%1 foi desconectada da conta</translation>
    </message>
    <message numerus="yes">
        <source>%n instances were logged out</source>
        <translation>
            <numerusform>%n instância foi desconectada da conta</numerusform>
            <numerusform>%n instâncias foram desconectadas da conta</numerusform>
        </translation>
    </message>
    <message>
        <source>Link it again with a new QR code: %1</source>
        <translation>Conecte de novo com um novo código QR: %1</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>%1 se desconectou</translation>
    </message>
    <message numerus="yes">
        <source>%n instances disconnected</source>
        <translation>
            <numerusform>%n instância se desconectou</numerusform>
            <numerusform>%n instâncias se desconectaram</numerusform>
        </translation>
    </message>
    <message>
        <source>WaMulti reconnects by itself when it can: %1</source>
        <translation>O WaMulti reconecta sozinho quando possível: %1</translation>
    </message>
</context>
<context>
    <name>ui::UserDialog</name>
    <message>
        <source>&amp;Active (may log in and use the API)</source>
        <translation>&amp;Ativo (pode entrar e usar a API)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limitar</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuário</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>deixe vazio para manter a senha</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>pelo menos 8 caracteres</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Sobre&amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Max &amp;messages sent:</source>
        <translation>Máx. de &amp;mensagens enviadas:</translation>
    </message>
    <message>
        <source>Max API &amp;calls:</source>
        <translation>Máx. de &amp;chamadas de API:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Max messages sent</source>
        <translation>Máximo de mensagens enviadas</translation>
    </message>
    <message>
        <source>Max API calls</source>
        <translation>Máximo de chamadas de API</translation>
    </message>
    <message>
        <source>Limit messages sent</source>
        <translation>Limitar as mensagens enviadas</translation>
    </message>
    <message>
        <source>Limit API calls</source>
        <translation>Limitar as chamadas de API</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>messages: %1, API calls: %2</source>
        <translation>mensagens: %1, chamadas de API: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último acesso</translation>
    </message>
</context>
<context>
    <name>ui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>The account was created with its own API key. Copy it now to give it to its owner; it can be replaced later in Settings or through the API.</source>
        <translation>A conta foi criada com uma chave de API própria. Copie-a agora para entregar ao dono; ela pode ser trocada depois em Configurações ou pela API.</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <translation>&amp;Copiar chave de API</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Excluir usuário</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>Não é possível excluir %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 and every instance it owns?</source>
        <translation>Excluir %1 e todas as instâncias dele?</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Novo usuário…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
</context>
<context>
    <name>ui::WebhookPage</name>
    <message>
        <source>A secret is set: requests carry X-Webhook-Signature. Leave the field empty to keep it.</source>
        <translation>Há um segredo definido: as requisições levam X-Webhook-Signature. Deixe o campo vazio para mantê-lo.</translation>
    </message>
    <message>
        <source>No secret: requests are not signed.</source>
        <translation>Sem segredo: as requisições não são assinadas.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Esta instância não existe mais.</translation>
    </message>
    <message>
        <source>Header row %1 has a value but no name.</source>
        <translation>A linha %1 dos cabeçalhos tem valor, mas não tem nome.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is listed twice.</source>
        <translation>O cabeçalho &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL do webhook:</translation>
    </message>
    <message>
        <source>Pa&amp;yload format:</source>
        <translation>Formato do &amp;conteúdo:</translation>
    </message>
    <message>
        <source>Send webhoo&amp;ks for this instance</source>
        <translation>Enviar &amp;webhooks desta instância</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Standard (this API&apos;s events)</source>
        <translation>Padrão (eventos desta API)</translation>
    </message>
    <message>
        <source>Legacy (message.received style)</source>
        <translation>Legado (no estilo message.received)</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Formato do conteúdo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Messages &amp;received</source>
        <translation>Mensagens &amp;recebidas</translation>
    </message>
    <message>
        <source>Messages se&amp;nt</source>
        <translation>Mensagens e&amp;nviadas</translation>
    </message>
    <message>
        <source>&amp;Delivery receipts</source>
        <translation>Confirmações de &amp;entrega</translation>
    </message>
    <message>
        <source>Read recei&amp;pts</source>
        <translation>Confirmações de &amp;leitura</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Ma&amp;x retries:</source>
        <translation>Má&amp;x. de tentativas:</translation>
    </message>
    <message>
        <source>Retry interva&amp;l:</source>
        <translation>Interva&amp;lo entre tentativas:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Se&amp;gredo de assinatura:</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Máximo de tentativas</translation>
    </message>
    <message>
        <source>Retry interval in milliseconds</source>
        <translation>Intervalo entre tentativas em milissegundos</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Segredo de assinatura</translation>
    </message>
    <message>
        <source>new secret (HMAC SHA-256)</source>
        <translation>novo segredo (HMAC SHA-256)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Mostrar o segredo de assinatura</translation>
    </message>
    <message>
        <source>Remove the se&amp;cret</source>
        <translation>Remover o segredo</translation>
    </message>
    <message>
        <source>Extra head&amp;ers sent with each request:</source>
        <translation>Cabeçalhos e&amp;xtras enviados em cada requisição:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeçalhos extras</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>Re&amp;mover cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
</context>
</TS>
