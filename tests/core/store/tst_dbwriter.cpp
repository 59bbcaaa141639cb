// DbWriter: jobs from any thread commit in batches; a failing job rolls back alone; callbacks run
// on the caller's context after COMMIT; flush() waits; stop() drains the queue.
#include "core/store/activityrepository.h"
#include "core/store/database.h"
#include "core/store/dbwriter.h"
#include "core/store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace core::store;

class TstDbWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("w.db")); }
    qint64 count(const QString &table)
    {
        qint64 n = -1;
        {
            QString error;
            QSqlDatabase db = Database::open(path(), QStringLiteral("check"), &error);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
        Database::close(QStringLiteral("check"));
        return n;
    }
    static DbWriter::Job insert(int value)
    {
        return [value](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
            q.addBindValue(value);
            if (!q.exec()) {
                *error = QStringLiteral("insert failed");
                return false;
            }
            return true;
        };
    }
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        {
            QSqlDatabase db = Database::open(path(), QStringLiteral("setup"), &error);
            QVERIFY(Migrations::migrate(db, &error));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)")));
        }
        Database::close(QStringLiteral("setup"));
    }
    void batchesFromManyThreadsAndIsolatesFailures()
    {
        DbWriter writer(path(), 500);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&writer, t] {
                for (int i = 0; i < 2500; ++i)
                    writer.submit(insert(t * 10000 + i));
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        // A duplicate fails its own savepoint only; the rest of its batch commits.
        bool failedReported = false;
        writer.submit(insert(1), this, [&](bool ok, const QString &) { failedReported = !ok; });
        writer.submit(insert(99999999));
        QVERIFY(writer.flush());
        QCOMPARE(count(QStringLiteral("t")), 10001);
        QTRY_VERIFY(failedReported); // delivered through the event loop, after commit
        QCOMPARE(writer.committedJobs(), 10001);
    }
    void callbacksRunAfterCommitOnContextThread()
    {
        DbWriter writer(path());
        QString error;
        QVERIFY(writer.start(&error));
        QThread *seen = nullptr;
        qint64 rowsAtCallback = -1;
        writer.submit(insert(424242), this, [&](bool ok, const QString &) {
            QVERIFY(ok);
            seen = QThread::currentThread();
            rowsAtCallback = count(QStringLiteral("t WHERE v=424242"));
        });
        QTRY_VERIFY(seen != nullptr);
        QCOMPARE(seen, QThread::currentThread());
        QCOMPARE(rowsAtCallback, 1);
    }
    void stopDrainsTheQueue()
    {
        {
            DbWriter writer(path());
            QString error;
            QVERIFY(writer.start(&error));
            for (int i = 0; i < 1000; ++i)
                writer.submit(insert(500000 + i));
        } // destructor: stop() after draining
        QCOMPARE(count(QStringLiteral("t WHERE v>=500000 AND v<501000")), 1000);
    }
    void openFailureIsReported()
    {
        DbWriter writer(QStringLiteral("/proc/definitely/not/here.db"));
        QString error;
        QVERIFY(!writer.start(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDbWriter)
#include "tst_dbwriter.moc"
