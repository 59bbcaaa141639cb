#pragma once
// Per-user daily usage limits, set by admins on the user (maxApiCalls, maxMessagesSent; null =
// unlimited) and counted per UTC day (they reset at 00:00 UTC). Admins are never limited.
//
// When a limit is reached, the call is refused with a Failure of kind LimitExceeded whose message
// names the limit (the API answers 429 {"error":"limit_exceeded"} with Retry-After), and ONE
// limit_exceeded event per user, day and limit is recorded for each of the user's instances (the
// events feed and, as their settings decide, their webhooks). "One" holds across restarts: a
// usage_limit_notices row is written in the same transaction as the events.
//
// Usage for the send routes (main thread, like every API handler):
//     if (auto refused = services.limits->checkMessageSend(ctx.user.id)) throwFailure(*refused);
//     ... send ...
//     services.limits->countMessageSent(ctx.user.id);
// countMessageSent counts toward the user's daily maxMessagesSent (user_daily_usage); the
// per-instance messagesSent statistics are the sender's to count.
//
// Counts come from StatsRecorder (the same numbers GET /api/stats/... shows) and are kept in
// memory per limited user and day, so a check costs a hash lookup, not a query.
#include "core/common/outcome.h"

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace core::store {
class DbWriter;
}
namespace core::stats {
class StatsRecorder;
}
namespace core::instances {
class InstanceManager;
}

namespace core::users {

class UserService;

class UsageLimits
{
public:
    UsageLimits(UserService *users, stats::StatsRecorder *stats, instances::InstanceManager *instances,
                store::DbWriter *writer, std::function<void()> outboxCommitted);

    // Once per authenticated API request, before it runs: refuses it when the user has made
    // `maxApiCalls` calls today, otherwise counts it. Refused calls are not counted.
    std::optional<Failure> admitApiCall(const QString &userId, bool isAdmin, std::optional<qint64> maxApiCalls);

    // Before sending `count` messages for the user: refused when they would take the user's
    // messages today past maxMessagesSent. Counts nothing.
    std::optional<Failure> checkMessageSend(const QString &userId, qint64 count = 1);
    // After `count` messages were accepted for sending.
    void countMessageSent(const QString &userId, qint64 count = 1);

    struct Usage {
        qint64 apiCalls = 0;
        qint64 messagesSent = 0;
    };
    Usage usageToday(const QString &userId);

private:
    struct Entry {
        QString day;
        Usage usage;
        bool apiNoticed = false;  // limit_exceeded for maxApiCalls already handed to the writer today
        bool sendNoticed = false; // ... for maxMessagesSent
    };
    Entry &entry(const QString &userId);
    void notify(const QString &userId, const QString &limit, Entry &e, std::optional<qint64> maxApiCalls,
                std::optional<qint64> maxMessagesSent);

    UserService *m_users;
    stats::StatsRecorder *m_stats;
    instances::InstanceManager *m_instances;
    store::DbWriter *m_writer;
    std::function<void()> m_outboxCommitted;
    QHash<QString, Entry> m_entries; // limited users only
};

} // namespace core::users
