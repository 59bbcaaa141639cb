#include "wa/binary/encoder.h"

#include "wa/binary/tags.h"
#include "wa/binary/tokens.h"
#include "wa/binary/wirejid.h"

namespace wa::binary {

namespace {

constexpr std::size_t kMaxListSize = 0xffff;

// Nibble alphabet: 0-9 -> 0..9, '-' -> 10, '.' -> 11. Hex alphabet: 0-9 A-F. 0xff = not allowed.
struct PackTables {
    std::uint8_t nibble[256];
    std::uint8_t hex[256];
    constexpr PackTables()
        : nibble()
        , hex()
    {
        for (int i = 0; i < 256; ++i) {
            nibble[i] = 0xff;
            hex[i] = 0xff;
        }
        for (int i = 0; i < 10; ++i) {
            nibble['0' + i] = std::uint8_t(i);
            hex['0' + i] = std::uint8_t(i);
        }
        nibble[int('-')] = 10;
        nibble[int('.')] = 11;
        for (int i = 0; i < 6; ++i)
            hex['A' + i] = std::uint8_t(10 + i);
    }
};
constexpr PackTables kPack;

class Writer
{
public:
    explicit Writer(std::string &out)
        : m_out(out)
    {
    }

    std::optional<Error> node(const Node &node, int depth);

private:
    void byte(std::uint8_t b) { m_out.push_back(static_cast<char>(b)); }
    void bytes(const char *data, std::size_t size) { m_out.append(data, size); }

    void listStart(std::size_t size)
    {
        if (size == 0) {
            byte(tags::ListEmpty);
        } else if (size < 256) {
            byte(tags::List8);
            byte(std::uint8_t(size));
        } else {
            byte(tags::List16);
            byte(std::uint8_t(size >> 8));
            byte(std::uint8_t(size));
        }
    }

    std::optional<Error> byteLength(std::size_t length)
    {
        if (length >= (std::size_t(1) << 32))
            return Error{ErrorCode::ValueTooLarge, m_out.size(), "byte string of 4 GiB or more"};
        if (length >= (1u << 20)) {
            byte(tags::Binary32);
            byte(std::uint8_t(length >> 24));
            byte(std::uint8_t(length >> 16));
            byte(std::uint8_t(length >> 8));
            byte(std::uint8_t(length));
        } else if (length >= 256) {
            byte(tags::Binary20);
            byte(std::uint8_t((length >> 16) & 0x0f));
            byte(std::uint8_t(length >> 8));
            byte(std::uint8_t(length));
        } else {
            byte(tags::Binary8);
            byte(std::uint8_t(length));
        }
        return std::nullopt;
    }

    std::optional<Error> raw(std::string_view text)
    {
        if (auto error = byteLength(text.size()))
            return error;
        bytes(text.data(), text.size());
        return std::nullopt;
    }

    void packed(std::string_view text, std::uint8_t tag, const std::uint8_t *table)
    {
        byte(tag);
        const std::size_t pairs = text.size() / 2;
        const bool odd = text.size() % 2 != 0;
        byte(std::uint8_t((pairs + (odd ? 1 : 0)) | (odd ? 0x80 : 0)));
        const auto *p = reinterpret_cast<const unsigned char *>(text.data());
        for (std::size_t i = 0; i < pairs; ++i)
            byte(std::uint8_t(table[p[2 * i]] << 4 | table[p[2 * i + 1]]));
        if (odd)
            byte(std::uint8_t(table[p[text.size() - 1]] << 4 | 0x0f));
    }

    // Everything except JIDs; returns false when the string needs the JID or raw path.
    bool compact(std::string_view text)
    {
        tokens::TokenRef ref;
        if (tokens::lookup(text, ref)) {
            if (ref.dict >= 0)
                byte(std::uint8_t(tags::Dictionary0 + ref.dict));
            byte(ref.index);
            return true;
        }
        if (text.size() > std::size_t(tags::PackedMax))
            return false;
        bool nibble = true;
        bool hex = true;
        for (unsigned char c : text) {
            nibble = nibble && kPack.nibble[c] != 0xff;
            hex = hex && kPack.hex[c] != 0xff;
            if (!nibble && !hex)
                return false;
        }
        packed(text, nibble ? tags::Nibble8 : tags::Hex8, nibble ? kPack.nibble : kPack.hex);
        return true;
    }

    // A string without '@' (JID user parts): never recurses.
    std::optional<Error> plain(std::string_view text)
    {
        if (text.empty())
            return raw(text);
        if (compact(text))
            return std::nullopt;
        return raw(text);
    }

    std::optional<Error> string(std::string_view text)
    {
        // The JID server part is written like any string and may itself contain '@', so JID pairs
        // chain; a loop instead of recursion keeps hostile values from exhausting the stack.
        while (true) {
            if (text.empty())
                return raw(text);
            if (compact(text))
                return std::nullopt;
            WireJid jid;
            if (!WireJid::split(text, jid))
                return raw(text);
            if (jid.ad) {
                byte(tags::AdJid);
                byte(jid.domain);
                byte(jid.device);
                return plain(jid.user);
            }
            byte(tags::JidPair);
            if (jid.user.empty()) {
                byte(tags::ListEmpty);
            } else if (auto error = plain(jid.user)) {
                return error;
            }
            text = jid.server;
        }
    }

    std::string &m_out;
};

std::optional<Error> Writer::node(const Node &node, int depth)
{
    if (depth > Encoder::MaxDepth)
        return Error{ErrorCode::DepthExceeded, m_out.size(), "node tree nested too deep"};
    if (node.tag().empty())
        return Error{ErrorCode::EmptyTag, m_out.size(), "node without tag"};
    const std::size_t items = 1 + 2 * node.attributes().size() + (node.hasContent() ? 1 : 0);
    if (items > kMaxListSize)
        return Error{ErrorCode::TooManyItems, m_out.size(), "too many attributes"};
    listStart(items);
    if (auto error = string(node.tag()))
        return error;
    for (const Attribute &attr : node.attributes()) {
        if (auto error = string(attr.key))
            return error;
        if (auto error = string(attr.value))
            return error;
    }
    switch (node.contentKind()) {
    case ContentKind::None:
        break;
    case ContentKind::Bytes: {
        const std::string_view data = node.payload();
        if (auto error = byteLength(data.size()))
            return error;
        bytes(data.data(), data.size());
        break;
    }
    case ContentKind::Text:
        if (auto error = string(node.text()))
            return error;
        break;
    case ContentKind::Children: {
        const std::vector<Node> &children = node.children();
        if (children.size() > kMaxListSize)
            return Error{ErrorCode::TooManyItems, m_out.size(), "too many children"};
        listStart(children.size());
        for (const Node &child : children) {
            if (auto error = this->node(child, depth + 1))
                return error;
        }
        break;
    }
    }
    return std::nullopt;
}

Result<QByteArray> finish(const Node &node, bool withFlag)
{
    std::string out;
    out.reserve(256);
    if (withFlag)
        out.push_back('\0');
    if (auto error = Encoder::encodeInto(node, out))
        return std::move(*error);
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace

std::optional<Error> Encoder::encodeInto(const Node &node, std::string &out)
{
    Writer writer(out);
    return writer.node(node, 0);
}

Result<QByteArray> Encoder::encodeFrame(const Node &node)
{
    return finish(node, true);
}

Result<QByteArray> Encoder::encodeNode(const Node &node)
{
    return finish(node, false);
}

} // namespace wa::binary
