#include "core/api/apiviews.h"

#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/common/timeutil.h"
#include "core/stats/statsrecorder.h"

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

QJsonObject connectionStatusJson(const instances::ConnectionState &s)
{
    return {{QStringLiteral("ready"), s.ready()}, {QStringLiteral("status"), s.status}, {QStringLiteral("hasQr"), s.hasQr()}};
}

QString maskSecret(const QString &plain)
{
    if (plain.isEmpty())
        return {};
    // Enough to recognise which secret is set, never enough to use it.
    return QStringLiteral("****") + (plain.size() >= 12 ? plain.right(4) : QString());
}

QJsonObject webhookSettingsJson(const store::InstanceRecord &r)
{
    const auto &w = r.webhook;
    return {
        {QStringLiteral("instanceId"), r.id},
        {QStringLiteral("notifyReceived"), w.notifyReceived},
        {QStringLiteral("notifySent"), w.notifySent},
        {QStringLiteral("notifyDelivery"), w.notifyDelivery},
        {QStringLiteral("notifyRead"), w.notifyRead},
        {QStringLiteral("maxRetries"), w.maxRetries},
        {QStringLiteral("retryInterval"), double(w.retryInterval)},
        {QStringLiteral("secret"), QJsonValue()}, // replaced by the caller with the masked secret
        {QStringLiteral("headers"), w.headers},
        {QStringLiteral("webhookFormat"), w.format},
    };
}

QJsonObject instanceJson(const store::InstanceRecord &r, const instances::ConnectionState &state)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("userId"), r.userId},
        {QStringLiteral("status"), state.status},
        {QStringLiteral("webhookUrl"), r.webhookUrl.isEmpty() ? QJsonValue() : QJsonValue(r.webhookUrl)},
        {QStringLiteral("webhookEnabled"), r.webhookEnabled},
        {QStringLiteral("createdAt"), isoFromMs(r.createdAt)},
        {QStringLiteral("updatedAt"), isoFromMs(r.updatedAt)},
        {QStringLiteral("connectionStatus"), connectionStatusJson(state)},
    };
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
    case ErrorKind::None:
    case ErrorKind::Internal:
        break;
    }
    throw ApiError::internal(f.message.isEmpty() ? QStringLiteral("internal error") : f.message);
}

Reply json(const QJsonObject &object, int status)
{
    Reply r;
    r.status = status;
    r.json = object;
    return r;
}

} // namespace core::api
