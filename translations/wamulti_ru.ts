<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ui::Activity</name>
    <message>
        <source>Instance created</source>
        <translation>Экземпляр создан</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
    <message>
        <source>Reconnect requested</source>
        <translation>Запрошено переподключение</translation>
    </message>
    <message>
        <source>Logout requested</source>
        <translation>Запрошен выход</translation>
    </message>
    <message>
        <source>QR code shown</source>
        <translation>Показан QR-код</translation>
    </message>
    <message>
        <source>Linked to a phone</source>
        <translation>Привязан к телефону</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выполнен выход</translation>
    </message>
</context>
<context>
    <name>ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ui::BubbleDelegate</name>
    <message>
        <source>not stored on this computer</source>
        <translation>не сохранён на этом компьютере</translation>
    </message>
</context>
<context>
    <name>ui::ChatListModel</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n непрочитанное</numerusform>
            <numerusform>%1, %n непрочитанных</numerusform>
            <numerusform>%1, %n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChatsPage</name>
    <message>
        <source>This file is not stored on this computer.</source>
        <translation>Этот файл не сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ни одно приложение не смогло открыть %1.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Поиск чатов</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Choose a chat on the left to read its messages.</source>
        <translation>Выберите чат слева, чтобы прочитать сообщения.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most WaMulti sends.</source>
        <translation>%1 больше %2 — это предел того, что отправляет WaMulti.</translation>
    </message>
    <message>
        <source>Not sent: %1 could not be read.</source>
        <translation>Не отправлено: не удалось прочитать %1.</translation>
    </message>
</context>
<context>
    <name>ui::Composer</name>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>%1 (Enter or double click removes it)</source>
        <translation>%1 (Enter или двойной щелчок убирает его)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>О&amp;тправить</translation>
    </message>
    <message>
        <source>Message to %1 (Enter sends, Shift+Enter: new line)</source>
        <translation>Сообщение для %1 (Enter — отправить, Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <source>Type a message or attach a file first.</source>
        <translation>Сначала введите сообщение или прикрепите файл.</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the conversation)</source>
        <translation>Прикрепить файлы (или перетащите их в переписку)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed (no more retries)</source>
        <translation>Не доставлено (повторов больше не будет)</translation>
    </message>
    <message>
        <source>%1 (replayed %2×)</source>
        <translation>%1 (повторно отправлено %2×)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Receiver&apos;s answer</source>
        <translation>Ответ получателя</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
</context>
<context>
    <name>ui::DeliveryPanel</name>
    <message>
        <source>Choose a delivery in the log first.</source>
        <translation>Сначала выберите доставку в журнале.</translation>
    </message>
    <message>
        <source>That delivery is no longer in the log.</source>
        <translation>Этой доставки больше нет в журнале.</translation>
    </message>
    <message>
        <source>That delivery is still pending: it is retried by itself.</source>
        <translation>Эта доставка ещё ожидает: она повторяется автоматически.</translation>
    </message>
    <message>
        <source>The replay could not be queued.</source>
        <translation>Не удалось поставить повторную отправку в очередь.</translation>
    </message>
    <message>
        <source>Queued again: the same event, with the same X-Webhook-Id.</source>
        <translation>Снова в очереди: то же событие с тем же X-Webhook-Id.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Этого экземпляра больше нет.</translation>
    </message>
    <message>
        <source>Set a webhook URL and turn webhooks on (and save) before sending a test event.</source>
        <translation>Перед тестовым событием укажите URL вебхука, включите вебхуки и сохраните настройки.</translation>
    </message>
    <message>
        <source>The test event could not be queued.</source>
        <translation>Не удалось поставить тестовое событие в очередь.</translation>
    </message>
    <message>
        <source>Test event queued; its delivery appears in the log.</source>
        <translation>Тестовое событие в очереди; его доставка появится в журнале.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Show deliveries</source>
        <translation>Показывать доставки</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Доставки вебхуков</translation>
    </message>
    <message>
        <source>Send the selected event again: same body, same X-Webhook-Id</source>
        <translation>Отправить выбранное событие ещё раз: то же тело, тот же X-Webhook-Id</translation>
    </message>
    <message>
        <source>Queue a webhook_test event for this instance&apos;s webhook URL</source>
        <translation>Поставить событие webhook_test в очередь на URL вебхука этого экземпляра</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Filter &amp;by state:</source>
        <translation>Фильтр по &amp;состоянию:</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Отправить повторно</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Тестовое событие</translation>
    </message>
