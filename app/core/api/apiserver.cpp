#include "core/api/apiserver.h"

#include "core/api/apierror.h"
#include "core/api/apiviews.h"
#include "core/api/httpserver.h"
#include "core/auth/jwt.h"
#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/stats/statsrecorder.h"
#include "core/users/usagelimits.h"
#include "core/users/userservice.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

namespace core::api {

QByteArray methodName(int method)
{
    using M = QHttpServerRequest::Method;
    switch (M(method)) {
    case M::Get: return "GET";
    case M::Put: return "PUT";
    case M::Delete: return "DELETE";
    case M::Post: return "POST";
    case M::Head: return "HEAD";
    case M::Options: return "OPTIONS";
    case M::Patch: return "PATCH";
    case M::Connect: return "CONNECT";
    case M::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

ApiServer::ApiServer(ApiServices services, ApiServerOptions options, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_options(options)
{
    registerAuthRoutes(m_router, m_services);
    registerUserRoutes(m_router, m_services);
    registerInstanceRoutes(m_router, m_services);
    registerStatsRoutes(m_router, m_services);
    registerSystemRoutes(m_router, m_services);
    registerWhatsAppRoutes(m_router, m_services);
    registerContactRoutes(m_router, m_services);
    registerChatRoutes(m_router, m_services);
    registerLegacyRoutes(m_router, m_services);
    registerWebhookRoutes(m_router, m_services);
}

ApiServer::~ApiServer() = default;

bool ApiServer::start(QString *error)
{
    m_http = new HttpServer(
        m_options.limits,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        },
        this);
    m_port = m_http->listenOn(m_options.host, m_options.port, error);
    return m_port != 0;
}

void ApiServer::stopListening()
{
    if (m_http)
        m_http->stopListening();
}

AuthUser ApiServer::authenticate(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("authorization");
    const QByteArray apiKey = request.value("x-api-key");
    std::optional<store::UserRecord> user;
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
            throw ApiError::unauthorized(QStringLiteral("Authorization header must be \"Bearer <token>\""));
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        const auto verified = m_services.jwt->verify(token, nowMs() / 1000);
        if (!verified.ok())
            throw ApiError::unauthorized(verified.error == auth::JwtError::Expired
                                             ? QStringLiteral("token expired; log in again")
                                             : QStringLiteral("invalid token: %1").arg(verified.message));
        user = m_services.users->find(verified.claims.sub);
        if (!user || !user->isActive)
            throw ApiError::unauthorized(QStringLiteral("the token's user no longer exists or is deactivated"));
    } else if (!apiKey.isEmpty()) {
        user = m_services.users->findByApiKey(QString::fromLatin1(apiKey.trimmed()));
        if (!user)
            throw ApiError::unauthorized(QStringLiteral("invalid API key"));
    } else {
        throw ApiError::unauthorized(
            QStringLiteral("missing credentials: send \"Authorization: Bearer <token>\" or \"x-api-key: <key>\""));
    }
    return AuthUser{user->id, user->email, user->isAdmin(), user->maxApiCalls};
}

void ApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray method = methodName(int(request.method()));
    const QString path = request.url().path();
    Reply reply;
    try {
        const Router::Match match = m_router.match(method, path);
        if (!match.route) {
            if (!match.allowedMethods.isEmpty()) {
                ApiError e(405, QStringLiteral("method_not_allowed"),
                           QStringLiteral("%1 is not allowed on %2; allowed: %3")
                               .arg(QString::fromLatin1(method), path,
                                    QString::fromLatin1(match.allowedMethods.join(", "))));
                e.headers.push_back({"Allow", match.allowedMethods.join(", ")});
                throw e;
            }
            throw ApiError::notFound(QStringLiteral("no route for %1 %2").arg(QString::fromLatin1(method), path.left(200)));
        }
        RequestContext ctx{request, match.params, {}};
        if (match.route->access != Access::Public) {
            ctx.user = authenticate(request);
            if (m_services.limits) {
                if (auto refused = m_services.limits->admitApiCall(ctx.user.id, ctx.user.isAdmin, ctx.user.maxApiCalls))
                    throwFailure(*refused);
            } else {
                m_services.stats->countApiCall(ctx.user.id, {});
            }
            if (match.route->access == Access::Admin && !ctx.user.isAdmin)
                throw ApiError::forbidden(QStringLiteral("administrator rights required"));
            if (match.route->access == Access::AdminOrSelf && !ctx.user.isAdmin && ctx.param(QStringLiteral("id")) != ctx.user.id)
                throw ApiError::forbidden(QStringLiteral("administrator rights required"));
        }
        reply = match.route->handler(ctx);
        if (reply.later) {
            auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
            QPointer<QTcpSocket> alive(shared->socket());
            auto written = std::make_shared<bool>(false);
            reply.later([this, shared, alive, written](const Reply &finalReply) {
                if (std::exchange(*written, true) || !alive)
                    return;
                write(*shared, finalReply);
            });
            return;
        }
    } catch (const ApiError &e) {
        reply.status = e.status;
        reply.json = QJsonObject{{QStringLiteral("error"), e.code}, {QStringLiteral("message"), e.message}};
        reply.headers = e.headers;
    } catch (const std::exception &e) {
        qCCritical(lcCoreApi, "unhandled error on %s %s: %s", method.constData(), qPrintable(path), e.what());
        reply.status = 500;
        reply.json = QJsonObject{{QStringLiteral("error"), QStringLiteral("internal_error")},
                                 {QStringLiteral("message"), QStringLiteral("internal server error")}};
    }
    write(responder, reply);
}

void ApiServer::write(QHttpServerResponder &responder, const Reply &reply)
{
    QByteArray body = reply.body;
    QByteArray type = reply.contentType.isEmpty() ? QByteArrayLiteral("application/json") : reply.contentType;
    if (body.isEmpty() && !reply.json.isUndefined()) {
        body = reply.json.isArray() ? QJsonDocument(reply.json.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(reply.json.toObject()).toJson(QJsonDocument::Compact);
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", type);
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace core::api
