// Outbox::enqueue: the decision made inside SQL (enabled, URL, notify flags, format), the stored
// bytes, and the transaction contract (the caller's transaction, on any thread's connection).
#include "core/store/database.h"
#include "core/store/instancerepository.h"
#include "core/store/migrations.h"
#include "core/webhooks/outbox.h"
#include "core/webhooks/payloads.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using core::store::Database;
using core::store::InstanceRecord;
using core::webhooks::Outbox;
using core::webhooks::Payloads;

namespace {
constexpr qint64 kT = 1672585200000;
}

class TstOutbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;

    InstanceRecord instance(const QString &id, bool enabled = true, const QString &url = QStringLiteral("http://127.0.0.1:9/h"))
    {
        InstanceRecord r;
        r.id = id;
        r.userId = QStringLiteral("u1");
        r.name = id;
        r.webhookUrl = url;
        r.webhookEnabled = enabled;
        r.createdAt = r.updatedAt = r.webhook.updatedAt = kT;
        return r;
    }
    void add(const InstanceRecord &r) { QVERIFY(core::store::InstanceRepository(m_db).insert(r)); }
    int rows(const QString &instanceId)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE instance_id=?"));
        q.addBindValue(instanceId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // Enqueues and returns the delivery id ("" = filtered out); fails the test on an error.
    QString enqueue(const QString &instanceId, const char *type, const QJsonObject &data = {})
    {
        QString error, id;
        const bool ok = Outbox::enqueue(m_db, instanceId, QLatin1String(type), data, kT, &error, &id);
        if (!ok)
            qWarning("enqueue failed: %s", qPrintable(error));
        return ok ? id : QStringLiteral("<error>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("o.db"));
        QString error;
        m_db = Database::open(m_path, QStringLiteral("main"), &error);
        QVERIFY2(core::store::Migrations::migrate(m_db, &error), qPrintable(error));
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral(
            "INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
            " VALUES ('u1','a@b.c','h',x'01','s',1,1)")));
    }
    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("main"));
    }

    void storesTheExactPayload()
    {
        add(instance(QStringLiteral("std")));
        const QJsonObject data{{QStringLiteral("reason"), QStringLiteral("logout")}, {QStringLiteral("willReconnect"), false}};
        const QString id = enqueue(QStringLiteral("std"), "disconnected", data);
        QCOMPARE(id.size(), 24);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT event, payload, state, attempts, next_attempt_at, created_at FROM webhook_outbox WHERE delivery_id=?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("disconnected"));
        QCOMPARE(q.value(1).toByteArray(), Payloads::standard(QStringLiteral("std"), QStringLiteral("disconnected"), data, kT));
        QCOMPARE(q.value(2).toString(), QStringLiteral("pending"));
        QCOMPARE(q.value(3).toInt(), 0);
        QCOMPARE(q.value(4).toLongLong(), kT);
        QCOMPARE(q.value(5).toLongLong(), kT);
        QVERIFY(enqueue(QStringLiteral("std"), "connected") != id); // a new id per event
    }

    void disabledOrUnknownInstancesGetNothing()
    {
        add(instance(QStringLiteral("off"), false));
        QCOMPARE(enqueue(QStringLiteral("off"), "connected"), QString());
        add(instance(QStringLiteral("nourl"), true, QString())); // the API refuses this; SQL must too
        QCOMPARE(enqueue(QStringLiteral("nourl"), "connected"), QString());
        QCOMPARE(enqueue(QStringLiteral("no-such-instance"), "connected"), QString());
        QCOMPARE(rows(QStringLiteral("off")) + rows(QStringLiteral("nourl")) + rows(QStringLiteral("no-such-instance")), 0);
        QString error;
        QVERIFY(!Outbox::enqueue(m_db, QStringLiteral("std"), QStringLiteral("Bad Name"), {}, kT, &error));
        QVERIFY2(error.contains(QLatin1String("Bad Name")), qPrintable(error));
    }

    void notifyFlagsFilter()
    {
        auto status = [](const char *s) { return QJsonObject{{QStringLiteral("status"), QLatin1String(s)}}; };
        InstanceRecord none = instance(QStringLiteral("quiet"));
        none.webhook.notifyReceived = none.webhook.notifySent = none.webhook.notifyDelivery = none.webhook.notifyRead = false;
        add(none);
        for (const char *type : {"message_received", "message_sent", "message_status"})
            QVERIFY2(enqueue(QStringLiteral("quiet"), type, status("read")).isEmpty(), type);
        QVERIFY(enqueue(QStringLiteral("quiet"), "message_status", status("delivered")).isEmpty());
        for (const char *type : {"connected", "disconnected", "qr_received", "limit_exceeded", "webhook_updated", "webhook_test"})
            QVERIFY2(!enqueue(QStringLiteral("quiet"), type).isEmpty(), type); // always, when enabled

        InstanceRecord some = instance(QStringLiteral("some"));
        some.webhook.notifyReceived = true;
        some.webhook.notifySent = false;
        some.webhook.notifyDelivery = false;
        some.webhook.notifyRead = true;
        add(some);
        QVERIFY(!enqueue(QStringLiteral("some"), "message_received").isEmpty());
        QVERIFY(enqueue(QStringLiteral("some"), "message_sent").isEmpty());
        QVERIFY(enqueue(QStringLiteral("some"), "message_status", status("delivered")).isEmpty());
        QVERIFY(!enqueue(QStringLiteral("some"), "message_status", status("read")).isEmpty());
        QVERIFY(!enqueue(QStringLiteral("some"), "message_status", status("played")).isEmpty());
        QCOMPARE(rows(QStringLiteral("some")), 3);
    }

    void legacyFormat()
    {
        InstanceRecord r = instance(QStringLiteral("old"));
        r.webhook.format = QStringLiteral("legacy");
        add(r);
        const QJsonObject qr{{QStringLiteral("qrCode"), QStringLiteral("2@x")}};
        const QString id = enqueue(QStringLiteral("old"), "qr_received", qr);
        QVERIFY(!id.isEmpty());
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT event, payload FROM webhook_outbox WHERE delivery_id=?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("qr.update"));
        QCOMPARE(q.value(1).toByteArray(), Payloads::legacy(QStringLiteral("old"), QStringLiteral("qr_received"), qr, kT));
        q.finish();
        for (const char *type : {"webhook_updated", "limit_exceeded", "message_status"})
            QVERIFY2(enqueue(QStringLiteral("old"), type).isEmpty(), type);
        QCOMPARE(rows(QStringLiteral("old")), 1);
    }

    void followsTheCallersTransaction()
    {
        add(instance(QStringLiteral("tx")));
        QVERIFY(m_db.transaction());
        QVERIFY(!enqueue(QStringLiteral("tx"), "connected").isEmpty());
        QVERIFY(m_db.rollback());
        QCOMPARE(rows(QStringLiteral("tx")), 0); // no webhook for a fact that did not happen

        // Settings are read as the transaction sees them: disabled inside it, nothing goes.
        QVERIFY(m_db.transaction());
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("UPDATE instances SET webhook_enabled=0 WHERE id='tx'")));
        QVERIFY(enqueue(QStringLiteral("tx"), "connected").isEmpty());
        QVERIFY(m_db.rollback());
        QVERIFY(!enqueue(QStringLiteral("tx"), "connected").isEmpty());
        QCOMPARE(rows(QStringLiteral("tx")), 1);
    }

    void worksFromAnotherThreadsConnection()
    {
        // Like a session thread: its own connection, its own transaction with its own fact.
        add(instance(QStringLiteral("thread")));
        QString deliveryId, error;
        bool ok = false;
        std::thread t([&] {
            {
                QSqlDatabase db = Database::open(m_path, QStringLiteral("session"), &error);
                ok = db.transaction();
                QSqlQuery fact(db);
                ok = ok && fact.exec(QStringLiteral("INSERT INTO events (instance_id, type, data, created_at)"
                                                    " VALUES ('thread','message_received','{}',1)"));
                ok = ok && Outbox::enqueue(db, QStringLiteral("thread"), QStringLiteral("message_received"),
                                           {{QStringLiteral("body"), QStringLiteral("hi")}}, kT, &error, &deliveryId);
                ok = ok && db.commit();
            }
            Database::close(QStringLiteral("session"));
        });
        t.join();
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(!deliveryId.isEmpty());
        QCOMPARE(rows(QStringLiteral("thread")), 1);
    }

    void cascadesWithTheInstance()
    {
        QVERIFY(rows(QStringLiteral("std")) > 0);
        QVERIFY(core::store::InstanceRepository(m_db).remove(QStringLiteral("std")));
        QCOMPARE(rows(QStringLiteral("std")), 0);
    }
};

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
