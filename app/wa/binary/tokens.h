#pragma once
// Token dictionaries of the WhatsApp binary XML format, dictionary version 3: one single-byte list
// (index 0 is an unused placeholder) and four double-byte dictionaries addressed by DICTIONARY_0..3.
// The tables are data generated from the reference (tokendata.cpp); lookup() is the encoder's hot
// path, so it uses a flat open-addressing table instead of a node-based map.
#include <array>
#include <cstdint>
#include <string_view>

namespace wa::binary::tokens {

inline constexpr std::size_t kSingleByteCount = 236;
inline constexpr std::size_t kDoubleByteDictCount = 4;
inline constexpr std::size_t kDoubleByteDictSize = 256;

extern const std::array<std::string_view, kSingleByteCount> kSingleByte;
extern const std::array<std::array<std::string_view, kDoubleByteDictSize>, kDoubleByteDictCount>
    kDoubleByte;

// Where a string lives in the dictionaries. dict < 0 means a single-byte token.
struct TokenRef {
    int dict = -1;
    std::uint8_t index = 0;
};

// Returns true and fills `ref` when `text` is a token. The empty string is never a token.
bool lookup(std::string_view text, TokenRef &ref) noexcept;

} // namespace wa::binary::tokens
