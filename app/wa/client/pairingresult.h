#pragma once
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
class [[nodiscard]] PairingResult
{
public:
    PairingResult(T value)
        : m_value(std::move(value))
    {
    }
    PairingResult(PairingError error)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // Only meaningful when !ok(); on success a placeholder comes back instead of a throw.
    const PairingError &error() const
    {
        static const PairingError none {PairingErrorCode::InvalidArgument, QStringLiteral("no error")};
        const PairingError *error = std::get_if<PairingError>(&m_value);
        return error ? *error : none;
    }

private:
    std::variant<T, PairingError> m_value;
};

} // namespace wa::client
