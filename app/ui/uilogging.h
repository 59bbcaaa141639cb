#pragma once
// The logging categories of the ui layer. Never log keys, secrets, API keys or message bodies.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
