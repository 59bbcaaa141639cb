#pragma once
// Error and Result types of the transport layer. Nothing in wa::socket throws; every fallible
// call returns a Result that carries either a value or an Error with a stable code (for
// callers and tests) and a human-readable detail (for logs; never key material).
#include <QMetaType>
#include "wa/expected.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wa::socket {

enum class ErrorCode {
    InvalidArgument,
    InvalidState,
    BadHeader,
    FrameTooLarge,
    MalformedHandshake,
    DecryptFailed,
    CryptoFailure,
    CertMalformed,
    CertMissingParts,
    CertBadSignatureLength,
    CertIntermediateSignature,
    CertIntermediateIssuer,
    CertIntermediateKey,
    CertLeafSignature,
    CertLeafIssuer,
    CertKeyMismatch,
    CertNotYetValid,
    CertExpired,
    ConnectionFailed,
    ConnectionClosed,
    Timeout,
};

// Stable lower-case identifier, e.g. "cert_expired"; used in logs and docs.
const char *errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::InvalidState;
    QString detail;

    QString toString() const;
};

template <typename T>
using Result = wa::Expected<T, Error>;

} // namespace wa::socket

Q_DECLARE_METATYPE(wa::socket::Error)
