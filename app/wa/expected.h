#pragma once
// wa::Expected<T, E>: a value or an error, the result type of every fallible call in `wa`
// (nothing in `wa` throws across its API). Each module names its own error type and aliases
// this template, e.g. wa::socket::Result<T> = Expected<T, socket::Error>.
#include <optional>
#include <utility>
#include <variant>

namespace wa {

template <typename T, typename E>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_value(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) : m_value(std::in_place_index<1>, std::move(error)) {}

    bool ok() const noexcept { return m_value.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T &value() & { return std::get<0>(m_value); }
    const T &value() const & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // Only meaningful when !ok(); on success it returns a default-constructed error.
    const E &error() const
    {
        static const E none{};
        const E *e = std::get_if<1>(&m_value);
        return e ? *e : none;
    }

private:
    std::variant<T, E> m_value;
};

template <typename E>
class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error) : m_error(std::move(error)) {}

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    const E &error() const
    {
        static const E none{};
        return m_error ? *m_error : none;
    }

private:
    std::optional<E> m_error;
};

} // namespace wa
