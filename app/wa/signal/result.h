#pragma once
// Error and Result types of the Signal adapter. Nothing in wa::signal throws; libsignal's
// negative return codes are mapped to stable codes here (the raw code is kept for logs).
#include <QMetaType>
#include "wa/expected.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wa::signal {

enum class ErrorCode {
    InvalidArgument,   // caller error: bad key sizes, empty names, unknown message type
    InvalidMessage,    // undecodable, wrong version, bad MAC or signature: garbage or tampering
    InvalidKey,        // a key in a bundle or message is not a valid Curve25519 key/signature
    InvalidKeyId,      // the message names a pre-key or sender key we do not have
    NoSession,         // no session (or sender key) with this peer yet
    DuplicateMessage,  // counter already used: the message was decrypted before
    UntrustedIdentity, // the identity store refused the peer's identity key
    StaleKeyExchange,
    StoreFailure,      // a wa::store write or read failed
    CryptoFailure,     // the crypto provider failed (OpenSSL error, out of memory)
    Unknown,
};

// Stable lower-case identifier, e.g. "no_session"; used in logs and docs.
const char *errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString detail;
    int libraryCode = 0; // libsignal's SG_ERR_* value, 0 if the error is ours

    QString toString() const;
};

// Codes our callbacks return, below SG_ERR_MINIMUM so they cannot clash with libsignal's own.
inline constexpr int StoreFailureCode = -10001;
inline constexpr int CryptoFailureCode = -10002;

// Maps a negative libsignal return code; `what` names the failed operation.
Error errorFromLibrary(int code, const QString &what);
// For failures to parse untrusted bytes: whatever libsignal says (SG_ERR_INVAL for empty
// input, SG_ERR_INVALID_PROTO_BUF, ...), the bytes are not a message.
Error malformed(int code, const QString &what);

template <typename T>
using Result = wa::Expected<T, Error>;

} // namespace wa::signal

Q_DECLARE_METATYPE(wa::signal::Error)
