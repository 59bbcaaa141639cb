// The management API over real HTTP: auth, users, instances, activity/events, stats, db, health,
// and the error contract ({"error","message"} with the right status).
#include "testserver.h"

#include "core/instances/instancemanager.h"
#include "core/stats/statsrecorder.h"
#include "core/store/dbwriter.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

using testsupport::HttpClient;
using testsupport::HttpResult;
using testsupport::TestServer;

class TstApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_adminKey;

    HttpClient admin()
    {
        HttpClient c = m_server->client();
        c.setApiKey(m_adminKey);
        return c;
    }
    static void expectError(const HttpResult &r, int status, const char *code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QLatin1String(code));
        QVERIFY2(!r.json.value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
    }
    QString createInstance(HttpClient &c, const QString &name)
    {
        const HttpResult r = c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), name}});
        return r.json.value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_adminKey = m_server->adminApiKey();
        QVERIFY(m_adminKey.startsWith(QLatin1String("wam_")));
    }
    void cleanupTestCase() { m_server.reset(); }

    void healthNeedsNoAuth()
    {
        const HttpResult r = m_server->client().get(QStringLiteral("/api/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(r.json.contains(QStringLiteral("version")));
        QVERIFY(r.json.value(QStringLiteral("uptime")).isDouble());
    }

    void loginAndMe()
    {
        HttpClient c = m_server->client();
        HttpResult r = c.post(QStringLiteral("/api/auth/login"), {{QStringLiteral("email"), QStringLiteral("ADMIN@example.com")},
                                                                   {QStringLiteral("password"), QLatin1String(TestServer::adminPassword)}});
        QCOMPARE(r.status, 200);
        const QString token = r.json.value(QStringLiteral("token")).toString();
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        const QJsonObject user = r.json.value(QStringLiteral("user")).toObject();
        for (const char *key : {"id", "email", "firstName", "lastName", "apiKey"})
            QVERIFY2(user.contains(QLatin1String(key)), key);
        c.setToken(token);
        r = c.get(QStringLiteral("/api/auth/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("email")).toString(), QLatin1String(TestServer::adminEmail));
        QVERIFY(!r.json.contains(QStringLiteral("apiKey")));
        QVERIFY(!r.json.contains(QStringLiteral("passwordHash")));
    }

    void loginFailures()
    {
        HttpClient c = m_server->client();
        expectError(c.post(QStringLiteral("/api/auth/login"), {{QStringLiteral("email"), QStringLiteral("admin@example.com")},
                                                               {QStringLiteral("password"), QStringLiteral("wrong-password")}}),
                    401, "unauthorized");
        expectError(c.post(QStringLiteral("/api/auth/login"), {{QStringLiteral("email"), QStringLiteral("admin@example.com")}}),
                    400, "validation_error");
        expectError(c.request("POST", QStringLiteral("/api/auth/login"), "{not json"), 400, "invalid_json");
        expectError(c.request("POST", QStringLiteral("/api/auth/login"), "[1,2]"), 400, "bad_request");
    }

    void loginRateLimitedPerAccount()
    {
        m_server->createUser(QStringLiteral("victim@example.com"));
        HttpClient c = m_server->client();
        const QJsonObject bad{{QStringLiteral("email"), QStringLiteral("victim@example.com")},
                              {QStringLiteral("password"), QStringLiteral("not-the-password")}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(c.post(QStringLiteral("/api/auth/login"), bad).status, 401);
        const HttpResult limited = c.post(QStringLiteral("/api/auth/login"), bad);
        expectError(limited, 429, "rate_limited");
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        // The right password is refused too while the account is locked.
        expectError(c.post(QStringLiteral("/api/auth/login"), {{QStringLiteral("email"), QStringLiteral("victim@example.com")},
                                                               {QStringLiteral("password"), QStringLiteral("user-password-1")}}),
                    429, "rate_limited");
    }

    void usersAdministration()
    {
        HttpClient c = admin();
        HttpResult r = c.post(QStringLiteral("/api/users"), {{QStringLiteral("email"), QStringLiteral("carol@example.com")},
                                                             {QStringLiteral("password"), QStringLiteral("carolpass1")},
                                                             {QStringLiteral("firstName"), QStringLiteral("Carol")}});
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        const QString key = r.json.value(QStringLiteral("apiKey")).toString();
        QVERIFY(key.startsWith(QLatin1String("wam_")));
        QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        expectError(c.post(QStringLiteral("/api/users"), {{QStringLiteral("email"), QStringLiteral("CAROL@example.com")},
                                                          {QStringLiteral("password"), QStringLiteral("carolpass1")}}),
                    409, "conflict");
        expectError(c.post(QStringLiteral("/api/users"), {{QStringLiteral("email"), QStringLiteral("dave@example.com")},
                                                          {QStringLiteral("password"), QStringLiteral("short")}}),
                    400, "validation_error");
        expectError(c.post(QStringLiteral("/api/users"), {{QStringLiteral("email"), QStringLiteral("no-at-sign")},
                                                          {QStringLiteral("password"), QStringLiteral("longenough1")}}),
                    400, "validation_error");

        r = c.get(QStringLiteral("/api/users?limit=1&skip=0"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("users")).toArray().size(), 1);
        QVERIFY(r.json.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("hasMore")).toBool());

        r = c.put(QStringLiteral("/api/users/") + id, {{QStringLiteral("lastName"), QStringLiteral("Jones")},
                                                       {QStringLiteral("maxApiCalls"), 5000}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("lastName")).toString(), QStringLiteral("Jones"));
        QCOMPARE(r.json.value(QStringLiteral("maxApiCalls")).toInt(), 5000);

        // The user's own key works, then stops working after rotation (by the user itself).
        HttpClient carol = m_server->client();
        carol.setApiKey(key);
        QCOMPARE(carol.get(QStringLiteral("/api/auth/me")).status, 200);
        r = carol.post(QStringLiteral("/api/users/") + id + QStringLiteral("/api-key"), {});
        QCOMPARE(r.status, 200);
        const QString newKey = r.json.value(QStringLiteral("apiKey")).toString();
        QVERIFY(newKey != key);
        expectError(carol.get(QStringLiteral("/api/auth/me")), 401, "unauthorized");
        carol.setApiKey(newKey);
        QCOMPARE(carol.get(QStringLiteral("/api/auth/me")).status, 200);
        expectError(carol.get(QStringLiteral("/api/users")), 403, "forbidden");

        // Deactivated users cannot authenticate; deleted users vanish with their instances.
        carol.setApiKey(newKey);
        const QString carolsInstance = createInstance(carol, QStringLiteral("Carol's"));
        QVERIFY(!carolsInstance.isEmpty());
        QCOMPARE(c.put(QStringLiteral("/api/users/") + id, {{QStringLiteral("isActive"), false}}).status, 200);
        expectError(carol.get(QStringLiteral("/api/auth/me")), 401, "unauthorized");
        QCOMPARE(c.del(QStringLiteral("/api/users/") + id).status, 200);
        expectError(c.get(QStringLiteral("/api/users/") + id), 404, "not_found");
        expectError(c.get(QStringLiteral("/api/instances/") + carolsInstance), 404, "not_found");
        QVERIFY(!m_server->runtime->instances()->get(carolsInstance));
    }

    void lastAdminIsProtected()
    {
        HttpClient c = admin();
        const QString me = c.get(QStringLiteral("/api/auth/me")).json.value(QStringLiteral("id")).toString();
        expectError(c.del(QStringLiteral("/api/users/") + me), 409, "conflict");
        expectError(c.put(QStringLiteral("/api/users/") + me, {{QStringLiteral("role"), QStringLiteral("user")}}), 409, "conflict");
    }

    void instanceLifecycle()
    {
        HttpClient c = admin();
        HttpResult r = c.post(QStringLiteral("/api/instances"),
                              {{QStringLiteral("name"), QStringLiteral("Primary WhatsApp")},
                               {QStringLiteral("description"), QStringLiteral("Corporate account")},
                               {QStringLiteral("webhookUrl"), QStringLiteral("https://example.com/webhook")},
                               {QStringLiteral("webhookEnabled"), true},
                               {QStringLiteral("notifyDelivery"), true},
                               {QStringLiteral("maxRetries"), 4},
                               {QStringLiteral("retryInterval"), 30000},
                               {QStringLiteral("webhookSecret"), QStringLiteral("optional-secret-key")},
                               {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Custom-Header"), QStringLiteral("v")}}}});
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("disconnected")); // no engine: honest
        QCOMPARE(r.json.value(QStringLiteral("webhookEnabled")).toBool(), true);
        QVERIFY(r.json.contains(QStringLiteral("createdAt")));

        r = c.get(QStringLiteral("/api/instances/") + id);
        QCOMPARE(r.status, 200);
        const QJsonObject ws = r.json.value(QStringLiteral("webhookSettings")).toObject();
        QCOMPARE(ws.value(QStringLiteral("instanceId")).toString(), id);
        QCOMPARE(ws.value(QStringLiteral("notifyDelivery")).toBool(), true);
        QCOMPARE(ws.value(QStringLiteral("maxRetries")).toInt(), 4);
        QCOMPARE(ws.value(QStringLiteral("retryInterval")).toInt(), 30000);
        QCOMPARE(ws.value(QStringLiteral("secret")).toString(), QStringLiteral("****-key")); // never echoed in full
        QCOMPARE(ws.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Custom-Header")).toString(), QStringLiteral("v"));
        const QJsonObject cs = r.json.value(QStringLiteral("connectionStatus")).toObject();
        QCOMPARE(cs.value(QStringLiteral("ready")).toBool(), false);
        QCOMPARE(cs.value(QStringLiteral("hasQr")).toBool(), false);

        r = c.put(QStringLiteral("/api/instances/") + id,
                  {{QStringLiteral("name"), QStringLiteral("New WhatsApp Name")},
                   {QStringLiteral("webhookSettings"), QJsonObject{{QStringLiteral("notifyRead"), true},
                                                                   {QStringLiteral("secret"), QStringLiteral("new-secret-key")}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("New WhatsApp Name"));
        QCOMPARE(r.json.value(QStringLiteral("webhookSettings")).toObject().value(QStringLiteral("notifyRead")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("webhookSettings")).toObject().value(QStringLiteral("secret")).toString(), QStringLiteral("****-key"));
        QCOMPARE(m_server->runtime->instances()->webhookSecret(id), QStringLiteral("new-secret-key"));

        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/status"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("instanceId")).toString(), id);
        QCOMPARE(r.json.value(QStringLiteral("ready")).toBool(), false);
        QVERIFY(r.json.contains(QStringLiteral("connectionDetails")));

        expectError(c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/qr")), 409, "not_connecting");
        expectError(c.post(QStringLiteral("/api/instances/") + id + QStringLiteral("/reconnect"), {}), 503, "engine_unavailable");
        expectError(c.post(QStringLiteral("/api/instances/") + id + QStringLiteral("/logout"), {}), 503, "engine_unavailable");

        r = c.get(QStringLiteral("/api/instances"));
        QCOMPARE(r.status, 200);
        bool found = false;
        for (const QJsonValue &v : r.json.value(QStringLiteral("instances")).toArray())
            found = found || v.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(found);

        r = c.del(QStringLiteral("/api/instances/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("Instance %1 deleted successfully").arg(id));
        expectError(c.get(QStringLiteral("/api/instances/") + id), 404, "not_found");
    }

    void instanceValidation()
    {
        HttpClient c = admin();
        expectError(c.post(QStringLiteral("/api/instances"), {}), 400, "validation_error");
        expectError(c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), 42}}), 400, "validation_error");
        expectError(c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("webhookUrl"), QStringLiteral("ftp://example.com")}}),
                    400, "validation_error");
        expectError(c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("webhookUrl"), QStringLiteral("https://user:pw@example.com/")}}),
                    400, "validation_error");
        expectError(c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("maxRetries"), -1}}),
                    400, "validation_error");
        expectError(c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("webhookEnabled"), QStringLiteral("yes")}}),
                    400, "validation_error");
        expectError(c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Webhook-Signature"), QStringLiteral("f")}}}}),
                    400, "validation_error");
        const HttpResult r = c.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), 42}});
        QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("name")), r.body.constData());
    }

    void ownershipIsolation()
    {
        const auto [userA, keyA] = m_server->createUser(QStringLiteral("a@example.com"));
        const auto [userB, keyB] = m_server->createUser(QStringLiteral("b@example.com"));
        HttpClient a = m_server->client();
        a.setApiKey(keyA);
        HttpClient b = m_server->client();
        b.setApiKey(keyB);
        const QString idA = createInstance(a, QStringLiteral("A's"));
        QVERIFY(!idA.isEmpty());
        expectError(b.get(QStringLiteral("/api/instances/") + idA), 404, "not_found");
        expectError(b.del(QStringLiteral("/api/instances/") + idA), 404, "not_found");
        expectError(b.get(QStringLiteral("/api/stats/instances/") + idA), 404, "not_found");
        QCOMPARE(b.get(QStringLiteral("/api/instances")).json.value(QStringLiteral("instances")).toArray().size(), 0);
        const QJsonArray mine = a.get(QStringLiteral("/api/instances")).json.value(QStringLiteral("instances")).toArray();
        QCOMPARE(mine.size(), 1);
        QVERIFY2(mine.first().toObject().value(QStringLiteral("description")).isString(), "description must be a string"); // created without one
        QCOMPARE(admin().get(QStringLiteral("/api/instances/") + idA).status, 200); // admins see all
    }

    void activityAndEvents()
    {
        HttpClient c = admin();
        const QString id = createInstance(c, QStringLiteral("Logged"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.put(QStringLiteral("/api/instances/") + id, {{QStringLiteral("webhookUrl"), QStringLiteral("https://example.com/%1").arg(i)}}).status, 200);
        QVERIFY(m_server->runtime->writer()->flush());

        HttpResult r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/activity?limit=2"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("logs")).toArray().size(), 2);
        QJsonObject page = r.json.value(QStringLiteral("pagination")).toObject();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 4); // created + 3 updates
        QCOMPARE(page.value(QStringLiteral("hasMore")).toBool(), true);
        const QJsonObject newest = r.json.value(QStringLiteral("logs")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("instance_updated"));
        QCOMPARE(newest.value(QStringLiteral("instanceId")).toString(), id);

        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/activity?actions=instance_created"));
        QCOMPARE(r.json.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total")).toInt(), 1);
        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/activity?startDate=2000-01-01&endDate=2000-01-02"));
        QCOMPARE(r.json.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total")).toInt(), 0);
        expectError(c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/activity?startDate=nope")), 400, "validation_error");
        expectError(c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/activity?skip=-1")), 400, "validation_error");
        expectError(c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/activity?startDate=2001-01-01&endDate=2000-01-01")),
                    400, "validation_error");

        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/events"));
        QCOMPARE(r.status, 200);
        const QJsonArray events = r.json.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(r.json.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(events.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("webhook_updated"));
        QCOMPARE(events.first().toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("instanceId")).toString(), id);
        const QString latest = r.json.value(QStringLiteral("latestTimestamp")).toString();
        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/events?since=") + latest);
        QCOMPARE(r.json.value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(r.json.value(QStringLiteral("hasMore")).toBool(), false);
        r = c.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/events?types=message_received"));
        QCOMPARE(r.json.value(QStringLiteral("count")).toInt(), 0);
    }

    void statsCountApiCalls()
    {
        const auto [uid, key] = m_server->createUser(QStringLiteral("stats@example.com"));
        HttpClient u = m_server->client();
        u.setApiKey(key);
        const QString id = createInstance(u, QStringLiteral("Counted"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(u.get(QStringLiteral("/api/instances/") + id + QStringLiteral("/status")).status, 200);
        HttpResult r = u.get(QStringLiteral("/api/stats/instances/") + id);
        QCOMPARE(r.status, 200);
        const QJsonObject usage = r.json.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("apiCalls")).toInt(), 6); // 5 status + this stats call
        QCOMPARE(usage.value(QStringLiteral("messagesSent")).toInt(), 0);
        QCOMPARE(usage.value(QStringLiteral("dailyStats")).toArray().size(), 1);
        QVERIFY(usage.value(QStringLiteral("dailyStats")).toArray().first().toObject().value(QStringLiteral("date")).toString().endsWith(QLatin1String("T00:00:00.000Z")));

        r = u.get(QStringLiteral("/api/stats/user?period=week"));
        QCOMPARE(r.status, 200);
        const QJsonObject total = r.json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("instanceCount")).toInt(), 1);
        QCOMPARE(total.value(QStringLiteral("apiCalls")).toInt(), 8); // create + 5 + stats + this
        QCOMPARE(r.json.value(QStringLiteral("instances")).toArray().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Counted"));
        expectError(u.get(QStringLiteral("/api/stats/user?period=decade")), 400, "validation_error");
        expectError(u.get(QStringLiteral("/api/stats/system")), 403, "forbidden");

        m_server->runtime->stats()->flush();
        QVERIFY(m_server->runtime->writer()->flush());
        r = u.get(QStringLiteral("/api/stats/instances/") + id + QStringLiteral("?period=all")); // from the database now
        QCOMPARE(r.json.value(QStringLiteral("usage")).toObject().value(QStringLiteral("apiCalls")).toInt(), 7);

        r = admin().get(QStringLiteral("/api/stats/system"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("users")).toObject().value(QStringLiteral("total")).toInt() >= 2);
        QVERIFY(r.json.value(QStringLiteral("instances")).toObject().value(QStringLiteral("total")).toInt() >= 1);
        QCOMPARE(r.json.value(QStringLiteral("instances")).toObject().value(QStringLiteral("active")).toInt(), 0);
        QVERIFY(r.json.value(QStringLiteral("usage")).toObject().value(QStringLiteral("apiCalls")).toInt() >= 9);
    }

    void database()
    {
        HttpClient c = admin();
        HttpResult r = c.get(QStringLiteral("/api/db/status"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("provider")).toString(), QStringLiteral("sqlite"));
        QVERIFY(r.json.value(QStringLiteral("url")).toString().startsWith(QLatin1String("file:")));
        r = c.post(QStringLiteral("/api/db/switch"), {{QStringLiteral("provider"), QStringLiteral("sqlite")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("provider")).toString(), QStringLiteral("sqlite"));
        expectError(c.post(QStringLiteral("/api/db/switch"), {{QStringLiteral("provider"), QStringLiteral("mongodb")}}), 501, "not_implemented");
        expectError(c.post(QStringLiteral("/api/db/switch"), {{QStringLiteral("provider"), QStringLiteral("oracle")}}), 400, "validation_error");
    }

    void unknownRouteAndWrongMethod()
    {
        HttpClient c = admin();
        expectError(c.get(QStringLiteral("/api/nothing-here")), 404, "not_found");
        expectError(m_server->client().get(QStringLiteral("/api/nothing-here")), 404, "not_found");
        const HttpResult r = c.request("PATCH", QStringLiteral("/api/instances"));
        expectError(r, 405, "method_not_allowed");
        QVERIFY(r.header("Allow").contains("GET"));
        QVERIFY(r.header("Allow").contains("POST"));
    }

private:
    // The server runs on this thread: raw-socket exchanges must spin the event loop, never block.
    static QByteArray exchange(QTcpSocket &s, const std::function<bool(const QByteArray &)> &done, int timeoutMs = 10000)
    {
        QByteArray got;
        QElapsedTimer timer;
        timer.start();
        while (!done(got) && timer.elapsed() < timeoutMs) {
            QTest::qWait(10);
            got += s.readAll();
        }
        return got;
    }
    void connectRaw(QTcpSocket &s, quint16 port)
    {
        s.connectToHost(QHostAddress::LocalHost, port);
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::ConnectedState, 5000);
    }

private Q_SLOTS:

    void bodyTooLargeIsRejectedBeforeBuffering()
    {
        // Default cap (64 MiB): a declared length over it is answered 413 straight from the headers.
        QTcpSocket s;
        connectRaw(s, m_server->runtime->apiPort());
        s.write("POST /api/instances HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n{");
        QByteArray reply = exchange(s, [](const QByteArray &b) { return b.contains("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 413"), reply.constData());
        QVERIFY(reply.contains("payload_too_large"));

        // A configured 1 MiB cap: a chunked body that grows past it is cut off while it streams,
        // and the reply survives the client still sending (lingering close, no RST).
        TestServer small({}, {{QStringLiteral("WAMULTI_MAX_BODY_BYTES"), QStringLiteral("1048576")}});
        QVERIFY2(small.ok(), qPrintable(small.error()));
        QTcpSocket t;
        connectRaw(t, small.runtime->apiPort());
        t.write("POST /api/instances HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'a');
        QByteArray got;
        for (int i = 0; i < 40 && !got.contains("}") && t.state() == QAbstractSocket::ConnectedState; ++i) {
            t.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            got += exchange(t, [&t](const QByteArray &b) { return !b.isEmpty() || t.bytesToWrite() == 0; }, 2000);
        }
        got += exchange(t, [](const QByteArray &b) { return b.contains("}"); }, 3000);
        QVERIFY2(got.startsWith("HTTP/1.1 413"), got.left(200).constData());

        // Under the cap, the same kind of body reaches the handler (which then validates it).
        QTcpSocket u;
        connectRaw(u, small.runtime->apiPort());
        u.write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        got = exchange(u, [](const QByteArray &b) { return b.contains("}"); });
        QVERIFY2(got.startsWith("HTTP/1.1 400"), got.left(200).constData());
    }

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket s;
        connectRaw(s, m_server->runtime->apiPort());
        s.write("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray all = exchange(s, [](const QByteArray &b) { return b.count("HTTP/1.1 200") >= 2; });
        QCOMPARE(all.count("HTTP/1.1 200"), 2);
    }
};

QTEST_GUILESS_MAIN(TstApi)
#include "tst_api.moc"
