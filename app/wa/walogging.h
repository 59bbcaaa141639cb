#pragma once
// Logging categories of the protocol layer. `wa` cannot see core's logging header (layers point
// down only), so it declares its own here; every category starts with "wa.".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWaBinary)
Q_DECLARE_LOGGING_CATEGORY(lcWaSocket)
Q_DECLARE_LOGGING_CATEGORY(lcWaHandshake)
Q_DECLARE_LOGGING_CATEGORY(lcWaSignal)
Q_DECLARE_LOGGING_CATEGORY(lcWaClient)
