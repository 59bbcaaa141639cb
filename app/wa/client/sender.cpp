#include "wa/client/sender.h"

#include "wa/client/client.h"
#include "wa/client/groups.h"
#include "wa/client/keybundles.h"
#include "wa/client/stanzas.h"
#include "wa/message/messageid.h"
#include "wa/message/padding.h"
#include "wa/signal/groupcipher.h"
#include "wa/signal/sessionbuilder.h"
#include "wa/signal/sessioncipher.h"
#include "wa/walogging.h"

#include <QDateTime>

namespace wa::client {

using binary::Node;

namespace {

QString userOf(const QString &jid)
{
    const auto parsed = binary::Jid::parse(jid.toStdString());
    return parsed ? QString::fromStdString(parsed->toNonAd().toString()) : QString();
}

Node encNode(const signal::EncryptedMessage &e, const QString &mediaType, int count = 0)
{
    Node enc("enc", {{"v", "2"}, {"type", e.typeName()}}, QByteArrayView(e.ciphertext));
    if (!mediaType.isEmpty())
        enc.addAttribute("mediatype", mediaType.toStdString());
    if (count > 0)
        enc.addAttribute("count", std::to_string(count));
    return enc;
}

} // namespace

MessageSender::MessageSender(Client &client) : m_client(client), m_devices(client) {}

MessageSender::~MessageSender()
{
    connectionLost();
    for (Job &job : m_queue)
        if (job.done)
            job.done({false, job.id, 0, 0, QStringLiteral("the client was stopped"), QStringLiteral("connection_lost")});
}

void MessageSender::send(const QString &to, const message::MessageContent &content, const QString &id, SendCallback done)
{
    Job job{to, content, id, std::move(done), false};
    const auto jid = binary::Jid::parse(to.toStdString());
    if (!jid || jid->user.empty() || jid->hasDevice || !(jid->isPn() || jid->isLid() || jid->isGroup()))
        return fail(job, "invalid_recipient", QStringLiteral("not a user or group JID: %1").arg(to.left(80)));
    if (!m_client.isConnected())
        return fail(job, "not_connected", QStringLiteral("not connected"));
    job.isGroup = jid->isGroup();
    if (job.id.isEmpty())
        job.id = message::generateMessageId(m_client.ownUser().section(QLatin1Char('@'), 0, 0));
    m_queue.push_back(std::move(job));
    next();
}

void MessageSender::fail(Job &job, const char *reason, const QString &error, int code)
{
    qCInfo(lcWaClient, "send %s failed: %s", qPrintable(job.id), qPrintable(error));
    if (auto done = std::exchange(job.done, {}))
        done({false, job.id, 0, code, error, QLatin1String(reason)});
}

void MessageSender::next()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    auto finishPrepare = [this] {
        m_busy = false;
        QMetaObject::invokeMethod(this, &MessageSender::next, Qt::QueuedConnection);
    };
    if (!m_client.isConnected()) {
        fail(job, "not_connected", QStringLiteral("not connected"));
        return finishPrepare();
    }
    if (job.isGroup) {
        m_client.groups()->info(job.to, true, [this, job, finishPrepare](const GroupInfo &g, const QString &error) mutable {
            if (!error.isEmpty()) {
                fail(job, "internal", error);
                return finishPrepare();
            }
            QStringList users = g.participants;
            if (!users.contains(m_client.ownUser()))
                users << m_client.ownUser();
            resolveDevices(std::move(job), users);
        });
        return;
    }
    QStringList users{job.to};
    if (job.to != m_client.ownUser())
        users << m_client.ownUser();
    resolveDevices(std::move(job), users);
}

void MessageSender::resolveDevices(Job job, const QStringList &users)
{
    m_devices.devices(users, [this, job, users](const DeviceCache::Devices &devices, const QString &error) mutable {
        auto finishPrepare = [this] {
            m_busy = false;
            QMetaObject::invokeMethod(this, &MessageSender::next, Qt::QueuedConnection);
        };
        if (!error.isEmpty()) {
            fail(job, "internal", error);
            return finishPrepare();
        }
        if (!job.isGroup && devices.value(job.to).isEmpty()) {
            fail(job, "not_on_whatsapp", QStringLiteral("%1 is not on WhatsApp (no devices)").arg(job.to));
            return finishPrepare();
        }
        const QString own = m_client.jid();
        const QString ownLid = m_client.lid();
        QStringList targets;
        for (const QString &user : users)
            for (quint32 d : devices.value(user)) {
                const QString device = deviceJid(user, d);
                if (device != own && device != ownLid)
                    targets << device;
            }
        ensureSessions(targets, [this, job, targets, finishPrepare](const QString &sessionError) mutable {
            if (!sessionError.isEmpty())
                fail(job, "no_session", sessionError);
            else
                encryptAndSend(std::move(job), targets);
            finishPrepare();
        });
    });
}

