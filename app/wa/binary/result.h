#pragma once
#include "wa/expected.h"
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
using Result = wa::Expected<T, Error>;

} // namespace wa::binary
