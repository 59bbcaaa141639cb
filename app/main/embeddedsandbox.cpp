#include "embeddedsandbox.h"

#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>

namespace wamulti {

EmbeddedSandbox::EmbeddedSandbox() = default;
EmbeddedSandbox::~EmbeddedSandbox() = default;

bool EmbeddedSandbox::start(core::settings::AppConfig &config, QString *error)
{
    const QString marker = config.dataDir + QLatin1Char('/') + markerFileName();
    if (QFile::exists(config.databasePath) && !QFile::exists(marker)) {
        *error = QStringLiteral("the data directory %1 holds a database created without --sandbox; its linked "
                                "instances must not meet the simulated network. Choose another --data-dir "
                                "(the default for --sandbox is separate)")
                     .arg(config.dataDir);
        return false;
    }
    if (!QDir().mkpath(config.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(config.dataDir);
        return false;
    }
    QFile mark(marker);
    if (!mark.exists() && (!mark.open(QIODevice::WriteOnly)
                           || mark.write("This data directory is used with --sandbox (simulated WhatsApp network).\n") < 0)) {
        *error = QStringLiteral("cannot write %1: %2").arg(marker, mark.errorString());
        return false;
    }
    mark.close();

    m_server = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options; // loopback, a free port, a fresh root per run
    if (!m_server->start(options, error)) {
        m_server.reset();
        return false;
    }
    config.waUrl = m_server->wsUrl();
    config.waRootKey = m_server->keys().root.publicKey;
    config.sandboxControlUrl = m_server->baseUrl() + QStringLiteral("/sandbox");
    return true;
}

} // namespace wamulti
