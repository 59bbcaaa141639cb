#include "wa/binary/result.h"

namespace wa::binary {

const char *errorCodeName(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::Truncated:
        return "truncated";
    case ErrorCode::InvalidTag:
        return "invalid_tag";
    case ErrorCode::InvalidPacked:
        return "invalid_packed";
    case ErrorCode::InvalidJid:
        return "invalid_jid";
    case ErrorCode::InvalidNode:
        return "invalid_node";
    case ErrorCode::DepthExceeded:
        return "depth_exceeded";
    case ErrorCode::TooManyElements:
        return "too_many_elements";
    case ErrorCode::TrailingBytes:
        return "trailing_bytes";
    case ErrorCode::EmptyFrame:
        return "empty_frame";
    case ErrorCode::InflateFailed:
        return "inflate_failed";
    case ErrorCode::InflatedTooLarge:
        return "inflated_too_large";
    case ErrorCode::EmptyTag:
        return "empty_tag";
    case ErrorCode::TooManyItems:
        return "too_many_items";
    case ErrorCode::ValueTooLarge:
        return "value_too_large";
    }
    return "unknown";
}

} // namespace wa::binary
