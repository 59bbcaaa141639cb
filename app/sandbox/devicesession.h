#pragma once
// One client connection to the sandbox: the Noise responder handshake, the client's payload, and
// the server's side of the conversation at the level of binary nodes. A registration gets a
// <pair-device> with QR refs (and may ask for a pairing code); a login of a linked device gets
// <success> (an unknown one <failure reason="401">); then IQs are answered (iqhandlers.cpp),
// messages and receipts go to the router, and acks clear the device's mailbox.
#include "wa/binary/node.h"
#include "wa/connection/clientpayload.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

class QWebSocket;

namespace wa::socket {
class NoiseSocket;
}

namespace sandbox {

class SandboxServer;

// What a registering device sent in link_code_companion_reg stage="companion_hello".
struct CompanionHelloRequest {
    QString phoneNumber; // digits
    QByteArray wrappedEphemeral;
    QByteArray noisePublicKey;
    QString ref;
};

class DeviceSession : public QObject
{
    Q_OBJECT
public:
    DeviceSession(QWebSocket *socket, SandboxServer &server, QObject *parent = nullptr);
    // A session without a network connection, logged in as device `device` of phone `number`
    // (fuzzing and tests of the node handlers): everything it would send is dropped.
    DeviceSession(SandboxServer &server, const QString &number, quint32 device, QObject *parent = nullptr);
    ~DeviceSession() override;

    // One node from the device, as the connection delivers it after decoding.
    void handleNode(const wa::binary::Node &node);

    bool send(const wa::binary::Node &node);
    void close(const char *why = "closed by the sandbox");
    const QStringList &refs() const { return m_refs; }
    std::optional<wa::connection::ParsedClientPayload> payload() const { return m_payload; }
    QByteArray clientNoiseKey() const; // the client's Noise static public key
    bool loggedIn() const { return m_loggedIn; }
    // "<number>@s.whatsapp.net" (the phone) or "<number>:<device>@s.whatsapp.net" once logged in.
    QString deviceJid() const { return m_deviceJid; }
    QString nextId() { return QString::number(++m_nextId); }

    // The phone scanned this device's QR (or the pairing code matched): send <pair-success> and
    // hand the companion's <pair-device-sign> identity (or the error it answered, or a timeout)
    // to `done`.
    using PairDone = std::function<void(const QByteArray &signedIdentity, const QString &error)>;
    void sendPairSuccess(const QByteArray &deviceIdentityHmac, const QString &jid, const QString &lid, PairDone done);
    // After a successful pairing: <stream:error code="515"/> and close, as the real server does.
    void requireRestart();
    // Fault injection: end the session with a stream error (515, 503, 401 device_removed,
    // 440 replaced, ...) or drop the socket without a word.
    void kick(int code);
    void drop();

    // Pairing by code: the hello this registering device sent, and the next companion_finish.
    const std::optional<CompanionHelloRequest> &companionHello() const { return m_hello; }
    void setCompanionHello(CompanionHelloRequest hello) { m_hello = std::move(hello); }
    using FinishHandler = std::function<void(const wa::binary::Node &finish)>;
    void expectCompanionFinish(FinishHandler handler) { m_onFinish = std::move(handler); }
    FinishHandler takeFinishHandler() { return std::exchange(m_onFinish, {}); }

Q_SIGNALS:
    void registered(const QStringList &refs); // a new device asked to pair; refs went out
    void loginRefused();
    void finished(); // the connection is gone (any reason); the server deletes the session

private:
    void onHandshake(const QByteArray &clientPayload);
    void onMessage(const QByteArray &plaintext);
    void onIqAnswer(const wa::binary::Node &iq);
    void login();
    void closeSoon(const char *why);

    SandboxServer &m_server;
    QPointer<wa::socket::NoiseSocket> m_noise;
    std::string m_pairIqId;
    PairDone m_pairDone;
    QTimer m_pairTimeout;
    bool m_loggedIn = false;
    QString m_deviceJid;
    std::optional<wa::connection::ParsedClientPayload> m_payload;
    std::optional<CompanionHelloRequest> m_hello;
    FinishHandler m_onFinish;
    QStringList m_refs;
    quint64 m_nextId = 0;
    bool m_finished = false;
};

} // namespace sandbox
