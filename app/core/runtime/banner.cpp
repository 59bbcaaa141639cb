#include "core/runtime/banner.h"

#include "core/runtime/appruntime.h"

namespace core::runtime {

QString startupBanner(const AppRuntime &rt)
{
    const auto &c = rt.config();
    QString out;
    out += QStringLiteral("WaMulti %1\n").arg(QStringLiteral(WAMULTI_VERSION));
    out += QStringLiteral("  API:       %1/api   (health: %1/api/health; OpenAPI, with credentials: %1/api/openapi.json)\n").arg(rt.apiUrl());
    out += QStringLiteral("  Data:      %1\n").arg(c.dataDir);
    out += QStringLiteral("  Database:  sqlite %1\n").arg(c.databasePath);
    if (c.sandbox)
        out += QStringLiteral("  Sandbox:   %1/info   (simulated WhatsApp network; every instance links to it)\n")
                   .arg(c.sandboxControlUrl);
    if (!rt.generatedAdminPassword().isEmpty()) {
        out += QStringLiteral("  First start: created the admin account. This password is shown ONCE:\n");
        out += QStringLiteral("      email:    %1\n      password: %2\n").arg(c.adminEmail, rt.generatedAdminPassword());
    }
    out += QStringLiteral("  Log in:    curl -s -X POST %1/api/auth/login -H 'Content-Type: application/json' \\\n"
                          "               -d '{\"email\":\"%2\",\"password\":\"<password>\"}'\n")
               .arg(rt.apiUrl(), c.adminEmail);
    return out;
}

} // namespace core::runtime
