#include "pairingresult.h"

namespace wa::client {

const char *pairingErrorCodeName(PairingErrorCode code)
{
    switch (code) {
    case PairingErrorCode::InvalidArgument:
        return "invalid_argument";
    case PairingErrorCode::Malformed:
        return "malformed";
    case PairingErrorCode::HmacMismatch:
        return "hmac_mismatch";
    case PairingErrorCode::InvalidAccountSignature:
        return "invalid_account_signature";
    case PairingErrorCode::InvalidDeviceSignature:
        return "invalid_device_signature";
    case PairingErrorCode::KeyMismatch:
        return "key_mismatch";
    case PairingErrorCode::DecryptFailed:
        return "decrypt_failed";
    case PairingErrorCode::CryptoFailure:
        return "crypto_failure";
    }
    return "unknown";
}

QString PairingError::toString() const
{
    return QString::fromLatin1(pairingErrorCodeName(code)) + QStringLiteral(": ") + detail;
}

} // namespace wa::client
