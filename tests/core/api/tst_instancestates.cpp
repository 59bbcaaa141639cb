// InstanceManager + API with a backend: states and QR codes flow to /status and /qr, reconnect and
// logout reach the backend, and status changes are persisted. The backend here is a test double
// driven by the test; the real one is the WhatsApp engine (app/wa) in its own issue.
#include "testserver.h"

#include "core/instances/instancemanager.h"

#include <QPointer>
#include <QTcpSocket>
#include <QtTest>

using testsupport::HttpClient;
using testsupport::TestServer;
namespace status = core::instances::status;

class ScriptedBackend : public core::instances::InstanceBackend
{
    Q_OBJECT
public:
    static inline QList<QPointer<ScriptedBackend>> created;
    QStringList calls;
    void start() override
    {
        calls << QStringLiteral("start");
        Q_EMIT stateChanged(status::connecting, QString());
    }
    void stop() override { calls << QStringLiteral("stop"); }
    void logout() override
    {
        calls << QStringLiteral("logout");
        Q_EMIT stateChanged(status::loggedOut, QString());
    }
    void drive(const QString &s, const QString &qr = {}) { Q_EMIT stateChanged(s, qr); }
    // Messaging is not what this test is about: requests are recorded and fail as an engine
    // without a connection would.
    void send(const QString &to, const wa::message::MessageContent &, const QByteArray &, QObject *, core::instances::SendDone done) override
    {
        calls << QStringLiteral("send ") + to;
        done({false, {}, 0, 0, QStringLiteral("scripted backend"), QStringLiteral("not_connected")});
    }
    void markRead(const QString &chat, const QStringList &, const QString &) override { calls << QStringLiteral("read ") + chat; }
    void checkNumbers(const QStringList &, QObject *, core::instances::NumberCheckDone done) override { done({}, QStringLiteral("scripted backend")); }
    void requestPairingCode(const QString &phone) override { calls << QStringLiteral("code ") + phone; }
};

class TstInstanceStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statesFlowToTheApi()
    {
        TestServer server({}, {}, [](const QString &) {
            auto backend = std::make_unique<ScriptedBackend>();
            ScriptedBackend::created << backend.get();
            return backend;
        });
        QVERIFY2(server.ok(), qPrintable(server.error()));
        HttpClient c = server.client();
        c.setApiKey(server.adminApiKey());
        const QString id = c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("Linked")}})
                               .json.value(QStringLiteral("id")).toString();
        QCOMPARE(ScriptedBackend::created.size(), 1);
        ScriptedBackend *backend = ScriptedBackend::created.first();
        QCOMPARE(backend->calls, QStringList{QStringLiteral("start")});

        auto r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/qr"));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("generating"));

        backend->drive(status::qr, QStringLiteral("2@ref,noise,identity,adv"));
        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/qr"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("qrCode")).toString(), QStringLiteral("2@ref,noise,identity,adv"));
        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/status"));
        QCOMPARE(r.json.value(QStringLiteral("hasQr")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("ready")).toBool(), false);

        backend->drive(status::connected);
        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/status"));
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        QCOMPARE(r.json.value(QStringLiteral("ready")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("hasQr")).toBool(), false);
        QVERIFY(!r.json.value(QStringLiteral("lastActivity")).toString().isEmpty());
        QCOMPARE(c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/qr")).status, 409);
        r = c.get(QStringLiteral("/api/stats/system"));
        QCOMPARE(r.json.value(QStringLiteral("instances")).toObject().value(QStringLiteral("active")).toInt(), 1);

        r = c.post(QStringLiteral("/api/instances/") + id + QStringLiteral("/reconnect"), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("Instance %1 reconnected").arg(id));
        QCOMPARE(backend->calls, (QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("start")}));
        r = c.post(QStringLiteral("/api/instances/") + id + QStringLiteral("/logout"), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(backend->calls.last(), QStringLiteral("logout"));
        QCOMPARE(c.get(QStringLiteral("/api/instances/") + id).json.value(QStringLiteral("status")).toString(), QStringLiteral("logged_out"));

        // Deleting an instance logs its backend out and drops it.
        QCOMPARE(c.del(QStringLiteral("/api/instances/") + id).status, 200);
        QTRY_VERIFY(backend == nullptr || ScriptedBackend::created.first().isNull());
    }

    void idleConnectionsAreClosed()
    {
        TestServer server({}, {{QStringLiteral("WAMULTI_IDLE_TIMEOUT_SECS"), QStringLiteral("1")}});
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server.runtime->apiPort());
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::ConnectedState, 5000);
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(t.elapsed() >= 800, "closed before the idle timeout");
    }
};

QTEST_GUILESS_MAIN(TstInstanceStates)
#include "tst_instancestates.moc"
