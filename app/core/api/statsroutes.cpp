// Statistics: /api/stats/user, /api/stats/instances/{id}, /api/stats/system (admins)
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/requestinput.h"
#include "core/common/timeutil.h"
#include "core/stats/statsrecorder.h"
#include "core/users/userservice.h"

#include <QJsonArray>

namespace core::api {

namespace {

// First day of the period ('YYYY-MM-DD'); "" = all time.
QString periodStart(RequestContext &ctx, const QStringList &allowed, const QString &defaultPeriod)
{
    QString period = queryString(ctx, "period");
    if (period.isEmpty())
        period = defaultPeriod;
    if (!allowed.contains(period))
        throw ApiError::validation(QStringLiteral("period"),
                                   QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
    const qint64 now = nowMs();
    if (period == QLatin1String("today"))
        return firstDayOfSpan(now, 1);
    if (period == QLatin1String("week"))
        return firstDayOfSpan(now, 7);
    if (period == QLatin1String("month"))
        return firstDayOfSpan(now, 30);
    if (period == QLatin1String("year"))
        return firstDayOfSpan(now, 365);
    return QString();
}

void putCounters(QJsonObject &o, const store::UsageCounters &c, bool withApiAndWebhooks = true)
{
    o.insert(QStringLiteral("messagesSent"), double(c.messagesSent));
    o.insert(QStringLiteral("messagesReceived"), double(c.messagesReceived));
    o.insert(QStringLiteral("mediaSent"), double(c.mediaSent));
    o.insert(QStringLiteral("mediaReceived"), double(c.mediaReceived));
    if (!withApiAndWebhooks)
        return;
    o.insert(QStringLiteral("totalMediaSize"), double(c.mediaBytes));
    o.insert(QStringLiteral("apiCalls"), double(c.apiCalls));
    o.insert(QStringLiteral("webhookSent"), double(c.webhookSent));
}

Reply userStats(RequestContext &ctx, ApiServices &s)
{
    const QString from = periodStart(ctx, {QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("all")},
                                     QStringLiteral("month"));
    const auto mine = s.instances->list(ctx.user.id);
    const auto perInstance = s.stats->totalsPerInstance(from);
    store::UsageCounters total;
    QJsonArray list;
    for (const auto &r : mine) {
        const store::UsageCounters c = perInstance.value(r.id);
        total += c;
        QJsonObject o{{QStringLiteral("instanceId"), r.id}, {QStringLiteral("name"), r.name}};
        putCounters(o, c);
        list.append(o);
    }
    // API calls are counted per user too (calls that name no instance count there only).
    total.apiCalls = s.stats->userApiCalls(ctx.user.id, from);
    QJsonObject t;
    putCounters(t, total);
    t.insert(QStringLiteral("instanceCount"), int(mine.size()));
    return json({{QStringLiteral("total"), t}, {QStringLiteral("instances"), list}});
}

Reply instanceStats(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const QString from = periodStart(ctx, {QStringLiteral("today"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("all")},
                                     QStringLiteral("today"));
    QJsonObject usage;
    putCounters(usage, s.stats->instanceTotals(r.id, from));
    QJsonArray daily;
    for (const auto &d : s.stats->instanceDaily(r.id, from)) {
        QJsonObject o{{QStringLiteral("date"), d.day + QStringLiteral("T00:00:00.000Z")}};
        putCounters(o, d.counters, false);
        daily.append(o);
    }
    usage.insert(QStringLiteral("dailyStats"), daily);
    return json({{QStringLiteral("usage"), usage}});
}

Reply systemStats(RequestContext &ctx, ApiServices &s)
{
    const QString from = periodStart(ctx, {QStringLiteral("today"), QStringLiteral("week"), QStringLiteral("month"),
                                           QStringLiteral("year"), QStringLiteral("all")},
                                     QStringLiteral("all"));
    store::UsageCounters totals = s.stats->systemTotals(from);
    totals.apiCalls = s.stats->userApiCalls(QString(), from); // every authenticated call
    QJsonObject usage;
    putCounters(usage, totals);
    return json({{QStringLiteral("instances"), QJsonObject{{QStringLiteral("total"), double(s.instances->count())},
                                                           {QStringLiteral("active"), double(s.instances->countConnected())}}},
                 {QStringLiteral("users"), QJsonObject{{QStringLiteral("total"), double(s.users->count())},
                                                       {QStringLiteral("active"), double(s.users->countActive())}}},
                 {QStringLiteral("usage"), usage}});
}

} // namespace

void registerStatsRoutes(Router &r, ApiServices &s)
{
    r.add("GET", QStringLiteral("/api/stats/user"), Access::User, [&s](RequestContext &c) { return userStats(c, s); });
    r.add("GET", QStringLiteral("/api/stats/instances/{id}"), Access::User, [&s](RequestContext &c) { return instanceStats(c, s); });
    r.add("GET", QStringLiteral("/api/stats/system"), Access::Admin, [&s](RequestContext &c) { return systemStats(c, s); });
}

} // namespace core::api
