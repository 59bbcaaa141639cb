#include "core/api/apiviews.h"

#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/jsonwriter.h"
#include "core/common/timeutil.h"
#include "core/stats/statsrecorder.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace core::api {

QJsonObject userJson(const store::UserRecord &u)
{
    return {
        {QStringLiteral("id"), u.id},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("firstName"), u.firstName},
        {QStringLiteral("lastName"), u.lastName},
        {QStringLiteral("role"), u.role},
        {QStringLiteral("isActive"), u.isActive},
        {QStringLiteral("maxMessagesSent"), u.maxMessagesSent ? QJsonValue(double(*u.maxMessagesSent)) : QJsonValue()},
        {QStringLiteral("maxApiCalls"), u.maxApiCalls ? QJsonValue(double(*u.maxApiCalls)) : QJsonValue()},
        {QStringLiteral("createdAt"), isoFromMs(u.createdAt)},
        {QStringLiteral("updatedAt"), isoFromMs(u.updatedAt)},
        {QStringLiteral("lastLoginAt"), u.lastLoginAt ? QJsonValue(isoFromMs(*u.lastLoginAt)) : QJsonValue()},
    };
}

void writeConnectionStatus(JsonWriter &w, const instances::ConnectionState &s)
{
    w.beginObject().key("ready").value(s.ready()).key("status").value(s.status).key("hasQr").value(s.hasQr()).endObject();
}

QString maskSecret(const QString &plain)
{
    if (plain.isEmpty())
        return {};
    // Enough to recognise which secret is set, never enough to use it.
    return QStringLiteral("****") + (plain.size() >= 12 ? plain.right(4) : QString());
}

void writeInstance(JsonWriter &w, const store::InstanceRecord &r, const instances::ConnectionState &state,
                   const QString *webhookSecret)
{
    w.beginObject();
    w.key("id").value(r.id).key("name").value(r.name).key("description").value(r.description);
    w.key("userId").value(r.userId).key("status").value(state.status);
    w.key("webhookUrl");
    r.webhookUrl.isEmpty() ? w.null() : w.value(r.webhookUrl);
    w.key("webhookEnabled").value(r.webhookEnabled);
    w.key("createdAt").latin1(isoBytesFromMs(r.createdAt)).key("updatedAt").latin1(isoBytesFromMs(r.updatedAt));
    w.key("connectionStatus");
    writeConnectionStatus(w, state);
    if (webhookSecret) {
        const auto &h = r.webhook;
        w.key("webhookSettings").beginObject();
        w.key("instanceId").value(r.id);
        w.key("notifyReceived").value(h.notifyReceived).key("notifySent").value(h.notifySent);
        w.key("notifyDelivery").value(h.notifyDelivery).key("notifyRead").value(h.notifyRead);
        w.key("maxRetries").value(h.maxRetries).key("retryInterval").value(h.retryInterval);
        w.key("secret");
        webhookSecret->isEmpty() ? w.null() : w.value(maskSecret(*webhookSecret));
        w.key("headers").raw(QJsonDocument(h.headers).toJson(QJsonDocument::Compact), "{}");
        w.key("webhookFormat").value(h.format);
        w.endObject();
    }
    w.endObject();
}

void writePagination(JsonWriter &w, qint64 total, int limit, int skip)
{
    w.beginObject().key("total").value(total).key("limit").value(limit).key("skip").value(skip);
    w.key("hasMore").value(qint64(skip) + limit < total).endObject();
}

QJsonObject paginationJson(qint64 total, int limit, int skip)
{
    return {{QStringLiteral("total"), double(total)},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("skip"), skip},
            {QStringLiteral("hasMore"), qint64(skip) + limit < total}};
}

store::InstanceRecord ownedInstance(RequestContext &ctx, ApiServices &services, const QString &param)
{
    const QString id = ctx.param(param);
    auto record = services.instances->get(id);
    if (!record || (!ctx.user.isAdmin && record->userId != ctx.user.id))
        throw ApiError::notFound(QStringLiteral("instance %1 not found").arg(id.left(64)));
    services.stats->countApiCall({}, record->id);
    return *record;
}

void throwFailure(const Failure &f)
{
    switch (f.kind) {
    case ErrorKind::Invalid:
        throw f.field.isEmpty() ? ApiError::badRequest(f.message) : ApiError::validation(f.field, f.message);
    case ErrorKind::NotFound:
        throw ApiError::notFound(f.message);
    case ErrorKind::Conflict:
        throw ApiError::conflict(f.message);
    case ErrorKind::Forbidden:
        throw ApiError::forbidden(f.message);
    case ErrorKind::Unavailable:
        throw ApiError(503, QStringLiteral("engine_unavailable"), f.message);
    case ErrorKind::LimitExceeded: {
        // Daily limits reset at 00:00 UTC.
        ApiError e(429, QStringLiteral("limit_exceeded"), f.message);
        e.headers.push_back({"Retry-After", QByteArray::number(86400 - (nowMs() / 1000) % 86400)});
        throw e;
    }
    case ErrorKind::None:
    case ErrorKind::Internal:
        break;
    }
    throw ApiError::internal(f.message.isEmpty() ? QStringLiteral("internal error") : f.message);
}

Reply jsonBytes(QByteArray body, int status)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Reply json(const QJsonObject &object, int status)
{
    Reply r;
    r.status = status;
    r.json = object;
    return r;
}

} // namespace core::api
