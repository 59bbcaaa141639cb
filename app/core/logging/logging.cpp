#include "core/logging/logging.h"

Q_LOGGING_CATEGORY(lcCoreApi, "core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreAuth, "core.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreStore, "core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreSecrets, "core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreInstances, "core.instances", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreRuntime, "core.runtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreStats, "core.stats", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreWebhooks, "core.webhooks", QtInfoMsg)

namespace core::logging {
void installMessagePattern()
{
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}D%{endif}%{if-info}I%{endif}"
        "%{if-warning}W%{endif}%{if-critical}E%{endif}%{if-fatal}F%{endif} %{category}: %{message}"));
}
}