void MessageSender::ensureSessions(const QStringList &deviceJids, std::function<void(const QString &)> then)
{
    signal::StoreBridge *bridge = m_client.bridge();
    if (!bridge)
        return then(QStringLiteral("no Signal identity"));
    QStringList missing;
    for (const QString &jid : deviceJids) {
        const auto address = addressOf(jid);
        if (address && !m_client.stores().signal.sessions->containsSession(*address))
            missing << jid;
    }
    if (missing.isEmpty())
        return then({});
    m_client.sendIq(buildKeyQuery(missing), [this, then](const connection::IqResponse &r) {
        if (!r.ok())
            return then(r.kind == connection::IqResponse::Kind::Error
                            ? QStringLiteral("the pre-key query failed: %1 %2").arg(r.errorCode).arg(r.errorText)
                            : QStringLiteral("the pre-key query got no answer"));
        QStringList failed;
        const auto bundles = parseKeyQuery(r.node, &failed);
        signal::StoreBridge *liveBridge = m_client.bridge();
        if (!liveBridge)
            return then(QStringLiteral("no Signal identity"));
        store::TransactionGuard tx(m_client.stores().transactions);
        if (!tx.ok())
            return then(QStringLiteral("cannot open a store transaction"));
        for (auto it = bundles.cbegin(); it != bundles.cend(); ++it) {
            const auto address = addressOf(it.key());
            if (!address)
                continue;
            const auto processed = signal::SessionBuilder(*liveBridge, *address).process(it.value());
            if (!processed)
                qCWarning(lcWaClient, "cannot start a session with a device: %s", qPrintable(processed.error().toString()));
        }
        if (!tx.commit())
            return then(QStringLiteral("cannot store the new sessions"));
        if (!failed.isEmpty())
            qCInfo(lcWaClient, "%lld devices returned no usable pre-key bundle", qlonglong(failed.size()));
        then({});
    });
}

void MessageSender::encryptAndSend(Job job, const QStringList &deviceJids)
{
    signal::StoreBridge *bridge = m_client.bridge();
    const store::DeviceCredentials *device = m_client.device();
    if (!bridge || !device || !device->account)
        return fail(job, "not_connected", QStringLiteral("not linked"));
    const QByteArray messageBytes = message::encodeMessage(job.content);
    const QString mediaType = message::stanzaMediaType(job.content);
    const QString ownUser = m_client.ownUser();
    bool includeIdentity = false;
    std::vector<Node> participants;
    std::optional<Node> groupEnc;
    QStringList reached;

    store::TransactionGuard tx(m_client.stores().transactions);
    if (!tx.ok())
        return fail(job, "internal", QStringLiteral("cannot open a store transaction"));
    auto encryptFor = [&](const QString &jid, const QByteArray &plaintext) {
        const auto address = addressOf(jid);
        if (!address || !m_client.stores().signal.sessions->containsSession(*address))
            return; // no bundle for this device: it gets nothing (logged in ensureSessions)
        const auto e = signal::SessionCipher(*bridge, *address).encrypt(message::pad(plaintext));
        if (!e) {
            qCWarning(lcWaClient, "cannot encrypt for a device: %s", qPrintable(e.error().toString()));
            return;
        }
        includeIdentity = includeIdentity || e->type == signal::MessageType::PreKeyWhisper;
        participants.push_back(Node("to", {{"jid", jid.toStdString()}}, std::vector<Node>{encNode(*e, mediaType)}));
        reached << jid;
    };
    if (job.isGroup) {
        signal::GroupCipher cipher(*bridge, {job.to, addressOf(m_client.jid()).value_or(store::ProtocolAddress{})});
        const auto distribution = cipher.createDistributionMessage();
        if (!distribution)
            return fail(job, "internal", QStringLiteral("cannot create our sender key: %1").arg(distribution.error().toString()));
        const auto sk = cipher.encrypt(message::pad(messageBytes));
        if (!sk)
            return fail(job, "internal", QStringLiteral("cannot encrypt for the group: %1").arg(sk.error().toString()));
        QSet<QString> &memory = m_senderKeyMemory[job.to];
        const QByteArray skdm = message::encodeSenderKeyDistribution(job.to, *distribution);
        for (const QString &jid : deviceJids)
            if (!memory.contains(jid))
                encryptFor(jid, skdm);
        for (const QString &jid : std::as_const(reached))
            memory.insert(jid);
        groupEnc = Node("enc", {{"v", "2"}, {"type", "skmsg"}}, QByteArrayView(*sk));
        if (!mediaType.isEmpty())
            groupEnc->addAttribute("mediatype", mediaType.toStdString());
    } else {
        const QByteArray deviceSent = message::encodeDeviceSent(messageBytes, job.to);
        for (const QString &jid : deviceJids)
            encryptFor(jid, userOf(jid) == ownUser && job.to != ownUser ? deviceSent : messageBytes);
        if (participants.empty())
            return fail(job, "no_session", QStringLiteral("no device of %1 could be reached (no Signal session)").arg(job.to));
    }
    if (!tx.commit())
        return fail(job, "internal", QStringLiteral("cannot store the Signal state"));

    Node stanza("message", {{"id", job.id.toStdString()}, {"to", job.to.toStdString()},
                            {"type", message::stanzaType(job.content).toStdString()}});
    QString phash;
    if (job.isGroup) {
        stanza.addAttribute("addressing_mode", "pn");
    } else {
        phash = participantHash(reached);
        stanza.addAttribute("phash", phash.toStdString());
    }
    if (!participants.empty())
        stanza.addChild(Node("participants", {}, std::move(participants)));
    if (groupEnc)
        stanza.addChild(std::move(*groupEnc));
    if (includeIdentity && !device->account->signedDeviceIdentity.isEmpty()) // a phone (device 0) has none
        stanza.addChild(Node("device-identity", {}, QByteArrayView(device->account->signedDeviceIdentity)));
    if (!m_client.sendNode(stanza))
        return fail(job, "connection_lost", QStringLiteral("the connection went away"));
    remember(job.id, job.to, messageBytes, job.isGroup);
    track(job, phash);
}

