// Router: the fan-out rules for messages, receipts and chat states (see router.h).
#include "sandbox/devicesession.h"
#include "sandbox/router.h"
#include "sandbox/sandboxserver.h"
#include "wa/binary/jid.h"
#include "wa/client/stanzas.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxRouter)

namespace sandbox {

using wa::binary::Node;

namespace {

QString attr(const Node &n, const char *key)
{
    return QString::fromStdString(std::string(n.attributeOr(key, "")));
}

QString userOf(const QString &deviceJid)
{
    const auto j = wa::binary::Jid::parse(deviceJid.toStdString());
    return j ? QString::fromStdString(j->toNonAd().toString()) : QString();
}

std::string now()
{
    return std::to_string(QDateTime::currentSecsSinceEpoch());
}

} // namespace

void Router::routeMessage(DeviceSession &from, const Node &message)
{
    const QString id = attr(message, "id");
    const QString sender = from.deviceJid();
    const QString senderUser = userOf(sender);
    const auto to = wa::binary::Jid::parse(message.attributeOr("to", ""));
    std::string serverHash; // set when the sender's device list was out of date
    auto ack = [&](int error) {
        Node a("ack", {{"class", "message"}, {"id", id.toStdString()}, {"from", std::string(message.attributeOr("to", ""))},
                       {"t", now()}});
        if (error)
            a.addAttribute("error", std::to_string(error));
        if (!serverHash.empty())
            a.addAttribute("phash", serverHash);
        from.send(a);
    };
    if (id.isEmpty() || !to || to->user.empty())
        return ack(400);
    const Phone *senderPhone = m_server.phones().findByJid(senderUser);
    const std::string pushName = senderPhone ? senderPhone->pushName.toStdString() : std::string();
    const std::string type(message.attributeOr("type", "text"));
    const Node *identity = message.child("device-identity");
    QHash<QString, Node> direct; // device -> its pairwise <enc>
    if (const Node *participants = message.child("participants"))
        for (const Node &t : participants->children()) {
            const Node *enc = t.child("enc");
            const QString device = canonicalDevice(attr(t, "jid"));
            if (t.tag() == "to" && enc && !device.isEmpty())
                direct.insert(device, *enc);
        }
    const Node *topEnc = message.child("enc");
    auto envelope = [&](const QString &device, const Node *pairwise, bool withTop) {
        Node m("message", {{"id", id.toStdString()}, {"t", now()}, {"type", type}});
        if (!pushName.empty())
            m.addAttribute("notify", pushName);
        if (pairwise)
            m.addChild(*pairwise);
        if (withTop && topEnc)
            m.addChild(*topEnc);
        if (identity && ((pairwise && pairwise->attributeOr("type", "") == "pkmsg") || (withTop && topEnc && topEnc->attributeOr("type", "") == "pkmsg")))
            m.addChild(*identity);
        Q_UNUSED(device);
        return m;
    };

    int copies = 0;
    if (to->isGroup()) {
        const QString groupJid = QString::fromStdString(to->toString());
        Group *group = m_server.groups().find(groupJid);
        if (!group)
            return ack(404);
        if (!group->participants.contains(senderUser))
            return ack(403);
        QStringList targets;
        if (const QString only = canonicalDevice(attr(message, "participant")); !only.isEmpty()) {
            targets << only; // a resend to the one device that asked for it
        } else {
            for (const QString &user : std::as_const(group->participants))
                targets << devicesOf(user);
        }
        for (const QString &device : std::as_const(targets)) {
            if (device == sender)
                continue;
            auto it = direct.constFind(device);
            Node m = envelope(device, it == direct.cend() ? nullptr : &*it, true);
            if (!m.hasContent())
                continue;
            m.addAttribute("from", groupJid.toStdString());
            m.addAttribute("participant", sender.toStdString());
            m.addAttribute("addressing_mode", "pn");
            deliver(device, m);
            ++copies;
        }
    } else if (to->hasDevice || (!message.child("participants") && topEnc)) {
        // A resend (device_fanout="false") to exactly one device.
        const QString device = canonicalDevice(QString::fromStdString(to->toString()));
        if (device.isEmpty() || !topEnc)
            return ack(404);
        Node m = envelope(device, nullptr, true);
        m.addAttribute("from", sender.toStdString());
        if (const std::string *recipient = message.attribute("recipient"))
            m.addAttribute("recipient", *recipient);
        deliver(device, m);
        ++copies;
    } else {
        const QString recipientUser = QString::fromStdString(to->toNonAd().toString());
        const Phone *recipient = m_server.phones().findByJid(recipientUser);
        if (!recipient)
            return ack(404);
        if (const std::string *theirHash = message.attribute("phash")) {
            QStringList expected = devicesOf(recipient->jid());
            if (recipient->jid() != senderUser)
                expected += devicesOf(senderUser);
            expected.removeAll(sender);
            const QString ours = wa::client::participantHash(expected);
            if (ours.toStdString() != *theirHash)
                serverHash = ours.toStdString();
        }
        for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
            if (it.key() == sender)
                continue;
            Node m = envelope(it.key(), &it.value(), false);
            m.addAttribute("from", sender.toStdString());
            if (userOf(it.key()) == senderUser && recipient->jid() != senderUser)
                m.addAttribute("recipient", recipient->jid().toStdString()); // a copy for our own other device
            deliver(it.key(), m);
            ++copies;
        }
    }
    rememberOrigin(id, sender);
    ++m_routed;
    ack(0);
}

