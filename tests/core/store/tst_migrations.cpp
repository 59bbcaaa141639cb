// Migrations: from every earlier version (with data in it) to the latest, in one transaction each;
// a database newer than the build is refused; running twice is a no-op.
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <future>
#include <thread>

using core::store::Database;
using core::store::Migrations;

class TstMigrations : public QObject
{
    Q_OBJECT
    static QStringList objects(QSqlDatabase &db, const char *type)
    {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='%1' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                   .arg(QLatin1String(type)));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }
private Q_SLOTS:
    void fromEveryEarlierVersion()
    {
        // The schema reached from scratch is the reference.
        QTemporaryDir dir;
        QString error;
        QStringList refTables, refIndexes;
        {
            QSqlDatabase ref = Database::open(dir.filePath(QStringLiteral("ref.db")), QStringLiteral("ref"), &error);
            QVERIFY2(Migrations::migrate(ref, &error), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(ref), Migrations::latestVersion());
            refTables = objects(ref, "table");
            refIndexes = objects(ref, "index");
        }
        Database::close(QStringLiteral("ref"));
        for (const char *t : {"users", "instances", "webhook_settings", "activity_log", "activity_counts", "events",
                              "contacts", "messages", "daily_stats", "user_daily_usage", "secrets",
                              "wa_credentials", "wa_identities", "wa_prekeys", "wa_prekey_state",
                              "wa_signed_prekeys", "wa_sessions", "wa_sender_keys", "wa_app_state_keys",
                              "webhook_outbox", "usage_limit_notices"})
            QVERIFY2(refTables.contains(QLatin1String(t)), t);
        for (const char *i : {"activity_by_instance_time", "events_by_instance_time", "messages_by_chat_time",
                              "contacts_by_name", "contacts_by_number", "webhook_outbox_queue", "webhook_outbox_by_time"})
            QVERIFY2(refIndexes.contains(QLatin1String(i)), i);

        for (int start = 0; start < Migrations::latestVersion(); ++start) {
            const QString name = QStringLiteral("from-%1").arg(start);
            {
                QSqlDatabase db = Database::open(dir.filePath(name + QStringLiteral(".db")), name, &error);
                QVERIFY2(Migrations::migrate(db, &error, start), qPrintable(error));
                QCOMPARE(Migrations::currentVersion(db), start);
                if (start >= 1) { // data written at that version survives the upgrade
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
                        " VALUES ('u1','a@b.c','h',x'01','s',1,1)")));
                }
                QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
                QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
                QCOMPARE(objects(db, "table"), refTables);
                QCOMPARE(objects(db, "index"), refIndexes);
                if (start >= 1) {
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral("SELECT email FROM users WHERE id='u1'")) && q.next());
                    QCOMPARE(q.value(0).toString(), QStringLiteral("a@b.c"));
                }
                QVERIFY2(Migrations::migrate(db, &error), qPrintable(error)); // idempotent
            }
            Database::close(name);
        }
    }
    // Version 3: outbox rows die with their instance, states are constrained, delivery ids are
    // unique, and a limit notice is recorded once per user, day and limit.
    void outboxConstraints()
    {
        QTemporaryDir dir;
        QString error;
        {
            QSqlDatabase db = Database::open(dir.filePath(QStringLiteral("o.db")), QStringLiteral("o"), &error);
            QVERIFY2(Migrations::migrate(db, &error, 2), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
                " VALUES ('u1','a@b.c','h',x'01','s',1,1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO instances (id,user_id,name,created_at,updated_at) VALUES ('i1','u1','n',1,1)")));
            QVERIFY2(Migrations::migrate(db, &error), qPrintable(error)); // 2 -> 3 with data in place
            const QString insert = QStringLiteral(
                "INSERT INTO webhook_outbox (delivery_id,instance_id,event,payload,state,next_attempt_at,created_at)"
                " VALUES ('%1','i1','connected',x'7b7d','%2',1,1)");
            QVERIFY(q.exec(insert.arg(QLatin1String("d1"), QLatin1String("pending"))));
            QVERIFY(q.exec(insert.arg(QLatin1String("d2"), QLatin1String("dead"))));
            QVERIFY2(!q.exec(insert.arg(QLatin1String("d3"), QLatin1String("sent"))), "state 'sent' must be refused");
            QVERIFY2(!q.exec(insert.arg(QLatin1String("d1"), QLatin1String("pending"))), "duplicate delivery id accepted");
            QVERIFY(!q.exec(QStringLiteral(
                "INSERT INTO webhook_outbox (delivery_id,instance_id,event,payload,next_attempt_at,created_at)"
                " VALUES ('d4','nope','connected',x'7b7d',1,1)"))); // foreign key
            QVERIFY(q.exec(QStringLiteral("SELECT attempts, attempt_base, replays, state FROM webhook_outbox WHERE delivery_id='d1'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QCOMPARE(q.value(1).toInt(), 0);
            QCOMPARE(q.value(2).toInt(), 0);
            QCOMPARE(q.value(3).toString(), QStringLiteral("pending"));
            q.finish();

            const QString notice = QStringLiteral(
                "INSERT OR IGNORE INTO usage_limit_notices (user_id, day, limit_name, created_at) VALUES ('u1','2026-01-01','maxApiCalls',1)");
            QVERIFY(q.exec(notice));
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(q.exec(notice));
            QCOMPARE(q.numRowsAffected(), 0);

            QVERIFY(q.exec(QStringLiteral("DELETE FROM instances WHERE id='i1'")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM webhook_outbox")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id='u1'")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM usage_limit_notices")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        Database::close(QStringLiteral("o"));
    }
    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        QString error;
        {
            QSqlDatabase db = Database::open(dir.filePath(QStringLiteral("new.db")), QStringLiteral("new"), &error);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1));
            QVERIFY(!Migrations::migrate(db, &error));
            QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        }
        Database::close(QStringLiteral("new"));
    }
    void walAndForeignKeys()
    {
        QTemporaryDir dir;
        QString error;
        {
            QSqlDatabase db = Database::open(dir.filePath(QStringLiteral("p.db")), QStringLiteral("p"), &error);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        Database::close(QStringLiteral("p"));
    }
    // A writer that meets another connection's write lock waits for it (Database installs a busy
    // handler that retries every 50 us to 2 ms for up to 10 s) instead of failing with SQLITE_BUSY.
    void writersWaitForTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.db"));
        QString error;
        {
            QSqlDatabase main = Database::open(path, QStringLiteral("main-b"), &error);
            QVERIFY(QSqlQuery(main).exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            std::promise<void> locked;
            std::thread holder([&] {
                {
                    QSqlDatabase other = Database::open(path, QStringLiteral("holder"), &error);
                    QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE"));
                    QSqlQuery(other).exec(QStringLiteral("INSERT INTO t VALUES (1)"));
                    locked.set_value();
                    QThread::msleep(150); // holds the write lock meanwhile
                    QSqlQuery(other).exec(QStringLiteral("COMMIT"));
                }
                Database::close(QStringLiteral("holder"));
            });
            locked.get_future().wait();
            // Without a busy handler this fails at once with "database is locked".
            QSqlQuery insert(main);
            const bool written = insert.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            holder.join();
            QVERIFY2(written, qPrintable(insert.lastError().text()));
            QSqlQuery count(main);
            QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && count.next());
            QCOMPARE(count.value(0).toInt(), 2);
        }
        Database::close(QStringLiteral("main-b"));
    }
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
