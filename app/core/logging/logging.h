#pragma once
// Every logging category of the core layer, in one place. Lines that concern an instance carry its
// id ("[inst <id>]"). Never log keys, tokens, passwords, API keys or message bodies.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCoreApi)
Q_DECLARE_LOGGING_CATEGORY(lcCoreAuth)
Q_DECLARE_LOGGING_CATEGORY(lcCoreStore)
Q_DECLARE_LOGGING_CATEGORY(lcCoreSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcCoreInstances)
Q_DECLARE_LOGGING_CATEGORY(lcCoreRuntime)
Q_DECLARE_LOGGING_CATEGORY(lcCoreStats)
Q_DECLARE_LOGGING_CATEGORY(lcCoreWebhooks)

namespace core::logging {
// One-line log format with time, level and category; installed by AppRuntime.
void installMessagePattern();
}
