// Instance management: /api/instances[/{id}[/status|/reconnect|/logout|/qr|/activity|/events]]
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/jsonwriter.h"
#include "core/api/requestinput.h"
#include "core/api/webhookinput.h"
#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/store/activityrepository.h"

#include <QJsonArray>

namespace core::api {

namespace {

using instances::InstanceManager;

Reply fullInstance(ApiServices &s, const store::InstanceRecord &r, int status = 200)
{
    JsonWriter w;
    const QString secret = s.instances->webhookSecret(r.id);
    writeInstance(w, r, s.instances->state(r.id), &secret);
    return jsonBytes(w.take(), status);
}

// GET /api/instances is the most frequent call of polling scripts: its body is cached per caller
// and rebuilt only when the manager's snapshot changed.
struct ListCache {
    quint64 generation = ~quint64(0);
    QHash<QString, QByteArray> bodies; // user id, or "*" for admins
};

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
    return fullInstance(s, created, 201);
}

Reply listInstances(RequestContext &ctx, ApiServices &s, ListCache &cache)
{
    if (cache.generation != s.instances->generation()) {
        cache.bodies.clear();
        cache.generation = s.instances->generation();
    }
    const QString key = ctx.user.isAdmin ? QStringLiteral("*") : ctx.user.id;
    auto it = cache.bodies.constFind(key);
    if (it == cache.bodies.cend()) {
        const auto list = s.instances->list(ctx.user.isAdmin ? QString() : ctx.user.id);
        JsonWriter w(256 + list.size() * 320);
        w.beginObject().key("instances").beginArray();
        for (const auto &r : list)
            writeInstance(w, r, s.instances->state(r.id));
        w.endArray().endObject();
        if (cache.bodies.size() > 10000)
            cache.bodies.clear();
        it = cache.bodies.insert(key, w.take());
    }
    return jsonBytes(*it);
}

Reply getInstance(RequestContext &ctx, ApiServices &s)
{
    return fullInstance(s, ownedInstance(ctx, s));
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
    return fullInstance(s, updated);
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
    JsonWriter w(256);
    w.beginObject().key("instanceId").value(r.id).key("status").value(state.status);
    w.key("ready").value(state.ready()).key("hasQr").value(state.hasQr()).key("lastActivity");
    r.lastActivity ? w.latin1(isoBytesFromMs(*r.lastActivity)) : w.null();
    w.key("connectionDetails");
    writeConnectionStatus(w, state);
    w.endObject();
    return jsonBytes(w.take());
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
    return qrReply(r, s.instances->state(r.id));
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
    JsonWriter w(256 + page.logs.size() * 160);
    w.beginObject().key("logs").beginArray();
    for (const auto &a : page.logs) {
        w.beginObject().key("id").latin1(QByteArray::number(a.id)).key("instanceId").value(a.instanceId);
        w.key("action").value(a.action).key("details").raw(a.detailsJson, "{}");
        w.key("createdAt").latin1(isoBytesFromMs(a.createdAt)).endObject();
    }
    w.endArray().key("pagination");
    writePagination(w, page.total, q.limit, q.skip);
    w.endObject();
    return jsonBytes(w.take());
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

Reply qrReply(const store::InstanceRecord &r, const instances::ConnectionState &state)
{
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

void registerInstanceRoutes(Router &r, ApiServices &s)
{
    const QString base = QStringLiteral("/api/instances");
    const QString one = base + QStringLiteral("/{id}");
    r.add("POST", base, Access::User, [&s](RequestContext &c) { return createInstance(c, s); });
    auto cache = std::make_shared<ListCache>();
    r.add("GET", base, Access::User, [&s, cache](RequestContext &c) { return listInstances(c, s, *cache); });
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
