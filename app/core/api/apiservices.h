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
class UsageLimits;
}
namespace core::instances {
class InstanceManager;
}
namespace core::stats {
class StatsRecorder;
}
namespace core::store {
class ActivityRepository;
class ContactRepository;
class DbWriter;
class MessageRepository;
}
namespace core::webhooks {
class DeliveryLog;
class Dispatcher;
}

class QNetworkAccessManager;

namespace core::api {

class Router;

struct ApiServices {
    users::UserService *users = nullptr;
    instances::InstanceManager *instances = nullptr;
    stats::StatsRecorder *stats = nullptr;
    users::UsageLimits *limits = nullptr; // daily maxApiCalls / maxMessagesSent
    store::ActivityRepository *activity = nullptr;
    store::MessageRepository *messages = nullptr; // reads (main connection)
    store::ContactRepository *contacts = nullptr; // reads (main connection)
    store::DbWriter *writer = nullptr;            // writes off the main thread
    QNetworkAccessManager *network = nullptr;     // send-media fetches its URL with it
    QString mediaDirectory;                       // <data-dir>/media
    qint64 maxMediaBytes = 100LL * 1024 * 1024;
    int mediaFetchTimeoutMs = 30000;
    std::function<QString()> publicBaseUrl;       // "http://127.0.0.1:3000", for absolute media URLs
    webhooks::DeliveryLog *deliveries = nullptr;
    webhooks::Dispatcher *dispatcher = nullptr;
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
void registerWhatsAppRoutes(Router &router, ApiServices &services);
void registerContactRoutes(Router &router, ApiServices &services);
void registerChatRoutes(Router &router, ApiServices &services);
void registerLegacyRoutes(Router &router, ApiServices &services);
void registerWebhookRoutes(Router &router, ApiServices &services);

} // namespace core::api
