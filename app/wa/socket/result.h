#pragma once
// Error and Result types of the transport layer. Nothing in wa::socket throws; every fallible
// call returns a Result that carries either a value or an Error with a stable code (for
// callers and tests) and a human-readable detail (for logs; never key material).
#include <QMetaType>
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
        static const Error none {ErrorCode::InvalidState, QStringLiteral("no error")};
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
        static const Error none {ErrorCode::InvalidState, QStringLiteral("no error")};
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

} // namespace wa::socket

Q_DECLARE_METATYPE(wa::socket::Error)
