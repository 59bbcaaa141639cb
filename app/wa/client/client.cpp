#include "wa/client/client.h"

#include "wa/client/mediatransfer.h"
#include "wa/client/pairingcode.h"
#include "wa/client/pairingcodeflow.h"
#include "wa/client/pairingqrrotation.h"
#include "wa/client/pairingsuccess.h"
#include "wa/client/receiver.h"
#include "wa/client/sender.h"
#include "wa/binary/jid.h"
#include "wa/bytes.h"
#include "wa/signal/context.h"
#include "wa/signal/storebridge.h"
#include "wa/store/keygen.h"
#include "wa/walogging.h"

#include <QRandomGenerator>

namespace wa::client {

using binary::Node;

Client::Client(ClientConfig config, ClientStores stores, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_stores(stores),
      m_sender(std::make_unique<MessageSender>(*this)), m_receiver(std::make_unique<MessageReceiver>(*this)),
      m_groups(std::make_unique<GroupDirectory>(*this)), m_media(std::make_unique<MediaTransfer>(*this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Client::connectNow);
}

Client::~Client()
{
    m_running = false;
    delete m_connection; // fails pending IQs while the parts that wait for them still exist
    m_sender->connectionLost();
}

QString Client::jid() const
{
    return m_device && m_device->account ? m_device->account->jid : QString();
}

QString Client::lid() const
{
    return m_device && m_device->account ? m_device->account->lid : QString();
}

QString Client::ownUser() const
{
    const auto me = binary::Jid::parse(jid().toStdString());
    return me ? QString::fromStdString(me->toNonAd().toString()) : QString();
}

void Client::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Client::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void Client::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_rotation)
        m_rotation->deleteLater();
    if (m_connection)
        m_connection->close();
    setState(State::Stopped);
}

bool Client::loadDevice()
{
    m_device = m_stores.credentials->loadCredentials();
    if (!m_device || !m_device->isValid()) {
        m_device = store::generateDeviceCredentials(crypto::systemRandom());
        if (!m_device || !m_stores.credentials->saveCredentials(*m_device))
            return false;
    }
    // libsignal finds our signed pre-key in the signed pre-key store.
    store::SignedPreKeyStore *signedPreKeys = m_stores.signal.signedPreKeys;
    if (signedPreKeys && !signedPreKeys->containsSignedPreKey(m_device->signedPreKey.id)
        && !signedPreKeys->storeSignedPreKey(m_device->signedPreKey))
        return false;
    if (!m_bridge && m_stores.signal.isComplete()) {
        m_signal = std::make_unique<signal::Context>();
        m_bridge = std::make_unique<signal::StoreBridge>(*m_signal, signal::LocalIdentity{m_device->identityKey, m_device->registrationId},
                                                         m_stores.signal);
        if (!m_bridge->isValid())
            m_bridge.reset();
    }
    return true;
}

void Client::connectNow()
{
    if (!m_running)
        return;
    if (!loadDevice()) {
        qCWarning(lcWaClient, "cannot create or store the device credentials");
        m_running = false;
        m_state = State::Stopped; // said even if it was never left: whoever asked to start hears it failed
        Q_EMIT stateChanged(m_state);
        return;
    }
    QByteArray payload;
    if (m_device->account) {
        const auto me = binary::Jid::parse(m_device->account->jid.toStdString());
        payload = connection::buildLoginPayload(m_config.identity, me ? QByteArray::fromStdString(me->user).toULongLong() : 0,
                                                me ? me->device : 0);
        setState(State::LoggingIn);
    } else {
        connection::RegistrationKeys keys;
        keys.registrationId = m_device->registrationId;
        keys.identityPublicKey = m_device->identityKey.publicKey;
        keys.signedPreKeyId = m_device->signedPreKey.id;
        keys.signedPreKeyPublicKey = m_device->signedPreKey.keyPair.publicKey;
        keys.signedPreKeySignature = m_device->signedPreKey.signature;
        payload = connection::buildRegistrationPayload(m_config.identity, keys);
        setState(State::Connecting);
    }
    delete m_connection;
    m_connection = new connection::NodeConnection(m_config.connection, this);
    connect(m_connection, &connection::NodeConnection::nodeReceived, this, &Client::onNode);
    connect(m_connection, &connection::NodeConnection::disconnected, this, &Client::onDisconnected);
    m_connection->open(m_device->noiseKey, payload);
}

