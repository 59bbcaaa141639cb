#include "wa/binary/tokens.h"

#include <memory>
#include <vector>

namespace wa::binary::tokens {

namespace {

// Longest token in version 3 is 48 bytes; anything longer is rejected before hashing.
constexpr std::size_t kMaxTokenLength = 64;
// 4096 slots for 1259 tokens keeps probe chains short (load factor ~0.31).
constexpr std::size_t kSlots = 4096;

std::uint32_t hashOf(std::string_view text) noexcept
{
    // FNV-1a: tokens are short ASCII, so a byte-wise hash is cheaper than anything clever.
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

struct Slot {
    std::string_view text;
    // 0 = empty; otherwise 1 + (dict + 1) * 256 + index, so the single-byte list uses dict -1.
    std::uint16_t code = 0;
};

class Table
{
public:
    Table()
        : m_slots(kSlots)
    {
        for (std::size_t i = 1; i < kSingleByte.size(); ++i)
            insert(kSingleByte[i], -1, static_cast<std::uint8_t>(i));
        for (std::size_t d = 0; d < kDoubleByte.size(); ++d) {
            for (std::size_t i = 0; i < kDoubleByte[d].size(); ++i)
                insert(kDoubleByte[d][i], static_cast<int>(d), static_cast<std::uint8_t>(i));
        }
    }

    bool find(std::string_view text, TokenRef &ref) const noexcept
    {
        std::size_t pos = hashOf(text) & (kSlots - 1);
        while (true) {
            const Slot &slot = m_slots[pos];
            if (slot.code == 0)
                return false;
            if (slot.text == text) {
                const int packed = slot.code - 1;
                ref.dict = (packed >> 8) - 1;
                ref.index = static_cast<std::uint8_t>(packed & 0xff);
                return true;
            }
            pos = (pos + 1) & (kSlots - 1);
        }
    }

private:
    void insert(std::string_view text, int dict, std::uint8_t index)
    {
        std::size_t pos = hashOf(text) & (kSlots - 1);
        while (m_slots[pos].code != 0)
            pos = (pos + 1) & (kSlots - 1);
        m_slots[pos].text = text;
        m_slots[pos].code = static_cast<std::uint16_t>(1 + (dict + 1) * 256 + index);
    }

    std::vector<Slot> m_slots;
};

} // namespace

bool lookup(std::string_view text, TokenRef &ref) noexcept
{
    if (text.empty() || text.size() > kMaxTokenLength)
        return false;
    // Immutable after construction; function-local static initialisation is thread-safe.
    static const Table table;
    return table.find(text, ref);
}

} // namespace wa::binary::tokens
