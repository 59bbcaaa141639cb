#include "core/store/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace core::store {

namespace {

// SQLite's own busy handler sleeps 1, 2, 5, 10, 15, 20, 25 ms ... while another connection holds
// the write lock, which is typically held for well under a millisecond here: a writer that meets
// a lock lost several milliseconds. This one retries after 50 us, doubling up to 2 ms, and gives
// up after the same 10 s as before.
int busyHandler(void *, int count)
{
    constexpr int kMaxWaitUs = 10'000'000;
    const int step = count < 6 ? 50 << count : 2000;
    const long long waited = count < 6 ? 50LL * ((1 << count) - 1) : 3150LL + 2000LL * (count - 6);
    if (waited >= kMaxWaitUs)
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(step));
    return 1;
}

} // namespace

QSqlDatabase Database::open(const QString &path, const QString &connectionName, QString *error)
{
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = QStringLiteral("cannot create directory %1").arg(info.absolutePath());
            return {};
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    static const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",       "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=10000",     "PRAGMA temp_store=MEMORY",  "PRAGMA cache_size=-16000",
    };
    for (const char *pragma : pragmas) {
        if (!execSql(db, QString::fromLatin1(pragma), error)) {
            db.close();
            return {};
        }
    }
    // After the pragmas: PRAGMA busy_timeout installs SQLite's own handler.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_busy_handler(raw, &busyHandler, nullptr);
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString Database::uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 [in: %2]").arg(q.lastError().text(), sql.left(60).simplified());
    return false;
}

} // namespace core::store