bool Client::sendNode(const Node &node)
{
    return m_connection && m_connection->isConnected() && m_connection->send(node);
}

void Client::sendIq(Node iq, connection::IqTracker::Callback callback, int timeoutMs)
{
    if (!m_connection || !m_connection->isConnected()) {
        connection::IqResponse r;
        r.kind = connection::IqResponse::Kind::Disconnected;
        r.errorText = QStringLiteral("not connected");
        return callback(r);
    }
    m_connection->sendIq(std::move(iq), std::move(callback), timeoutMs);
}

void Client::ackIq(const Node &iq)
{
    sendNode(Node("iq", {{"to", "s.whatsapp.net"}, {"type", "result"}, {"id", std::string(iq.attributeOr("id", ""))}}));
}

void Client::onNode(const Node &node)
{
    const std::string &tag = node.tag();
    if (tag == "message")
        return m_receiver->onMessage(node);
    if (tag == "receipt")
        return m_receiver->onReceipt(node);
    if (tag == "ack") {
        if (node.attributeOr("class", "") == "message")
            m_sender->onAck(node);
        return;
    }
    if (tag == "notification")
        return onNotification(node);
    if (tag == "call") {
        sendNode(Node("ack", {{"class", "call"}, {"id", std::string(node.attributeOr("id", ""))},
                              {"to", std::string(node.attributeOr("from", ""))}}));
        return;
    }
    if (tag == "iq" && node.attributeOr("type", "") == "set") {
        if (node.child("pair-device"))
            return onPairDevice(node);
        if (node.child("pair-success"))
            return onPairSuccess(node);
    }
    if (tag == "success") {
        m_attempt = 0;
        m_qr.clear();
        m_pairingCode.reset();
        if (const std::string *lid = node.attribute("lid"); lid && m_device && m_device->account && m_device->account->lid.isEmpty()) {
            m_device->account->lid = QString::fromStdString(*lid);
            m_stores.credentials->saveCredentials(*m_device);
        }
        setState(State::Connected);
        checkPreKeys();
        // Go active: offline messages start flowing after this.
        sendIq(Node("iq", {{"xmlns", "passive"}, {"type", "set"}}, std::vector<Node>{Node("active", {})}),
               [](const connection::IqResponse &) {});
        Q_EMIT connected(jid());
    }
}

void Client::onNotification(const Node &node)
{
    Node ack("ack", {{"class", "notification"}, {"id", std::string(node.attributeOr("id", ""))},
                     {"to", std::string(node.attributeOr("from", "s.whatsapp.net"))}});
    if (const std::string *type = node.attribute("type"))
        ack.addAttribute("type", *type);
    if (const std::string *participant = node.attribute("participant"))
        ack.addAttribute("participant", *participant);
    const std::string_view type = node.attributeOr("type", "");
    const auto from = binary::Jid::parse(node.attributeOr("from", ""));
    if (type == "encrypt") {
        // <count value="N"/>: the server runs low on our pre-keys; <identity/>: a contact reinstalled.
        if (const Node *count = node.child("count");
            count && QByteArray::fromStdString(std::string(count->attributeOr("value", "0"))).toInt() < MinPreKeyCount)
            uploadPreKeys(WantedPreKeyCount);
        if (node.child("identity") && from && !from->user.empty() && m_stores.signal.sessions) {
            m_stores.signal.sessions->deleteAllSessions(QString::fromStdString(from->user));
            m_sender->devices().invalidate(QString::fromStdString(from->toNonAd().toString()));
        }
    } else if (type == "devices" && from) {
        m_sender->devices().invalidate(QString::fromStdString(from->toNonAd().toString()));
    } else if (type == "w:gp2" && from) {
        m_groups->invalidate(QString::fromStdString(from->toNonAd().toString()));
        m_sender->forgetSenderKeyMemory(QString::fromStdString(from->toNonAd().toString()));
    } else if (type == "link_code_companion_reg" && m_pairingCode && m_device) {
        QString error;
        const auto finish = m_pairingCode->finish(node, m_device->identityKey, &error);
        if (!finish) {
            qCWarning(lcWaClient, "pairing by code failed: %s", qPrintable(error));
            Q_EMIT pairingCodeFailed(error);
        } else {
            // The pair-success that follows is checked with the secret both sides derived.
            m_device->advSecretKey = finish->advSecret;
            m_stores.credentials->saveCredentials(*m_device);
            sendIq(finish->iq, [this](const connection::IqResponse &r) {
                if (!r.ok())
                    Q_EMIT pairingCodeFailed(QStringLiteral("the server refused companion_finish: %1").arg(r.errorText));
            });
        }
    }
    sendNode(ack);
}

