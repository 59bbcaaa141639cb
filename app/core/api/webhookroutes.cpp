// Webhook delivery log, replay and test: /api/instances/{id}/webhooks/...
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/jsonwriter.h"
#include "core/api/requestinput.h"
#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/webhooks/deliverylog.h"
#include "core/webhooks/dispatcher.h"
#include "core/webhooks/payloads.h"

namespace core::api {

namespace {

using webhooks::Delivery;

void writeOptionalTime(JsonWriter &w, const std::optional<qint64> &ms)
{
    ms ? w.latin1(isoBytesFromMs(*ms)) : w.null();
}

void writeDelivery(JsonWriter &w, const Delivery &d, bool withPayload)
{
    w.beginObject().key("id").value(d.deliveryId).key("instanceId").value(d.instanceId);
    w.key("event").value(d.event).key("status").value(d.state);
    w.key("attempts").value(d.attempts).key("replays").value(d.replays);
    w.key("lastStatusCode");
    d.lastStatusCode ? w.value(*d.lastStatusCode) : w.null();
    w.key("lastError");
    d.lastError.isEmpty() ? w.null() : w.value(d.lastError);
    w.key("latencyMs");
    d.latencyMs ? w.value(*d.latencyMs) : w.null();
    w.key("nextAttemptAt");
    writeOptionalTime(w, d.state == QLatin1String("pending") ? std::optional<qint64>(d.nextAttemptAt) : std::nullopt);
    w.key("lastAttemptAt");
    writeOptionalTime(w, d.lastAttemptAt);
    w.key("deliveredAt");
    writeOptionalTime(w, d.deliveredAt);
    w.key("createdAt").latin1(isoBytesFromMs(d.createdAt));
    if (withPayload)
        w.key("payload").raw(d.payload);
    w.endObject();
}

// Replay and test only make sense when the dispatcher may deliver to this instance.
void requireEnabled(const store::InstanceRecord &r)
{
    if (r.webhookUrl.isEmpty())
        throw ApiError(409, QStringLiteral("webhook_disabled"),
                       QStringLiteral("instance %1 has no webhookUrl; set one with PUT /api/instances/%1").arg(r.id));
    if (!r.webhookEnabled)
        throw ApiError(409, QStringLiteral("webhook_disabled"),
                       QStringLiteral("webhooks are disabled for instance %1 (webhookEnabled is false)").arg(r.id));
}

bool queryFlag(RequestContext &ctx, const char *name)
{
    const QString v = queryString(ctx, name).toLower();
    if (v.isEmpty() || v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    throw ApiError::validation(QLatin1String(name), QStringLiteral("must be true or false"));
}

Reply deliveries(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    webhooks::DeliveryQuery q;
    q.instanceId = r.id;
    q.states = queryList(ctx, "status", {QStringLiteral("pending"), QStringLiteral("delivered"), QStringLiteral("dead")});
    q.events = queryList(ctx, "event");
    q.sinceMs = queryDate(ctx, "since");
    q.untilMs = queryDate(ctx, "until");
    if (q.sinceMs && q.untilMs && *q.sinceMs > *q.untilMs)
        throw ApiError::validation(QStringLiteral("since"), QStringLiteral("must not be after until"));
    q.limit = queryInt(ctx, "limit", 100, 1, 1000);
    q.skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    q.withPayload = queryFlag(ctx, "includePayload");
    QString error;
    const auto page = s.deliveries->list(q, &error);
    if (!page)
        throw ApiError::internal(QStringLiteral("could not read the delivery log"));
    JsonWriter w(256 + page->deliveries.size() * (q.withPayload ? 640 : 320));
    w.beginObject().key("deliveries").beginArray();
    for (const Delivery &d : page->deliveries)
        writeDelivery(w, d, q.withPayload);
    w.endArray().key("pagination");
    writePagination(w, page->total, q.limit, q.skip);
    w.endObject();
    return jsonBytes(w.take());
}

Reply replay(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const QString deliveryId = ctx.param(QStringLiteral("deliveryId"));
    requireEnabled(r);
    switch (s.deliveries->replay(r.id, deliveryId, nowMs())) {
    case webhooks::DeliveryLog::Replay::Queued: break;
    case webhooks::DeliveryLog::Replay::NotFound:
        throw ApiError::notFound(QStringLiteral("delivery %1 not found for instance %2").arg(deliveryId.left(64), r.id));
    case webhooks::DeliveryLog::Replay::StillPending:
        throw ApiError(409, QStringLiteral("delivery_pending"),
                       QStringLiteral("delivery %1 is still pending; it is retried automatically").arg(deliveryId));
    case webhooks::DeliveryLog::Replay::Failed:
        throw ApiError::internal(QStringLiteral("could not queue the replay"));
    }
    // The replayed row sits before the instance's queue: have the dispatcher read it again.
    s.dispatcher->invalidate(r.id);
    s.dispatcher->wake();
    const auto d = s.deliveries->find(r.id, deliveryId);
    JsonWriter w(512);
    w.beginObject().key("success").value(true);
    w.key("message").value(QStringLiteral("Delivery %1 queued for replay").arg(deliveryId)).key("delivery");
    if (d)
        writeDelivery(w, *d, false);
    else
        w.null();
    w.endObject();
    return jsonBytes(w.take(), 202);
}

Reply test(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    requireEnabled(r);
    const QJsonObject data{{QStringLiteral("instanceId"), r.id},
                           {QStringLiteral("message"), QStringLiteral("Test event from WaMulti")},
                           {QStringLiteral("test"), true}};
    QString deliveryId;
    QString error;
    if (!s.deliveries->enqueue(r.id, webhooks::event::webhookTest, data, nowMs(), &deliveryId, &error))
        throw ApiError::internal(QStringLiteral("could not queue the test event"));
    if (deliveryId.isEmpty()) // the settings changed between the check and the insert
        requireEnabled(*s.instances->get(r.id));
    s.dispatcher->wake();
    const QString event = r.webhook.format == QLatin1String("legacy") ? webhooks::Payloads::legacyEvent(webhooks::event::webhookTest)
                                                                      : webhooks::event::webhookTest;
    return json({{QStringLiteral("success"), true},
                 {QStringLiteral("message"), QStringLiteral("Test event queued")},
                 {QStringLiteral("deliveryId"), deliveryId},
                 {QStringLiteral("event"), event}},
                202);
}

} // namespace

void registerWebhookRoutes(Router &r, ApiServices &s)
{
    const QString base = QStringLiteral("/api/instances/{id}/webhooks");
    r.add("GET", base + QStringLiteral("/deliveries"), Access::User, [&s](RequestContext &c) { return deliveries(c, s); });
    r.add("POST", base + QStringLiteral("/deliveries/{deliveryId}/replay"), Access::User,
          [&s](RequestContext &c) { return replay(c, s); });
    r.add("POST", base + QStringLiteral("/test"), Access::User, [&s](RequestContext &c) { return test(c, s); });
}

} // namespace core::api
