#pragma once
// Logging category of core_secrets. It lives here rather than in core/logging so that core_secrets
// builds and tests without the rest of core; the name matches core/logging's "core.secrets", so
// one QT_LOGGING_RULES line controls both. Never log keys or any decrypted secret.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCoreSecretsLog)
