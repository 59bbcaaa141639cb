#pragma once
// Result of a core service call: a value, or an error kind + message a person can act on. The
// API maps kinds to HTTP statuses in one place (ApiServer); the desktop UI shows the message.
#include <QString>
#include <optional>
#include <utility>

namespace core {

enum class ErrorKind { None, Invalid, NotFound, Conflict, Forbidden, Unavailable, LimitExceeded, Internal };

struct Failure {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString field; // the request field at fault, when there is one
};

template <typename T> class Outcome
{
public:
    Outcome(T value) : m_value(std::move(value)) {}
    Outcome(Failure failure) : m_failure(std::move(failure)) {}
    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

inline Failure fail(ErrorKind kind, QString message, QString field = {})
{
    return Failure{kind, std::move(message), std::move(field)};
}

} // namespace core
