#include "core/store/activityrepository.h"

#include "core/store/sqlhelpers.h"

namespace core::store {

namespace {
EventRecord readEvent(const QSqlQuery &q)
{
    EventRecord e;
    e.id = q.value(0).toLongLong();
    e.instanceId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.data = jsonColumn(q.value(3));
    e.createdAt = q.value(4).toLongLong();
    return e;
}
} // namespace

bool ActivityRepository::insertActivity(QSqlDatabase &db, const ActivityRecord &r, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO activity_log (instance_id, action, details, created_at) VALUES (?,?,?,?)"));
    q.addBindValue(r.instanceId);
    q.addBindValue(r.action);
    q.addBindValue(jsonText(r.details));
    q.addBindValue(r.createdAt);
    if (!execOrError(q, error))
        return false;
    QSqlQuery c(db);
    c.prepare(QStringLiteral("INSERT INTO activity_counts (instance_id, action, total) VALUES (?,?,1)"
                             " ON CONFLICT(instance_id, action) DO UPDATE SET total = total + 1"));
    c.addBindValue(r.instanceId);
    c.addBindValue(r.action);
    return execOrError(c, error);
}

bool ActivityRepository::insertEvent(QSqlDatabase &db, const EventRecord &r, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (instance_id, type, data, created_at) VALUES (?,?,?,?)"));
    q.addBindValue(r.instanceId);
    q.addBindValue(r.type);
    q.addBindValue(jsonText(r.data));
    q.addBindValue(r.createdAt);
    return execOrError(q, error);
}

ActivityPage ActivityRepository::activity(const ActivityQuery &query, QString *error)
{
    ActivityPage page;
    QString where = QStringLiteral("instance_id=?");
    QVariantList binds{query.instanceId};
    if (!query.actions.isEmpty()) {
        where += QStringLiteral(" AND action IN (%1)").arg(placeholders(query.actions.size()));
        for (const QString &a : query.actions)
            binds << a;
    }
    const bool dated = query.startMs || query.endMs;
    if (query.startMs) {
        where += QStringLiteral(" AND created_at >= ?");
        binds << *query.startMs;
    }
    if (query.endMs) {
        where += QStringLiteral(" AND created_at <= ?");
        binds << *query.endMs;
    }

    const auto total = countOf(prepared(dated ? QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE %1").arg(where)
                                              : QStringLiteral("SELECT COALESCE(SUM(total),0) FROM activity_counts WHERE %1").arg(where)),
                               binds, error);
    page.total = total.value_or(0);
    if (!total)
        return page;

    QSqlQuery &q = prepared(QStringLiteral("SELECT id, action, details, created_at FROM activity_log WHERE %1"
                                           " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                                .arg(where));
    bindAll(q, binds);
    q.bindValue(int(binds.size()), query.limit);
    q.bindValue(int(binds.size()) + 1, query.skip);
    if (!execOrError(q, error))
        return page;
    page.logs.reserve(query.limit);
    while (q.next()) {
        ActivityRecord r;
        r.id = q.value(0).toLongLong();
        r.instanceId = query.instanceId;
        r.action = q.value(1).toString();
        r.detailsJson = q.value(2).toByteArray();
        r.createdAt = q.value(3).toLongLong();
        page.logs.push_back(std::move(r));
    }
    q.finish();
    return page;
}

EventPage ActivityRepository::events(const EventQuery &query, QString *error)
{
    EventPage page;
    QString where = QStringLiteral("instance_id=?");
    QVariantList binds{query.instanceId};
    if (!query.types.isEmpty()) {
        where += QStringLiteral(" AND type IN (%1)").arg(placeholders(query.types.size()));
        for (const QString &t : query.types)
            binds << t;
    }
    auto run = [&](const QString &extraWhere, const QVariantList &extraBinds, const QString &order, int limit) {
        QVector<EventRecord> rows;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, instance_id, type, data, created_at FROM events WHERE %1%2"
                                 " ORDER BY %3 LIMIT ?")
                      .arg(where, extraWhere, order));
        for (const QVariant &b : binds + extraBinds)
            q.addBindValue(b);
        q.addBindValue(limit);
        if (execOrError(q, error))
            while (q.next())
                rows.push_back(readEvent(q));
        return rows;
    };

    if (!query.sinceMs) {
        QVector<EventRecord> rows = run(QString(), {}, QStringLiteral("created_at DESC, id DESC"), query.limit + 1);
        page.hasMore = rows.size() > query.limit;
        if (page.hasMore)
            rows.resize(query.limit);
        std::reverse(rows.begin(), rows.end());
        page.events = std::move(rows);
        return page;
    }

    QVector<EventRecord> rows = run(QStringLiteral(" AND created_at > ?"), {*query.sinceMs},
                                    QStringLiteral("created_at, id"), query.limit + 1);
    page.hasMore = rows.size() > query.limit;
    if (page.hasMore) {
        const qint64 lastIncluded = rows[query.limit - 1].createdAt;
        const bool split = rows[query.limit].createdAt == lastIncluded;
        rows.resize(query.limit);
        if (split) {
            while (!rows.isEmpty() && rows.last().createdAt == lastIncluded)
                rows.removeLast();
            if (rows.isEmpty()) // one millisecond holds more events than the limit: return all of it
                rows = run(QStringLiteral(" AND created_at = ?"), {lastIncluded}, QStringLiteral("id"), 100000);
        }
    }
    page.events = std::move(rows);
    return page;
}

} // namespace core::store
