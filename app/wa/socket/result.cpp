#include "result.h"

namespace wa::socket {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid_argument";
    case ErrorCode::InvalidState: return "invalid_state";
    case ErrorCode::BadHeader: return "bad_header";
    case ErrorCode::FrameTooLarge: return "frame_too_large";
    case ErrorCode::MalformedHandshake: return "malformed_handshake";
    case ErrorCode::DecryptFailed: return "decrypt_failed";
    case ErrorCode::CryptoFailure: return "crypto_failure";
    case ErrorCode::CertMalformed: return "cert_malformed";
    case ErrorCode::CertMissingParts: return "cert_missing_parts";
    case ErrorCode::CertBadSignatureLength: return "cert_bad_signature_length";
    case ErrorCode::CertIntermediateSignature: return "cert_intermediate_signature";
    case ErrorCode::CertIntermediateIssuer: return "cert_intermediate_issuer";
    case ErrorCode::CertIntermediateKey: return "cert_intermediate_key";
    case ErrorCode::CertLeafSignature: return "cert_leaf_signature";
    case ErrorCode::CertLeafIssuer: return "cert_leaf_issuer";
    case ErrorCode::CertKeyMismatch: return "cert_key_mismatch";
    case ErrorCode::CertNotYetValid: return "cert_not_yet_valid";
    case ErrorCode::CertExpired: return "cert_expired";
    case ErrorCode::ConnectionFailed: return "connection_failed";
    case ErrorCode::ConnectionClosed: return "connection_closed";
    case ErrorCode::Timeout: return "timeout";
    }
    return "unknown";
}

QString Error::toString() const
{
    return detail.isEmpty() ? QString::fromLatin1(errorCodeName(code))
                            : QStringLiteral("%1: %2").arg(QLatin1String(errorCodeName(code)), detail);
}

} // namespace wa::socket
