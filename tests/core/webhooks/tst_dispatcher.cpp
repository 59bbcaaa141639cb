// The dispatcher against real local receivers: signed requests with the documented headers, in
// order per instance and in parallel across instances, retries with growing X-Webhook-Attempt on
// identical bytes, dead letters, timeouts, redirects, bounded responses, settings read at delivery
// time, pauses, restarts (kill-like stops mid-retry and mid-flight), and the webhookSent counter.
#include "core/secrets/secretbox.h"
#include "core/store/database.h"
#include "core/store/instancerepository.h"
#include "core/store/migrations.h"
#include "core/webhooks/dispatcher.h"
#include "core/webhooks/outbox.h"
#include "core/webhooks/signature.h"
#include "webhookreceiver.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using core::webhooks::Dispatcher;
using core::webhooks::DispatcherOptions;
using core::webhooks::Signature;
using testsupport::BlackHole;
using testsupport::WebhookReceiver;
using Hit = WebhookReceiver::Hit;
using Answer = WebhookReceiver::Answer;

namespace {

const QByteArray kSecret = "dispatcher-test-secret";

struct Row {
    QString state;
    int attempts = -1;
    int lastStatus = 0;
    QString lastError;
    bool hasLatency = false;
};

// One database with a user, instances and an outbox, shared by a test and its dispatchers.
class Store
{
public:
    Store() : m_box(QByteArray(32, 'k')), m_name(core::store::Database::uniqueName(QStringLiteral("tst")))
    {
        m_path = m_dir.filePath(QStringLiteral("w.db"));
        QString error;
        m_db = core::store::Database::open(m_path, m_name, &error);
        core::store::Migrations::migrate(m_db, &error);
        exec(QStringLiteral("INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
                            " VALUES ('u1','a@b.c','h',x'01','s',1,1)"));
    }
    ~Store()
    {
        m_db = QSqlDatabase();
        core::store::Database::close(m_name);
    }
    DispatcherOptions options() const
    {
        DispatcherOptions o;
        o.databasePath = m_path;
        o.box = &m_box;
        o.timeoutMs = 3000;
        o.pollIntervalMs = 200;
        o.random = [] { return 0.5; }; // nominal delays
        return o;
    }
    void addInstance(const QString &id, const QString &url, const QByteArray &secret = kSecret, int maxRetries = 3,
                     qint64 retryIntervalMs = 60000, const QJsonObject &headers = {})
    {
        core::store::InstanceRecord r;
        r.id = id;
        r.userId = QStringLiteral("u1");
        r.name = id;
        r.webhookUrl = url;
        r.webhookEnabled = true;
        r.createdAt = r.updatedAt = r.webhook.updatedAt = 1;
        r.webhook.maxRetries = maxRetries;
        r.webhook.headers = headers;
        if (!secret.isEmpty())
            r.webhook.secretSealed = QString::fromLatin1(m_box.seal(secret));
        QVERIFY(core::store::InstanceRepository(m_db).insert(r));
        // Below the API's 1000 ms minimum, so that retry tests take milliseconds.
        exec(QStringLiteral("UPDATE webhook_settings SET retry_interval=%1 WHERE instance_id='%2'").arg(retryIntervalMs).arg(id));
    }
    QString enqueue(const QString &instance, int n, const QString &type = QStringLiteral("webhook_test"))
    {
        QString error, id;
        if (!core::webhooks::Outbox::enqueue(m_db, instance, type, {{QStringLiteral("n"), n}},
                                             QDateTime::currentMSecsSinceEpoch(), &error, &id))
            qWarning("enqueue: %s", qPrintable(error));
        return id;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning("%s", qPrintable(sql));
        return true;
    }
    Row row(const QString &deliveryId)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT state, attempts, last_status_code, last_error, last_latency_ms FROM webhook_outbox"
                                 " WHERE delivery_id=?"));
        q.addBindValue(deliveryId);
        Row r;
        if (q.exec() && q.next())
            r = {q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(), !q.value(4).isNull()};
        return r;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    const core::secrets::SecretBox &box() const { return m_box; }

