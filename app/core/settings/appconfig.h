#pragma once
// Configuration, from (highest first) command-line flags, environment variables (those of
// ../shared/spec/api-reference.md plus PORT, HOST, BASE_URL), the settings file
// <data-dir>/wamulti.ini, and defaults. See docs/configuration.md.
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace core::settings {

struct AppConfig {
    QString dataDir;
    QString databasePath;
    QString databaseUrl; // as shown by GET /api/db/status, "file:<path>"
    QString databaseProvider = QStringLiteral("sqlite");
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 3000;
    QString baseUrl; // empty = http://host:port
    QString jwtSecret; // empty = generated once and kept sealed in the database
    qint64 jwtTtlSecs = 24 * 3600;
    QString adminEmail = QStringLiteral("admin@example.com");
    QString adminPassword; // empty = generated on first start and printed once
    QString adminFirstName = QStringLiteral("Admin");
    QString adminLastName = QStringLiteral("User");
    bool headless = false;
    bool useKeychain = true;
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    int idleTimeoutSecs = 60;
    int loginAttemptsPerAccount = 10; // per 15 minutes
    int loginAttemptsPerAddress = 30; // per 15 minutes
    bool fastPasswordHashing = false; // tests only (WAMULTI_FAST_HASH=1): argon2id at minimum cost
    // The WhatsApp endpoint and the root key its certificate chain must chain to. Defaults: the
    // real ones; tests and the sandbox set both (--wa-url, --wa-root-key, WA_URL, WA_ROOT_KEY).
    QString waUrl = QStringLiteral("wss://web.whatsapp.com/ws/chat");
    QByteArray waRootKey; // 32 bytes; empty = WhatsApp's real root
    QString waVersion;    // "2.3000.1043857760" style; empty = the built-in default
    bool engine = true;   // WAMULTI_ENGINE=off: API only, instances stay disconnected
    int sessionThreads = -1; // threads the instances' clients run on; -1 = min(4, cores), 0 = the main thread
    bool mediaAutoDownload = true;          // keep received media files under <data-dir>/media
    qint64 maxMediaBytes = 100LL * 1024 * 1024; // per file, in and out (send-media, send-file, downloads)
    int mediaFetchTimeoutSecs = 30;         // send-media fetching its URL
    int webhookTimeoutSecs = 10; // a receiver must answer 2xx within this (WAMULTI_WEBHOOK_TIMEOUT_SECS)
    // --sandbox: the executable starts a simulated WhatsApp network in process and points every
    // instance at it. main fills waUrl/waRootKey and this control URL ("http://127.0.0.1:N/sandbox")
    // from the running sandbox before AppRuntime starts; core only passes the values on.
    bool sandbox = false;
    QString sandboxControlUrl;

    QString apiUrl() const; // baseUrl, or http://host:port
};

struct ConfigLoad {
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    AppConfig config;
    QString text; // help text, version line, or the error
};

enum class Executable { Gui, Server };

ConfigLoad loadConfig(const QStringList &arguments, const QProcessEnvironment &env, Executable which);

} // namespace core::settings
