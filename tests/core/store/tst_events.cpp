// Events paging never splits a millisecond, so polling with since=latestTimestamp skips nothing;
// activity totals come from the maintained counts and agree with COUNT(*).
#include "core/store/activityrepository.h"
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace core::store;

class TstEvents : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("e.db")), QStringLiteral("e"), &error);
        QVERIFY(Migrations::migrate(m_db, &error));
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral(
            "INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
            " VALUES ('u','u@x.y','h',x'01','s',1,1)")));
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral(
            "INSERT INTO instances (id,user_id,name,created_at,updated_at) VALUES ('i','u','n',1,1)")));
    }
    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("e"));
    }
    void pollingSeesEveryEventOnce()
    {
        // 10 events per millisecond over 7 milliseconds, polled with limit 4 (smaller than a ms).
        QString error;
        QVERIFY(m_db.transaction());
        int n = 0;
        for (int ms = 1000; ms < 1007; ++ms)
            for (int k = 0; k < 10; ++k)
                QVERIFY(ActivityRepository::insertEvent(m_db, {0, QStringLiteral("i"), QStringLiteral("message_received"),
                                                               {{QStringLiteral("n"), n++}}, ms}, &error));
        QVERIFY(m_db.commit());
        ActivityRepository repo(m_db);
        QList<int> seen;
        std::optional<qint64> since = 999;
        for (int guard = 0; guard < 100; ++guard) {
            const EventPage page = repo.events({QStringLiteral("i"), {}, since, 4});
            for (const auto &e : page.events)
                seen << e.data.value(QStringLiteral("n")).toInt();
            if (!page.events.isEmpty())
                since = page.events.last().createdAt;
            if (!page.hasMore)
                break;
        }
        QCOMPARE(seen.size(), 70);
        for (int i = 0; i < 70; ++i)
            QCOMPARE(seen[i], i);
        // Without since: the latest, in chronological order.
        const EventPage latest = repo.events({QStringLiteral("i"), {}, std::nullopt, 3});
        QCOMPARE(latest.events.size(), 3);
        QCOMPARE(latest.events.last().data.value(QStringLiteral("n")).toInt(), 69);
        QVERIFY(latest.hasMore);
        QCOMPARE(repo.events({QStringLiteral("i"), {QStringLiteral("connected")}, std::nullopt, 3}).events.size(), 0);
    }
    void activityTotalsMatchCounts()
    {
        QString error;
        QVERIFY(m_db.transaction());
        for (int i = 0; i < 300; ++i)
            QVERIFY(ActivityRepository::insertActivity(m_db, {0, QStringLiteral("i"), i % 3 ? QStringLiteral("connected") : QStringLiteral("qr_received"),
                                                              {}, {}, 5000 + i}, &error));
        QVERIFY(m_db.commit());
        ActivityRepository repo(m_db);
        ActivityQuery q;
        q.instanceId = QStringLiteral("i");
        QCOMPARE(repo.activity(q).total, 300);
        q.actions = {QStringLiteral("qr_received")};
        QCOMPARE(repo.activity(q).total, 100);
        q.startMs = 5000;
        q.endMs = 5099; // dated filters count rows
        QCOMPARE(repo.activity(q).total, 34);
        q = {};
        q.instanceId = QStringLiteral("i");
        q.limit = 10;
        q.skip = 5;
        const ActivityPage page = repo.activity(q);
        QCOMPARE(page.logs.size(), 10);
        QCOMPARE(page.logs.first().createdAt, 5000 + 299 - 5); // newest first
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM instances WHERE id='i'"))); // cascades
        QCOMPARE(ActivityRepository(m_db).activity({QStringLiteral("i"), {}, {}, {}, 10, 0}).total, 0);
    }
};

QTEST_GUILESS_MAIN(TstEvents)
#include "tst_events.moc"
