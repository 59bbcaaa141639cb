#pragma once
// Daily usage counters per instance (daily_stats) and per user (user_daily_usage). Increments
// are DbWriter jobs (UPSERT adding deltas); reads sum a range of days, fromDay inclusive
// ('YYYY-MM-DD', UTC; empty = all time).
#include "core/store/records.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace core::store {

struct DailyCounters {
    QString day;
    UsageCounters counters;
};

class StatsRepository
{
public:
    explicit StatsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static bool addInstance(QSqlDatabase &db, const QString &instanceId, const QString &day,
                            const UsageCounters &delta, QString *error);
    static bool addUser(QSqlDatabase &db, const QString &userId, const QString &day, qint64 apiCalls,
                        qint64 messagesSent, QString *error);

    UsageCounters instanceTotals(const QString &instanceId, const QString &fromDay);
    QVector<DailyCounters> instanceDaily(const QString &instanceId, const QString &fromDay);
    QHash<QString, UsageCounters> totalsPerInstance(const QString &fromDay); // every instance
    QVector<DailyCounters> dailyTotals(const QString &fromDay); // per day, summed over every instance
    UsageCounters systemTotals(const QString &fromDay);
    qint64 userApiCalls(const QString &userId, const QString &fromDay); // empty userId = all users
    qint64 userMessagesSent(const QString &userId, const QString &fromDay);

private:
    QSqlDatabase m_db;
};

} // namespace core::store
