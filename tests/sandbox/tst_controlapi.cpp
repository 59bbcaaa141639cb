// The sandbox control API: phones created, listed, updated; every bad input named.
#include "sandbox/controlapi.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QtTest>

using sandbox::handleControl;

class TstControlApi : public QObject
{
    Q_OBJECT
    sandbox::SandboxServer m_server;
    QString error(const sandbox::ControlReply &r) { return r.body.toObject().value(QStringLiteral("error")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString e;
        QVERIFY2(m_server.start({}, &e), qPrintable(e));
    }
    void phones()
    {
        auto r = handleControl(m_server, "POST", QStringLiteral("/sandbox/phones"), R"({"number":"+55 11-99999-0001","pushName":"Ana"})");
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.body.toObject();
        QCOMPARE(created.value(QStringLiteral("number")).toString(), QStringLiteral("5511999990001"));
        QCOMPARE(created.value(QStringLiteral("jid")).toString(), QStringLiteral("5511999990001@s.whatsapp.net"));
        QVERIFY(created.value(QStringLiteral("lid")).toString().endsWith(QLatin1String("@lid")));
        QCOMPARE(handleControl(m_server, "POST", QStringLiteral("/sandbox/phones"), R"({"number":"5511999990001"})").status, 409);
        QCOMPARE(handleControl(m_server, "POST", QStringLiteral("/sandbox/phones"), R"({"number":"555-abc"})").status, 400);
        QCOMPARE(handleControl(m_server, "POST", QStringLiteral("/sandbox/phones"), R"({"pushName":"x"})").status, 400);
        QCOMPARE(error(handleControl(m_server, "POST", QStringLiteral("/sandbox/phones"), "{oops")), QStringLiteral("invalid_json"));

        r = handleControl(m_server, "PUT", QStringLiteral("/sandbox/phones/5511999990001"), R"({"autoReply":"echo","pushName":"Ana B"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.toObject().value(QStringLiteral("autoReply")).toString(), QStringLiteral("echo"));
        QCOMPARE(handleControl(m_server, "PUT", QStringLiteral("/sandbox/phones/5511999990001"), R"({"autoReply":"loud"})").status, 400);
        QCOMPARE(handleControl(m_server, "GET", QStringLiteral("/sandbox/phones/5511000000000"), {}).status, 404);
        r = handleControl(m_server, "GET", QStringLiteral("/sandbox/phones"), {});
        QCOMPARE(r.body.toArray().size(), 1);
        QCOMPARE(r.body.toArray().first().toObject().value(QStringLiteral("pushName")).toString(), QStringLiteral("Ana B"));
        QCOMPARE(m_server.stats().value(QStringLiteral("phones")).toInt(), 1);
    }
    void routes()
    {
        QCOMPARE(handleControl(m_server, "GET", QStringLiteral("/sandbox/info"), {}).status, 200);
        QCOMPARE(handleControl(m_server, "DELETE", QStringLiteral("/sandbox/info"), {}).status, 405);
        QCOMPARE(handleControl(m_server, "DELETE", QStringLiteral("/sandbox/phones"), {}).status, 405);
        QCOMPARE(handleControl(m_server, "GET", QStringLiteral("/elsewhere"), {}).status, 404);
        QCOMPARE(handleControl(m_server, "GET", QStringLiteral("/sandbox/nothing"), {}).status, 404);
        QCOMPARE(handleControl(m_server, "POST", QStringLiteral("/sandbox/devices/1:1@s.whatsapp.net/kick"), R"({"code":515})").status, 404);
        QCOMPARE(handleControl(m_server, "POST", QStringLiteral("/sandbox/devices/1:1@s.whatsapp.net/kick"), R"({"code":42})").status, 400);
        QCOMPARE(handleControl(m_server, "POST", QStringLiteral("/sandbox/devices/1:1@s.whatsapp.net/drop"), {}).status, 404);
        QCOMPARE(handleControl(m_server, "GET", QStringLiteral("/sandbox/devices/1:1@s.whatsapp.net/drop"), {}).status, 405);
    }
};

QTEST_GUILESS_MAIN(TstControlApi)
#include "tst_controlapi.moc"
