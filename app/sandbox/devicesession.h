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

class QWebSocket;

namespace wa::socket {
class NoiseSocket;
}

namespace sandbox {

struct SandboxKeys;

class DeviceSession : public QObject
{
    Q_OBJECT
public:
    DeviceSession(QWebSocket *socket, const SandboxKeys &keys, QObject *parent = nullptr);
    ~DeviceSession() override;

    bool send(const wa::binary::Node &node);
    void close();
    const QStringList &refs() const { return m_refs; }
    std::optional<wa::connection::ParsedClientPayload> payload() const { return m_payload; }

Q_SIGNALS:
    void registered(const QStringList &refs); // a new device asked to pair; refs went out
    void loginRefused();
    void finished(); // the connection is gone (any reason); the server deletes the session

private:
    void onHandshake(const QByteArray &clientPayload);
    void onMessage(const QByteArray &plaintext);
    void answerIq(const wa::binary::Node &iq);

    QPointer<wa::socket::NoiseSocket> m_noise;
    std::optional<wa::connection::ParsedClientPayload> m_payload;
    QStringList m_refs;
    quint64 m_nextId = 0;
    bool m_finished = false;
};

} // namespace sandbox
