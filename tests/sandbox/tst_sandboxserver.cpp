// The sandbox through our own client stack: handshake under the sandbox's root, a registration
// answered with <pair-device> refs, a login of an unknown device refused with 401, the control API,
// and hostile bytes dropping only their own connection.
#include "sandbox/sandboxserver.h"
#include "wa/connection/clientpayload.h"
#include "wa/connection/nodeconnection.h"
#include "wa/crypto/randomsource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace wa;
using binary::Node;

class TstSandboxServer : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<connection::NodeConnection> client()
    {
        connection::ConnectionOptions options;
        options.url = QUrl(m_server->wsUrl());
        options.certPolicy.rootPublicKey = m_server->keys().root.publicKey;
        return std::make_unique<connection::NodeConnection>(options);
    }
    static QByteArray registration()
    {
        connection::RegistrationKeys keys;
        keys.registrationId = 42;
        keys.identityPublicKey = QByteArray(32, '\x01');
        keys.signedPreKeyId = 1;
        keys.signedPreKeyPublicKey = QByteArray(32, '\x02');
        keys.signedPreKeySignature = QByteArray(64, '\x03');
        return connection::buildRegistrationPayload({}, keys);
    }
    QJsonObject getJson(const QString &path)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_server->baseUrl() + path)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        sandbox::SandboxOptions options;
        options.handshakeTimeoutMs = 1500; // the stalled cases below end by it
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
    }
    void cleanup() { m_server.reset(); }

    void registrationGetsPairDevice()
    {
        auto c = client();
        QSignalSpy nodes(c.get(), &connection::NodeConnection::nodeReceived);
        QSignalSpy registering(m_server.get(), &sandbox::SandboxServer::deviceRegistering);
        crypto::DeterministicRandom rng(QByteArrayLiteral("sandbox"));
        c->open(crypto::generateKeyPair(rng), registration());
        QVERIFY(nodes.wait(10000));
        const Node iq = nodes.first().first().value<Node>();
        QCOMPARE(iq.tag(), std::string("iq"));
        const Node *pair = iq.child("pair-device");
        QVERIFY(pair);
        QCOMPARE(pair->children().size(), size_t(6));
        QVERIFY(pair->children().front().toByteArray().startsWith("2@"));
        QCOMPARE(registering.size(), 1);
        QCOMPARE(getJson(QStringLiteral("/sandbox/stats")).value(QStringLiteral("registrations")).toInt(), 1);
        QCOMPARE(getJson(QStringLiteral("/sandbox/stats")).value(QStringLiteral("connections")).toInt(), 1);
    }
    void unknownLoginIsLoggedOut()
    {
        auto c = client();
        QSignalSpy gone(c.get(), &connection::NodeConnection::disconnected);
        crypto::DeterministicRandom rng(QByteArrayLiteral("login"));
        c->open(crypto::generateKeyPair(rng), connection::buildLoginPayload({}, 5511999990000ull, 2));
        QVERIFY(gone.wait(10000));
        QVERIFY(gone.first().first().value<connection::Disconnect>().loggedOut);
    }
    void info()
    {
        const QJsonObject o = getJson(QStringLiteral("/sandbox/info"));
        QCOMPARE(o.value(QStringLiteral("wsUrl")).toString(), m_server->wsUrl());
        QCOMPARE(o.value(QStringLiteral("rootPublicKey")).toString().size(), 64);
        QVERIFY(o.value(QStringLiteral("mediaUrl")).toString().startsWith(m_server->baseUrl()));
        QCOMPARE(getJson(QStringLiteral("/nope")).value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
    }
    void scanRefusesWhatItCannotLink()
    {
        QVERIFY(m_server->phones().add(QStringLiteral("5511977770000"), QStringLiteral("P")) == sandbox::PhoneBook::AddResult::Added);
        int status = 0;
        QJsonObject body;
        auto capture = [&](int s, const QJsonObject &b) {
            status = s;
            body = b;
        };
        const QString b64 = QString::fromLatin1(QByteArray(32, '\x07').toBase64());
        m_server->scan(QStringLiteral("5511977770000"), QStringLiteral("not a qr"), capture);
        QCOMPARE(status, 400);
        m_server->scan(QStringLiteral("5511977770000"),
                       QStringLiteral("https://wa.me/settings/linked_devices#2@unknown,%1,%1,%1,1").arg(b64), capture);
        QCOMPARE(status, 404); // no connected device shows this ref
        m_server->scan(QStringLiteral("5500000000000"), QStringLiteral("2@x,%1,%1,%1").arg(b64), capture);
        QCOMPARE(status, 404); // no such phone
        QVERIFY(sandbox::parseQr(QStringLiteral("2@r,%1,%1,%1").arg(b64))); // legacy 4-part form
        QVERIFY(!sandbox::parseQr(QStringLiteral("2@r,%1,%1,AAAA").arg(b64)));
    }

    void garbageDropsOnlyThatConnection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why"); // the reason the sandbox logs; empty: any
        QTest::newRow("bad header") << QByteArray::fromHex("deadbeef000010") + QByteArray(16, 'x') << QString();
        QTest::newRow("malformed hello") << QByteArray::fromHex("57410603000010") + QByteArray(16, '\xff') << QString();
        QTest::newRow("text frame") << QByteArray() << QString();
        QByteArray random(256, Qt::Uninitialized);
        quint32 x = 0x9e3779b9u; // fixed xorshift bytes: the same "random" input every run
        for (char &c : random) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            c = char(x);
        }
        QTest::newRow("random bytes") << random << QString();
        // A length prefix of 16 MB - 1: over the sandbox's cap, so refused before any of it arrives.
        QTest::newRow("huge length prefix") << QByteArray::fromHex("57410603ffffff") + QByteArray(64, 'x')
                                            << QStringLiteral("frame of 16777215 bytes exceeds limit");
        // A frame announced as 100 bytes of which 10 come, or the header alone and then silence:
        // handshakes that never finish, ended by the handshake timeout.
        QTest::newRow("truncated frame") << QByteArray::fromHex("57410603000064") + QByteArray(10, 'x')
                                         << QStringLiteral("handshake did not complete in 1500 ms");
        QTest::newRow("stalled handshake") << QByteArray::fromHex("57410603")
                                           << QStringLiteral("handshake did not complete in 1500 ms");
    }
    void garbageDropsOnlyThatConnection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        if (!why.isEmpty())
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(why)));
        QWebSocket hostile;
        QSignalSpy opened(&hostile, &QWebSocket::connected);
        hostile.open(QUrl(m_server->wsUrl()));
        QVERIFY(opened.wait(5000));
        QSignalSpy closed(&hostile, &QWebSocket::disconnected);
        if (bytes.isEmpty())
            hostile.sendTextMessage(QStringLiteral("hello?"));
        else
            hostile.sendBinaryMessage(bytes);
        QVERIFY(closed.wait(5000));
        registrationGetsPairDevice(); // the server still serves others
    }
};

QTEST_GUILESS_MAIN(TstSandboxServer)
#include "tst_sandboxserver.moc"
