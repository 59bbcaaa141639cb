#pragma once
// The per-instance activity log (connected, qr_received, instance_updated, ...) and the events
// feed (message_received, webhook_updated, ...). Inserts run as DbWriter jobs (static functions
// taking the writer's connection); queries run on a read connection.
#include "core/store/records.h"
#include "core/store/sqlhelpers.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

namespace core::store {

struct ActivityQuery {
    QString instanceId;
    QStringList actions; // empty = all
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    int limit = 100;
    int skip = 0;
};

struct ActivityPage {
    QVector<ActivityRecord> logs;
    qint64 total = 0;
};

struct EventQuery {
    QString instanceId;
    QStringList types; // empty = all
    std::optional<qint64> sinceMs; // strictly after
    int limit = 20;
};

struct EventPage {
    QVector<EventRecord> events; // chronological
    bool hasMore = false;
};

class ActivityRepository
{
public:
    explicit ActivityRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static bool insertActivity(QSqlDatabase &db, const ActivityRecord &record, QString *error);
    static bool insertEvent(QSqlDatabase &db, const EventRecord &record, QString *error);

    ActivityPage activity(const ActivityQuery &query, QString *error = nullptr);
    // A page never ends in the middle of a millisecond that has more events than fit, so a client
    // that polls with since=<last timestamp seen> never skips an event.
    EventPage events(const EventQuery &query, QString *error = nullptr);

private:
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(m_db, sql); }
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace core::store
