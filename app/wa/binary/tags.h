#pragma once
// Tag bytes of the WhatsApp binary XML format (dictionary version 3). Values are protocol facts.
#include <cstdint>

namespace wa::binary::tags {

inline constexpr std::uint8_t ListEmpty = 0;
inline constexpr std::uint8_t Dictionary0 = 236;
inline constexpr std::uint8_t Dictionary1 = 237;
inline constexpr std::uint8_t Dictionary2 = 238;
inline constexpr std::uint8_t Dictionary3 = 239;
inline constexpr std::uint8_t InteropJid = 245;
inline constexpr std::uint8_t FbJid = 246;
inline constexpr std::uint8_t AdJid = 247;
inline constexpr std::uint8_t List8 = 248;
inline constexpr std::uint8_t List16 = 249;
inline constexpr std::uint8_t JidPair = 250;
inline constexpr std::uint8_t Hex8 = 251;
inline constexpr std::uint8_t Binary8 = 252;
inline constexpr std::uint8_t Binary20 = 253;
inline constexpr std::uint8_t Binary32 = 254;
inline constexpr std::uint8_t Nibble8 = 255;

// Longest string that nibble or hex packing may carry (7-bit length of byte pairs).
inline constexpr int PackedMax = 127;

// Frame flag byte (first byte of every decrypted frame): payload is zlib-compressed.
inline constexpr std::uint8_t FlagCompressed = 0x02;

// AD_JID domain bytes.
inline constexpr std::uint8_t DomainWhatsApp = 0;
inline constexpr std::uint8_t DomainLid = 1;
inline constexpr std::uint8_t DomainHosted = 128;
inline constexpr std::uint8_t DomainHostedLid = 129;

} // namespace wa::binary::tags
