#pragma once
// Expected-style results of the binary codec: nothing in wa::binary throws across its API. An Error
// carries a stable code, the input offset where decoding stopped and a short detail that never
// contains payload bytes (so it is safe to log).
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace wa::binary {

enum class ErrorCode : std::uint8_t {
    Truncated = 1,       // input ended inside an item
    InvalidTag,          // byte is not valid where it appears (e.g. a list tag used as a string)
    InvalidPacked,       // nibble value 12..14 in a NIBBLE_8 string
    InvalidJid,          // JID pair without server
    InvalidNode,         // list size 0 or empty tag where a node must start
    DepthExceeded,       // nesting deeper than DecodeLimits::maxDepth
    TooManyElements,     // more nodes + attributes than DecodeLimits::maxElements
    TrailingBytes,       // bytes left after the root node (unless allowed)
    EmptyFrame,          // frame without the flag byte
    InflateFailed,       // zlib stream corrupt or truncated
    InflatedTooLarge,    // zlib output above DecodeLimits::maxInflatedSize
    // Encoder only.
    EmptyTag,            // a node without tag cannot be encoded
    TooManyItems,        // more than 65535 list entries (attributes * 2 + 1 + content, or children)
    ValueTooLarge,       // byte string of 4 GiB or more
};

// Stable lower-case name, e.g. "truncated"; used in logs, tests and docs.
const char *errorCodeName(ErrorCode code) noexcept;

struct Error {
    ErrorCode code = ErrorCode::Truncated;
    std::size_t offset = 0;
    std::string detail;
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const noexcept { return m_data.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &std::get<0>(m_data); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace wa::binary