void MessageSender::track(Job &job, const QString &phash)
{
    Awaiting a;
    a.phash = phash;
    a.sent.id = job.id;
    a.sent.chat = job.to;
    a.sent.content = job.content;
    a.done = std::exchange(job.done, {});
    a.timer = new QTimer(this);
    a.timer->setSingleShot(true);
    const QString id = job.id;
    connect(a.timer, &QTimer::timeout, this, [this, id] {
        auto it = m_awaitingAck.find(id);
        if (it == m_awaitingAck.end())
            return;
        Awaiting awaiting = *it;
        m_awaitingAck.erase(it);
        awaiting.timer->deleteLater();
        if (awaiting.done)
            awaiting.done({false, id, 0, 0, QStringLiteral("the server did not acknowledge the message in time"), QStringLiteral("timeout")});
    });
    a.timer->start(m_client.config().sendAckTimeoutMs);
    m_awaitingAck.insert(id, a);
}

void MessageSender::onAck(const Node &ack)
{
    const QString id = QString::fromStdString(std::string(ack.attributeOr("id", "")));
    auto it = m_awaitingAck.find(id);
    if (it == m_awaitingAck.end())
        return; // an ack for a resend, or after the timeout
    Awaiting a = *it;
    m_awaitingAck.erase(it);
    a.timer->deleteLater();
    const int error = QByteArray::fromStdString(std::string(ack.attributeOr("error", "0"))).toInt();
    a.sent.timestamp = QByteArray::fromStdString(std::string(ack.attributeOr("t", "0"))).toLongLong();
    if (!a.sent.timestamp)
        a.sent.timestamp = QDateTime::currentSecsSinceEpoch();
    a.sent.status = error ? QStringLiteral("failed") : QStringLiteral("sent");
    a.sent.errorCode = error;
    if (error && a.sent.chat.endsWith(QLatin1String("@g.us")))
        m_senderKeyMemory.remove(a.sent.chat); // who has our key is no longer certain
    if (const std::string *serverHash = ack.attribute("phash"); serverHash && !a.phash.isEmpty()
        && QString::fromStdString(*serverHash) != a.phash) {
        // The server knows other devices than we used: fetch both lists again next time.
        m_devices.invalidate(a.sent.chat);
        m_devices.invalidate(m_client.ownUser());
    }
    bool stored = true;
    if (MessageSink *sink = m_client.stores().sink) {
        store::TransactionGuard tx(m_client.stores().transactions);
        stored = sink->storeSent(a.sent) && tx.commit();
        if (!stored)
            qCWarning(lcWaClient, "could not store sent message %s", qPrintable(id));
    }
    Q_EMIT m_client.messageSent(a.sent);
    if (a.done)
        a.done({!error, id, a.sent.timestamp, error,
                error ? QStringLiteral("the server refused the message (error %1)").arg(error) : QString(),
                error ? QStringLiteral("server_refused") : QString()});
}

void MessageSender::connectionLost()
{
    const auto awaiting = std::exchange(m_awaitingAck, {});
    for (const Awaiting &a : awaiting) {
        a.timer->deleteLater();
        if (a.done)
            a.done({false, a.sent.id, 0, 0, QStringLiteral("the connection closed before the server acknowledged the message"),
                    QStringLiteral("connection_lost")});
    }
}

