#include "result.h"

#include <signal_protocol.h>

namespace wa::signal {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid_argument";
    case ErrorCode::InvalidMessage: return "invalid_message";
    case ErrorCode::InvalidKey: return "invalid_key";
    case ErrorCode::InvalidKeyId: return "invalid_key_id";
    case ErrorCode::NoSession: return "no_session";
    case ErrorCode::DuplicateMessage: return "duplicate_message";
    case ErrorCode::UntrustedIdentity: return "untrusted_identity";
    case ErrorCode::StaleKeyExchange: return "stale_key_exchange";
    case ErrorCode::StoreFailure: return "store_failure";
    case ErrorCode::CryptoFailure: return "crypto_failure";
    case ErrorCode::Unknown: return "unknown";
    }
    return "unknown";
}

QString Error::toString() const
{
    QString text = QString::fromLatin1(errorCodeName(code));
    if (!detail.isEmpty())
        text += QLatin1String(": ") + detail;
    return text;
}

Error errorFromLibrary(int code, const QString &what)
{
    ErrorCode mapped = ErrorCode::Unknown;
    switch (code) {
    case SG_ERR_DUPLICATE_MESSAGE: mapped = ErrorCode::DuplicateMessage; break;
    case SG_ERR_INVALID_KEY: mapped = ErrorCode::InvalidKey; break;
    case SG_ERR_INVALID_KEY_ID: mapped = ErrorCode::InvalidKeyId; break;
    // A bad MAC, a bad signature, a foreign version or a broken protobuf all mean the bytes
    // are not a message we can accept; callers treat them alike (retry receipt).
    case SG_ERR_INVALID_MAC:
    case SG_ERR_INVALID_MESSAGE:
    case SG_ERR_INVALID_VERSION:
    case SG_ERR_LEGACY_MESSAGE:
    case SG_ERR_INVALID_PROTO_BUF:
    case SG_ERR_VRF_SIG_VERIF_FAILED: mapped = ErrorCode::InvalidMessage; break;
    case SG_ERR_NO_SESSION: mapped = ErrorCode::NoSession; break;
    case SG_ERR_STALE_KEY_EXCHANGE: mapped = ErrorCode::StaleKeyExchange; break;
    case SG_ERR_UNTRUSTED_IDENTITY: mapped = ErrorCode::UntrustedIdentity; break;
    case SG_ERR_NOMEM: mapped = ErrorCode::CryptoFailure; break;
    case SG_ERR_INVAL: mapped = ErrorCode::InvalidArgument; break;
    case StoreFailureCode: mapped = ErrorCode::StoreFailure; break;
    case CryptoFailureCode: mapped = ErrorCode::CryptoFailure; break;
    default: mapped = ErrorCode::Unknown; break;
    }
    return {mapped, QStringLiteral("%1 failed (libsignal %2)").arg(what).arg(code), code};
}

Error malformed(int code, const QString &what)
{
    Error error = errorFromLibrary(code, what);
    if (code != SG_ERR_NOMEM)
        error.code = ErrorCode::InvalidMessage;
    return error;
}

} // namespace wa::signal