void Router::routeReceipt(DeviceSession &from, const Node &receipt)
{
    const QString id = attr(receipt, "id");
    const QString type = attr(receipt, "type");
    Node ack("ack", {{"class", "receipt"}, {"id", id.toStdString()}, {"from", std::string(receipt.attributeOr("to", ""))}});
    if (!type.isEmpty())
        ack.addAttribute("type", type.toStdString());
    from.send(ack);
    if (id.isEmpty() || type == QLatin1String("sender") || type == QLatin1String("peer_msg") || type == QLatin1String("hist_sync"))
        return;
    const QString reader = from.deviceJid();
    qCDebug(lcSandboxRouter, "receipt %s type '%s' from %s to %s", qPrintable(id), qPrintable(type), qPrintable(reader),
            std::string(receipt.attributeOr("to", "")).c_str());
    const auto to = wa::binary::Jid::parse(receipt.attributeOr("to", ""));
    if (!to)
        return;
    const bool group = to->isGroup();
    const QString groupJid = group ? QString::fromStdString(to->toString()) : QString();

    if (type == QLatin1String("retry")) {
        // Only the device that sent the message can re-encrypt it.
        const QString target = canonicalDevice(group ? attr(receipt, "participant") : QString::fromStdString(to->toString()));
        if (target.isEmpty())
            return;
        Node r("receipt", {{"id", id.toStdString()}, {"type", "retry"}, {"t", now()}});
        r.addAttribute("from", group ? groupJid.toStdString() : reader.toStdString());
        if (group)
            r.addAttribute("participant", reader.toStdString());
        if (const std::string *recipient = receipt.attribute("recipient"))
            r.addAttribute("recipient", *recipient);
        for (const Node &child : receipt.children())
            r.addChild(child);
        deliver(target, r);
        return;
    }
    QString origin = m_origins.value(id);
    if (origin.isEmpty())
        origin = canonicalDevice(group ? attr(receipt, "participant") : QString::fromStdString(to->toString()));
    const QString senderUser = userOf(origin);
    if (senderUser.isEmpty())
        return;
    const QString readerUser = userOf(reader);
    // "inactive" is a delivery receipt from a device that is not in the foreground.
    const std::string relayed = type == QLatin1String("inactive") ? std::string() : type.toStdString();
    for (const QString &device : devicesOf(senderUser)) {
        if (device == reader)
            continue;
        Node r("receipt", {{"id", id.toStdString()}, {"t", receipt.hasAttribute("t") ? std::string(receipt.attributeOr("t", "")) : now()}});
        if (group) {
            r.addAttribute("from", groupJid.toStdString());
            r.addAttribute("participant", readerUser.toStdString());
        } else if (readerUser == senderUser) {
            continue; // our own devices' delivery of our own messages: nothing to tell
        } else {
            r.addAttribute("from", readerUser.toStdString());
        }
        if (!relayed.empty())
            r.addAttribute("type", relayed);
        if (const Node *list = receipt.child("list"))
            r.addChild(*list);
        qCDebug(lcSandboxRouter, "  relayed to %s", qPrintable(device));
        deliver(device, r);
    }
}

void Router::routeChatState(DeviceSession &from, const Node &chatstate)
{
    const QString to = userOf(attr(chatstate, "to"));
    if (to.isEmpty())
        return;
    Node relayed = chatstate;
    relayed.attributes().clear();
    relayed.addAttribute("from", userOf(from.deviceJid()).toStdString());
    // Typing is ephemeral: only devices online now see it, nothing is queued.
    for (const QString &device : devicesOf(to))
        if (DeviceSession *s = session(device))
            s->send(relayed);
}

} // namespace sandbox