private:
    QTemporaryDir m_dir;
    core::secrets::SecretBox m_box;
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

int bodyN(const Hit &h)
{
    return h.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("n")).toInt();
}

} // namespace

class TstDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversSignedRequestsInOrder()
    {
        Store store;
        WebhookReceiver receiver;
        store.addInstance(QStringLiteral("a"), receiver.url(QStringLiteral("/a?token=t")), kSecret, 3, 60000,
                          {{QStringLiteral("X-Custom"), QStringLiteral("yes")}});
        Dispatcher dispatcher(store.options());
        QString error;
        QVERIFY2(dispatcher.start(&error), qPrintable(error));
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids << store.enqueue(QStringLiteral("a"), i);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 50, 10000);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 50; ++i) {
            const Hit &h = receiver.hits[i];
            QCOMPARE(bodyN(h), i); // commit order
            QCOMPARE(QString::fromLatin1(h.id()), ids[i]);
            QCOMPARE(h.attempt(), 1);
            QCOMPARE(h.path, QStringLiteral("/a"));
            QCOMPARE(h.header("X-Webhook-Signature"), Signature::sign(kSecret, h.body));
            QCOMPARE(h.header("X-Webhook-Event"), QByteArray("webhook_test"));
            QCOMPARE(h.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(h.header("X-Custom"), QByteArray("yes"));
            QCOMPARE(h.header("User-Agent"), QByteArray("WaMulti-Webhooks"));
            QVERIFY(qAbs(h.header("X-Webhook-Timestamp").toLongLong() - now) <= 10);
        }
        QTRY_COMPARE(store.row(ids.last()).state, QStringLiteral("delivered"));
        const Row r = store.row(ids.first());
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.lastStatus, 200);
        QVERIFY(r.lastError.isEmpty());
        QVERIFY(r.hasLatency);
        // webhookSent counted in the same transaction as the deliveries.
        QTRY_COMPARE(store.scalar(QStringLiteral("SELECT SUM(webhook_sent) FROM daily_stats WHERE instance_id='a'")), qint64(50));
        QCOMPARE(dispatcher.counts().delivered, qint64(50));
    }

    void retriesWithIdenticalBytesThenDelivers()
    {
        Store store;
        WebhookReceiver receiver;
        receiver.setScript([](const Hit &, int index) { return Answer::of(index < 3 ? 500 : 200); });
        store.addInstance(QStringLiteral("r"), receiver.url(), kSecret, 5, 40);
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        const QString first = store.enqueue(QStringLiteral("r"), 1);
        const QString second = store.enqueue(QStringLiteral("r"), 2);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 5, 10000);
        for (int i = 0; i < 4; ++i) { // one logical event, four attempts
            QCOMPARE(QString::fromLatin1(receiver.hits[i].id()), first);
            QCOMPARE(receiver.hits[i].attempt(), i + 1);
            QCOMPARE(receiver.hits[i].body, receiver.hits[0].body);
            QCOMPARE(receiver.hits[i].header("X-Webhook-Signature"), Signature::sign(kSecret, receiver.hits[0].body));
        }
        // The second event waited for the first (in order), then went once.
        QCOMPARE(QString::fromLatin1(receiver.hits[4].id()), second);
        QCOMPARE(receiver.hits[4].attempt(), 1);
        // Backoff: 40, 80, 160 ms nominal between the attempts.
        QVERIFY(receiver.hits[3].receivedAt - receiver.hits[0].receivedAt >= 250);
        QTRY_COMPARE(store.row(first).state, QStringLiteral("delivered"));
        QCOMPARE(store.row(first).attempts, 4);
        QCOMPARE(store.row(first).lastStatus, 200);
        QTRY_COMPARE(store.row(second).state, QStringLiteral("delivered"));
        QCOMPARE(dispatcher.counts().failed, qint64(3));
    }

    void deadLetterAfterMaxRetriesThenTheQueueMovesOn()
    {
        Store store;
        WebhookReceiver receiver;
        receiver.setScript([](const Hit &h, int) { return Answer::of(bodyN(h) == 1 ? 503 : 204); });
        store.addInstance(QStringLiteral("d"), receiver.url(), kSecret, 2, 30);
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        const QString doomed = store.enqueue(QStringLiteral("d"), 1);
        const QString next = store.enqueue(QStringLiteral("d"), 2);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(store.row(next).state, QStringLiteral("delivered"), 10000);
        const Row dead = store.row(doomed);
        QCOMPARE(dead.state, QStringLiteral("dead"));
        QCOMPARE(dead.attempts, 3); // 1 + maxRetries
        QCOMPARE(dead.lastStatus, 503);
        QCOMPARE(dead.lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(receiver.hits.size(), 4);
        QCOMPARE(store.row(next).lastStatus, 204); // any 2xx
        QCOMPARE(dispatcher.counts().dead, qint64(1));
    }

    void timeoutsRedirectsAndRefusalsAreFailures()
    {
        Store store;
        BlackHole hole;
        WebhookReceiver receiver;
        receiver.setScript([&receiver](const Hit &h, int) {
            if (h.path == QLatin1String("/moved"))
                return Answer::of(302, {}, receiver.url(QStringLiteral("/elsewhere")).toLatin1());
            return Answer::of(200);
        });
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 closedPort = closed.serverPort();
        closed.close();
        store.addInstance(QStringLiteral("slow"), hole.url(), kSecret, 0);
        store.addInstance(QStringLiteral("moved"), receiver.url(QStringLiteral("/moved")), kSecret, 0);
        store.addInstance(QStringLiteral("refused"), QStringLiteral("http://127.0.0.1:%1/h").arg(closedPort), kSecret, 0);
        auto options = store.options();
        options.timeoutMs = 400;
        Dispatcher dispatcher(options);
        QVERIFY(dispatcher.start(nullptr));
        const QString slow = store.enqueue(QStringLiteral("slow"), 1);
        const QString moved = store.enqueue(QStringLiteral("moved"), 1);
        const QString refused = store.enqueue(QStringLiteral("refused"), 1);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(store.row(slow).state, QStringLiteral("dead"), 5000);
        QCOMPARE(store.row(slow).lastError, QStringLiteral("no response within 400 ms"));
        QCOMPARE(store.row(slow).lastStatus, 0);
        QVERIFY(hole.connections >= 1);
        QTRY_COMPARE(store.row(moved).state, QStringLiteral("dead"));
        QCOMPARE(store.row(moved).lastStatus, 302);
        QVERIFY(receiver.hitsOn(QStringLiteral("/elsewhere")).isEmpty()); // a signed body is not forwarded
        QTRY_COMPARE(store.row(refused).state, QStringLiteral("dead"));
        QCOMPARE(store.row(refused).lastError, QStringLiteral("connection refused"));
    }

    void largeResponsesAreReadWithinBounds()
    {
        Store store;
        WebhookReceiver receiver;
        receiver.setScript([](const Hit &, int) { return Answer::of(200, QByteArray(3 << 20, 'x')); });
        store.addInstance(QStringLiteral("big"), receiver.url(), kSecret, 0);
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        const QString a = store.enqueue(QStringLiteral("big"), 1);
        const QString b = store.enqueue(QStringLiteral("big"), 2);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(store.row(b).state, QStringLiteral("delivered"), 10000);
        QCOMPARE(store.row(a).state, QStringLiteral("delivered"));
    }

    void instancesDoNotBlockEachOther()
    {
        Store store;
        BlackHole hole;
        WebhookReceiver receiver;
        store.addInstance(QStringLiteral("stuck"), hole.url(), kSecret, 3, 60000);
        store.addInstance(QStringLiteral("free"), receiver.url(QStringLiteral("/free")));
        auto options = store.options();
        options.timeoutMs = 5000;
        Dispatcher dispatcher(options);
        QVERIFY(dispatcher.start(nullptr));
        for (int i = 0; i < 3; ++i)
            store.enqueue(QStringLiteral("stuck"), i);
        for (int i = 0; i < 20; ++i)
            store.enqueue(QStringLiteral("free"), i);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 20, 4000);
        QCOMPARE(hole.connections, 1); // only the stuck instance's head, and only once
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE instance_id='stuck' AND state='pending'")), qint64(3));
    }

    void settingsAreReadWhenDelivering()
    {
        Store store;
        WebhookReceiver receiver;
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 closedPort = closed.serverPort();
        closed.close();
        store.addInstance(QStringLiteral("s"), QStringLiteral("http://127.0.0.1:%1/h").arg(closedPort), kSecret, 10, 60000);
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        const QString id = store.enqueue(QStringLiteral("s"), 1);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(store.row(id).attempts, 1, 5000); // failed, next try in a minute
        // The user fixes the URL and rotates the secret: the waiting event goes now, there, signed anew.
        store.exec(QStringLiteral("UPDATE instances SET webhook_url='%1' WHERE id='s'").arg(receiver.url(QStringLiteral("/fixed"))));
        store.exec(QStringLiteral("UPDATE webhook_settings SET secret_sealed='%1' WHERE instance_id='s'")
                       .arg(QString::fromLatin1(store.box().seal("rotated-secret"))));
        dispatcher.invalidate(QStringLiteral("s"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 3000);
        QCOMPARE(receiver.hits[0].path, QStringLiteral("/fixed"));
        QCOMPARE(receiver.hits[0].attempt(), 2);
        QCOMPARE(receiver.hits[0].header("X-Webhook-Signature"), Signature::sign("rotated-secret", receiver.hits[0].body));
        QTRY_COMPARE(store.row(id).state, QStringLiteral("delivered"));
    }

    void disabledWebhooksPauseDelivery()
    {
        Store store;
        WebhookReceiver receiver;
        store.addInstance(QStringLiteral("p"), receiver.url(), QByteArray()); // no secret: unsigned
        store.exec(QStringLiteral("UPDATE instances SET webhook_enabled=0 WHERE id='p'"));
        // Rows queued while enabled, then disabled (Outbox::enqueue itself would not insert now).
        store.exec(QStringLiteral("INSERT INTO webhook_outbox (delivery_id, instance_id, event, payload, next_attempt_at, created_at)"
                                  " VALUES ('p1','p','webhook_test','{\"n\":1}',0,1), ('p2','p','webhook_test','{\"n\":2}',0,1)"));
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        dispatcher.wake();
        QTest::qWait(600); // three polls
        QCOMPARE(receiver.hits.size(), 0);
        QCOMPARE(store.row(QStringLiteral("p1")).state, QStringLiteral("pending"));
        store.exec(QStringLiteral("UPDATE instances SET webhook_enabled=1 WHERE id='p'"));
        dispatcher.invalidate(QStringLiteral("p"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 2, 3000);
        QVERIFY(receiver.hits[0].header("X-Webhook-Signature").isEmpty());
        QCOMPARE(receiver.hits[0].body, QByteArray("{\"n\":1}")); // the stored bytes, as they are
    }

    void unopenableSecretFailsWithoutSending()
    {
        Store store;
        WebhookReceiver receiver;
        store.addInstance(QStringLiteral("k"), receiver.url(), kSecret, 0);
        const core::secrets::SecretBox other(QByteArray(32, 'o'));
        store.exec(QStringLiteral("UPDATE webhook_settings SET secret_sealed='%1' WHERE instance_id='k'")
                       .arg(QString::fromLatin1(other.seal("x"))));
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        const QString id = store.enqueue(QStringLiteral("k"), 1);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(store.row(id).state, QStringLiteral("dead"), 5000);
        QVERIFY2(store.row(id).lastError.contains(QLatin1String("secret")), qPrintable(store.row(id).lastError));
        QCOMPARE(receiver.hits.size(), 0); // never sent unsigned by mistake
    }

    void pollingFindsEventsWithoutAWake()
    {
        Store store;
        WebhookReceiver receiver;
        store.addInstance(QStringLiteral("w"), receiver.url());
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        QTest::qWait(300);
        store.enqueue(QStringLiteral("w"), 1); // and no wake()
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 3000);
    }

    void restartsResumeRetriesAndRedoInterruptedAttempts()
    {
        Store store;
        WebhookReceiver receiver;
        BlackHole hole;
        bool healthy = false;
        receiver.setScript([&healthy](const Hit &, int) { return Answer::of(healthy ? 200 : 500); });
        store.addInstance(QStringLiteral("x"), receiver.url(), kSecret, 20, 60000);
        store.addInstance(QStringLiteral("y"), hole.url(), kSecret, 20, 60000);
        QString failing, interrupted;
        {
            Dispatcher first(store.options());
            QVERIFY(first.start(nullptr));
            failing = store.enqueue(QStringLiteral("x"), 1);
            interrupted = store.enqueue(QStringLiteral("y"), 1);
            first.wake();
            QTRY_COMPARE_WITH_TIMEOUT(store.row(failing).attempts, 1, 5000); // committed, retry in ~60 s
            QTRY_COMPARE(hole.connections, 1);
            first.stop(); // mid-retry for x, mid-flight for y
        }
        QCOMPARE(store.row(interrupted).attempts, 0); // an aborted attempt is not an attempt
        QCOMPARE(store.row(interrupted).state, QStringLiteral("pending"));
        // The next start honours the stored retry time; make it due now instead of in a minute.
        store.exec(QStringLiteral("UPDATE webhook_outbox SET next_attempt_at=0"));
        store.exec(QStringLiteral("UPDATE instances SET webhook_url='%1' WHERE id='y'").arg(receiver.url(QStringLiteral("/y"))));
        healthy = true;
        Dispatcher second(store.options());
        QVERIFY(second.start(nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(store.row(failing).state, QStringLiteral("delivered"), 5000);
        QTRY_COMPARE(store.row(interrupted).state, QStringLiteral("delivered"));
        QCOMPARE(receiver.hits.size(), 3);
        QCOMPARE(receiver.hits[0].attempt(), 1);
        for (const Hit &h : receiver.hits.mid(1)) {
            if (h.path == QLatin1String("/y"))
                QCOMPARE(h.attempt(), 1); // redone with the same number
            else
                QCOMPARE(h.attempt(), 2); // continues counting across the restart
            QCOMPARE(h.header("X-Webhook-Signature"), Signature::sign(kSecret, h.body));
        }
    }

    void manyInstancesManyEventsExactlyOnceInOrder()
    {
        Store store;
        WebhookReceiver receiver;
        const int instances = 8, perInstance = 250;
        for (int i = 0; i < instances; ++i)
            store.addInstance(QStringLiteral("m%1").arg(i), receiver.url(QStringLiteral("/m%1").arg(i)));
        Dispatcher dispatcher(store.options());
        QVERIFY(dispatcher.start(nullptr));
        for (int n = 0; n < perInstance; ++n)
            for (int i = 0; i < instances; ++i)
                store.enqueue(QStringLiteral("m%1").arg(i), n);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), instances * perInstance, 30000);
        QSet<QByteArray> ids;
        for (int i = 0; i < instances; ++i) {
            const auto hits = receiver.hitsOn(QStringLiteral("/m%1").arg(i));
            QCOMPARE(hits.size(), perInstance);
            for (int n = 0; n < perInstance; ++n)
                QCOMPARE(bodyN(hits[n]), n);
            for (const Hit &h : hits)
                ids.insert(h.id());
        }
        QCOMPARE(ids.size(), instances * perInstance);
        QTRY_COMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE state='delivered'")),
                     qint64(instances * perInstance));
    }
};

QTEST_GUILESS_MAIN(TstDispatcher)
#include "tst_dispatcher.moc"
