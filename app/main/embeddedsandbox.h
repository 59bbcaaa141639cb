#pragma once
// --sandbox: a sandbox::SandboxServer (the simulated WhatsApp network of app/sandbox) running in
// this process on a free loopback port. Before AppRuntime starts, it points every instance at it
// through plain configuration values (waUrl, waRootKey, sandboxControlUrl), so core and ui never
// include a sandbox header. Both executables and the UI tests start it the same way.
#include "core/settings/appconfig.h"

#include <memory>

namespace sandbox {
class SandboxServer;
}

namespace wamulti {

class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();
    EmbeddedSandbox(const EmbeddedSandbox &) = delete;
    EmbeddedSandbox &operator=(const EmbeddedSandbox &) = delete;

    // Starts the sandbox and rewrites `config` to use it. Refuses a data directory whose database
    // was created without --sandbox: its linked instances would be told "logged out" by the
    // simulated network and lose their credentials.
    bool start(core::settings::AppConfig &config, QString *error);
    sandbox::SandboxServer *server() const { return m_server.get(); }

    static QString markerFileName() { return QStringLiteral("sandbox-mode"); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace wamulti
