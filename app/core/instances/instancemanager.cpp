#include "core/instances/instancemanager.h"

#include "core/common/ids.h"
#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/secrets/secretbox.h"
#include "core/store/activityrepository.h"
#include "core/store/dbwriter.h"
#include "core/store/instancerepository.h"
#include "core/store/messagerepository.h"

#include <QMap>
#include "core/webhooks/outbox.h"
#include "core/webhooks/payloads.h"

namespace core::instances {

using store::InstanceRecord;

InstanceManager::InstanceManager(QSqlDatabase db, store::DbWriter *writer, const secrets::SecretBox *box,
                                 InstanceBackendFactory factory, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_writer(writer), m_box(box), m_factory(std::move(factory))
{
}

InstanceManager::~InstanceManager()
{
    for (InstanceBackend *backend : std::as_const(m_backends))
        backend->stop();
}

bool InstanceManager::load(QString *error)
{
    store::InstanceRepository repo(m_db);
    const auto all = repo.listAll();
    for (const InstanceRecord &r : all) {
        m_instances[r.id] = r;
        m_states[r.id] = ConnectionState{};
    }
    qCInfo(lcCoreInstances, "loaded %lld instances%s", qlonglong(all.size()),
           m_factory ? "" : " (WhatsApp engine off: all stay disconnected)");
    if (m_factory)
        for (const InstanceRecord &r : all)
            attachBackend(r.id);
    Q_UNUSED(error);
    return true;
}

std::optional<InstanceRecord> InstanceManager::get(const QString &id) const
{
    auto it = m_instances.find(id);
    if (it == m_instances.end())
        return std::nullopt;
    return it->second;
}

QVector<InstanceRecord> InstanceManager::list(const QString &userId) const
{
    QVector<InstanceRecord> out;
    for (const auto &[id, r] : m_instances)
        if (userId.isEmpty() || r.userId == userId)
            out.push_back(r);
    std::sort(out.begin(), out.end(), [](const InstanceRecord &a, const InstanceRecord &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

qsizetype InstanceManager::countConnected() const
{
    qsizetype n = 0;
    for (const ConnectionState &s : m_states)
        n += s.ready() ? 1 : 0;
    return n;
}

ConnectionState InstanceManager::state(const QString &id) const
{
    return m_states.value(id);
}

Outcome<InstanceRecord> InstanceManager::create(InstanceRecord r, const QString &plainSecret)
{
    if (r.id.isEmpty())
        r.id = newId();
    else if (!looksLikeId(r.id))
        return fail(ErrorKind::Invalid, QStringLiteral("1-64 characters of A-Z, a-z, 0-9, _ and -"), QStringLiteral("instanceId"));
    else if (m_instances.find(r.id) != m_instances.end())
        return fail(ErrorKind::Conflict, QStringLiteral("an instance with the id %1 exists").arg(r.id));
    r.createdAt = r.updatedAt = r.webhook.updatedAt = nowMs();
    r.status = status::disconnected;
    if (!plainSecret.isEmpty())
        r.webhook.secretSealed = QString::fromLatin1(m_box->seal(plainSecret.toUtf8()));
    QString error;
    if (!store::InstanceRepository(m_db).insert(r, &error)) {
        qCWarning(lcCoreInstances, "[inst %s] insert failed: %s", qPrintable(r.id), qPrintable(error));
        return fail(ErrorKind::Internal, QStringLiteral("could not store the instance"));
    }
    m_instances[r.id] = r;
    m_states[r.id] = ConnectionState{};
    ++m_generation;
    recordActivity(r.id, QStringLiteral("instance_created"), {{QStringLiteral("name"), r.name}});
    Q_EMIT instanceAdded(r.id);
    if (m_factory)
        attachBackend(r.id);
    return r;
}

Outcome<InstanceRecord> InstanceManager::update(InstanceRecord r, const std::optional<QString> &secret)
{
    auto it = m_instances.find(r.id);
    if (it == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(r.id));
    const InstanceRecord before = it->second;
    if (secret)
        r.webhook.secretSealed = secret->isEmpty() ? QString() : QString::fromLatin1(m_box->seal(secret->toUtf8()));
    const bool webhookChanged = before.webhookUrl != r.webhookUrl || before.webhookEnabled != r.webhookEnabled
        || before.webhook.notifyReceived != r.webhook.notifyReceived
        || before.webhook.notifySent != r.webhook.notifySent
        || before.webhook.notifyDelivery != r.webhook.notifyDelivery
        || before.webhook.notifyRead != r.webhook.notifyRead || before.webhook.maxRetries != r.webhook.maxRetries
        || before.webhook.retryInterval != r.webhook.retryInterval || before.webhook.headers != r.webhook.headers
        || before.webhook.format != r.webhook.format || secret.has_value();
    r.updatedAt = nowMs();
    if (webhookChanged)
        r.webhook.updatedAt = r.updatedAt;
    QString error;
    if (!store::InstanceRepository(m_db).update(r, &error)) {
        qCWarning(lcCoreInstances, "[inst %s] update failed: %s", qPrintable(r.id), qPrintable(error));
        return fail(ErrorKind::Internal, QStringLiteral("could not update the instance"));
    }
    it->second = r;
    ++m_generation;
    recordActivity(r.id, QStringLiteral("instance_updated"));
    if (webhookChanged) {
        if (m_webhookChanged)
            m_webhookChanged(r.id);
        const QString when = isoFromMs(r.updatedAt);
        recordEvent(r.id, QStringLiteral("webhook_updated"),
                    {{QStringLiteral("instanceId"), r.id}, {QStringLiteral("timestamp"), when}});
    }
    Q_EMIT instanceChanged(r.id);
    return r;
}

Outcome<bool> InstanceManager::remove(const QString &id)
{
    if (m_instances.find(id) == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(id));
    if (InstanceBackend *backend = m_backends.take(id)) {
        backend->logout();
        backend->deleteLater();
    }
    // Writes of this instance still queued in the DbWriter must land before the row goes, or
    // their foreign keys would fail; then delete (cascading to its history) on this connection.
    m_writer->flush();
    QString error;
    if (!store::InstanceRepository(m_db).remove(id, &error)) {
        qCWarning(lcCoreInstances, "[inst %s] delete failed: %s", qPrintable(id), qPrintable(error));
        return fail(ErrorKind::Internal, QStringLiteral("could not delete the instance"));
    }
    m_instances.erase(id);
    m_states.remove(id);
    m_announcedConnected.remove(id);
    m_pendingDisconnect.remove(id);
    ++m_generation;
    if (m_webhookChanged)
        m_webhookChanged(id); // its queued deliveries went with it
    Q_EMIT instanceRemoved(id);
    return true;
}

Outcome<bool> InstanceManager::reconnect(const QString &id)
{
    if (m_instances.find(id) == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(id));
    InstanceBackend *backend = m_backends.value(id);
    if (!backend)
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("the WhatsApp engine is off (WAMULTI_ENGINE=off); the instance stays disconnected"));
    recordActivity(id, QStringLiteral("reconnect_requested"));
    backend->stop();
    backend->start();
    return true;
}

Outcome<bool> InstanceManager::logout(const QString &id)
{
    if (m_instances.find(id) == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(id));
    InstanceBackend *backend = m_backends.value(id);
    if (!backend)
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("the WhatsApp engine is off (WAMULTI_ENGINE=off); there is no session to log out"));
    recordActivity(id, QStringLiteral("logout_requested"));
    backend->logout();
    return true;
}

QString InstanceManager::webhookSecret(const QString &id) const
{
    auto it = m_instances.find(id);
    if (it == m_instances.end() || it->second.webhook.secretSealed.isEmpty())
        return {};
    const auto plain = m_box->open(it->second.webhook.secretSealed.toLatin1());
    return plain ? QString::fromUtf8(*plain) : QString();
}

void InstanceManager::recordActivity(const QString &id, const QString &action, const QJsonObject &details)
{
    store::ActivityRecord r{0, id, action, details, {}, nowMs()};
    m_writer->submit([r](QSqlDatabase &db, QString *error) {
        return store::ActivityRepository::insertActivity(db, r, error);
    });
}

void InstanceManager::recordEvent(const QString &id, const QString &type, const QJsonObject &data)
{
    store::EventRecord e{0, id, type, data, nowMs()};
    // No context object: the completion runs on the writer thread right after the commit, so the
    // dispatcher hears of the new outbox row without a detour through this thread's event loop.
    const auto wake = m_outboxCommitted;
    m_writer->submit([e](QSqlDatabase &db, QString *error) { return writeEvent(db, e, error); }, nullptr,
                     [wake](bool ok, const QString &) {
                         if (ok && wake)
                             wake();
                     });
}

bool InstanceManager::writeEvent(QSqlDatabase &db, const store::EventRecord &e, QString *error)
{
    return store::ActivityRepository::insertEvent(db, e, error)
        && webhooks::Outbox::enqueue(db, e.instanceId, e.type, e.data, e.createdAt, error);
}

void InstanceManager::setWebhookHooks(std::function<void()> outboxCommitted, std::function<void(const QString &)> webhookChanged)
{
    m_outboxCommitted = std::move(outboxCommitted);
    m_webhookChanged = std::move(webhookChanged);
}

void InstanceManager::attachBackend(const QString &id)
{
    std::unique_ptr<InstanceBackend> backend = m_factory(id);
    if (!backend)
        return;
    InstanceBackend *raw = backend.release();
    raw->setParent(this);
    m_backends.insert(id, raw);
    connect(raw, &InstanceBackend::stateChanged, this,
            [this, id](const QString &s, const QString &qr) { onBackendState(id, s, qr); });
    connect(raw, &InstanceBackend::activity, this,
            [this, id](const QString &action, const QJsonObject &details) { onBackendActivity(id, action, details); });
    connect(raw, &InstanceBackend::accountKnown, this, [this, id](const QString &jid) {
        auto it = m_instances.find(id);
        const QString phone = jid.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0);
        if (it == m_instances.end() || it->second.phone == phone)
            return;
        it->second.phone = phone;
        ++m_generation;
        store::InstanceRepository(m_db).update(it->second);
        Q_EMIT instanceChanged(id);
    });
    connect(raw, &InstanceBackend::messageStored, this,
            [this, id](const QString &chat, const QString &messageId, bool incoming, const QString &type, qint64 bytes) {
                if (m_outboxCommitted) // its events-feed and webhook rows were committed with it
                    m_outboxCommitted();
                Q_EMIT messageStored(id, chat, messageId, incoming, type, bytes);
            });
    connect(raw, &InstanceBackend::statusesChanged, this, [this, id](const QString &chat, const QStringList &ids, const QString &s) {
        if (m_outboxCommitted)
            m_outboxCommitted();
        Q_EMIT statusesChanged(id, chat, ids, s);
    });
    connect(raw, &InstanceBackend::pairingCodeReady, this, [this, id](const QString &code, const QString &error) {
        Q_EMIT pairingCodeReady(id, code, error);
    });
    raw->start();
}

Outcome<bool> InstanceManager::checkCanSend(const QString &id) const
{
    if (m_instances.find(id) == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(id));
    if (!m_backends.value(id))
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("the WhatsApp engine is off (WAMULTI_ENGINE=off); nothing can be sent"));
    const ConnectionState s = m_states.value(id);
    if (!s.ready())
        return fail(ErrorKind::Conflict, QStringLiteral("instance %1 is not connected (status: %2)").arg(id, s.status));
    return true;
}

void InstanceManager::send(const QString &id, const QString &to, const wa::message::MessageContent &content,
                           const QByteArray &media, QObject *context, SendDone done)
{
    InstanceBackend *backend = m_backends.value(id);
    if (!backend)
        return done({false, {}, 0, 0, QStringLiteral("no engine for instance %1").arg(id), QStringLiteral("not_connected")});
    backend->send(to, content, media, context, std::move(done));
}

Outcome<bool> InstanceManager::markChatRead(const QString &id, const QString &chat)
{
    if (m_instances.find(id) == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(id));
    auto read = std::make_shared<QList<store::MessageRepository::ReadMessage>>();
    const qint64 at = nowMs();
    m_writer->submit([id, chat, at, read](QSqlDatabase &db, QString *error) {
        *read = store::MessageRepository::markChatRead(db, id, chat, at, 1000, error);
        return error->isEmpty();
    }, this, [this, id, chat, read](bool ok, const QString &) {
        InstanceBackend *backend = m_backends.value(id);
        if (!ok || !backend || read->isEmpty())
            return;
        // One receipt per sender (groups), as WhatsApp groups them.
        QMap<QString, QStringList> bySender;
        for (const auto &r : std::as_const(*read))
            bySender[r.participant] << r.id;
        for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
            backend->markRead(chat, it.value(), it.key());
        Q_EMIT statusesChanged(id, chat, {}, QStringLiteral("read"));
    });
    return true;
}

void InstanceManager::checkNumbers(const QString &id, const QStringList &numbers, QObject *context, NumberCheckDone done)
{
    InstanceBackend *backend = m_backends.value(id);
    if (!backend)
        return done({}, QStringLiteral("no engine for instance %1").arg(id));
    backend->checkNumbers(numbers, context, std::move(done));
}

Outcome<bool> InstanceManager::requestPairingCode(const QString &id, const QString &phoneNumber)
{
    if (m_instances.find(id) == m_instances.end())
        return fail(ErrorKind::NotFound, QStringLiteral("instance %1 not found").arg(id));
    InstanceBackend *backend = m_backends.value(id);
    if (!backend)
        return fail(ErrorKind::Unavailable, QStringLiteral("the WhatsApp engine is off (WAMULTI_ENGINE=off)"));
    if (m_states.value(id).status != status::qr)
        return fail(ErrorKind::Conflict, QStringLiteral("instance %1 is not waiting to be linked (status: %2)").arg(id, m_states.value(id).status));
    backend->requestPairingCode(phoneNumber);
    return true;
}

void InstanceManager::onBackendState(const QString &id, const QString &newStatus, const QString &qrCode)
{
    auto it = m_instances.find(id);
    if (it == m_instances.end())
        return;
    ConnectionState &state = m_states[id];
    const bool statusChanged = state.status != newStatus;
    const bool qrChanged = state.qrCode != qrCode;
    state.status = newStatus;
    state.qrCode = qrCode;
    ++m_generation;
    if (qrChanged && !qrCode.isEmpty())
        recordEvent(id, webhooks::event::qrReceived, {{QStringLiteral("instanceId"), id}, {QStringLiteral("qrCode"), qrCode}});
    if (qrChanged && !statusChanged)
        Q_EMIT stateChanged(id, newStatus);
    if (!statusChanged)
        return;
    it->second.status = newStatus;
    it->second.lastActivity = nowMs();
    store::InstanceRepository(m_db).setStatus(id, newStatus, *it->second.lastActivity);
    Q_EMIT stateChanged(id, newStatus);
}

// The events of the reference spec that describe the connection. A "disconnected" event only
// follows a "connected" one: failed reconnection attempts while the line is down are activity,
// not news for a webhook. A logout closes the connection first and reports the logout right
// after, in the same call: the disconnect is held for one event-loop turn so that the webhook
// gets one disconnected event that says "logout", not a "connection_closed" and then a "logout".
void InstanceManager::onBackendActivity(const QString &id, const QString &action, const QJsonObject &details)
{
    recordActivity(id, action, details);
    const auto disconnected = [id](const QString &reason, bool willReconnect) {
        return QJsonObject{{QStringLiteral("instanceId"), id},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("willReconnect"), willReconnect}};
    };
    if (action == QLatin1String("connected")) {
        m_announcedConnected.insert(id);
        recordEvent(id, webhooks::event::connected, {{QStringLiteral("instanceId"), id}});
    } else if (action == QLatin1String("disconnected") && m_announcedConnected.remove(id)) {
        m_pendingDisconnect.insert(id, disconnected(details.value(QStringLiteral("reason")).toString(),
                                                    details.value(QStringLiteral("willReconnect")).toBool()));
        QMetaObject::invokeMethod(this, [this, id] {
            if (m_pendingDisconnect.contains(id))
                recordEvent(id, webhooks::event::disconnected, m_pendingDisconnect.take(id));
        }, Qt::QueuedConnection);
    } else if (action == QLatin1String("logged_out")) {
        const bool wasConnected = m_announcedConnected.remove(id) || m_pendingDisconnect.remove(id);
        if (wasConnected)
            recordEvent(id, webhooks::event::disconnected, disconnected(QStringLiteral("logout"), false));
    }
}

} // namespace core::instances
