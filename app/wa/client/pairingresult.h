#pragma once
#include "wa/expected.h"
// Error and result types of the pairing cryptography (QR string, pair-success verification,
// pairing code). Nothing here throws: every fallible call returns a PairingResult carrying a
// value or a PairingError with a stable code (for the caller's reply to the server, tests and
// docs/protocol-pairing.md) and a detail for logs that never contains key material.
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wa::client {

enum class PairingErrorCode {
    InvalidArgument,         // our own input has a wrong size or shape (a bug on our side)
    Malformed,               // the peer's bytes do not parse or lack a required field
    HmacMismatch,            // ADVSignedDeviceIdentityHMAC.hmac is not HMAC(advSecret, details)
    InvalidAccountSignature, // the primary's account signature does not verify for our identity
    InvalidDeviceSignature,  // (primary side) the companion's device signature does not verify
    KeyMismatch,             // a key echoed back by the peer is not the one we hold
    DecryptFailed,           // a wrapped key or key bundle does not decrypt / authenticate
    CryptoFailure,           // the crypto library failed (should not happen)
};

// Stable lower-case identifier, e.g. "hmac_mismatch".
const char *pairingErrorCodeName(PairingErrorCode code);

struct PairingError
{
    PairingErrorCode code = PairingErrorCode::Malformed;
    QString detail;

    QString toString() const;
};

template <typename T>
using PairingResult = wa::Expected<T, PairingError>;

} // namespace wa::client
