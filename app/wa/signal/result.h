#pragma once
// Error and Result types of the Signal adapter. Nothing in wa::signal throws; libsignal's
// negative return codes are mapped to stable codes here (the raw code is kept for logs).
#include <QMetaType>
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
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
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

    // Only meaningful when !ok(); on success it returns a placeholder instead of throwing.
    const Error &error() const
    {
        static const Error none {ErrorCode::Unknown, QStringLiteral("no error"), 0};
        const Error *error = std::get_if<Error>(&m_value);
        return error ? *error : none;
    }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        static const Error none {ErrorCode::Unknown, QStringLiteral("no error"), 0};
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

} // namespace wa::signal

Q_DECLARE_METATYPE(wa::signal::Error)
