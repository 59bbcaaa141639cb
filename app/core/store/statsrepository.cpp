#include "core/store/statsrepository.h"

#include "core/store/sqlhelpers.h"

namespace core::store {

namespace {
const char *const kSums =
    "COALESCE(SUM(messages_sent),0), COALESCE(SUM(messages_received),0), COALESCE(SUM(media_sent),0),"
    " COALESCE(SUM(media_received),0), COALESCE(SUM(media_bytes),0), COALESCE(SUM(api_calls),0),"
    " COALESCE(SUM(webhook_sent),0)";

UsageCounters readCounters(const QSqlQuery &q, int first)
{
    UsageCounters c;
    c.messagesSent = q.value(first).toLongLong();
    c.messagesReceived = q.value(first + 1).toLongLong();
    c.mediaSent = q.value(first + 2).toLongLong();
    c.mediaReceived = q.value(first + 3).toLongLong();
    c.mediaBytes = q.value(first + 4).toLongLong();
    c.apiCalls = q.value(first + 5).toLongLong();
    c.webhookSent = q.value(first + 6).toLongLong();
    return c;
}
} // namespace

bool StatsRepository::addInstance(QSqlDatabase &db, const QString &instanceId, const QString &day,
                                  const UsageCounters &d, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO daily_stats (instance_id, day, messages_sent, messages_received, media_sent, media_received,"
        " media_bytes, api_calls, webhook_sent) SELECT ?,?,?,?,?,?,?,?,? WHERE EXISTS"
        " (SELECT 1 FROM instances WHERE id=?)"
        " ON CONFLICT(instance_id, day) DO UPDATE SET messages_sent=messages_sent+excluded.messages_sent,"
        " messages_received=messages_received+excluded.messages_received, media_sent=media_sent+excluded.media_sent,"
        " media_received=media_received+excluded.media_received, media_bytes=media_bytes+excluded.media_bytes,"
        " api_calls=api_calls+excluded.api_calls, webhook_sent=webhook_sent+excluded.webhook_sent"));
    for (const QVariant &v : {QVariant(instanceId), QVariant(day), QVariant(d.messagesSent),
                              QVariant(d.messagesReceived), QVariant(d.mediaSent), QVariant(d.mediaReceived),
                              QVariant(d.mediaBytes), QVariant(d.apiCalls), QVariant(d.webhookSent),
                              QVariant(instanceId)})
        q.addBindValue(v);
    return execOrError(q, error);
}

bool StatsRepository::addUser(QSqlDatabase &db, const QString &userId, const QString &day, qint64 apiCalls,
                              qint64 messagesSent, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO user_daily_usage (user_id, day, api_calls, messages_sent) SELECT ?,?,?,? WHERE EXISTS"
        " (SELECT 1 FROM users WHERE id=?)"
        " ON CONFLICT(user_id, day) DO UPDATE SET api_calls=api_calls+excluded.api_calls,"
        " messages_sent=messages_sent+excluded.messages_sent"));
    q.addBindValue(userId);
    q.addBindValue(day);
    q.addBindValue(apiCalls);
    q.addBindValue(messagesSent);
    q.addBindValue(userId);
    return execOrError(q, error);
}

UsageCounters StatsRepository::instanceTotals(const QString &instanceId, const QString &fromDay)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM daily_stats WHERE instance_id=? AND day>=?").arg(QLatin1String(kSums)));
    q.addBindValue(instanceId);
    q.addBindValue(nonNull(fromDay));
    if (q.exec() && q.next())
        return readCounters(q, 0);
    return {};
}

QVector<DailyCounters> StatsRepository::instanceDaily(const QString &instanceId, const QString &fromDay)
{
    QVector<DailyCounters> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day, messages_sent, messages_received, media_sent, media_received, media_bytes,"
                             " api_calls, webhook_sent FROM daily_stats WHERE instance_id=? AND day>=? ORDER BY day"));
    q.addBindValue(instanceId);
    q.addBindValue(nonNull(fromDay));
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), readCounters(q, 1)});
    return out;
}

QHash<QString, UsageCounters> StatsRepository::totalsPerInstance(const QString &fromDay)
{
    QHash<QString, UsageCounters> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT instance_id, %1 FROM daily_stats WHERE day>=? GROUP BY instance_id")
                  .arg(QLatin1String(kSums)));
    q.addBindValue(nonNull(fromDay));
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), readCounters(q, 1));
    return out;
}

QVector<DailyCounters> StatsRepository::dailyTotals(const QString &fromDay)
{
    QVector<DailyCounters> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day, %1 FROM daily_stats WHERE day>=? GROUP BY day ORDER BY day").arg(QLatin1String(kSums)));
    q.addBindValue(nonNull(fromDay));
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), readCounters(q, 1)});
    return out;
}

UsageCounters StatsRepository::systemTotals(const QString &fromDay)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM daily_stats WHERE day>=?").arg(QLatin1String(kSums)));
    q.addBindValue(nonNull(fromDay));
    if (q.exec() && q.next())
        return readCounters(q, 0);
    return {};
}

qint64 StatsRepository::userApiCalls(const QString &userId, const QString &fromDay)
{
    QSqlQuery q(m_db);
    q.prepare(userId.isEmpty()
                  ? QStringLiteral("SELECT COALESCE(SUM(api_calls),0) FROM user_daily_usage WHERE day>=?")
                  : QStringLiteral("SELECT COALESCE(SUM(api_calls),0) FROM user_daily_usage WHERE user_id=? AND day>=?"));
    if (!userId.isEmpty())
        q.addBindValue(userId);
    q.addBindValue(nonNull(fromDay));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 StatsRepository::userMessagesSent(const QString &userId, const QString &fromDay)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(messages_sent),0) FROM user_daily_usage WHERE user_id=? AND day>=?"));
    q.addBindValue(userId);
    q.addBindValue(nonNull(fromDay));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace core::store
