// Migrations: from every earlier version (with data in it) to the latest, in one transaction each;
// a database newer than the build is refused; running twice is a no-op.
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

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
                              "wa_signed_prekeys", "wa_sessions", "wa_sender_keys", "wa_app_state_keys"})
            QVERIFY2(refTables.contains(QLatin1String(t)), t);
        for (const char *i : {"activity_by_instance_time", "events_by_instance_time", "messages_by_chat_time",
                              "contacts_by_name", "contacts_by_number"})
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
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
            QVERIFY(q.value(0).toInt() >= 5000);
        }
        Database::close(QStringLiteral("p"));
    }
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
