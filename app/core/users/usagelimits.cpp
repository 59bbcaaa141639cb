#include "core/users/usagelimits.h"

#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/logging/logging.h"
#include "core/stats/statsrecorder.h"
#include "core/store/activityrepository.h"
#include "core/store/dbwriter.h"
#include "core/users/userservice.h"
#include "core/webhooks/payloads.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace core::users {

namespace {
const QString kMaxApiCalls = QStringLiteral("maxApiCalls");
const QString kMaxMessagesSent = QStringLiteral("maxMessagesSent");
}

UsageLimits::UsageLimits(UserService *users, stats::StatsRecorder *stats, instances::InstanceManager *instances,
                         store::DbWriter *writer, std::function<void()> outboxCommitted)
    : m_users(users), m_stats(stats), m_instances(instances), m_writer(writer),
      m_outboxCommitted(std::move(outboxCommitted))
{
}

UsageLimits::Entry &UsageLimits::entry(const QString &userId)
{
    const QString day = dayFromMs(nowMs());
    Entry &e = m_entries[userId];
    if (e.day != day) { // first use today: what the statistics already hold (committed or not)
        e = Entry{};
        e.day = day;
        e.usage.apiCalls = m_stats->userApiCalls(userId, day);
        e.usage.messagesSent = m_stats->userMessagesSent(userId, day);
    }
    return e;
}

UsageLimits::Usage UsageLimits::usageToday(const QString &userId)
{
    const QString day = dayFromMs(nowMs());
    return {m_stats->userApiCalls(userId, day), m_stats->userMessagesSent(userId, day)};
}

std::optional<Failure> UsageLimits::admitApiCall(const QString &userId, bool isAdmin, std::optional<qint64> maxApiCalls)
{
    if (isAdmin || !maxApiCalls) {
        m_entries.remove(userId); // unlimited now; a limit set later starts from the statistics
        m_stats->countApiCall(userId, {});
        return std::nullopt;
    }
    Entry &e = entry(userId);
    if (e.usage.apiCalls >= *maxApiCalls) {
        if (!e.apiNoticed) {
            const auto user = m_users->find(userId);
            notify(userId, kMaxApiCalls, e, maxApiCalls, user ? user->maxMessagesSent : std::nullopt);
        }
        return fail(ErrorKind::LimitExceeded,
                    QStringLiteral("daily limit maxApiCalls (%1) reached: %2 API calls today; it resets at 00:00 UTC")
                        .arg(*maxApiCalls)
                        .arg(e.usage.apiCalls),
                    kMaxApiCalls);
    }
    e.usage.apiCalls += 1;
    m_stats->countApiCall(userId, {});
    return std::nullopt;
}

std::optional<Failure> UsageLimits::checkMessageSend(const QString &userId, qint64 count)
{
    const auto user = m_users->find(userId);
    if (!user)
        return fail(ErrorKind::NotFound, QStringLiteral("user %1 not found").arg(userId));
    if (user->isAdmin() || !user->maxMessagesSent)
        return std::nullopt;
    Entry &e = entry(userId);
    if (e.usage.messagesSent + count <= *user->maxMessagesSent)
        return std::nullopt;
    if (!e.sendNoticed)
        notify(userId, kMaxMessagesSent, e, user->maxApiCalls, user->maxMessagesSent);
    return fail(ErrorKind::LimitExceeded,
                QStringLiteral("daily limit maxMessagesSent (%1) reached: %2 messages sent today; it resets at 00:00 UTC")
                    .arg(*user->maxMessagesSent)
                    .arg(e.usage.messagesSent),
                kMaxMessagesSent);
}

void UsageLimits::countMessageSent(const QString &userId, qint64 count)
{
    m_stats->addUserMessagesSent(userId, count);
    auto it = m_entries.find(userId);
    if (it != m_entries.end() && it->day == dayFromMs(nowMs()))
        it->usage.messagesSent += count;
}

void UsageLimits::notify(const QString &userId, const QString &limit, Entry &e, std::optional<qint64> maxApiCalls,
                         std::optional<qint64> maxMessagesSent)
{
    (limit == kMaxApiCalls ? e.apiNoticed : e.sendNoticed) = true;
    QJsonArray exceeded{limit};
    const QString other = limit == kMaxApiCalls ? kMaxMessagesSent : kMaxApiCalls;
    const std::optional<qint64> otherMax = limit == kMaxApiCalls ? maxMessagesSent : maxApiCalls;
    const qint64 otherUsage = limit == kMaxApiCalls ? e.usage.messagesSent : e.usage.apiCalls;
    if (otherMax && otherUsage >= *otherMax)
        exceeded.append(other);
    const QJsonObject usage{{QStringLiteral("messagesSent"), double(e.usage.messagesSent)},
                            {QStringLiteral("apiCalls"), double(e.usage.apiCalls)}};
    QStringList instances;
    for (const auto &r : m_instances->list(userId))
        instances << r.id;
    qCInfo(lcCoreApi, "user %s reached the daily limit %s", qPrintable(userId), qPrintable(limit));
    const QString day = e.day;
    const qint64 now = nowMs();
    // The notice row decides, inside the transaction, whether this is the day's first: a
    // restart (which forgets the flags above) cannot send a second one.
    m_writer->submit(
        [userId, limit, day, now, instances, exceeded, usage](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO usage_limit_notices (user_id, day, limit_name, created_at)"
                                     " VALUES (?,?,?,?)"));
            q.addBindValue(userId);
            q.addBindValue(day);
            q.addBindValue(limit);
            q.addBindValue(now);
            if (!q.exec())
                return false;
            if (q.numRowsAffected() == 0)
                return true; // already told today
            for (const QString &id : instances) {
                const QJsonObject data{{QStringLiteral("instanceId"), id},
                                       {QStringLiteral("exceededLimits"), exceeded},
                                       {QStringLiteral("usage"), usage}};
                const store::ActivityRecord activity{0, id, webhooks::event::limitExceeded, data, {}, now};
                if (!store::ActivityRepository::insertActivity(db, activity, error)
                    || !instances::InstanceManager::writeEvent(db, {0, id, webhooks::event::limitExceeded, data, now}, error))
                    return false;
            }
            return true;
        },
        nullptr,
        [wake = m_outboxCommitted](bool ok, const QString &) {
            if (ok && wake)
                wake();
        });
}

} // namespace core::users
