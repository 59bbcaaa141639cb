#pragma once
// Numbered schema migrations tracked in PRAGMA user_version. Each migration runs in one
// transaction together with the user_version bump, so a crash leaves the database at a whole
// version. Migrations are append-only: never edit one that has shipped, add the next number.
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace core::store {

struct Migration {
    int version;
    const char *description;
    QStringList statements;
};

class Migrations
{
public:
    static const std::vector<Migration> &all();
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db);
    // Brings the database from its current version up to `target` (default: latest). Refuses a
    // database newer than this build knows (returns false with a message naming both versions).
    static bool migrate(QSqlDatabase &db, QString *error, int target = -1);
};

} // namespace core::store
