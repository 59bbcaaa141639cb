// /api/health (no auth), /api/openapi.json, /api/db/status and /api/db/switch (admins),
// /api/sandbox (admins; 404 unless started with --sandbox)
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/requestinput.h"
#include "core/common/timeutil.h"

namespace core::api {

namespace {

Reply health(ApiServices &s)
{
    return json({{QStringLiteral("status"), QStringLiteral("ok")},
                 {QStringLiteral("version"), s.version},
                 {QStringLiteral("uptime"), double((nowMs() - s.startedAtMs) / 1000)}});
}

Reply openApi(ApiServices &s)
{
    Reply r;
    r.body = s.openApiDocument;
    if (r.body.isEmpty())
        throw ApiError::internal(QStringLiteral("the OpenAPI document is missing from this build"));
    return r;
}

Reply dbStatus(ApiServices &s)
{
    return json({{QStringLiteral("provider"), s.databaseProvider}, {QStringLiteral("url"), s.databaseUrl}});
}

Reply dbSwitch(RequestContext &ctx, ApiServices &s)
{
    const Fields f(jsonObjectBody(ctx));
    const QString provider = f.requiredString("provider", 32).trimmed().toLower();
    if (provider == QLatin1String("sqlite"))
        return json({{QStringLiteral("success"), true},
                     {QStringLiteral("message"), QStringLiteral("Database provider switched to sqlite")},
                     {QStringLiteral("provider"), QStringLiteral("sqlite")}});
    if (provider == QLatin1String("mongodb"))
        throw ApiError(501, QStringLiteral("not_implemented"),
                       QStringLiteral("MongoDB mirroring is not available in this version; the database stays sqlite"));
    throw ApiError::validation(QStringLiteral("provider"), QStringLiteral("must be \"sqlite\" or \"mongodb\""));
}

Reply sandboxInfo(ApiServices &s)
{
    if (!s.sandbox.enabled)
        throw ApiError::notFound(QStringLiteral("not running in sandbox mode (start wamulti or wamulti-server with --sandbox)"));
    return json({{QStringLiteral("enabled"), true},
                 {QStringLiteral("controlUrl"), s.sandbox.controlUrl},
                 {QStringLiteral("wsUrl"), s.sandbox.wsUrl},
                 {QStringLiteral("rootPublicKey"), s.sandbox.rootPublicKey}});
}

} // namespace

void registerSystemRoutes(Router &r, ApiServices &s)
{
    r.add("GET", QStringLiteral("/api/health"), Access::Public, [&s](RequestContext &) { return health(s); });
    r.add("GET", QStringLiteral("/api/openapi.json"), Access::User, [&s](RequestContext &) { return openApi(s); });
    r.add("GET", QStringLiteral("/api/db/status"), Access::Admin, [&s](RequestContext &) { return dbStatus(s); });
    r.add("POST", QStringLiteral("/api/db/switch"), Access::Admin, [&s](RequestContext &c) { return dbSwitch(c, s); });
    r.add("GET", QStringLiteral("/api/sandbox"), Access::Admin, [&s](RequestContext &) { return sandboxInfo(s); });
}

} // namespace core::api