void Client::requestPairingCode(const QString &phoneNumber)
{
    const bool digits = !phoneNumber.isEmpty() && std::all_of(phoneNumber.begin(), phoneNumber.end(), [](QChar c) { return c.isDigit(); });
    if (!digits || phoneNumber.size() < 6 || phoneNumber.size() > 15)
        return Q_EMIT pairingCodeFailed(QStringLiteral("the phone number must be 6-15 digits with country code"));
    if (m_state != State::WaitingForScan || !m_device)
        return Q_EMIT pairingCodeFailed(QStringLiteral("pairing is only possible while the device waits to be linked"));
    const auto ephemeral = crypto::generateKeyPair();
    m_pairingCode = std::make_unique<PairingCodeFlow>(phoneNumber, generatePairingCode(), ephemeral);
    const auto hello = m_pairingCode->hello(m_device->noiseKey.publicKey, companionPlatformId(CompanionWebClient::Chrome),
                                            m_config.identity.osName.isEmpty() ? QStringLiteral("Chrome (Linux)")
                                                                               : QStringLiteral("Chrome (%1)").arg(m_config.identity.osName));
    if (!hello)
        return Q_EMIT pairingCodeFailed(QStringLiteral("cannot build the pairing request"));
    const QString code = m_pairingCode->code();
    sendIq(*hello, [this, code](const connection::IqResponse &r) {
        if (!r.ok())
            return Q_EMIT pairingCodeFailed(QStringLiteral("the server refused the pairing code request: %1 %2").arg(r.errorCode).arg(r.errorText));
        Q_EMIT pairingCodeReady(code);
    });
}

void Client::checkPreKeys()
{
    if (!m_stores.signal.preKeys)
        return;
    sendIq(Node("iq", {{"xmlns", "encrypt"}, {"type", "get"}}, std::vector<Node>{Node("count", {})}),
           [this](const connection::IqResponse &r) {
               if (!r.ok())
                   return;
               const Node *count = r.node.child("count");
               const int onServer = count ? QByteArray::fromStdString(std::string(count->attributeOr("value", "0"))).toInt() : 0;
               if (onServer < MinPreKeyCount)
                   uploadPreKeys(WantedPreKeyCount);
           });
}

void Client::uploadPreKeys(int count)
{
    store::PreKeyStore *preKeys = m_stores.signal.preKeys;
    if (!preKeys || !m_device || !m_connection)
        return;
    const QList<store::PreKey> keys = store::generatePreKeys(*preKeys, count, crypto::systemRandom());
    if (keys.isEmpty()) {
        qCWarning(lcWaClient, "cannot generate prekeys");
        return;
    }
    std::vector<Node> list;
    for (const store::PreKey &k : keys)
        list.push_back(Node("key", {}, std::vector<Node>{Node("id", {}, bigEndianBytes(k.id, 3)),
                                                         Node("value", {}, k.keyPair.publicKey)}));
    const auto &spk = m_device->signedPreKey;
    Node upload("iq", {{"xmlns", "encrypt"}, {"type", "set"}},
                std::vector<Node>{
                    Node("registration", {}, bigEndianBytes(m_device->registrationId, 4)),
                    Node("type", {}, QByteArray(1, '\x05')),
                    Node("identity", {}, m_device->identityKey.publicKey),
                    Node("list", {}, std::move(list)),
                    Node("skey", {}, std::vector<Node>{Node("id", {}, bigEndianBytes(spk.id, 3)),
                                                       Node("value", {}, spk.keyPair.publicKey),
                                                       Node("signature", {}, spk.signature)})});
    const int uploaded = int(keys.size());
    sendIq(upload, [this, uploaded](const connection::IqResponse &r) {
        if (r.ok())
            Q_EMIT preKeysUploaded(uploaded);
        else
            qCWarning(lcWaClient, "prekey upload refused: %d %s", r.errorCode, qPrintable(r.errorText));
    });
}

} // namespace wa::client
