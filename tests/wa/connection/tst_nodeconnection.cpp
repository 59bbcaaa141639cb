// NodeConnection against an in-process Noise responder on 127.0.0.1 (our own server side, with a
// certificate chain from a test root): handshake, nodes both ways, IQ round trips and timeouts,
// server pings, keep-alive, and every way a server ends a session.
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"
#include "wa/connection/nodeconnection.h"
#include "wa/connection/reconnectpolicy.h"
#include "wa/crypto/randomsource.h"
#include "wa/socket/framesocket.h"
#include "wa/socket/noisesocket.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace wa;
using binary::Node;

class TestServer : public QObject
{
    Q_OBJECT
public:
    crypto::KeyPair root, serverStatic;
    QWebSocketServer ws{QStringLiteral("test"), QWebSocketServer::NonSecureMode};
    QPointer<socket::NoiseSocket> session;
    QList<Node> received;
    bool answerIqs = true;

    TestServer()
    {
        crypto::DeterministicRandom rng(QByteArrayLiteral("seed-7"));
        root = crypto::generateKeyPair(rng);
        serverStatic = crypto::generateKeyPair(rng);
        QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
        connect(&ws, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = ws.nextPendingConnection();
            auto *frames = new socket::FrameSocket(socket::FrameSocket::Role::Server);
            frames->attach(socket);
            session = new socket::NoiseSocket(frames, this);
            socket::CertIssueRequest req;
            req.rootPrivateKey = root.privateKey;
            req.serverStaticKey = serverStatic.publicKey;
            socket::ResponderConfig config;
            config.staticKey = serverStatic;
            config.certChain = socket::issueCertChain(req).value();
            connect(session, &socket::NoiseSocket::messageReceived, this, [this](const QByteArray &plain) {
                const auto node = binary::Decoder().decodeFrame(plain);
                QVERIFY(node.ok());
                received << node.value();
                if (answerIqs && node.value().tag() == "iq" && node.value().attributeOr("type", "") == "get")
                    send(Node("iq", {{"id", std::string(node.value().attributeOr("id", ""))}, {"type", "result"}}));
            });
            session->startResponder(config);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/chat").arg(ws.serverPort())); }
    void send(const Node &node) { QVERIFY(bool(session->sendMessage(binary::Encoder::encodeFrame(node).value()))); }
    void sendRaw(const QByteArray &plaintext) { QVERIFY(bool(session->sendMessage(plaintext))); }
};

class TstNodeConnection : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<connection::NodeConnection> m_client;

    void connectClient(int keepAliveMs = 20000)
    {
        m_server = std::make_unique<TestServer>();
        connection::ConnectionOptions options;
        options.url = m_server->url();
        options.certPolicy.rootPublicKey = m_server->root.publicKey;
        options.keepAliveMinMs = options.keepAliveMaxMs = keepAliveMs;
        options.keepAliveGraceMs = keepAliveMs / 2;
        m_client = std::make_unique<connection::NodeConnection>(options);
        QSignalSpy connected(m_client.get(), &connection::NodeConnection::connected);
        crypto::DeterministicRandom rng(QByteArrayLiteral("seed-9"));
        m_client->open(crypto::generateKeyPair(rng), QByteArrayLiteral("client-payload"));
        QVERIFY(connected.wait(10000));
        QVERIFY(m_client->isConnected());
        // The client is connected once it sent ClientFinish; the server once it read it.
        QTRY_VERIFY(m_server->session && m_server->session->isReady());
    }
    connection::Disconnect expectDisconnect()
    {
        QSignalSpy spy(m_client.get(), &connection::NodeConnection::disconnected);
        if (!spy.wait(10000))
            return {};
        return spy.first().first().value<connection::Disconnect>();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }
    void nodesBothWaysAndIqs()
    {
        connectClient();
        QSignalSpy nodes(m_client.get(), &connection::NodeConnection::nodeReceived);
        m_server->send(Node("success", {{"t", "1700000000"}, {"lid", "123@lid"}}));
        QVERIFY(nodes.wait(5000));
        QCOMPARE(nodes.first().first().value<Node>().tag(), std::string("success"));

        bool answered = false;
        m_client->sendIq(Node("iq", {{"xmlns", "encrypt"}, {"type", "get"}}, std::vector<Node>{Node("count", {})}),
                         [&](const connection::IqResponse &r) { answered = r.ok(); });
        QTRY_VERIFY(answered);
        const Node &sent = m_server->received.last();
        QCOMPARE(sent.attributeOr("to", ""), std::string_view("s.whatsapp.net"));
        QVERIFY(!sent.attributeOr("id", "").empty());

        m_server->answerIqs = false;
        bool timedOut = false;
        m_client->sendIq(Node("iq", {{"xmlns", "w:p"}, {"type", "get"}}),
                         [&](const connection::IqResponse &r) { timedOut = r.kind == connection::IqResponse::Kind::Timeout; }, 200);
        QTRY_VERIFY(timedOut);

        // A server ping is answered without bothering the layers above.
        const qsizetype before = m_server->received.size();
        m_server->send(Node("iq", {{"id", "srv-1"}, {"type", "get"}, {"xmlns", "urn:xmpp:ping"}, {"from", "s.whatsapp.net"}}));
        QTRY_COMPARE(m_server->received.size(), before + 1);
        QCOMPARE(m_server->received.last().attributeOr("id", ""), std::string_view("srv-1"));
        QCOMPARE(m_server->received.last().attributeOr("type", ""), std::string_view("result"));
    }
    void keepAlivePingsAndDetectsSilence()
    {
        connectClient(300);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_server->received.begin(), m_server->received.end(),
                                             [](const Node &n) { return n.attributeOr("xmlns", "") == "w:p"; }),
                                 3000);
        m_server->answerIqs = false; // now the server goes silent
        const connection::Disconnect d = expectDisconnect();
        QCOMPARE(d.code, connection::reason::ConnectionLost);
    }
    void streamErrorRestart()
    {
        connectClient();
        m_server->send(Node("stream:error", {{"code", "515"}}));
        const connection::Disconnect d = expectDisconnect();
        QCOMPARE(d.code, 515);
        QVERIFY(!m_client->isConnected());
    }
    void loginFailureLoggedOut()
    {
        connectClient();
        m_server->send(Node("failure", {{"reason", "401"}}));
        QVERIFY(expectDisconnect().loggedOut);
    }
    void garbageClosesOnlyThisConnection()
    {
        connectClient();
        bool pendingFailed = false;
        m_server->answerIqs = false;
        m_client->sendIq(Node("iq", {{"type", "get"}, {"xmlns", "x"}}),
                         [&](const connection::IqResponse &r) { pendingFailed = r.kind == connection::IqResponse::Kind::Disconnected; });
        m_server->sendRaw(QByteArray::fromHex("00f8ffffffff"));
        const connection::Disconnect d = expectDisconnect();
        QCOMPARE(d.code, connection::reason::BadSession);
        QVERIFY(pendingFailed);
    }
    void serverGoesAway()
    {
        connectClient();
        m_server.reset();
        // A vanished peer is a transient loss (408 or 428 depending on how the socket learnt it):
        // either way the policy reconnects.
        const connection::Disconnect d = expectDisconnect();
        QVERIFY2(d.code == connection::reason::ConnectionLost || d.code == connection::reason::ConnectionClosed,
                 qPrintable(d.name));
        QVERIFY(connection::ReconnectPolicy::shouldReconnect(d));
    }
    void wrongRootIsRefused()
    {
        m_server = std::make_unique<TestServer>();
        connection::ConnectionOptions options;
        options.url = m_server->url(); // certPolicy left at WhatsApp's real root: must fail
        m_client = std::make_unique<connection::NodeConnection>(options);
        crypto::DeterministicRandom rng(QByteArrayLiteral("seed-3"));
        QSignalSpy spy(m_client.get(), &connection::NodeConnection::disconnected);
        m_client->open(crypto::generateKeyPair(rng), QByteArrayLiteral("p"));
        QVERIFY(spy.wait(10000));
        const auto d = spy.first().first().value<connection::Disconnect>();
        QCOMPARE(d.code, connection::reason::BadSession);
        QVERIFY2(d.detail.contains(QLatin1String("cert")), qPrintable(d.detail));
    }
};

QTEST_GUILESS_MAIN(TstNodeConnection)
#include "tst_nodeconnection.moc"
