#include "wa/client/stanzas.h"

#include "wa/crypto/digest.h"

namespace wa::client {

using binary::Node;

Node buildAck(const Node &received, const QString &ownJid, int error)
{
    Node ack("ack", {{"class", received.tag()},
                     {"id", std::string(received.attributeOr("id", ""))},
                     {"to", std::string(received.attributeOr("from", ""))}});
    for (const char *key : {"participant", "recipient", "type"})
        if (const std::string *v = received.attribute(key))
            ack.addAttribute(key, *v);
    if (error)
        ack.addAttribute("error", std::to_string(error));
    if (received.tag() == "message" && !ownJid.isEmpty())
        ack.addAttribute("from", ownJid.toStdString());
    return ack;
}

Node buildReceipt(const QString &to, const QString &participant, const QStringList &ids, const QString &type,
                  const QString &recipient, qint64 timestamp)
{
    Node receipt("receipt", {{"id", ids.value(0).toStdString()}, {"to", to.toStdString()}});
    if (!participant.isEmpty())
        receipt.addAttribute("participant", participant.toStdString());
    if (!recipient.isEmpty())
        receipt.addAttribute("recipient", recipient.toStdString());
    if (!type.isEmpty())
        receipt.addAttribute("type", type.toStdString());
    if (timestamp)
        receipt.addAttribute("t", std::to_string(timestamp));
    if (ids.size() > 1) {
        std::vector<Node> items;
        for (qsizetype i = 1; i < ids.size(); ++i)
            items.push_back(Node("item", {{"id", ids[i].toStdString()}}));
        receipt.addChild(Node("list", {}, std::move(items)));
    }
    return receipt;
}

store::ProtocolAddress addressOf(const binary::Jid &jid)
{
    return store::ProtocolAddress::fromJidParts(QString::fromStdString(jid.user), jid.domainType(), jid.device);
}

std::optional<store::ProtocolAddress> addressOf(const QString &jid)
{
    const auto parsed = binary::Jid::parse(jid.toStdString());
    if (!parsed || parsed->user.empty())
        return std::nullopt;
    return addressOf(*parsed);
}

QString participantHash(QStringList deviceJids)
{
    deviceJids.sort();
    const QByteArray digest = crypto::sha256(deviceJids.join(QString()).toUtf8());
    return QStringLiteral("2:") + QString::fromLatin1(digest.toBase64().left(6));
}

QString deviceJid(const QString &userJid, quint32 device)
{
    if (device == 0)
        return userJid;
    const qsizetype at = userJid.indexOf(QLatin1Char('@'));
    return userJid.left(at) + QLatin1Char(':') + QString::number(device) + userJid.mid(at);
}

} // namespace wa::client