void MessageSender::remember(const QString &id, const QString &chat, const QByteArray &message, bool isGroup)
{
    if (!m_recent.contains(id))
        m_recentOrder.push_back(id);
    m_recent.insert(id, Recent{chat, message, isGroup, {}});
    while (m_recentOrder.size() > size_t(RecentLimit)) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
}

void MessageSender::onRetryReceipt(const Node &receipt)
{
    const QString id = QString::fromStdString(std::string(receipt.attributeOr("id", "")));
    auto it = m_recent.find(id);
    if (it == m_recent.end())
        return;
    const QString participant = QString::fromStdString(std::string(receipt.attributeOr("participant", "")));
    const QString device = it->isGroup && !participant.isEmpty()
        ? participant
        : QString::fromStdString(std::string(receipt.attributeOr("from", "")));
    const auto jid = binary::Jid::parse(device.toStdString());
    const auto address = addressOf(device);
    signal::StoreBridge *bridge = m_client.bridge();
    if (!jid || !address || !bridge)
        return;
    if (++it->retries[device] > MaxRetriesPerDevice) {
        qCInfo(lcWaClient, "retry limit reached for %s", qPrintable(id));
        return;
    }
    const Node *retry = receipt.child("retry");
    const int count = retry ? QByteArray::fromStdString(std::string(retry->attributeOr("count", "1"))).toInt() : 1;
    const Recent recent = *it;
    if (const Node *keys = receipt.child("keys")) {
        // The device sent fresh keys: start over with them (its old session is gone).
        Node bundleNode("user", {});
        if (const Node *registration = receipt.child("registration"))
            bundleNode.addChild(*registration);
        for (const Node &k : keys->children())
            bundleNode.addChild(k);
        const auto bundle = parseBundle(bundleNode, jid->device);
        store::TransactionGuard tx(m_client.stores().transactions);
        if (bundle && tx.ok()) {
            const auto processed = signal::SessionBuilder(*bridge, *address).process(*bundle);
            if (!processed || !tx.commit())
                qCWarning(lcWaClient, "cannot rebuild a session from retry keys");
        }
    }
    ensureSessions({device}, [this, id, recent, device, count, participant](const QString &error) {
        if (error.isEmpty())
            resendTo(id, recent, device, count, participant);
        else
            qCInfo(lcWaClient, "cannot resend %s: %s", qPrintable(id), qPrintable(error));
    });
}

void MessageSender::resendTo(const QString &id, const Recent &recent, const QString &device, int count, const QString &groupParticipant)
{
    signal::StoreBridge *bridge = m_client.bridge();
    const store::DeviceCredentials *creds = m_client.device();
    const auto address = addressOf(device);
    if (!bridge || !creds || !creds->account || !address)
        return;
    const bool own = userOf(device) == m_client.ownUser();
    QByteArray payload = recent.message;
    if (recent.isGroup) {
        signal::GroupCipher cipher(*bridge, {recent.chat, addressOf(m_client.jid()).value_or(store::ProtocolAddress{})});
        if (const auto skdm = cipher.createDistributionMessage())
            payload += message::encodeSenderKeyDistribution(recent.chat, *skdm); // protobuf concatenation merges
    } else if (own) {
        payload = message::encodeDeviceSent(recent.message, recent.chat);
    }
    store::TransactionGuard tx(m_client.stores().transactions);
    if (!tx.ok())
        return;
    const auto e = signal::SessionCipher(*bridge, *address).encrypt(message::pad(payload));
    if (!e || !tx.commit())
        return;
    const auto decoded = message::decodeMessage(recent.message);
    const message::MessageContent content = decoded ? decoded->content : message::MessageContent{};
    Node stanza("message", {{"id", id.toStdString()}, {"type", message::stanzaType(content).toStdString()}});
    if (recent.isGroup) {
        stanza.addAttribute("to", recent.chat.toStdString());
        stanza.addAttribute("participant", (groupParticipant.isEmpty() ? device : groupParticipant).toStdString());
    } else if (own) {
        stanza.addAttribute("to", device.toStdString());
        stanza.addAttribute("recipient", recent.chat.toStdString());
        stanza.addAttribute("device_fanout", "false");
    } else {
        stanza.addAttribute("to", device.toStdString());
        stanza.addAttribute("device_fanout", "false");
    }
    stanza.addChild(encNode(*e, message::stanzaMediaType(content), count));
    if (e->type == signal::MessageType::PreKeyWhisper && !creds->account->signedDeviceIdentity.isEmpty())
        stanza.addChild(Node("device-identity", {}, QByteArrayView(creds->account->signedDeviceIdentity)));
    m_client.sendNode(stanza);
}

} // namespace wa::client
