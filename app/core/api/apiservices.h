#pragma once
// What the route handlers work with: the core services, built by AppRuntime. Handlers are free
// functions registered per resource (authroutes.cpp, instanceroutes.cpp, ...).
#include <QString>
#include <functional>

namespace core::auth {
class Jwt;
class RateLimiter;
}
namespace core::users {
class UserService;
}
namespace core::instances {
class InstanceManager;
}
namespace core::stats {
class StatsRecorder;
}
namespace core::store {
class ActivityRepository;
}

namespace core::api {

class Router;

struct ApiServices {
    users::UserService *users = nullptr;
    instances::InstanceManager *instances = nullptr;
    stats::StatsRecorder *stats = nullptr;
    store::ActivityRepository *activity = nullptr;
    auth::Jwt *jwt = nullptr;
    qint64 jwtTtlSecs = 24 * 3600;
    auth::RateLimiter *loginByAddress = nullptr;
    auth::RateLimiter *loginByAccount = nullptr;
    QString version;
    qint64 startedAtMs = 0;
    QString databaseProvider = QStringLiteral("sqlite");
    QString databaseUrl;
    QByteArray openApiDocument; // resources/openapi.json, compiled in
    // Set when the process runs an embedded sandbox (--sandbox): what GET /api/sandbox answers.
    struct Sandbox {
        bool enabled = false;
        QString controlUrl;
        QString wsUrl;
        QString rootPublicKey; // hex
    } sandbox;
};

void registerAuthRoutes(Router &router, ApiServices &services);
void registerUserRoutes(Router &router, ApiServices &services);
void registerInstanceRoutes(Router &router, ApiServices &services);
void registerStatsRoutes(Router &router, ApiServices &services);
void registerSystemRoutes(Router &router, ApiServices &services);

} // namespace core::api
