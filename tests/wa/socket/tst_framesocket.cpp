// FrameSocket and NoiseSocket over real WebSockets on 127.0.0.1: Origin header, the header
// glued once, reassembly of frames split over or packed into WebSocket messages, the size cap,
// and a full Noise handshake + transport between our initiator and our responder.
#include "wa/crypto/curve25519.h"
#include "wa/socket/certchain.h"
#include "wa/socket/framesocket.h"
#include "wa/socket/framing.h"
#include "wa/socket/noisesocket.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace wa;
using namespace wa::socket;

namespace {

QByteArray frame(const QByteArray &payload)
{
    return *FrameEncoder().encode(payload);
}

} // namespace

class TestFrameSocket : public QObject
{
    Q_OBJECT

private:
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_accepted;

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/chat").arg(m_server->serverPort())); }

    QWebSocket *acceptOne()
    {
        if (!QTest::qWaitFor([this] { return m_server->hasPendingConnections(); }, 5000))
            return nullptr;
        QWebSocket *socket = m_server->nextPendingConnection();
        m_accepted.append(socket);
        return socket;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new QWebSocketServer(QStringLiteral("test"), QWebSocketServer::NonSecureMode, this);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        qDeleteAll(m_accepted);
        m_accepted.clear();
        delete m_server;
        m_server = nullptr;
    }

