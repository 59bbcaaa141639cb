#pragma once
// The composition root shared by both executables: opens the store (migrations, writer thread),
// obtains the master key, unseals or creates the application secrets, creates the first admin,
// builds the services and the REST API, and shuts everything down in order. No singletons: what
// the UI needs it takes from here.
#include "core/instances/instancebackend.h"
#include "core/settings/appconfig.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>

namespace core::secrets {
class SecretBox;
}
namespace core::store {
class DbWriter;
class ActivityRepository;
class ContactRepository;
class MessageRepository;
}

class QNetworkAccessManager;
namespace core::users {
class UserService;
class UsageLimits;
}
namespace core::instances {
class InstanceManager;
class SessionThreads;
}
namespace core::stats {
class StatsRecorder;
}
namespace core::auth {
class Jwt;
class RateLimiter;
}
namespace core::api {
class ApiServer;
}
namespace core::webhooks {
class Dispatcher;
class DeliveryLog;
}

namespace core::runtime {

class AppRuntime : public QObject
{
    Q_OBJECT
public:
    explicit AppRuntime(settings::AppConfig config, QObject *parent = nullptr);
    ~AppRuntime() override;

    // Set before start() to give instances a WhatsApp engine.
    void setBackendFactory(instances::InstanceBackendFactory factory) { m_backendFactory = std::move(factory); }

    bool start(QString *error);
    void shutdown(); // stop accepting requests, flush writers, close the database; idempotent

    const settings::AppConfig &config() const { return m_config; }
    quint16 apiPort() const;
    QString apiUrl() const;
    // Set when this start created the admin with a generated password (shown once, then gone).
    QString generatedAdminPassword() const { return m_generatedAdminPassword; }

    users::UserService *users() const { return m_users.get(); }
    instances::InstanceManager *instances() const { return m_instances; }
    stats::StatsRecorder *stats() const { return m_stats; }
    api::ApiServer *apiServer() const { return m_api; }
    store::DbWriter *writer() const { return m_writer.get(); }
    store::MessageRepository *messages() const { return m_messages.get(); } // reads, main thread
    store::ContactRepository *contacts() const { return m_contacts.get(); } // reads, main thread
    webhooks::Dispatcher *dispatcher() const { return m_dispatcher.get(); }
    webhooks::DeliveryLog *deliveries() const { return m_deliveries.get(); } // main thread's connection
    users::UsageLimits *limits() const { return m_limits.get(); }

private:
    bool openStore(QString *error);
    bool loadSecrets(QString *error);
    bool ensureAdmin(QString *error);
    instances::InstanceBackendFactory engineFactory(); // the real WhatsApp engine per instance

    settings::AppConfig m_config;
    instances::InstanceBackendFactory m_backendFactory;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<store::DbWriter> m_writer;
    std::unique_ptr<secrets::SecretBox> m_box;
    std::unique_ptr<users::UserService> m_users;
    std::unique_ptr<store::ActivityRepository> m_activity;
    std::unique_ptr<store::MessageRepository> m_messages;
    std::unique_ptr<store::ContactRepository> m_contacts;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<webhooks::Dispatcher> m_dispatcher;
    std::unique_ptr<webhooks::DeliveryLog> m_deliveries;
    std::unique_ptr<users::UsageLimits> m_limits;
    std::unique_ptr<auth::Jwt> m_jwt;
    std::unique_ptr<auth::RateLimiter> m_loginByAddress;
    std::unique_ptr<auth::RateLimiter> m_loginByAccount;
    std::unique_ptr<instances::SessionThreads> m_sessionThreads;
    instances::InstanceManager *m_instances = nullptr;
    stats::StatsRecorder *m_stats = nullptr;
    api::ApiServer *m_api = nullptr;
    QString m_generatedAdminPassword;
    qint64 m_startedAt = 0;
    bool m_shutDown = false;
};

} // namespace core::runtime
