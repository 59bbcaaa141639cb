// Instance management: /api/instances[/{id}[/status|/reconnect|/logout|/qr|/activity|/events]]
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/requestinput.h"
#include "core/api/webhookinput.h"
#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/store/activityrepository.h"

#include <QJsonArray>

namespace core::api {

namespace {

using instances::InstanceManager;

QJsonObject fullInstanceJson(ApiServices &s, const store::InstanceRecord &r)
{
    QJsonObject o = instanceJson(r, s.instances->state(r.id));
    QJsonObject w = webhookSettingsJson(r);
    const QString secret = s.instances->webhookSecret(r.id);
    w.insert(QStringLiteral("secret"), secret.isEmpty() ? QJsonValue() : QJsonValue(maskSecret(secret)));
    o.insert(QStringLiteral("webhookSettings"), w);
    return o;
}

Reply createInstance(RequestContext &ctx, ApiServices &s)
{
    const QJsonObject body = jsonObjectBody(ctx);
    const Fields f(body);
    store::InstanceRecord r;
    r.userId = ctx.user.id;
    r.name = f.requiredString("name", 200).trimmed();
    r.description = f.string("description", 2000).value_or(QString());
    const WebhookInput webhook = applyWebhookFields(body, r);
    const auto created = unwrap(s.instances->create(r, webhook.secret.value_or(QString())));
    return json(fullInstanceJson(s, created), 201);
}

Reply listInstances(RequestContext &ctx, ApiServices &s)
{
    QJsonArray list;
    for (const auto &r : s.instances->list(ctx.user.isAdmin ? QString() : ctx.user.id))
        list.append(instanceJson(r, s.instances->state(r.id)));
    return json({{QStringLiteral("instances"), list}});
}

Reply getInstance(RequestContext &ctx, ApiServices &s)
{
    return json(fullInstanceJson(s, ownedInstance(ctx, s)));
}

Reply updateInstance(RequestContext &ctx, ApiServices &s)
{
    store::InstanceRecord r = ownedInstance(ctx, s);
    const QJsonObject body = jsonObjectBody(ctx);
    const Fields f(body);
    if (f.has("name"))
        r.name = f.requiredString("name", 200).trimmed();
    if (auto d = f.string("description", 2000))
        r.description = *d;
    const WebhookInput webhook = applyWebhookFields(body, r);
    const auto updated = unwrap(s.instances->update(r, webhook.secret));
    return json(fullInstanceJson(s, updated));
}

Reply deleteInstance(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    unwrap(s.instances->remove(r.id));
    return json({{QStringLiteral("success"), true},
                 {QStringLiteral("message"), QStringLiteral("Instance %1 deleted successfully").arg(r.id)}});
}

Reply instanceStatus(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const auto state = s.instances->state(r.id);
    return json({{QStringLiteral("instanceId"), r.id},
                 {QStringLiteral("status"), state.status},
                 {QStringLiteral("ready"), state.ready()},
                 {QStringLiteral("hasQr"), state.hasQr()},
                 {QStringLiteral("lastActivity"), r.lastActivity ? QJsonValue(isoFromMs(*r.lastActivity)) : QJsonValue()},
                 {QStringLiteral("connectionDetails"), connectionStatusJson(state)}});
}

Reply reconnect(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    unwrap(s.instances->reconnect(r.id));
    return json({{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("Instance %1 reconnected").arg(r.id)}});
}

Reply logout(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    unwrap(s.instances->logout(r.id));
    return json({{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("Instance %1 logged out").arg(r.id)}});
}

Reply qrCode(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const auto state = s.instances->state(r.id);
    if (state.hasQr())
        return json({{QStringLiteral("qrCode"), state.qrCode}});
    if (state.status == instances::status::connecting || state.status == instances::status::qr)
        return json({{QStringLiteral("message"), QStringLiteral("QR code generation in progress. Please try again in a few seconds.")},
                     {QStringLiteral("status"), QStringLiteral("generating")}},
                    202);
    if (state.ready())
        throw ApiError(409, QStringLiteral("already_connected"), QStringLiteral("instance is connected; no QR code is needed"));
    throw ApiError(409, QStringLiteral("not_connecting"),
                   QStringLiteral("instance is %1, so no QR code is being generated; POST /api/instances/%2/reconnect starts pairing")
                       .arg(state.status, r.id));
}

Reply activity(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    store::ActivityQuery q;
    q.instanceId = r.id;
    q.limit = queryInt(ctx, "limit", 100, 1, 1000);
    q.skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    q.actions = queryList(ctx, "actions");
    q.startMs = queryDate(ctx, "startDate");
    q.endMs = queryDate(ctx, "endDate");
    if (q.startMs && q.endMs && *q.startMs > *q.endMs)
        throw ApiError::validation(QStringLiteral("startDate"), QStringLiteral("must not be after endDate"));
    QString error;
    const store::ActivityPage page = s.activity->activity(q, &error);
    if (!error.isEmpty())
        throw ApiError::internal(QStringLiteral("could not read the activity log"));
    QJsonArray logs;
    for (const auto &a : page.logs)
        logs.append(QJsonObject{{QStringLiteral("id"), QString::number(a.id)},
                                {QStringLiteral("instanceId"), a.instanceId},
                                {QStringLiteral("action"), a.action},
                                {QStringLiteral("details"), a.details},
                                {QStringLiteral("createdAt"), isoFromMs(a.createdAt)}});
    return json({{QStringLiteral("logs"), logs}, {QStringLiteral("pagination"), paginationJson(page.total, q.limit, q.skip)}});
}

Reply events(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    store::EventQuery q;
    q.instanceId = r.id;
    q.limit = queryInt(ctx, "limit", 20, 1, 500);
    q.types = queryList(ctx, "types");
    q.sinceMs = queryDate(ctx, "since");
    QString error;
    const store::EventPage page = s.activity->events(q, &error);
    if (!error.isEmpty())
        throw ApiError::internal(QStringLiteral("could not read the events"));
    QJsonArray list;
    for (const auto &e : page.events)
        list.append(QJsonObject{{QStringLiteral("type"), e.type},
                                {QStringLiteral("timestamp"), isoFromMs(e.createdAt)},
                                {QStringLiteral("data"), e.data}});
    QJsonValue latest = page.events.isEmpty() ? (q.sinceMs ? QJsonValue(isoFromMs(*q.sinceMs)) : QJsonValue())
                                              : QJsonValue(isoFromMs(page.events.last().createdAt));
    return json({{QStringLiteral("events"), list},
                 {QStringLiteral("latestTimestamp"), latest},
                 {QStringLiteral("count"), int(page.events.size())},
                 {QStringLiteral("hasMore"), page.hasMore}});
}

} // namespace

void registerInstanceRoutes(Router &r, ApiServices &s)
{
    const QString base = QStringLiteral("/api/instances");
    const QString one = base + QStringLiteral("/{id}");
    r.add("POST", base, Access::User, [&s](RequestContext &c) { return createInstance(c, s); });
    r.add("GET", base, Access::User, [&s](RequestContext &c) { return listInstances(c, s); });
    r.add("GET", one, Access::User, [&s](RequestContext &c) { return getInstance(c, s); });
    r.add("PUT", one, Access::User, [&s](RequestContext &c) { return updateInstance(c, s); });
    r.add("DELETE", one, Access::User, [&s](RequestContext &c) { return deleteInstance(c, s); });
    r.add("GET", one + QStringLiteral("/status"), Access::User, [&s](RequestContext &c) { return instanceStatus(c, s); });
    r.add("POST", one + QStringLiteral("/reconnect"), Access::User, [&s](RequestContext &c) { return reconnect(c, s); });
    r.add("POST", one + QStringLiteral("/logout"), Access::User, [&s](RequestContext &c) { return logout(c, s); });
    r.add("GET", one + QStringLiteral("/qr"), Access::User, [&s](RequestContext &c) { return qrCode(c, s); });
    r.add("GET", one + QStringLiteral("/activity"), Access::User, [&s](RequestContext &c) { return activity(c, s); });
    r.add("GET", one + QStringLiteral("/events"), Access::User, [&s](RequestContext &c) { return events(c, s); });
}

} // namespace core::api
