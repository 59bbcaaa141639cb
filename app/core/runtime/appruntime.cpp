#include "core/runtime/appruntime.h"

#include "core/api/apiserver.h"
#include "core/auth/jwt.h"
#include "core/auth/passwordhasher.h"
#include "core/auth/ratelimiter.h"
#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/instances/sessionthreads.h"
#include "core/instances/wabackend.h"
#include "core/logging/logging.h"
#include "core/secrets/masterkeystore.h"
#include "core/secrets/secretbox.h"
#include "core/stats/statsrecorder.h"
#include "core/store/activityrepository.h"
#include "core/store/contactrepository.h"
#include "core/store/messagerepository.h"
#include "core/store/database.h"
#include "core/store/dbwriter.h"
#include "core/store/migrations.h"
#include "core/store/secretrepository.h"
#include "core/store/sqlkeystore.h"
#include "core/store/statsrepository.h"
#include "core/users/usagelimits.h"
#include "core/users/userservice.h"
#include "core/webhooks/deliverylog.h"
#include "core/webhooks/dispatcher.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUrl>

namespace core::runtime {

AppRuntime::AppRuntime(settings::AppConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

AppRuntime::~AppRuntime()
{
    shutdown();
}

quint16 AppRuntime::apiPort() const
{
    return m_api ? m_api->port() : 0;
}

QString AppRuntime::apiUrl() const
{
    settings::AppConfig c = m_config;
    c.port = apiPort();
    return c.apiUrl();
}

bool AppRuntime::openStore(QString *error)
{
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_config.dataDir);
        return false;
    }
    QFile::setPermissions(m_config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_connection = store::Database::uniqueName(QStringLiteral("main"));
    m_db = store::Database::open(m_config.databasePath, m_connection, error);
    if (!m_db.isOpen())
        return false;
    if (!store::Migrations::migrate(m_db, error))
        return false;
    m_writer = std::make_unique<store::DbWriter>(m_config.databasePath);
    return m_writer->start(error);
}

bool AppRuntime::loadSecrets(QString *error)
{
    secrets::MasterKeyStore::Options options;
    options.useKeychain = m_config.useKeychain;
    const auto master = secrets::MasterKeyStore(m_config.dataDir, options).load();
    if (!master.ok()) {
        *error = QStringLiteral("cannot load the master key: %1").arg(master.detail);
        return false;
    }
    m_box = std::make_unique<secrets::SecretBox>(master.key);

    QByteArray jwtSecret = m_config.jwtSecret.toUtf8();
    if (jwtSecret.isEmpty()) {
        store::SecretRepository secretsRepo(m_db);
        if (const auto sealed = secretsRepo.getSealed(QStringLiteral("jwt_secret"))) {
            const auto opened = m_box->open(sealed->toLatin1());
            if (!opened) {
                *error = QStringLiteral("the stored JWT secret cannot be opened with this master key "
                                        "(was the key file or keychain entry replaced?)");
                return false;
            }
            jwtSecret = *opened;
        } else {
            jwtSecret.resize(48);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(jwtSecret.data()), 12);
            if (!secretsRepo.putSealed(QStringLiteral("jwt_secret"), QString::fromLatin1(m_box->seal(jwtSecret)), nowMs(), error))
                return false;
            qCInfo(lcCoreSecrets, "generated a new JWT signing secret (kept sealed in the database)");
        }
    } else if (jwtSecret.size() < 32) {
        qCWarning(lcCoreSecrets, "JWT_SECRET is shorter than 32 bytes; use a longer random secret");
    }
    m_jwt = std::make_unique<auth::Jwt>(jwtSecret);
    return true;
}

static QString generatePassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < 20; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return out;
}

bool AppRuntime::ensureAdmin(QString *error)
{
    if (m_users->count() > 0)
        return true;
    users::UserInput admin;
    admin.email = m_config.adminEmail;
    admin.firstName = m_config.adminFirstName;
    admin.lastName = m_config.adminLastName;
    admin.role = QStringLiteral("admin");
    QString password = m_config.adminPassword;
    if (password.isEmpty()) {
        password = generatePassword();
        m_generatedAdminPassword = password;
    }
    admin.password = password;
    const auto created = m_users->create(admin);
    if (!created.ok()) {
        *error = QStringLiteral("cannot create the first admin (%1): %2 %3")
                     .arg(m_config.adminEmail, created.failure().field, created.failure().message);
        return false;
    }
    qCInfo(lcCoreRuntime, "created the first admin account %s", qPrintable(m_config.adminEmail));
    return true;
}

