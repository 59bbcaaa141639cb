#include "core/secrets/secretslog.h"

Q_LOGGING_CATEGORY(lcCoreSecretsLog, "core.secrets", QtInfoMsg)
