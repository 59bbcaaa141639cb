#include "wa/client/client.h"

#include "wa/client/pairingqrrotation.h"
#include "wa/client/pairingsuccess.h"
#include "wa/binary/jid.h"
#include "wa/bytes.h"
#include "wa/store/credentialstore.h"
#include "wa/store/prekeystore.h"
#include "wa/store/keygen.h"
#include "wa/walogging.h"

#include <QRandomGenerator>

namespace wa::client {

using binary::Node;

Client::Client(ClientConfig config, store::CredentialStore *credentials, store::PreKeyStore *preKeys, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_credentials(credentials), m_preKeys(preKeys)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Client::connectNow);
}

Client::~Client()
{
    m_running = false;
    delete m_connection;
}

QString Client::jid() const
{
    return m_device && m_device->account ? m_device->account->jid : QString();
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

void Client::connectNow()
{
    if (!m_running)
        return;
    m_device = m_credentials->loadCredentials();
    if (!m_device || !m_device->isValid()) {
        m_device = store::generateDeviceCredentials(crypto::systemRandom());
        if (!m_device || !m_credentials->saveCredentials(*m_device)) {
            qCWarning(lcWaClient, "cannot create or store the device credentials");
            m_running = false;
            setState(State::Stopped);
            return;
        }
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

void Client::ackIq(const Node &iq)
{
    m_connection->send(Node("iq", {{"to", "s.whatsapp.net"}, {"type", "result"}, {"id", std::string(iq.attributeOr("id", ""))}}));
}

void Client::onNode(const Node &node)
{
    if (node.tag() == "iq" && node.attributeOr("type", "") == "set") {
        if (node.child("pair-device"))
            return onPairDevice(node);
        if (node.child("pair-success"))
            return onPairSuccess(node);
    }
    if (node.tag() == "success") {
        m_attempt = 0;
        m_qr.clear();
        setState(State::Connected);
        // Go active: offline messages start flowing after this (they are handled by the
        // messaging layer, in its own issue).
        checkPreKeys();
        m_connection->sendIq(Node("iq", {{"xmlns", "passive"}, {"type", "set"}}, std::vector<Node>{Node("active", {})}),
                             [](const connection::IqResponse &) {});
        Q_EMIT connected(jid());
        return;
    }
    if (node.tag() == "notification" && node.attributeOr("type", "") == "encrypt") {
        // <notification type="encrypt"><count value="N"/></notification>: the server runs low.
        m_connection->send(Node("ack", {{"class", "notification"}, {"id", std::string(node.attributeOr("id", ""))},
                                        {"to", std::string(node.attributeOr("from", "s.whatsapp.net"))},
                                        {"type", "encrypt"}}));
        const Node *count = node.child("count");
        if (count && QByteArray::fromStdString(std::string(count->attributeOr("value", "0"))).toInt() < MinPreKeyCount)
            uploadPreKeys(WantedPreKeyCount);
    }
}

void Client::checkPreKeys()
{
    if (!m_preKeys)
        return;
    m_connection->sendIq(Node("iq", {{"xmlns", "encrypt"}, {"type", "get"}}, std::vector<Node>{Node("count", {})}),
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
    if (!m_preKeys || !m_device || !m_connection)
        return;
    const QList<store::PreKey> keys = store::generatePreKeys(*m_preKeys, count, crypto::systemRandom());
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
    m_connection->sendIq(upload, [this, uploaded](const connection::IqResponse &r) {
        if (r.ok())
            Q_EMIT preKeysUploaded(uploaded);
        else
            qCWarning(lcWaClient, "prekey upload refused: %d %s", r.errorCode, qPrintable(r.errorText));
    });
}

void Client::onPairDevice(const Node &iq)
{
    ackIq(iq);
    QStringList refs;
    for (const Node &ref : iq.child("pair-device")->children())
        if (ref.tag() == "ref")
            refs << QString::fromUtf8(ref.toByteArray());
    QrKeys keys{m_device->noiseKey.publicKey, m_device->identityKey.publicKey, m_device->advSecretKey};
    delete m_rotation;
    m_rotation = new PairingQrRotation(refs, keys, companionPlatformId(CompanionWebClient::Chrome), this);
    QrTiming timing;
    timing.first = std::chrono::milliseconds(m_config.qrFirstLifetimeMs);
    timing.next = std::chrono::milliseconds(m_config.qrNextLifetimeMs);
    m_rotation->setTiming(timing);
    connect(m_rotation, &PairingQrRotation::qrChanged, this, [this](const QString &qr) {
        m_qr = qr;
        setState(State::WaitingForScan);
        Q_EMIT qrChanged(qr);
    });
    connect(m_rotation, &PairingQrRotation::refsExhausted, this, [this] {
        // Nobody scanned in time: reconnect for fresh refs (the server gives new ones per connect).
        m_qr.clear();
        if (m_connection)
            m_connection->close();
    });
    m_rotation->start();
}

void Client::onPairSuccess(const Node &iq)
{
    const Node *success = iq.child("pair-success");
    const Node *identity = success->child("device-identity");
    const Node *device = success->child("device");
    const Node *platform = success->child("platform");
    const std::string id(iq.attributeOr("id", ""));
    auto refuse = [&](const char *text) {
        m_connection->send(Node("iq", {{"to", "s.whatsapp.net"}, {"type", "error"}, {"id", id}},
                                std::vector<Node>{Node("error", {{"code", "401"}, {"text", text}})}));
    };
    if (!identity || !device) {
        refuse("missing-device-identity");
        return;
    }
    const auto result = processPairSuccess(identity->bytes(), m_device->advSecretKey, m_device->identityKey);
    if (!result) {
        qCWarning(lcWaClient, "refusing pair-success: %s", pairingErrorCodeName(result.error().code));
        refuse(result.error().code == PairingErrorCode::HmacMismatch ? "hmac-mismatch" : "signature-mismatch");
        return;
    }
    store::AccountInfo account;
    account.jid = QString::fromStdString(std::string(device->attributeOr("jid", "")));
    account.lid = QString::fromStdString(std::string(device->attributeOr("lid", "")));
    account.platform = platform ? QString::fromStdString(std::string(platform->attributeOr("name", ""))) : QString();
    account.signedDeviceIdentity = result.value().signedIdentity;
    m_device->account = account;
    // Committed before we answer: if we die now, the next start logs in with these credentials.
    if (!m_credentials->saveCredentials(*m_device)) {
        refuse("internal-error");
        return;
    }
    Node reply("iq", {{"to", "s.whatsapp.net"}, {"type", "result"}, {"id", id}},
               std::vector<Node>{Node("pair-device-sign", {},
                                      std::vector<Node>{Node("device-identity",
                                                             {{"key-index", std::to_string(result.value().identity.keyIndex)}},
                                                             result.value().replyIdentity)})});
    m_connection->send(reply);
    if (m_rotation)
        m_rotation->deleteLater();
    m_qr.clear();
    Q_EMIT paired(account.jid, account.lid, account.platform);
}

void Client::onDisconnected(const connection::Disconnect &why)
{
    if (m_rotation)
        m_rotation->deleteLater();
    m_qr.clear();
    if (why.loggedOut) {
        wipe(why.name);
        return;
    }
    const bool running = m_running;
    const auto delay = running ? m_config.reconnect.delayMs(why, ++m_attempt, QRandomGenerator::global()->generateDouble())
                               : std::nullopt;
    Q_EMIT disconnected(why, delay.has_value());
    if (!delay) {
        m_running = false;
        setState(State::Stopped);
        return;
    }
    setState(State::Connecting);
    m_retry.start(*delay);
}

void Client::logout()
{
    if (m_connection && m_connection->isConnected() && m_device && m_device->account) {
        m_connection->sendIq(Node("iq", {{"xmlns", "md"}, {"type", "set"}},
                                  std::vector<Node>{Node("remove-companion-device",
                                                         {{"jid", m_device->account->jid.toStdString()},
                                                          {"reason", "user_initiated"}})}),
                             [](const connection::IqResponse &) {}, 5000);
    }
    wipe(QStringLiteral("user_initiated"));
}

void Client::wipe(const QString &reason)
{
    m_running = false;
    m_retry.stop();
    m_credentials->clearCredentials();
    m_device.reset();
    if (m_connection)
        m_connection->close();
    setState(State::LoggedOut);
    Q_EMIT loggedOut(reason);
}

} // namespace wa::client
