#pragma once
// Opening SQLite connections with the project's pragmas. Each thread uses its own named
// connection (QSqlDatabase connections are bound to the thread that opened them): the main thread
// reads and does low-volume control-plane writes, the DbWriter thread does batched high-volume
// writes, and WAL lets them overlap.
#include <QSqlDatabase>
#include <QString>

namespace core::store {

struct DbError {
    QString message;
};

class Database
{
public:
    // Opens (creating if needed) the database at `path` under `connectionName` on the calling
    // thread and applies WAL, busy_timeout, foreign keys and synchronous=NORMAL (durable against
    // process crashes such as kill -9; an OS crash may lose the last transactions).
    static QSqlDatabase open(const QString &path, const QString &connectionName, QString *error);
    // Closes and removes the connection; all QSqlQuery objects on it must be gone.
    static void close(const QString &connectionName);
    // A connection name unique to this process, e.g. "main-1", "writer-2".
    static QString uniqueName(const QString &prefix);
};

// Runs one statement; on failure fills *error with the driver's text and the statement's start.
bool execSql(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace core::store
