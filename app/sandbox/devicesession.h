#pragma once
// One client connection to the sandbox: the Noise responder handshake, the client's payload, and
// the server's side of the conversation at the level of binary nodes. Today: registration gets a
// <pair-device> with QR refs (rotated by the client), login of an unknown device gets
// <failure reason="401">, pings and the minimal post-login IQs are answered. Phones that scan,
// message routing, groups and media come in later steps of the sandbox issue.
#include "wa/binary/node.h"
#include "wa/connection/clientpayload.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>

class QWebSocket;

namespace wa::socket {
class NoiseSocket;
}

namespace sandbox {

struct SandboxKeys;
class PhoneBook;

class DeviceSession : public QObject
{
    Q_OBJECT
public:
    DeviceSession(QWebSocket *socket, const SandboxKeys &keys, PhoneBook *phones, QObject *parent = nullptr);
    ~DeviceSession() override;

    bool send(const wa::binary::Node &node);
    void close();
    const QStringList &refs() const { return m_refs; }
    std::optional<wa::connection::ParsedClientPayload> payload() const { return m_payload; }
    QByteArray clientNoiseKey() const; // the client's Noise static public key
    bool loggedIn() const { return m_loggedIn; }

    // The phone scanned this device's QR: send <pair-success> and hand the companion's
    // <pair-device-sign> identity (or the error it answered, or a timeout) to `done`.
    using PairDone = std::function<void(const QByteArray &signedIdentity, const QString &error)>;
    void sendPairSuccess(const QByteArray &deviceIdentityHmac, const QString &jid, const QString &lid, PairDone done);
    // After a successful pairing: <stream:error code="515"/> and close, as the real server does.
    void requireRestart();
    // Fault injection: end the session with a stream error (515, 503, 401 device_removed,
    // 440 replaced, ...) or drop the socket without a word.
    void kick(int code);
    void drop();
    // "<user>:<device>@s.whatsapp.net" of a logged-in device, else empty.
    QString deviceJid() const;

Q_SIGNALS:
    void registered(const QStringList &refs); // a new device asked to pair; refs went out
    void loginRefused();
    void finished(); // the connection is gone (any reason); the server deletes the session

private:
    void onHandshake(const QByteArray &clientPayload);
    void onMessage(const QByteArray &plaintext);
    void answerIq(const wa::binary::Node &iq);

    void onIqAnswer(const wa::binary::Node &iq);
    void login();

    PhoneBook *m_phones;
    void storePreKeys(const wa::binary::Node &iq);
    QPointer<wa::socket::NoiseSocket> m_noise;
    std::string m_pairIqId;
    PairDone m_pairDone;
    QTimer m_pairTimeout;
    bool m_loggedIn = false;
    std::optional<wa::connection::ParsedClientPayload> m_payload;
    QStringList m_refs;
    quint64 m_nextId = 0;
    bool m_finished = false;
};

} // namespace sandbox
