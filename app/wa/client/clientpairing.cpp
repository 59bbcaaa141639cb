// Client: linking (QR refs, pair-success), the end of connections, logout. See client.h.
#include "wa/client/client.h"

#include "wa/client/pairingcodeflow.h"
#include "wa/client/pairingqrrotation.h"
#include "wa/client/pairingsuccess.h"
#include "wa/client/sender.h"
#include "wa/walogging.h"

#include <QRandomGenerator>

namespace wa::client {

using binary::Node;

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
        sendNode(Node("iq", {{"to", "s.whatsapp.net"}, {"type", "error"}, {"id", id}},
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
    if (!m_stores.credentials->saveCredentials(*m_device)) {
        refuse("internal-error");
        return;
    }
    Node reply("iq", {{"to", "s.whatsapp.net"}, {"type", "result"}, {"id", id}},
               std::vector<Node>{Node("pair-device-sign", {},
                                      std::vector<Node>{Node("device-identity",
                                                             {{"key-index", std::to_string(result.value().identity.keyIndex)}},
                                                             result.value().replyIdentity)})});
    sendNode(reply);
    if (m_rotation)
        m_rotation->deleteLater();
    m_qr.clear();
    m_pairingCode.reset();
    Q_EMIT paired(account.jid, account.lid, account.platform);
}

void Client::onDisconnected(const connection::Disconnect &why)
{
    if (m_rotation)
        m_rotation->deleteLater();
    m_qr.clear();
    m_pairingCode.reset();
    m_sender->connectionLost();
    if (m_wiping)
        return;
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
    m_stores.credentials->clearCredentials();
    m_device.reset();
    m_bridge.reset();
    m_signal.reset();
    m_sender->devices().clear();
    m_groups->clear();
    if (m_connection) {
        m_wiping = true;
        m_connection->close();
        m_wiping = false;
    }
    setState(State::LoggedOut);
    Q_EMIT loggedOut(reason);
}

} // namespace wa::client
