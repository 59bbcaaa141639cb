// Webhooks through the whole runtime, over real HTTP on both sides: the API that configures and
// inspects them, the events the instance manager and usage limits produce, and a real local
// receiver that checks what arrives (signature, shape, ids, attempts) in both formats.
#include "testserver.h"
#include "webhookreceiver.h"

#include "core/instances/instancemanager.h"
#include "core/users/usagelimits.h"
#include "core/webhooks/signature.h"

#include <QJsonArray>
#include <QtTest>

using testsupport::HttpClient;
using testsupport::HttpResult;
using testsupport::TestServer;
using testsupport::WebhookReceiver;
using Hit = WebhookReceiver::Hit;
using Answer = WebhookReceiver::Answer;
namespace status = core::instances::status;

class ScriptedBackend : public core::instances::InstanceBackend
{
    Q_OBJECT
public:
    static inline QList<QPointer<ScriptedBackend>> created;
    void start() override { Q_EMIT stateChanged(status::connecting, QString()); }
    void stop() override {}
    void logout() override { Q_EMIT stateChanged(status::loggedOut, QString()); }
    void drive(const QString &s, const QString &qr = {}) { Q_EMIT stateChanged(s, qr); }
    void say(const QString &action, const QJsonObject &details = {}) { Q_EMIT activity(action, details); }
    // Webhooks of connection events are what this test is about; sends fail as without a connection.
    void send(const QString &, const wa::message::MessageContent &, const QByteArray &, QObject *, core::instances::SendDone done) override
    {
        done({false, {}, 0, 0, QStringLiteral("scripted backend"), QStringLiteral("not_connected")});
    }
    void markRead(const QString &, const QStringList &, const QString &) override {}
    void checkNumbers(const QStringList &, QObject *, core::instances::NumberCheckDone done) override { done({}, QStringLiteral("scripted backend")); }
    void requestPairingCode(const QString &) override {}
};

namespace {

const QString kSecret = QStringLiteral("api-test-webhook-secret");

QJsonObject data(const Hit &h)
{
    return h.json().value(QStringLiteral("data")).toObject();
}

QStringList events(const QList<Hit> &hits)
{
    QStringList out;
    for (const Hit &h : hits)
        out << h.json().value(QStringLiteral("event")).toString();
    return out;
}

} // namespace

class TstWebhookApi : public QObject
{
    Q_OBJECT
    static void expectError(const HttpResult &r, int status, const char *code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QLatin1String(code));
        QVERIFY2(!r.json.value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
    }
    static QString createHooked(HttpClient &c, const QString &url, const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("hooked")},
                         {QStringLiteral("webhookUrl"), url},
                         {QStringLiteral("webhookEnabled"), true},
                         {QStringLiteral("webhookSecret"), kSecret},
                         {QStringLiteral("retryInterval"), 1000}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = c.post(QStringLiteral("/api/instances"), body);
        return r.json.value(QStringLiteral("id")).toString();
    }
    static QJsonArray deliveries(HttpClient &c, const QString &id, const QString &query = {})
    {
        return c.get(QStringLiteral("/api/instances/%1/webhooks/deliveries%2").arg(id, query))
            .json.value(QStringLiteral("deliveries"))
            .toArray();
    }

