// POST /api/auth/login, GET /api/auth/me
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/requestinput.h"
#include "core/auth/jwt.h"
#include "core/auth/ratelimiter.h"
#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/users/userservice.h"

#include <QHttpServerRequest>

namespace core::api {

namespace {

void throwIfLimited(auth::RateLimiter *limiter, const QString &key, qint64 now)
{
    if (!limiter)
        return;
    if (const auto wait = limiter->retryAfter(key, now)) {
        ApiError e(429, QStringLiteral("rate_limited"),
                   QStringLiteral("too many failed login attempts; retry in %1 s").arg(*wait));
        e.headers.push_back({"Retry-After", QByteArray::number(*wait)});
        throw e;
    }
}

Reply login(RequestContext &ctx, ApiServices &s)
{
    const Fields f(jsonObjectBody(ctx));
    const QString email = f.requiredString("email", 254).trimmed().toLower();
    const QString password = f.requiredString("password", 1024);
    const qint64 now = nowMs();
    const QString addressKey = ctx.request.remoteAddress().toString();
    const QString accountKey = QStringLiteral("account:") + email;
    throwIfLimited(s.loginByAddress, addressKey, now);
    throwIfLimited(s.loginByAccount, accountKey, now);

    const auto user = s.users->checkPassword(email, password);
    if (!user) {
        if (s.loginByAddress)
            s.loginByAddress->recordFailure(addressKey, now);
        if (s.loginByAccount)
            s.loginByAccount->recordFailure(accountKey, now);
        qCInfo(lcCoreAuth, "failed login from %s", qPrintable(addressKey));
        throw ApiError::unauthorized(QStringLiteral("invalid email or password"));
    }
    if (s.loginByAccount)
        s.loginByAccount->reset(accountKey);
    s.users->touchLogin(user->id);

    auth::JwtClaims claims;
    claims.sub = user->id;
    claims.iat = now / 1000;
    claims.exp = claims.iat + s.jwtTtlSecs;
    QJsonObject u{{QStringLiteral("id"), user->id},
                  {QStringLiteral("email"), user->email},
                  {QStringLiteral("firstName"), user->firstName},
                  {QStringLiteral("lastName"), user->lastName},
                  {QStringLiteral("role"), user->role},
                  {QStringLiteral("apiKey"), s.users->apiKeyOf(*user)}};
    return json({{QStringLiteral("token"), s.jwt->sign(claims)},
                 {QStringLiteral("expiresAt"), isoFromMs(claims.exp * 1000)},
                 {QStringLiteral("user"), u}});
}

Reply me(RequestContext &ctx, ApiServices &s)
{
    const auto user = s.users->find(ctx.user.id);
    if (!user)
        throw ApiError::unauthorized(QStringLiteral("user no longer exists"));
    return json({{QStringLiteral("id"), user->id},
                 {QStringLiteral("email"), user->email},
                 {QStringLiteral("firstName"), user->firstName},
                 {QStringLiteral("lastName"), user->lastName},
                 {QStringLiteral("role"), user->role}});
}

} // namespace

void registerAuthRoutes(Router &router, ApiServices &s)
{
    router.add("POST", QStringLiteral("/api/auth/login"), Access::Public, [&s](RequestContext &c) { return login(c, s); });
    router.add("GET", QStringLiteral("/api/auth/me"), Access::User, [&s](RequestContext &c) { return me(c, s); });
}

} // namespace core::api