instances::InstanceBackendFactory AppRuntime::engineFactory()
{
    wa::client::ClientConfig client;
    client.connection.url = QUrl(m_config.waUrl);
    if (!m_config.waRootKey.isEmpty())
        client.connection.certPolicy.rootPublicKey = m_config.waRootKey;
    if (!m_config.waVersion.isEmpty()) {
        const QStringList parts = m_config.waVersion.split(QLatin1Char('.'));
        client.identity.version = {parts[0].toUInt(), parts[1].toUInt(), parts[2].toUInt()};
    }
    instances::MediaOptions media;
    media.directory = QDir(m_config.dataDir).filePath(QStringLiteral("media"));
    media.urlBase = QStringLiteral("/api/instances"); // relative: the API prefixes its public base URL
    media.autoDownload = m_config.mediaAutoDownload;
    media.maxBytes = m_config.maxMediaBytes;
    // Each instance on the least loaded session thread, its keys on that thread's connection.
    return [this, client, media](const QString &instanceId) -> std::unique_ptr<instances::InstanceBackend> {
        return std::make_unique<instances::WaBackend>(instanceId, client, m_sessionThreads->pick(), m_box.get(), media);
    };
}

bool AppRuntime::start(QString *error)
{
    m_startedAt = nowMs();
    if (!openStore(error) || !loadSecrets(error))
        return false;
    const auto limits = m_config.fastPasswordHashing ? auth::PasswordHasher::Limits::minimum()
                                                     : auth::PasswordHasher::Limits::interactive();
    m_users = std::make_unique<users::UserService>(store::UserRepository(m_db), m_box.get(), auth::PasswordHasher(limits));
    if (!ensureAdmin(error))
        return false;
    m_activity = std::make_unique<store::ActivityRepository>(m_db);
    m_messages = std::make_unique<store::MessageRepository>(m_db);
    m_contacts = std::make_unique<store::ContactRepository>(m_db);
    m_network = new QNetworkAccessManager(this);
    if (!m_backendFactory && m_config.engine) {
        m_sessionThreads = std::make_unique<instances::SessionThreads>(
            m_config.databasePath, m_config.sessionThreads < 0 ? instances::SessionThreads::defaultCount() : m_config.sessionThreads);
        if (!m_sessionThreads->start(error))
            return false;
        m_backendFactory = engineFactory();
    }
    m_stats = new stats::StatsRecorder(m_writer.get(), store::StatsRepository(m_db), this);
    webhooks::DispatcherOptions delivery;
    delivery.databasePath = m_config.databasePath;
    delivery.box = m_box.get();
    delivery.timeoutMs = m_config.webhookTimeoutSecs * 1000;
    delivery.userAgent = QByteArrayLiteral("WaMulti-Webhooks/" WAMULTI_VERSION);
    m_dispatcher = std::make_unique<webhooks::Dispatcher>(delivery);
    if (!m_dispatcher->start(error))
        return false;
    m_deliveries = std::make_unique<webhooks::DeliveryLog>(m_db);
    m_instances = new instances::InstanceManager(m_db, m_writer.get(), m_box.get(), m_backendFactory, this);
    // Usage counters follow what the instances stored.
    connect(m_instances, &instances::InstanceManager::messageStored, this,
            [this](const QString &id, const QString &, const QString &, bool incoming, const QString &type, qint64 bytes) {
                store::UsageCounters delta;
                const bool media = type != QLatin1String("text") && type != QLatin1String("reaction") && type != QLatin1String("revoke")
                    && type != QLatin1String("location") && type != QLatin1String("contact") && type != QLatin1String("unknown");
                (incoming ? delta.messagesReceived : delta.messagesSent) = 1;
                if (media) {
                    (incoming ? delta.mediaReceived : delta.mediaSent) = 1;
                    delta.mediaBytes = bytes;
                }
                m_stats->addInstanceUsage(id, delta); // (the user's daily send count is UsageLimits', per API send)
            });
    webhooks::Dispatcher *dispatcher = m_dispatcher.get();
    m_instances->setWebhookHooks([dispatcher] { dispatcher->wake(); },
                                 [dispatcher](const QString &id) { dispatcher->invalidate(id); });
    if (!m_instances->load(error))
        return false;
    m_limits = std::make_unique<users::UsageLimits>(m_users.get(), m_stats, m_instances, m_writer.get(),
                                                    [dispatcher] { dispatcher->wake(); });
    m_loginByAddress = std::make_unique<auth::RateLimiter>(m_config.loginAttemptsPerAddress, 15 * 60);
    m_loginByAccount = std::make_unique<auth::RateLimiter>(m_config.loginAttemptsPerAccount, 15 * 60);

    api::ApiServices services;
    services.users = m_users.get();
    services.instances = m_instances;
    services.stats = m_stats;
    services.limits = m_limits.get();
    services.activity = m_activity.get();
    services.messages = m_messages.get();
    services.contacts = m_contacts.get();
    services.writer = m_writer.get();
    services.network = m_network;
    services.mediaDirectory = QDir(m_config.dataDir).filePath(QStringLiteral("media"));
    services.maxMediaBytes = m_config.maxMediaBytes;
    services.mediaFetchTimeoutMs = m_config.mediaFetchTimeoutSecs * 1000;
    services.publicBaseUrl = [this] { return apiUrl(); };
    services.deliveries = m_deliveries.get();
    services.dispatcher = m_dispatcher.get();
    services.jwt = m_jwt.get();
    services.jwtTtlSecs = m_config.jwtTtlSecs;
    services.loginByAddress = m_loginByAddress.get();
    services.loginByAccount = m_loginByAccount.get();
    services.version = QStringLiteral(WAMULTI_VERSION);
    services.startedAtMs = m_startedAt;
    services.databaseProvider = m_config.databaseProvider;
    services.databaseUrl = m_config.databaseUrl;
    if (m_config.sandbox) {
        services.sandbox.enabled = true;
        services.sandbox.controlUrl = m_config.sandboxControlUrl;
        services.sandbox.wsUrl = m_config.waUrl;
        services.sandbox.rootPublicKey = QString::fromLatin1(m_config.waRootKey.toHex());
    }
    QFile openapi(QStringLiteral(":/wamulti/openapi.json"));
    if (openapi.open(QIODevice::ReadOnly))
        services.openApiDocument = openapi.readAll();

    api::ApiServerOptions options;
    options.host = m_config.host;
    options.port = m_config.port;
    options.limits.maxBodyBytes = m_config.maxBodyBytes;
    options.limits.idleTimeoutMs = m_config.idleTimeoutSecs * 1000;
    m_api = new api::ApiServer(std::move(services), options, this);
    QString listenError;
    if (!m_api->start(&listenError)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3 (choose another with --port or PORT)")
                     .arg(m_config.host.toString())
                     .arg(m_config.port)
                     .arg(listenError);
        return false;
    }
    qCInfo(lcCoreRuntime, "API listening on %s", qPrintable(apiUrl()));
    return true;
}

void AppRuntime::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_api)
        m_api->stopListening();
    delete m_instances; // stops backends (their sessions end on their threads), queues their last writes
    m_instances = nullptr;
    if (m_sessionThreads)
        m_sessionThreads->stop();
    if (m_stats) {
        m_stats->flush();
        delete m_stats;
        m_stats = nullptr;
    }
    delete m_api;
    m_api = nullptr;
    m_limits.reset();
    // The dispatcher waits up to 2 s for answers in flight, then aborts the rest (they stay
    // pending). The object lives on until the writer has stopped: the writer's last commits still
    // call wake(), a no-op by then.
    if (m_dispatcher)
        m_dispatcher->stop();
    if (m_writer) {
        m_writer->flush();
        m_writer->stop();
        m_writer.reset();
    }
    m_dispatcher.reset();
    m_deliveries.reset();
    m_activity.reset();
    m_messages.reset();
    m_contacts.reset();
    m_users.reset();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        store::Database::close(m_connection);
    qCInfo(lcCoreRuntime, "shut down cleanly");
}

} // namespace core::runtime
