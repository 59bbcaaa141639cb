#pragma once
// One client connection at the level of binary nodes: the Noise socket underneath, nodes encoded
// and decoded on the way, <iq> requests matched with their responses, keep-alive pings, and the
// server's ways of ending a session (<stream:error>, <failure>, <xmlstreamend/>) turned into one
// typed `disconnected` event. Pairing, login and messaging sit on top (wa::client).
#include "wa/binary/node.h"
#include "wa/connection/disconnect.h"
#include "wa/connection/iqtracker.h"
#include "wa/crypto/curve25519.h"
#include "wa/socket/certchain.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace wa::socket {
class NoiseSocket;
}

namespace wa::connection {

struct ConnectionOptions {
    QUrl url = QUrl(QStringLiteral("wss://web.whatsapp.com/ws/chat"));
    socket::CertPolicy certPolicy; // WhatsApp's root by default; the sandbox's in tests
    int handshakeTimeoutMs = 20000;
    int iqTimeoutMs = 60000;
    // A ping goes out every 20-30 s (random, as whatsmeow); when nothing at all arrived for the
    // interval plus the grace, the connection is considered lost (Baileys' rule).
    int keepAliveMinMs = 20000;
    int keepAliveMaxMs = 30000;
    int keepAliveGraceMs = 5000;
};

class NodeConnection : public QObject
{
    Q_OBJECT
public:
    explicit NodeConnection(ConnectionOptions options, QObject *parent = nullptr);
    ~NodeConnection() override;

    // Opens the WebSocket, runs the Noise handshake with `noiseKey` and sends `clientPayload`
    // (a serialised ClientPayload: registration or login) in ClientFinish.
    void open(const crypto::KeyPair &noiseKey, const QByteArray &clientPayload);
    bool send(const binary::Node &node);
    // Sends an <iq>, filling its id (and to="s.whatsapp.net" when absent); returns the id.
    QString sendIq(binary::Node iq, IqTracker::Callback callback, int timeoutMs = -1);
    // Local close: emits disconnected(connection_closed, "closed locally") once.
    void close();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void connected(); // handshake done; the server's <success> or <failure> comes next
    void nodeReceived(const wa::binary::Node &node);
    void disconnected(const wa::connection::Disconnect &why);

private:
    void onMessage(const QByteArray &plaintext);
    void onKeepAlive();
    void scheduleKeepAlive();
    void finish(const Disconnect &why);

    ConnectionOptions m_options;
    QPointer<socket::NoiseSocket> m_socket;
    IqTracker m_iqs;
    QTimer m_keepAlive;
    qint64 m_lastReceived = 0;
    int m_keepAliveInterval = 0;
    bool m_connected = false;
    bool m_finished = false;
};

} // namespace wa::connection

Q_DECLARE_METATYPE(wa::binary::Node)
