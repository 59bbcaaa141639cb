#include "core/settings/appconfig.h"

#include "core/auth/duration.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace core::settings {

QString AppConfig::apiUrl() const
{
    if (!baseUrl.isEmpty())
        return baseUrl;
    QString h = host.toString();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        h = QStringLiteral("127.0.0.1");
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        h = QLatin1Char('[') + h + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(h).arg(port);
}

namespace {

QString pathFromSqliteUrl(const QString &url)
{
    QString path = url;
    if (path.startsWith(QLatin1String("file://")))
        path = path.mid(7);
    else if (path.startsWith(QLatin1String("file:")))
        path = path.mid(5);
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

// First non-empty of flag, environment variable, settings key.
QString pick(const QCommandLineParser &p, const char *flag, const QProcessEnvironment &env, const char *var,
             const QSettings &ini, const char *key)
{
    if (flag && p.isSet(QLatin1String(flag)))
        return p.value(QLatin1String(flag));
    if (var && !env.value(QLatin1String(var)).isEmpty())
        return env.value(QLatin1String(var));
    if (key)
        return ini.value(QLatin1String(key)).toString();
    return {};
}

} // namespace

ConfigLoad loadConfig(const QStringList &arguments, const QProcessEnvironment &env, Executable which)
{
    ConfigLoad out;
    AppConfig &c = out.config;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "WaMulti: many WhatsApp accounts from one native process, with a local REST API.\n"
        "Environment: DATABASE_PROVIDER, SQLITE_DATABASE_URL, JWT_SECRET, JWT_EXPIRATION, ADMIN_EMAIL,\n"
        "ADMIN_PASSWORD, ADMIN_FIRST_NAME, ADMIN_LAST_NAME, PORT, HOST, BASE_URL, WAMULTI_DATA_DIR,\n"
        "WAMULTI_KEYCHAIN=off. Settings file: <data-dir>/wamulti.ini. See docs/configuration.md."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version."));
    p.addOption(help);
    p.addOption(version);
    p.addOption({QStringLiteral("port"), QStringLiteral("API port (default 3000; 0 = any free port)."), QStringLiteral("port")});
    p.addOption({QStringLiteral("host"), QStringLiteral("API address to bind (default 127.0.0.1)."), QStringLiteral("address")});
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory (database, key file, media)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("wa-url"), QStringLiteral("WhatsApp endpoint (default wss://web.whatsapp.com/ws/chat; a sandbox's wsUrl)."), QStringLiteral("url")});
    p.addOption({QStringLiteral("session-threads"), QStringLiteral("Threads the WhatsApp sessions run on (default min(4, cores))."), QStringLiteral("n")});
    p.addOption({QStringLiteral("wa-root-key"), QStringLiteral("Root public key (64 hex) the server's certificates must chain to (a sandbox's rootPublicKey)."), QStringLiteral("hex")});
    p.addOption({QStringLiteral("sandbox"), QStringLiteral("Start a simulated WhatsApp network (wamulti-sandbox) in this process on a free loopback "
                                                           "port and link every instance to it; no real account is touched. Default data "
                                                           "directory: <default>/wamulti-sandbox. See docs/sandbox.md.")});
    if (which == Executable::Gui)
        p.addOption({QStringLiteral("headless"), QStringLiteral("Run without the window (API only).")});
    if (!p.parse(arguments)) {
        out.action = ConfigLoad::Action::Error;
        out.text = p.errorText();
        return out;
    }
    if (p.isSet(help)) {
        out.action = ConfigLoad::Action::ShowHelp;
        out.text = p.helpText();
        return out;
    }
    if (p.isSet(version)) {
        out.action = ConfigLoad::Action::ShowVersion;
        out.text = QStringLiteral("WaMulti %1").arg(QStringLiteral(WAMULTI_VERSION));
        return out;
    }
    auto fail = [&out](const QString &text) {
        out.action = ConfigLoad::Action::Error;
        out.text = text;
        return out;
    };

    c.sandbox = p.isSet(QStringLiteral("sandbox"));
    if (c.sandbox && (p.isSet(QStringLiteral("wa-url")) || p.isSet(QStringLiteral("wa-root-key"))))
        return fail(QStringLiteral("--sandbox chooses the WhatsApp endpoint itself; leave out --wa-url and --wa-root-key"));
    c.dataDir = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir"))
                                                     : env.value(QStringLiteral("WAMULTI_DATA_DIR"));
    // A sandbox run keeps its own default directory: linked instances of a real setup must never
    // try to log in to the simulated network (which would answer "logged out").
    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + (c.sandbox ? QStringLiteral("/wamulti-sandbox") : QStringLiteral("/wamulti"));
    c.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(c.dataDir));
    const QSettings ini(c.dataDir + QStringLiteral("/wamulti.ini"), QSettings::IniFormat);

    const QString portText = pick(p, "port", env, "PORT", ini, "api/port");
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535)
            return fail(QStringLiteral("invalid port \"%1\": must be 0-65535").arg(portText));
        c.port = quint16(port);
    }
    const QString hostText = pick(p, "host", env, "HOST", ini, "api/host");
    if (!hostText.isEmpty()) {
        if (hostText == QLatin1String("localhost"))
            c.host = QHostAddress::LocalHost;
        else if (!c.host.setAddress(hostText))
            return fail(QStringLiteral("invalid host \"%1\": must be an IP address such as 127.0.0.1 or 0.0.0.0").arg(hostText));
    }
    c.baseUrl = pick(p, nullptr, env, "BASE_URL", ini, "api/baseUrl");
    while (c.baseUrl.endsWith(QLatin1Char('/')))
        c.baseUrl.chop(1);

    c.databaseProvider = pick(p, nullptr, env, "DATABASE_PROVIDER", ini, "database/provider").toLower();
    if (c.databaseProvider.isEmpty())
        c.databaseProvider = QStringLiteral("sqlite");
    if (c.databaseProvider == QLatin1String("mongodb"))
        return fail(QStringLiteral("DATABASE_PROVIDER=mongodb is not available in this version; use sqlite (the default)"));
    if (c.databaseProvider != QLatin1String("sqlite"))
        return fail(QStringLiteral("DATABASE_PROVIDER must be sqlite or mongodb, not \"%1\"").arg(c.databaseProvider));
    const QString sqliteUrl = pick(p, nullptr, env, "SQLITE_DATABASE_URL", ini, "database/sqliteUrl");
    c.databasePath = sqliteUrl.isEmpty() ? c.dataDir + QStringLiteral("/wamulti.db") : pathFromSqliteUrl(sqliteUrl);
    c.databaseUrl = QStringLiteral("file:") + c.databasePath;

    c.jwtSecret = env.value(QStringLiteral("JWT_SECRET"));
    const QString expiration = pick(p, nullptr, env, "JWT_EXPIRATION", ini, "auth/jwtExpiration");
    if (!expiration.isEmpty()) {
        const auto secs = auth::parseDuration(expiration);
        if (!secs)
            return fail(QStringLiteral("invalid JWT_EXPIRATION \"%1\": use e.g. 24h, 30m, 7d or seconds").arg(expiration));
        c.jwtTtlSecs = *secs;
    }
    if (const QString v = env.value(QStringLiteral("ADMIN_EMAIL")); !v.isEmpty())
        c.adminEmail = v;
    c.adminPassword = env.value(QStringLiteral("ADMIN_PASSWORD"));
    if (const QString v = env.value(QStringLiteral("ADMIN_FIRST_NAME")); !v.isEmpty())
        c.adminFirstName = v;
    if (const QString v = env.value(QStringLiteral("ADMIN_LAST_NAME")); !v.isEmpty())
        c.adminLastName = v;

    if (const QString url = pick(p, "wa-url", env, "WA_URL", ini, "whatsapp/url"); !url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("wss") && parsed.scheme() != QLatin1String("ws")))
            return fail(QStringLiteral("invalid WhatsApp URL \"%1\": must be ws:// or wss://").arg(url));
        c.waUrl = url;
    }
    if (const QString key = pick(p, "wa-root-key", env, "WA_ROOT_KEY", ini, "whatsapp/rootKey"); !key.isEmpty()) {
        c.waRootKey = QByteArray::fromHex(key.toLatin1());
        if (c.waRootKey.size() != 32 || key.size() != 64)
            return fail(QStringLiteral("invalid WhatsApp root key: must be 64 hex characters"));
    }
    c.waVersion = pick(p, nullptr, env, "WA_VERSION", ini, "whatsapp/version");
    if (!c.waVersion.isEmpty()) {
        const QStringList parts = c.waVersion.split(QLatin1Char('.'));
        bool ok = parts.size() == 3;
        for (const QString &part : parts) {
            bool digit = false;
            part.toUInt(&digit);
            ok = ok && digit;
        }
        if (!ok)
            return fail(QStringLiteral("invalid WA_VERSION \"%1\": use three numbers, e.g. 2.3000.1043857760").arg(c.waVersion));
    }
    c.engine = env.value(QStringLiteral("WAMULTI_ENGINE")).toLower() != QLatin1String("off");
    if (const QString v = pick(p, "session-threads", env, "WAMULTI_SESSION_THREADS", ini, "whatsapp/sessionThreads"); !v.isEmpty()) {
        bool ok = false;
        c.sessionThreads = v.toInt(&ok);
        if (!ok || c.sessionThreads < 0 || c.sessionThreads > 64)
            return fail(QStringLiteral("invalid session thread count \"%1\": 0-64").arg(v));
    }
    if (const QString v = pick(p, nullptr, env, "WAMULTI_MEDIA_AUTODOWNLOAD", ini, "media/autoDownload").toLower(); !v.isEmpty())
        c.mediaAutoDownload = v != QLatin1String("off") && v != QLatin1String("false") && v != QLatin1String("0");
    if (const QString v = pick(p, nullptr, env, "WAMULTI_MAX_MEDIA_BYTES", ini, "media/maxBytes"); !v.isEmpty()) {
        bool ok = false;
        c.maxMediaBytes = v.toLongLong(&ok);
        if (!ok || c.maxMediaBytes < 1024)
            return fail(QStringLiteral("invalid WAMULTI_MAX_MEDIA_BYTES \"%1\": a byte count of at least 1024").arg(v));
    }
    if (const QString v = pick(p, nullptr, env, "WAMULTI_MEDIA_FETCH_TIMEOUT_SECS", ini, "media/fetchTimeoutSecs"); !v.isEmpty()) {
        bool ok = false;
        c.mediaFetchTimeoutSecs = v.toInt(&ok);
        if (!ok || c.mediaFetchTimeoutSecs < 1 || c.mediaFetchTimeoutSecs > 600)
            return fail(QStringLiteral("invalid WAMULTI_MEDIA_FETCH_TIMEOUT_SECS \"%1\": 1-600").arg(v));
    }
    c.headless = which == Executable::Server || (p.optionNames().contains(QStringLiteral("headless")) && p.isSet(QStringLiteral("headless")));
    c.useKeychain = env.value(QStringLiteral("WAMULTI_KEYCHAIN")).toLower() != QLatin1String("off");
    c.fastPasswordHashing = env.value(QStringLiteral("WAMULTI_FAST_HASH")) == QLatin1String("1");
    if (const QVariant v = ini.value(QStringLiteral("limits/maxBodyBytes")); v.isValid() && v.toLongLong() > 0)
        c.maxBodyBytes = v.toLongLong();
    if (const QString v = env.value(QStringLiteral("WAMULTI_MAX_BODY_BYTES")); !v.isEmpty() && v.toLongLong() > 0)
        c.maxBodyBytes = v.toLongLong();
    if (const QVariant v = ini.value(QStringLiteral("limits/idleTimeoutSecs")); v.isValid() && v.toInt() > 0)
        c.idleTimeoutSecs = v.toInt();
    if (const QString v = env.value(QStringLiteral("WAMULTI_IDLE_TIMEOUT_SECS")); !v.isEmpty() && v.toInt() > 0)
        c.idleTimeoutSecs = v.toInt();
    const QString webhookTimeout = pick(p, nullptr, env, "WAMULTI_WEBHOOK_TIMEOUT_SECS", ini, "webhooks/timeoutSecs");
    if (!webhookTimeout.isEmpty()) {
        bool ok = false;
        const int secs = webhookTimeout.toInt(&ok);
        if (!ok || secs < 1 || secs > 300)
            return fail(QStringLiteral("invalid webhook timeout \"%1\": must be 1-300 seconds").arg(webhookTimeout));
        c.webhookTimeoutSecs = secs;
    }
    return out;
}

} // namespace core::settings
