#include "wa/client/receiver.h"

#include "wa/bytes.h"
#include "wa/client/client.h"
#include "wa/client/sender.h"
#include "wa/client/stanzas.h"
#include "wa/message/padding.h"
#include "wa/signal/groupcipher.h"
#include "wa/signal/sessioncipher.h"
#include "wa/store/keygen.h"
#include "wa/store/prekeystore.h"
#include "wa/walogging.h"

#include <QDateTime>

namespace wa::client {

using binary::Node;

namespace {

QString attr(const Node &n, const char *key)
{
    return QString::fromStdString(std::string(n.attributeOr(key, "")));
}

QString userPart(const binary::Jid &jid)
{
    return QString::fromStdString(jid.toNonAd().toString());
}

// Nack codes (docs/wa-protocol.md §7.2).
constexpr int NackParsing = 487;
constexpr int NackInvalidProtobuf = 491;

} // namespace

MessageReceiver::MessageReceiver(Client &client) : m_client(client) {}

void MessageReceiver::acknowledge(const Node &node, int error)
{
    m_client.sendNode(buildAck(node, m_client.jid(), error));
}

void MessageReceiver::onMessage(const Node &node)
{
    const QString id = attr(node, "id");
    const auto from = binary::Jid::parse(node.attributeOr("from", ""));
    if (id.isEmpty() || !from) {
        qCInfo(lcWaClient, "dropping a message stanza without id or from");
        return acknowledge(node, NackParsing);
    }
    const bool isGroup = from->isGroup() || from->isBroadcast();
    const auto author = isGroup ? binary::Jid::parse(node.attributeOr("participant", "")) : from;
    if (!author || author->user.empty() || from->isStatusBroadcast() || from->isNewsletter())
        return acknowledge(node); // status updates and channels: not part of WaMulti's chats

    const QString authorUser = userPart(*author);
    const QString ownLid = m_client.lid();
    const bool fromMe = authorUser == m_client.ownUser()
        || (!ownLid.isEmpty() && authorUser == userPart(*binary::Jid::parse(ownLid.toStdString())));
    QString chat = isGroup ? userPart(*from) : authorUser;
    const QString recipient = attr(node, "recipient");
    if (!isGroup && fromMe && !recipient.isEmpty())
        chat = recipient;

    signal::StoreBridge *bridge = m_client.bridge();
    if (!bridge)
        return acknowledge(node, 500);
    const auto address = addressOf(*author);
    store::TransactionGuard tx(m_client.stores().transactions);
    if (!tx.ok()) {
        // Without a transaction the Signal state would change on its own: leave the message
        // unacknowledged, the server delivers it again.
        qCWarning(lcWaClient, "cannot open a store transaction; message %s stays unacknowledged", qPrintable(id));
        return;
    }
    std::optional<message::DecodedMessage> shown;
    bool sawEnc = false, duplicate = false, failed = false;
    int nack = 0;
    QString failure;
    for (const Node &enc : node.children()) {
        if (enc.tag() != "enc")
            continue;
        sawEnc = true;
        const std::string_view type = enc.attributeOr("type", "");
        signal::Result<QByteArray> plain = signal::Error{signal::ErrorCode::InvalidArgument, QStringLiteral("unsupported enc type"), 0};
        if (type == "pkmsg")
            plain = signal::SessionCipher(*bridge, address).decryptPreKeyMessage(enc.bytes());
        else if (type == "msg")
            plain = signal::SessionCipher(*bridge, address).decryptMessage(enc.bytes());
        else if (type == "skmsg")
            plain = signal::GroupCipher(*bridge, {chat, address}).decrypt(enc.bytes());
        else
            continue; // msmsg (bot secrets) and future types: nothing for us
        if (!plain) {
            if (plain.error().code == signal::ErrorCode::DuplicateMessage) {
                duplicate = true;
                continue;
            }
            failed = true;
            failure = plain.error().toString();
            break;
        }
        std::optional<QByteArray> unpadded = enc.attributeOr("v", "2") == "2" ? message::unpad(*plain) : std::optional(*plain);
        const auto decoded = unpadded ? message::decodeMessage(*unpadded) : std::nullopt;
        if (!decoded) {
            nack = NackInvalidProtobuf;
            failure = QStringLiteral("the plaintext is not a message");
            break;
        }
        if (!decoded->senderKeyDistribution.isEmpty() && !decoded->senderKeyGroupId.isEmpty()) {
            const auto processed = signal::GroupCipher(*bridge, {decoded->senderKeyGroupId, address})
                                       .processDistributionMessage(decoded->senderKeyDistribution);
            if (!processed)
                qCInfo(lcWaClient, "a sender key distribution did not apply: %s", qPrintable(processed.error().toString()));
        }
        if (!decoded->content.isEmpty())
            shown = decoded;
    }
    if (failed) {
        qCInfo(lcWaClient, "message %s did not decrypt: %s", qPrintable(id), qPrintable(failure));
        tx.rollback(); // before the retry receipt, which writes a fresh pre-key
        sendRetryReceipt(node, QString::fromStdString(author->toString()));
        return acknowledge(node);
    }
    if (nack) {
        qCInfo(lcWaClient, "message %s: %s", qPrintable(id), qPrintable(failure));
        tx.rollback();
        return acknowledge(node, nack);
    }
    IncomingMessage message;
    if (shown) {
        message.id = id;
        message.chat = chat;
        if (fromMe && !shown->deviceSentDestination.isEmpty()) {
            if (const auto dest = binary::Jid::parse(shown->deviceSentDestination.toStdString()))
                message.chat = userPart(*dest);
        }
        message.sender = QString::fromStdString(author->toString());
        message.senderUser = authorUser;
        message.fromMe = fromMe;
        message.isGroup = isGroup;
        message.timestamp = attr(node, "t").toLongLong();
        if (!message.timestamp)
            message.timestamp = QDateTime::currentSecsSinceEpoch();
        message.pushName = attr(node, "notify");
        message.content = shown->content;
        if (MessageSink *sink = m_client.stores().sink) {
            if (!sink->storeIncoming(message)) {
                qCWarning(lcWaClient, "could not store message %s; it stays unacknowledged", qPrintable(id));
                return; // rolled back; the server delivers it again
            }
        }
    }
    if (!tx.commit()) {
        qCWarning(lcWaClient, "could not commit message %s; it stays unacknowledged", qPrintable(id));
        return;
    }
    m_retryCounts.remove(id);
    acknowledge(node);
    if (sawEnc) {
        const QString category = attr(node, "category");
        const QString type = category == QLatin1String("peer") ? QStringLiteral("peer_msg")
                             : fromMe                          ? QStringLiteral("sender")
                                                               : QString();
        if (fromMe && !isGroup && !recipient.isEmpty())
            m_client.sendNode(buildReceipt(attr(node, "from"), {}, {id}, type, recipient)); // to our device
        else if (fromMe && !isGroup)
            m_client.sendNode(buildReceipt(attr(node, "from"), {}, {id}, type));
        else
            m_client.sendNode(buildReceipt(attr(node, "from"), attr(node, "participant"), {id}, type));
    }
    if (shown && !duplicate)
        Q_EMIT m_client.messageReceived(message);
}

void MessageReceiver::sendRetryReceipt(const Node &node, const QString &sender)
{
    const QString id = attr(node, "id");
    const int count = ++m_retryCounts[id];
    if (m_retryCounts.size() > 10000)
        m_retryCounts.clear();
    if (count > MaxRetryReceipts)
        return;
    const store::DeviceCredentials *device = m_client.device();
    if (!device)
        return;
    Node receipt("receipt", {{"id", id.toStdString()}, {"to", std::string(node.attributeOr("from", ""))}, {"type", "retry"}});
    if (const std::string *p = node.attribute("participant"))
        receipt.addAttribute("participant", *p);
    if (const std::string *r = node.attribute("recipient"))
        receipt.addAttribute("recipient", *r);
    receipt.addChild(Node("retry", {{"count", std::to_string(count)}, {"id", id.toStdString()},
                                    {"t", std::string(node.attributeOr("t", "0"))}, {"v", "1"}}));
    receipt.addChild(Node("registration", {}, bigEndianBytes(device->registrationId, 4)));
    if (count > 1) {
        // From the second try on, hand the sender fresh keys so it can start a new session.
        store::PreKeyStore *preKeys = m_client.stores().signal.preKeys;
        store::TransactionGuard tx(m_client.stores().transactions);
        const QList<store::PreKey> fresh = preKeys ? store::generatePreKeys(*preKeys, 1, crypto::systemRandom()) : QList<store::PreKey>{};
        if (!fresh.isEmpty() && tx.commit()) {
            const auto &spk = device->signedPreKey;
            std::vector<Node> keys{Node("type", {}, QByteArray(1, '\x05')), Node("identity", {}, device->identityKey.publicKey),
                                   Node("key", {}, std::vector<Node>{Node("id", {}, bigEndianBytes(fresh.first().id, 3)),
                                                                     Node("value", {}, fresh.first().keyPair.publicKey)}),
                                   Node("skey", {}, std::vector<Node>{Node("id", {}, bigEndianBytes(spk.id, 3)),
                                                                      Node("value", {}, spk.keyPair.publicKey),
                                                                      Node("signature", {}, spk.signature)})};
            if (device->account)
                keys.push_back(Node("device-identity", {}, device->account->signedDeviceIdentity));
            receipt.addChild(Node("keys", {}, std::move(keys)));
        }
    }
    Q_UNUSED(sender);
    m_client.sendNode(receipt);
}

void MessageReceiver::onReceipt(const Node &node)
{
    acknowledge(node);
    const QString type = attr(node, "type");
    if (type == QLatin1String("retry")) {
        m_client.sender()->onRetryReceipt(node);
        return;
    }
    QString status;
    bool aboutOurs = true;
    if (type.isEmpty() || type == QLatin1String("inactive"))
        status = QStringLiteral("delivered");
    else if (type == QLatin1String("read"))
        status = QStringLiteral("read");
    else if (type == QLatin1String("played"))
        status = QStringLiteral("played");
    else if (type == QLatin1String("read-self") || type == QLatin1String("played-self")) {
        status = type.startsWith(QLatin1String("read")) ? QStringLiteral("read") : QStringLiteral("played");
        aboutOurs = false; // we read it on another of our devices
    } else {
        return; // sender, peer_msg, hist_sync, server-error...: no status change of ours
    }
    const auto from = binary::Jid::parse(node.attributeOr("from", ""));
    if (!from)
        return;
    ReceiptUpdate update;
    update.ids << attr(node, "id");
    if (const Node *list = node.child("list"))
        for (const Node &item : list->children())
            if (item.tag() == "item" && item.hasAttribute("id"))
                update.ids << attr(item, "id");
    update.ids.removeAll(QString());
    const QString recipient = attr(node, "recipient");
    update.chat = from->isGroup() ? userPart(*from) : (!recipient.isEmpty() ? recipient : userPart(*from));
    if (const auto participant = binary::Jid::parse(node.attributeOr("participant", "")); participant && !participant->user.empty())
        update.participant = userPart(*participant);
    update.status = status;
    update.fromMe = aboutOurs;
    update.timestamp = attr(node, "t").toLongLong();
    if (!update.timestamp)
        update.timestamp = QDateTime::currentSecsSinceEpoch();
    if (update.ids.isEmpty())
        return;
    if (MessageSink *sink = m_client.stores().sink) {
        store::TransactionGuard tx(m_client.stores().transactions);
        if (!sink->storeReceipt(update) || !tx.commit())
            qCWarning(lcWaClient, "could not store a receipt");
    }
    Q_EMIT m_client.receiptReceived(update);
}

} // namespace wa::client