</context>
<context>
    <name>ui::InstanceActions</name>
    <message>
        <source>&amp;New instance…</source>
        <translation>&amp;Новый экземпляр…</translation>
    </message>
    <message>
        <source>Create an instance and show its QR code (%1)</source>
        <translation>Создать экземпляр и показать его QR-код (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the name and description</source>
        <translation>Изменить название и описание</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Переподключить</translation>
    </message>
    <message>
        <source>Drop the connection and connect again</source>
        <translation>Разорвать соединение и подключиться заново</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Unlink this device from the phone; a new QR code follows</source>
        <translation>Отвязать это устройство от телефона; затем появится новый QR-код</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the instance and its history</source>
        <translation>Удалить экземпляр и его историю</translation>
    </message>
    <message>
        <source>There is no active admin account to own the instance.</source>
        <translation>Нет активной учётной записи администратора, которой мог бы принадлежать экземпляр.</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Дайте экземпляру название.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Этого экземпляра больше нет.</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Новый экземпляр</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Изменение экземпляра</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Переподключить</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from its phone? Linking it again needs a new QR scan.</source>
        <translation>Отвязать «%1» от телефона? Чтобы привязать снова, придётся заново сканировать QR-код.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Удаление экземпляра</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its history?</source>
        <translation>Удалить «%1» и всю его историю?</translation>
    </message>
</context>
<context>
    <name>ui::InstanceDialog</name>
    <message>
        <source>e.g. Support desk</source>
        <translation>например, Служба поддержки</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Название экземпляра</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Дайте экземпляру название.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 fit.</source>
        <translation>Описание длиной %1 символов; допускается не более %2.</translation>
    </message>
</context>
<context>
    <name>ui::InstanceListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
</context>
<context>
    <name>ui::InstancePage</name>
    <message>
        <source>No instance selected</source>
        <translation>Экземпляр не выбран</translation>
    </message>
    <message>
        <source>Create an instance with New instance (Ctrl+N), or choose one in the list.</source>
        <translation>Создайте экземпляр командой «Новый экземпляр» (Ctrl+N) или выберите его в списке.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>name not known yet</source>
        <translation>имя пока неизвестно</translation>
    </message>
    <message>
        <source>Linked account: %1, %2</source>
        <translation>Привязанная учётная запись: %1, %2</translation>
    </message>
    <message>
        <source>The WhatsApp engine is off (WAMULTI_ENGINE=off): instances stay disconnected.</source>
        <translation>Движок WhatsApp выключен (WAMULTI_ENGINE=off): экземпляры остаются отключёнными.</translation>
    </message>
    <message numerus="yes">
        <source>A new code in %n s</source>
        <translation>
            <numerusform>Новый код через %n с</numerusform>
            <numerusform>Новый код через %n с</numerusform>
            <numerusform>Новый код через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is coming…</source>
        <translation>Сейчас появится новый код…</translation>
    </message>
    <message>
        <source>Linked to the WhatsApp account</source>
        <translation>Привязан к учётной записи WhatsApp</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Журнал активности</translation>
    </message>
    <message>
        <source>No pairing code: %1</source>
        <translation>Код привязки не получен: %1</translation>
    </message>
    <message>
        <source>On the phone: Linked devices &gt; Link a device &gt; Link with phone number instead, then type this code.</source>
        <translation>На телефоне: Связанные устройства &gt; Привязка устройства &gt; Привязать по номеру телефона, затем введите этот код.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Код привязки %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 6 to 15 digits with the country code.</source>
        <translation>«%1» — не номер телефона: укажите от 6 до 15 цифр с кодом страны.</translation>
    </message>
    <message>
        <source>Asking WhatsApp for a code for +%1…</source>
        <translation>Запрашиваем у WhatsApp код для +%1…</translation>
    </message>
    <message>
        <source>Or link with a phone num&amp;ber:</source>
        <translation>Или привязать по &amp;номеру телефона:</translation>
    </message>
    <message>
        <source>Phone number to link with a pairing code</source>
        <translation>Номер телефона для привязки по коду</translation>
    </message>
    <message>
        <source>Get pairing cod&amp;e</source>
        <translation>Получить &amp;код привязки</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Webhook settings saved.</source>
        <translation>Настройки вебхуков сохранены.</translation>
    </message>
    <message>
        <source>WhatsApp engine off (WAMULTI_ENGINE=off): instances stay disconnected.</source>
        <translation>Движок WhatsApp выключен (WAMULTI_ENGINE=off): экземпляры остаются отключёнными.</translation>
    </message>
    <message>
        <source>About WaMulti</source>
        <translation>О WaMulti</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WaMulti %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Many WhatsApp accounts from one native process, with a local REST API at %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WaMulti %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Много учётных записей WhatsApp в одном нативном процессе, с локальным REST API по адресу %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>WaMulti (sandbox)</source>
        <translation>WaMulti (песочница)</translation>
    </message>
    <message>
        <source>WaMulti</source>
        <translation>WaMulti</translation>
    </message>
    <message>
        <source>Search instances (Ctrl+F)</source>
        <translation>Поиск экземпляров (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Поиск экземпляров</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>Cha&amp;ts</source>
        <translation>&amp;Чаты</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>Ве&amp;бхуки</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Экземпляр</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find instance</source>
        <translation>&amp;Найти экземпляр</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Экземпляры</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>На&amp;стройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About WaMulti</source>
        <translation>&amp;О WaMulti</translation>
    </message>
    <message>
        <source>Simulated phones</source>
        <translation>Симулированные телефоны</translation>
    </message>
    <message>
        <source>The REST API of this process</source>
        <translation>REST API этого процесса</translation>
    </message>
</context>
<context>
    <name>ui::MessageModel</name>
    <message>
        <source>You, %1: %2 (%3)</source>
        <translation>Вы, %1: %2 (%3)</translation>
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
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Прослушано</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
</context>
<context>
    <name>ui::Preview</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>ui::QrWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>A QR code to scan with WhatsApp on the phone</source>
        <translation>QR-код, который нужно отсканировать в WhatsApp на телефоне</translation>
    </message>
</context>
<context>
    <name>ui::SandboxPanel</name>
    <message>
        <source>S&amp;can the QR code with this phone</source>
        <translation>&amp;Сканировать QR-код этим телефоном</translation>
    </message>
    <message>
        <source>to +%1 (%2)</source>
        <translation>для +%1 (%2)</translation>
    </message>
    <message>
        <source>link the instance first</source>
        <translation>сначала привяжите экземпляр</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 6 to 15 digits with the country code, e.g. 5511999990000.</source>
        <translation>«%1» — не номер телефона: укажите от 6 до 15 цифр с кодом страны, например 5511999990000.</translation>
    </message>
    <message>
        <source>Phone +%1 is on the simulated network.</source>
        <translation>Телефон +%1 подключён к симулированной сети.</translation>
    </message>
    <message>
        <source>Choose a phone, and an instance that shows a QR code.</source>
        <translation>Выберите телефон и экземпляр, который показывает QR-код.</translation>
    </message>
    <message>
        <source>+%1 scanned the code: linked as %2.</source>
        <translation>+%1 отсканировал код: привязан как %2.</translation>
    </message>
    <message>
        <source>Choose a phone and a linked instance to send to.</source>
        <translation>Выберите телефон и привязанный экземпляр-получатель.</translation>
    </message>
    <message>
        <source>Type the message to send first.</source>
        <translation>Сначала введите текст сообщения.</translation>
    </message>
    <message>
        <source>+%1 sent the message.</source>
        <translation>+%1 отправил сообщение.</translation>
    </message>
    <message>
        <source>%1: the sandbox did not answer (%2).</source>
        <translation>%1: песочница не ответила (%2).</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1: ответ %2 %3: %4</translation>
    </message>
    <message>
        <source>A simulated WhatsApp network runs inside WaMulti (sandbox mode, %1). Add a phone, let it scan the selected instance&apos;s QR code, then send messages as that phone.</source>
        <translation>Внутри WaMulti работает симулированная сеть WhatsApp (режим песочницы, %1). Добавьте телефон, отсканируйте им QR-код выбранного экземпляра и отправляйте сообщения от имени этого телефона.</translation>
    </message>
    <message>
        <source>Na&amp;me shown:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Добавить телефон</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Simulated phones</source>
        <translation>Симулированные телефоны</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Ответы:</translation>
    </message>
    <message>
        <source>Only what I send</source>
        <translation>Только то, что отправляю я</translation>
    </message>
    <message>
        <source>Echo every message back</source>
        <translation>Возвращать каждое сообщение эхом</translation>
    </message>
    <message>
        <source>Automatic replies</source>
        <translation>Автоматические ответы</translation>
    </message>
    <message>
        <source>Message to send as the phone</source>
        <translation>Сообщение от имени телефона</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>О&amp;тправить</translation>
    </message>
    <message>
        <source>Sandbox log</source>
        <translation>Журнал песочницы</translation>
    </message>
    <message>
        <source>linked: %1, echoes</source>
        <translation>привязано: %1, эхо</translation>
    </message>
    <message>
        <source>linked: %1</source>
        <translation>привязано: %1</translation>
    </message>
    <message>
        <source>Devices linked to this phone (WaMulti instances)</source>
        <translation>Устройства, привязанные к этому телефону (экземпляры WaMulti)</translation>
    </message>
    <message>
        <source>The phone scans the QR code that &quot;%1&quot; shows</source>
        <translation>Телефон сканирует QR-код, который показывает «%1»</translation>
    </message>
    <message>
        <source>Choose a phone, and ask the instance for a pairing code for that phone&apos;s number first.</source>
        <translation>Выберите телефон и сначала запросите у экземпляра код привязки для номера этого телефона.</translation>
    </message>
    <message>
        <source>+%1 typed the code: linked as %2.</source>
        <translation>+%1 ввёл код: привязан как %2.</translation>
    </message>
    <message>
        <source>+%1 is the instance&apos;s own account (it scanned the code): what it sends shows as sent by the instance from another device. Add another phone to play a contact.</source>
        <translation>+%1 — собственная учётная запись экземпляра (он сканировал код): его сообщения выглядят как отправленные самим экземпляром с другого устройства. Добавьте другой телефон, чтобы играть роль собеседника.</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>&amp;Номер телефона:</translation>
    </message>
    <message>
        <source>&amp;Pairing code:</source>
        <translation>&amp;Код привязки:</translation>
    </message>
    <message>
        <source>Pairing code the instance shows</source>
        <translation>Код привязки, который показывает экземпляр</translation>
    </message>
    <message>
        <source>T&amp;ype it on this phone</source>
        <translation>&amp;Ввести на этом телефоне</translation>
    </message>
    <message>
        <source>Send a messa&amp;ge as this phone:</source>
        <translation>Отправить &amp;сообщение от этого телефона:</translation>
    </message>
</context>
<context>
    <name>ui::SettingsPage</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use e.g. 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>«%1» — не IP-адрес. Укажите, например, 127.0.0.1 (только этот компьютер) или 0.0.0.0 (все сети).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Saved. WaMulti will listen on %1 port %2 from its next start.</source>
        <translation>Сохранено. После следующего запуска WaMulti будет слушать %1, порт %2.</translation>
    </message>
    <message>
        <source>API key of %1: copied to the clipboard.</source>
        <translation>API-ключ %1 скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Regenerate API key</source>
        <translation>Новый API-ключ</translation>
    </message>
    <message>
        <source>Scripts using the current key stop working at once. Create a new key?</source>
        <translation>Скрипты с текущим ключом сразу перестанут работать. Создать новый ключ?</translation>
    </message>
    <message>
        <source>A new API key was created; the old one no longer works.</source>
        <translation>Создан новый API-ключ; старый больше не действует.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST API</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <source>API port</source>
        <translation>Порт API</translation>
    </message>
    <message>
        <source>Running now at %1. Changes are written to %2 and apply on the next start (command-line flags and environment variables take precedence).</source>
        <translation>Сейчас работает по адресу %1. Изменения записываются в %2 и вступают в силу при следующем запуске (флаги командной строки и переменные окружения важнее).</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>&amp;Сохранить адрес</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>API key of %1 (send it as the x-api-key header):</source>
        <translation>API-ключ %1 (передавайте его в заголовке x-api-key):</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Op&amp;en folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Каталог данных:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>SQLite, %1. (MongoDB mirroring is not available in this version.)</source>
        <translation>SQLite, %1. (Зеркалирование в MongoDB в этой версии недоступно.)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>ui::StatsPage</name>
    <message>
        <source>All instances</source>
        <translation>Все экземпляры</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Media sent</source>
        <translation>Медиа отправлено</translation>
    </message>
    <message>
        <source>Media received</source>
        <translation>Медиа получено</translation>
    </message>
    <message>
        <source>Messages per day, all instances</source>
        <translation>Сообщения по дням, все экземпляры</translation>
    </message>
    <message>
        <source>Messages per day: %1</source>
        <translation>Сообщения по дням: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 received, %3 media sent, %4 media received</source>
        <translation>отправлено %1, получено %2, медиа отправлено %3, медиа получено %4</translation>
    </message>
    <message>
        <source>Instan&amp;ce:</source>
        <translation>&amp;Экземпляр:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Сообщения по дням</translation>
    </message>
    <message>
        <source>Totals for the period</source>
        <translation>Итоги за период</translation>
    </message>
    <message>
        <source>System (all users, all time)</source>
        <translation>Система (все пользователи, за всё время)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Отправлено сообщений</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Получено сообщений</translation>
    </message>
    <message>
        <source>Media size</source>
        <translation>Объём медиа</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Вызовы API</translation>
    </message>
    <message>
        <source>Webhooks sent</source>
        <translation>Отправлено вебхуков</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Подключено сейчас</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Активные пользователи</translation>
    </message>
    <message>
        <source>Media sent and received</source>
        <translation>Медиа отправлено и получено</translation>
    </message>
</context>
<context>
    <name>ui::Status</name>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Waiting for QR scan</source>
        <translation>Ожидает сканирования QR-кода</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выполнен выход</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Linked to WhatsApp: messages are sent and received.</source>
        <translation>Привязан к WhatsApp: сообщения отправляются и принимаются.</translation>
    </message>
    <message>
        <source>Connecting to WhatsApp…</source>
        <translation>Подключение к WhatsApp…</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation>На телефоне: WhatsApp &gt; Настройки &gt; Связанные устройства &gt; Привязка устройства, затем отсканируйте этот код.</translation>
    </message>
    <message>
        <source>The phone unlinked this device. Reconnect to show a new QR code.</source>
        <translation>Телефон отвязал это устройство. Переподключите, чтобы показать новый QR-код.</translation>
    </message>
    <message>
        <source>Not connected. Reconnect to try again.</source>
        <translation>Нет подключения. Переподключите, чтобы попробовать снова.</translation>
    </message>
</context>
<context>
    <name>ui::Time</name>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
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
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show WaMulti</source>
        <translation>&amp;Показать WaMulti</translation>
    </message>
    <message>
        <source>No instances yet</source>
        <translation>Экземпляров пока нет</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>WaMulti: %1 of %2 instances connected</source>
        <translation>WaMulti: подключено %1 из %2 экземпляров</translation>
    </message>
    <message>
        <source>%1 was logged out</source>
        <translation>Выполнен выход из «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n instances were logged out</source>
        <translation>
            <numerusform>Выполнен выход из %n экземпляра</numerusform>
            <numerusform>Выполнен выход из %n экземпляров</numerusform>
            <numerusform>Выполнен выход из %n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <source>Link it again with a new QR code: %1</source>
        <translation>Привяжите заново по новому QR-коду: %1</translation>
    </message>
    <message>
        <source>%1 disconnected</source>
        <translation>«%1» отключился</translation>
    </message>
    <message numerus="yes">
        <source>%n instances disconnected</source>
        <translation>
            <numerusform>Отключился %n экземпляр</numerusform>
            <numerusform>Отключились %n экземпляра</numerusform>
            <numerusform>Отключились %n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <source>WaMulti reconnects by itself when it can: %1</source>
        <translation>WaMulti переподключится сам, как только сможет: %1</translation>
    </message>
</context>
<context>
    <name>ui::UserDialog</name>
    <message>
        <source>&amp;Active (may log in and use the API)</source>
        <translation>&amp;Активен (может входить и пользоваться API)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ограничить</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Изменение пользователя</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>оставьте пустым, чтобы сохранить пароль</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Max &amp;messages sent:</source>
        <translation>Макс. &amp;сообщений:</translation>
    </message>
    <message>
        <source>Max API &amp;calls:</source>
        <translation>Макс. &amp;вызовов API:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Max messages sent</source>
        <translation>Максимум отправленных сообщений</translation>
    </message>
    <message>
        <source>Max API calls</source>
        <translation>Максимум вызовов API</translation>
    </message>
    <message>
        <source>Limit messages sent</source>
        <translation>Ограничить отправленные сообщения</translation>
    </message>
    <message>
        <source>Limit API calls</source>
        <translation>Ограничить вызовы API</translation>
    </message>
</context>
<context>
    <name>ui::UserListModel</name>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>messages: %1, API calls: %2</source>
        <translation>сообщения: %1, вызовы API: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
</context>
<context>
    <name>ui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>The account was created with its own API key. Copy it now to give it to its owner; it can be replaced later in Settings or through the API.</source>
        <translation>Учётная запись создана со своим API-ключом. Скопируйте его сейчас, чтобы передать владельцу; позже ключ можно заменить в настройках или через API.</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <translation>&amp;Копировать API-ключ</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Удаление пользователя</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>Нельзя удалить %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 and every instance it owns?</source>
        <translation>Удалить %1 и все принадлежащие ему экземпляры?</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
</context>
<context>
    <name>ui::WebhookPage</name>
    <message>
        <source>A secret is set: requests carry X-Webhook-Signature. Leave the field empty to keep it.</source>
        <translation>Секрет задан: запросы содержат X-Webhook-Signature. Оставьте поле пустым, чтобы сохранить его.</translation>
    </message>
    <message>
        <source>No secret: requests are not signed.</source>
        <translation>Секрета нет: запросы не подписываются.</translation>
    </message>
    <message>
        <source>This instance no longer exists.</source>
        <translation>Этого экземпляра больше нет.</translation>
    </message>
    <message>
        <source>Header row %1 has a value but no name.</source>
        <translation>В строке заголовков %1 есть значение, но нет имени.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is listed twice.</source>
        <translation>Заголовок «%1» указан дважды.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Адрес получателя</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL вебхука:</translation>
    </message>
    <message>
        <source>Pa&amp;yload format:</source>
        <translation>Формат &amp;данных:</translation>
    </message>
    <message>
        <source>Send webhoo&amp;ks for this instance</source>
        <translation>Отправлять &amp;вебхуки для этого экземпляра</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <source>Standard (this API&apos;s events)</source>
        <translation>Стандартный (события этого API)</translation>
    </message>
    <message>
        <source>Legacy (message.received style)</source>
        <translation>Устаревший (в стиле message.received)</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Формат данных</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Messages &amp;received</source>
        <translation>&amp;Полученные сообщения</translation>
    </message>
    <message>
        <source>Messages se&amp;nt</source>
        <translation>От&amp;правленные сообщения</translation>
    </message>
    <message>
        <source>&amp;Delivery receipts</source>
        <translation>Уведомления о &amp;доставке</translation>
    </message>
    <message>
        <source>Read recei&amp;pts</source>
        <translation>Уведомления о &amp;прочтении</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Ma&amp;x retries:</source>
        <translation>Макс. п&amp;овторов:</translation>
    </message>
    <message>
        <source>Retry interva&amp;l:</source>
        <translation>&amp;Интервал повтора:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>&amp;Секрет подписи:</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Максимум повторов</translation>
    </message>
    <message>
        <source>Retry interval in milliseconds</source>
        <translation>Интервал повтора в миллисекундах</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Секрет подписи</translation>
    </message>
    <message>
        <source>new secret (HMAC SHA-256)</source>
        <translation>новый секрет (HMAC SHA-256)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Показать секрет подписи</translation>
    </message>
    <message>
        <source>Remove the se&amp;cret</source>
        <translation>&amp;Удалить секрет</translation>
    </message>
    <message>
        <source>Extra head&amp;ers sent with each request:</source>
        <translation>Дополнительные &amp;заголовки каждого запроса:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Дополнительные заголовки</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Добавить &amp;заголовок</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>Удалить за&amp;головок</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
</TS>