    void clientSendsOriginAndHeaderOnce()
    {
        FrameSocket client;
        QSignalSpy connected(&client, &FrameSocket::connected);
        client.open(url());
        QWebSocket *peer = acceptOne();
        QVERIFY(peer);
        QCOMPARE(peer->origin(), QStringLiteral("https://web.whatsapp.com"));
        QVERIFY(connected.wait(5000) || connected.count() == 1);
        QSignalSpy messages(peer, &QWebSocket::binaryMessageReceived);
        QVERIFY(client.sendFrame("first").ok());
        QVERIFY(client.sendFrame("second").ok());
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 2, 5000);
        QCOMPARE(messages.at(0).at(0).toByteArray(), connectionHeader() + frame("first"));
        QCOMPARE(messages.at(1).at(0).toByteArray(), frame("second"));
    }

    void reassemblesAcrossMessages()
    {
        FrameSocket client;
        QSignalSpy connected(&client, &FrameSocket::connected);
        QSignalSpy frames(&client, &FrameSocket::frameReceived);
        client.open(url());
        QWebSocket *peer = acceptOne();
        QVERIFY(peer);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
        const QByteArray big = frame(QByteArray(1000, 'b'));
        peer->sendBinaryMessage(frame("a") + frame("") + big.first(10));
        peer->sendBinaryMessage(big.mid(10, 500));
        peer->sendBinaryMessage(big.mid(510) + frame("c").first(2));
        peer->sendBinaryMessage(frame("c").mid(2));
        QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 4, 5000);
        QCOMPARE(frames.at(0).at(0).toByteArray(), QByteArray("a"));
        QCOMPARE(frames.at(1).at(0).toByteArray(), QByteArray());
        QCOMPARE(frames.at(2).at(0).toByteArray(), QByteArray(1000, 'b'));
        QCOMPARE(frames.at(3).at(0).toByteArray(), QByteArray("c"));
    }

    void oversizedFrameClosesConnection()
    {
        FrameSocket client;
        client.setMaxFrameSize(16);
        QSignalSpy connected(&client, &FrameSocket::connected);
        QSignalSpy disconnected(&client, &FrameSocket::disconnected);
        client.open(url());
        QWebSocket *peer = acceptOne();
        QVERIFY(peer);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
        QSignalSpy peerClosed(peer, &QWebSocket::disconnected);
        peer->sendBinaryMessage(frame(QByteArray(17, 'x')));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
        QCOMPARE(disconnected.at(0).at(0).value<Error>().code, ErrorCode::FrameTooLarge);
        QVERIFY(!client.isOpen());
        QVERIFY(!client.sendFrame("late").ok());
        QTRY_COMPARE_WITH_TIMEOUT(peerClosed.count(), 1, 5000);
        QCOMPARE(disconnected.count(), 1);
    }

    void serverRoleRejectsMissingHeader()
    {
        QWebSocket raw;
        raw.open(url());
        QWebSocket *accepted = acceptOne();
        QVERIFY(accepted);
        m_accepted.removeOne(accepted);
        FrameSocket server(FrameSocket::Role::Server);
        QSignalSpy frames(&server, &FrameSocket::frameReceived);
        QSignalSpy disconnected(&server, &FrameSocket::disconnected);
        server.attach(accepted);
        QTRY_COMPARE_WITH_TIMEOUT(int(raw.state()), int(QAbstractSocket::ConnectedState), 5000);
        QSignalSpy rawClosed(&raw, &QWebSocket::disconnected);
        raw.sendBinaryMessage(frame("no header"));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
        QCOMPARE(disconnected.at(0).at(0).value<Error>().code, ErrorCode::BadHeader);
        QCOMPARE(frames.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rawClosed.count(), 1, 5000);
        QCOMPARE(raw.closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
    }

    void refusedConnectionReportsFailure()
    {
        const quint16 port = m_server->serverPort();
        m_server->close();
        FrameSocket client;
        QSignalSpy disconnected(&client, &FrameSocket::disconnected);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/chat").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
        QCOMPARE(disconnected.at(0).at(0).value<Error>().code, ErrorCode::ConnectionFailed);
    }

    void noiseHandshakeOverLoopback()
    {
        crypto::DeterministicRandom random("loopback");
        const crypto::KeyPair root = crypto::generateKeyPair(random);
        const crypto::KeyPair serverStatic = crypto::generateKeyPair(random);
        CertIssueRequest request;
        request.rootPrivateKey = root.privateKey;
        request.serverStaticKey = serverStatic.publicKey;

        InitiatorConfig clientConfig;
        clientConfig.staticKey = crypto::generateKeyPair(random);
        clientConfig.certPolicy.rootPublicKey = root.publicKey;
        auto *client = new NoiseSocket(new FrameSocket(FrameSocket::Role::Client), this);
        QSignalSpy clientReady(client, &NoiseSocket::handshakeCompleted);
        QSignalSpy clientMessages(client, &NoiseSocket::messageReceived);
        client->startInitiator(clientConfig, "login payload", random);
        client->frameSocket()->open(url());

        QWebSocket *accepted = acceptOne();
        QVERIFY(accepted);
        m_accepted.removeOne(accepted); // the server FrameSocket owns it now
        auto *serverFrames = new FrameSocket(FrameSocket::Role::Server);
        serverFrames->attach(accepted);
        auto *server = new NoiseSocket(serverFrames, this);
        QSignalSpy serverReady(server, &NoiseSocket::handshakeCompleted);
        QSignalSpy serverMessages(server, &NoiseSocket::messageReceived);
        ResponderConfig serverConfig;
        serverConfig.staticKey = serverStatic;
        serverConfig.certChain = *issueCertChain(request, random);
        server->startResponder(serverConfig, random);

        QTRY_COMPARE_WITH_TIMEOUT(serverReady.count(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(clientReady.count(), 1, 5000);
        QCOMPARE(serverReady.at(0).at(0).toByteArray(), QByteArray("login payload"));
        QCOMPARE(server->peerStaticKey(), clientConfig.staticKey.publicKey);
        QCOMPARE(client->peerStaticKey(), serverStatic.publicKey);

        QVERIFY(client->sendMessage("ping 1").ok());
        QVERIFY(client->sendMessage("ping 2").ok());
        QVERIFY(server->sendMessage("pong").ok());
        QTRY_COMPARE_WITH_TIMEOUT(serverMessages.count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(clientMessages.count(), 1, 5000);
        QCOMPARE(serverMessages.at(1).at(0).toByteArray(), QByteArray("ping 2"));
        QCOMPARE(clientMessages.at(0).at(0).toByteArray(), QByteArray("pong"));

        QSignalSpy serverGone(server, &NoiseSocket::disconnected);
        client->close();
        QTRY_COMPARE_WITH_TIMEOUT(serverGone.count(), 1, 5000);
        QCOMPARE(serverGone.at(0).at(0).value<Error>().code, ErrorCode::ConnectionClosed);
        delete client;
        delete server;
    }

    void untrustedServerIsRejected()
    {
        crypto::DeterministicRandom random("untrusted");
        const crypto::KeyPair serverStatic = crypto::generateKeyPair(random);
        CertIssueRequest request;
        request.rootPrivateKey = crypto::generateKeyPair(random).privateKey; // not WhatsApp's root
        request.serverStaticKey = serverStatic.publicKey;

        InitiatorConfig clientConfig;
        clientConfig.staticKey = crypto::generateKeyPair(random);
        NoiseSocket client(new FrameSocket(FrameSocket::Role::Client));
        QSignalSpy clientGone(&client, &NoiseSocket::disconnected);
        client.startInitiator(clientConfig, "payload", random);
        client.frameSocket()->open(url());
        QWebSocket *accepted = acceptOne();
        QVERIFY(accepted);
        m_accepted.removeOne(accepted);
        auto *serverFrames = new FrameSocket(FrameSocket::Role::Server);
        serverFrames->attach(accepted);
        NoiseSocket server(serverFrames);
        ResponderConfig serverConfig;
        serverConfig.staticKey = serverStatic;
        serverConfig.certChain = *issueCertChain(request, random);
        server.startResponder(serverConfig, random);
        QTRY_COMPARE_WITH_TIMEOUT(clientGone.count(), 1, 5000);
        QCOMPARE(clientGone.at(0).at(0).value<Error>().code, ErrorCode::CertIntermediateSignature);
        QVERIFY(!client.isReady());
    }

    void handshakeTimeout()
    {
        InitiatorConfig config;
        config.staticKey = crypto::generateKeyPair();
        NoiseSocket client(new FrameSocket(FrameSocket::Role::Client));
        client.setHandshakeTimeout(200);
        QSignalSpy gone(&client, &NoiseSocket::disconnected);
        client.startInitiator(config, "payload");
        client.frameSocket()->open(url());
        QVERIFY(acceptOne()); // accepted but never answered
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 5000);
        QCOMPARE(gone.at(0).at(0).value<Error>().code, ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestFrameSocket)
#include "tst_framesocket.moc"