private Q_SLOTS:
    void webhookUpdatedArrivesSignedAndIsLogged()
    {
        TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        WebhookReceiver receiver;
        HttpClient c = server.client();
        c.setApiKey(server.adminApiKey());
        const QString id = createHooked(c, receiver.url());
        QVERIFY(!id.isEmpty());
        QCOMPARE(c.put(QStringLiteral("/api/instances/") + id, {{QStringLiteral("notifySent"), false}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 5000);
        const Hit &h = receiver.hits[0];
        QCOMPARE(h.header("X-Webhook-Signature"), core::webhooks::Signature::sign(kSecret.toUtf8(), h.body));
        const QJsonObject body = h.json();
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("webhook_updated"));
        QCOMPARE(data(h).value(QStringLiteral("instanceId")).toString(), id);
        QVERIFY(!data(h).value(QStringLiteral("timestamp")).toString().isEmpty());
        QVERIFY(body.value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(h.body.startsWith("{\"event\":\"webhook_updated\",\"data\":{"));

        QTRY_COMPARE(deliveries(c, id, QStringLiteral("?status=delivered")).size(), 1);
        const QJsonObject d = deliveries(c, id).first().toObject();
        QCOMPARE(d.value(QStringLiteral("id")).toString().toLatin1(), h.id());
        QCOMPARE(d.value(QStringLiteral("event")).toString(), QStringLiteral("webhook_updated"));
        QCOMPARE(d.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(d.value(QStringLiteral("lastStatusCode")).toInt(), 200);
        QVERIFY(d.value(QStringLiteral("lastError")).isNull());
        QVERIFY(d.value(QStringLiteral("latencyMs")).toInt() >= 0);
        QVERIFY(d.value(QStringLiteral("nextAttemptAt")).isNull());
        QVERIFY(!d.value(QStringLiteral("deliveredAt")).toString().isEmpty());
        // The events feed is unchanged, and the statistics count the delivery.
        const auto feed = c.get(QStringLiteral("/api/instances/%1/events").arg(id)).json.value(QStringLiteral("events")).toArray();
        QCOMPARE(feed.size(), 1);
        QCOMPARE(feed.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("webhook_updated"));
        QTRY_COMPARE(c.get(QStringLiteral("/api/stats/instances/%1").arg(id)).json.value(QStringLiteral("usage")).toObject()
                         .value(QStringLiteral("webhookSent")).toInt(), 1);
        // A change that is not about webhooks sends nothing.
        QCOMPARE(c.put(QStringLiteral("/api/instances/") + id, {{QStringLiteral("description"), QStringLiteral("x")}}).status, 200);
        QTest::qWait(300);
        QCOMPARE(receiver.hits.size(), 1);
    }

    void testEventsTheLogAndItsFilters()
    {
        TestServer server;
        WebhookReceiver receiver;
        HttpClient c = server.client();
        c.setApiKey(server.adminApiKey());
        const QString id = createHooked(c, receiver.url());
        const QString base = QStringLiteral("/api/instances/%1/webhooks").arg(id);
        HttpResult r = c.post(base + QStringLiteral("/test"), {});
        QCOMPARE(r.status, 202);
        const QString deliveryId = r.json.value(QStringLiteral("deliveryId")).toString();
        QCOMPARE(r.json.value(QStringLiteral("event")).toString(), QStringLiteral("webhook_test"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 5000);
        QCOMPARE(QString::fromLatin1(receiver.hits[0].id()), deliveryId);
        QCOMPARE(data(receiver.hits[0]).value(QStringLiteral("test")).toBool(), true);
        QTRY_COMPARE(deliveries(c, id, QStringLiteral("?status=delivered&event=webhook_test")).size(), 1);
        QCOMPARE(deliveries(c, id, QStringLiteral("?status=dead")).size(), 0);
        QCOMPARE(deliveries(c, id, QStringLiteral("?event=message_received")).size(), 0);
        QCOMPARE(deliveries(c, id, QStringLiteral("?since=2000-01-01&until=2999-01-01")).size(), 1);
        QCOMPARE(deliveries(c, id, QStringLiteral("?until=2000-01-01")).size(), 0);
        // includePayload gives back the exact body that was sent.
        const QJsonObject withPayload = deliveries(c, id, QStringLiteral("?includePayload=true")).first().toObject();
        QCOMPARE(withPayload.value(QStringLiteral("payload")).toObject(), receiver.hits[0].json());
        QVERIFY(!deliveries(c, id).first().toObject().contains(QStringLiteral("payload")));
        r = c.get(base + QStringLiteral("/deliveries?limit=1&skip=0"));
        QCOMPARE(r.json.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("hasMore")).toBool(), false);

        // Bad filters name the parameter.
        expectError(c.get(base + QStringLiteral("/deliveries?status=sent")), 400, "validation_error");
        QVERIFY(c.get(base + QStringLiteral("/deliveries?status=sent")).json.value(QStringLiteral("message")).toString().startsWith(QLatin1String("status")));
        expectError(c.get(base + QStringLiteral("/deliveries?since=yesterday")), 400, "validation_error");
        expectError(c.get(base + QStringLiteral("/deliveries?since=2024-01-02&until=2024-01-01")), 400, "validation_error");
        expectError(c.get(base + QStringLiteral("/deliveries?limit=0")), 400, "validation_error");
        expectError(c.get(base + QStringLiteral("/deliveries?limit=1001")), 400, "validation_error");
        expectError(c.get(base + QStringLiteral("/deliveries?includePayload=maybe")), 400, "validation_error");
        expectError(c.request("GET", base + QStringLiteral("/test")), 405, "method_not_allowed");
    }

    void replayResendsTheSameEvent()
    {
        TestServer server;
        WebhookReceiver receiver;
        bool failing = true;
        receiver.setScript([&failing](const Hit &, int) { return Answer::of(failing ? 500 : 200); });
        HttpClient c = server.client();
        c.setApiKey(server.adminApiKey());
        const QString id = createHooked(c, receiver.url(), {{QStringLiteral("maxRetries"), 1}});
        const QString base = QStringLiteral("/api/instances/%1/webhooks").arg(id);
        const QString deliveryId = c.post(base + QStringLiteral("/test"), {}).json.value(QStringLiteral("deliveryId")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 5000);
        // Pending (waiting ~1 s for its retry): not replayable yet.
        expectError(c.post(base + QStringLiteral("/deliveries/%1/replay").arg(deliveryId), {}), 409, "delivery_pending");
        QTRY_COMPARE_WITH_TIMEOUT(deliveries(c, id, QStringLiteral("?status=dead")).size(), 1, 5000);
        const QJsonObject dead = deliveries(c, id).first().toObject();
        QCOMPARE(dead.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(dead.value(QStringLiteral("lastStatusCode")).toInt(), 500);
        QCOMPARE(dead.value(QStringLiteral("lastError")).toString(), QStringLiteral("HTTP 500"));

        failing = false;
        HttpResult r = c.post(base + QStringLiteral("/deliveries/%1/replay").arg(deliveryId), {});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 3, 5000);
        QCOMPARE(receiver.hits[2].id(), receiver.hits[0].id());
        QCOMPARE(receiver.hits[2].body, receiver.hits[0].body);
        QCOMPARE(receiver.hits[2].attempt(), 3);
        QTRY_COMPARE(deliveries(c, id, QStringLiteral("?status=delivered")).size(), 1);
        QCOMPARE(deliveries(c, id).first().toObject().value(QStringLiteral("replays")).toInt(), 1);
        // A delivered event can be replayed too; an unknown one cannot.
        QCOMPARE(c.post(base + QStringLiteral("/deliveries/%1/replay").arg(deliveryId), {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 4, 5000);
        expectError(c.post(base + QStringLiteral("/deliveries/nope/replay"), {}), 404, "not_found");
    }

    void disabledWebhooksAndOwnership()
    {
        TestServer server;
        WebhookReceiver receiver;
        HttpClient admin = server.client();
        admin.setApiKey(server.adminApiKey());
        const auto [userId, userKey] = server.createUser(QStringLiteral("owner@example.com"));
        const auto [otherId, otherKey] = server.createUser(QStringLiteral("other@example.com"));
        HttpClient owner = server.client();
        owner.setApiKey(userKey);
        HttpClient other = server.client();
        other.setApiKey(otherKey);
        const QString plain = owner.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("plain")}})
                                  .json.value(QStringLiteral("id")).toString();
        expectError(owner.post(QStringLiteral("/api/instances/%1/webhooks/test").arg(plain), {}), 409, "webhook_disabled");
        const QString hooked = createHooked(owner, receiver.url(), {{QStringLiteral("webhookEnabled"), false}});
        expectError(owner.post(QStringLiteral("/api/instances/%1/webhooks/test").arg(hooked), {}), 409, "webhook_disabled");
        expectError(owner.post(QStringLiteral("/api/instances/%1/webhooks/deliveries/x/replay").arg(hooked), {}), 409, "webhook_disabled");
        QCOMPARE(owner.get(QStringLiteral("/api/instances/%1/webhooks/deliveries").arg(hooked)).status, 200);
        // Other users see nothing of it; admins see everything.
        expectError(other.get(QStringLiteral("/api/instances/%1/webhooks/deliveries").arg(hooked)), 404, "not_found");
        expectError(other.post(QStringLiteral("/api/instances/%1/webhooks/test").arg(hooked), {}), 404, "not_found");
        expectError(other.post(QStringLiteral("/api/instances/%1/webhooks/deliveries/x/replay").arg(hooked), {}), 404, "not_found");
        QCOMPARE(admin.get(QStringLiteral("/api/instances/%1/webhooks/deliveries").arg(hooked)).status, 200);
        HttpClient anonymous = server.client();
        expectError(anonymous.get(QStringLiteral("/api/instances/%1/webhooks/deliveries").arg(hooked)), 401, "unauthorized");
        QCOMPARE(receiver.hits.size(), 0); // disabled: nothing went, not even webhook_updated
    }

    void connectionEventsInBothFormats()
    {
        ScriptedBackend::created.clear();
        TestServer server({}, {}, [](const QString &) {
            auto backend = std::make_unique<ScriptedBackend>();
            ScriptedBackend::created << backend.get();
            return backend;
        });
        WebhookReceiver receiver;
        HttpClient c = server.client();
        c.setApiKey(server.adminApiKey());
        const QString standard = createHooked(c, receiver.url(QStringLiteral("/standard")));
        const QString legacy = createHooked(c, receiver.url(QStringLiteral("/legacy")), {{QStringLiteral("webhookFormat"), QStringLiteral("legacy")}});
        QCOMPARE(ScriptedBackend::created.size(), 2);
        for (ScriptedBackend *b : ScriptedBackend::created) {
            b->say(QStringLiteral("disconnected"), {{QStringLiteral("reason"), QStringLiteral("connection_lost")}}); // never connected: no event
            b->drive(status::qr, QStringLiteral("2@ref,noise,identity,adv"));
            b->say(QStringLiteral("connected"), {{QStringLiteral("jid"), QStringLiteral("1@s.whatsapp.net")}});
            b->drive(status::connected);
            b->say(QStringLiteral("disconnected"), {{QStringLiteral("reason"), QStringLiteral("connection_lost")},
                                                    {QStringLiteral("willReconnect"), true}});
            QTest::qWait(20);
            b->say(QStringLiteral("connected"), {{QStringLiteral("jid"), QStringLiteral("1@s.whatsapp.net")}});
            // A logout closes the connection, then reports the logout, in one go: one event.
            b->say(QStringLiteral("disconnected"), {{QStringLiteral("reason"), QStringLiteral("connection_closed")}});
            b->say(QStringLiteral("logged_out"), {{QStringLiteral("reason"), QStringLiteral("user_initiated")}});
            b->say(QStringLiteral("logged_out"), {{QStringLiteral("reason"), QStringLiteral("again")}}); // not connected: nothing
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hitsOn(QStringLiteral("/standard")).size(), 5, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hitsOn(QStringLiteral("/legacy")).size(), 5, 5000);
        QTest::qWait(200);
        const auto s = receiver.hitsOn(QStringLiteral("/standard"));
        QCOMPARE(events(s), (QStringList{QStringLiteral("qr_received"), QStringLiteral("connected"), QStringLiteral("disconnected"),
                                         QStringLiteral("connected"), QStringLiteral("disconnected")}));
        QCOMPARE(data(s[0]).value(QStringLiteral("qrCode")).toString(), QStringLiteral("2@ref,noise,identity,adv"));
        QCOMPARE(data(s[1]), (QJsonObject{{QStringLiteral("instanceId"), standard}}));
        QCOMPARE(data(s[2]), (QJsonObject{{QStringLiteral("instanceId"), standard}, {QStringLiteral("reason"), QStringLiteral("connection_lost")},
                                          {QStringLiteral("willReconnect"), true}}));
        QCOMPARE(data(s[4]), (QJsonObject{{QStringLiteral("instanceId"), standard}, {QStringLiteral("reason"), QStringLiteral("logout")},
                                          {QStringLiteral("willReconnect"), false}}));

        const auto l = receiver.hitsOn(QStringLiteral("/legacy"));
        QCOMPARE(events(l), (QStringList{QStringLiteral("qr.update"), QStringLiteral("connection.open"), QStringLiteral("connection.close"),
                                         QStringLiteral("connection.open"), QStringLiteral("connection.close")}));
        QCOMPARE(l[0].json().value(QStringLiteral("instanceId")).toString(), legacy);
        QCOMPARE(data(l[0]).value(QStringLiteral("qr")).toString(), QStringLiteral("2@ref,noise,identity,adv"));
        QCOMPARE(data(l[1]).value(QStringLiteral("connection")).toString(), QStringLiteral("open"));
        QCOMPARE(data(l[2]).value(QStringLiteral("connection")).toString(), QStringLiteral("close"));
        for (const Hit &h : l)
            QCOMPARE(h.header("X-Webhook-Signature"), core::webhooks::Signature::sign(kSecret.toUtf8(), h.body));
        // The legacy API has no webhook_updated: a settings change is not sent to legacy instances.
        QCOMPARE(c.put(QStringLiteral("/api/instances/") + legacy, {{QStringLiteral("notifyRead"), true}}).status, 200);
        QCOMPARE(c.put(QStringLiteral("/api/instances/") + standard, {{QStringLiteral("notifyRead"), true}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hitsOn(QStringLiteral("/standard")).size(), 6, 5000);
        QTest::qWait(300);
        QCOMPARE(receiver.hitsOn(QStringLiteral("/legacy")).size(), 5);
        // The events feed has them all, whatever the format.
        const auto feed = c.get(QStringLiteral("/api/instances/%1/events?limit=50").arg(legacy)).json.value(QStringLiteral("events")).toArray();
        QCOMPARE(feed.size(), 6);
    }

    void maxApiCallsRefusesAndNotifiesOnce()
    {
        TestServer server;
        WebhookReceiver receiver;
        HttpClient admin = server.client();
        admin.setApiKey(server.adminApiKey());
        const auto [userId, userKey] = server.createUser(QStringLiteral("metered@example.com"));
        HttpClient user = server.client();
        user.setApiKey(userKey);
        const QString first = createHooked(user, receiver.url(QStringLiteral("/one")));
        const QString second = createHooked(user, receiver.url(QStringLiteral("/two")));
        QCOMPARE(admin.put(QStringLiteral("/api/users/") + userId, {{QStringLiteral("maxApiCalls"), 6}}).status, 200);
        QCOMPARE(admin.get(QStringLiteral("/api/users/") + userId).json.value(QStringLiteral("maxApiCalls")).toInt(), 6);
        int ok = 0;
        HttpResult r;
        for (int i = 0; i < 10; ++i) {
            r = user.get(QStringLiteral("/api/instances"));
            if (r.status != 200)
                break;
            ++ok;
        }
        QCOMPARE(ok, 4); // 2 creates + 4 lists = 6 calls today
        expectError(r, 429, "limit_exceeded");
        QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("maxApiCalls")), r.body.constData());
        QVERIFY(r.header("Retry-After").toInt() > 0);
        for (int i = 0; i < 5; ++i)
            expectError(user.get(QStringLiteral("/api/auth/me")), 429, "limit_exceeded");
        // One event per instance of the user, once.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 2, 5000);
        QTest::qWait(400);
        QCOMPARE(receiver.hits.size(), 2);
        for (const Hit &h : receiver.hits) {
            QCOMPARE(h.json().value(QStringLiteral("event")).toString(), QStringLiteral("limit_exceeded"));
            QCOMPARE(data(h).value(QStringLiteral("exceededLimits")).toArray(), QJsonArray{QStringLiteral("maxApiCalls")});
            QCOMPARE(data(h).value(QStringLiteral("usage")).toObject().value(QStringLiteral("apiCalls")).toInt(), 6);
            QCOMPARE(data(h).value(QStringLiteral("instanceId")).toString(), h.path == QLatin1String("/one") ? first : second);
        }
        // Refused calls are not counted; the admin is not limited and can lift the limit.
        QCOMPARE(admin.get(QStringLiteral("/api/stats/user")).status, 200);
        QCOMPARE(admin.put(QStringLiteral("/api/users/") + userId, {{QStringLiteral("maxApiCalls"), 8}}).status, 200);
        QCOMPARE(user.get(QStringLiteral("/api/instances")).status, 200);
        QCOMPARE(user.get(QStringLiteral("/api/instances")).status, 200);
        expectError(user.get(QStringLiteral("/api/instances")), 429, "limit_exceeded");
        QTest::qWait(300);
        QCOMPARE(receiver.hits.size(), 2); // still one per user, day and limit
        QCOMPARE(admin.put(QStringLiteral("/api/users/") + userId, {{QStringLiteral("maxApiCalls"), QJsonValue()}}).status, 200);
        QCOMPARE(user.get(QStringLiteral("/api/instances")).status, 200);
    }

    void maxMessagesSentForTheSendRoutes()
    {
        QTemporaryDir dir;
        WebhookReceiver receiver;
        QString userId, instance;
        {
            TestServer server(dir.path());
            HttpClient admin = server.client();
            admin.setApiKey(server.adminApiKey());
            const auto created = server.createUser(QStringLiteral("sender@example.com"));
            userId = created.first;
            HttpClient user = server.client();
            user.setApiKey(created.second);
            instance = createHooked(user, receiver.url());
            QCOMPARE(admin.put(QStringLiteral("/api/users/") + userId, {{QStringLiteral("maxMessagesSent"), 2}}).status, 200);
            core::users::UsageLimits *limits = server.runtime->limits();
            QVERIFY(!limits->checkMessageSend(userId, 2)); // two fit
            QVERIFY(!limits->checkMessageSend(userId));
            limits->countMessageSent(userId);
            limits->countMessageSent(userId);
            const auto refused = limits->checkMessageSend(userId);
            QVERIFY(refused);
            QCOMPARE(refused->kind, core::ErrorKind::LimitExceeded);
            QCOMPARE(refused->field, QStringLiteral("maxMessagesSent"));
            QVERIFY2(refused->message.contains(QLatin1String("maxMessagesSent (2)")), qPrintable(refused->message));
            QVERIFY(limits->checkMessageSend(userId)); // still refused, no second event
            QCOMPARE(limits->usageToday(userId).messagesSent, qint64(2));
            // Admins are not limited.
            const QString adminId = admin.get(QStringLiteral("/api/auth/me")).json.value(QStringLiteral("id")).toString();
            QVERIFY(!limits->checkMessageSend(adminId, 1'000'000));
            QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 5000);
            const Hit &h = receiver.hits[0];
            QCOMPARE(h.json().value(QStringLiteral("event")).toString(), QStringLiteral("limit_exceeded"));
            QCOMPARE(data(h).value(QStringLiteral("exceededLimits")).toArray(), QJsonArray{QStringLiteral("maxMessagesSent")});
            QCOMPARE(data(h).value(QStringLiteral("usage")).toObject().value(QStringLiteral("messagesSent")).toInt(), 2);
            QTRY_COMPARE(deliveries(user, instance, QStringLiteral("?status=delivered")).size(), 1);
        }
        // After a restart the count and the notice are still there: refused, and no second event.
        TestServer again(dir.path());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again.runtime->limits()->checkMessageSend(userId));
        QTest::qWait(400);
        QSet<QByteArray> ids; // at least once: count events by X-Webhook-Id, not requests
        for (const Hit &h : receiver.hits)
            ids.insert(h.id());
        QCOMPARE(ids.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstWebhookApi)
#include "tst_webhookapi.moc"
