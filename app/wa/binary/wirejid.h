#pragma once
// How the encoder turns a string containing '@' into a JID encoding. The reference client decides
// this with its text JID parser and JavaScript number conversions; byte-for-byte agreement with it
// needs the same decisions, including its tolerant corner cases:
//   - split at the first '@'; the rest (even with more '@') is the server;
//   - in the user part only the text before a second ':' or '_' counts;
//   - an empty device part means "no device", anything else is converted like JS `+text`;
//   - the agent is converted like JS `parseInt(text)` and used as domain unless the server is
//     lid, hosted or hosted.lid;
//   - device and domain are written as their value modulo 256 (NaN and infinities as 0).
// Internal to the encoder; Jid is the strict public type.
#include <cstdint>
#include <string_view>

namespace wa::binary {

struct WireJid {
    std::string_view user;
    std::string_view server;
    bool ad = false; // a device part was present: AD_JID, else JID_PAIR
    std::uint8_t domain = 0;
    std::uint8_t device = 0;

    // False when `text` has no '@' (then it is not a JID at all).
    static bool split(std::string_view text, WireJid &out) noexcept;
};

namespace jsnumber {
// Byte written by `pushByte(Number(text) || 0)` in the reference encoder.
std::uint8_t numberToByte(std::string_view text) noexcept;
// Byte written by `pushByte(parseInt(text) || 0)`.
std::uint8_t parseIntToByte(std::string_view text) noexcept;
} // namespace jsnumber

} // namespace wa::binary
