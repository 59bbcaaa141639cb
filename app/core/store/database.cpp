#include "core/store/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace core::store {

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
