#include "wa/binary/decoder.h"

#include "wa/binary/frame.h"
#include "wa/binary/tags.h"
#include "wa/binary/tokens.h"

#include <charconv>

namespace wa::binary {

namespace {

// Smallest encodings, used to reject sizes the remaining input cannot hold before allocating:
// a child node is at least `F8 01 <tag>`, an attribute pair at least two one-byte strings.
constexpr std::size_t kMinNodeBytes = 3;
constexpr std::size_t kMinAttributeBytes = 2;

void appendNumber(std::string &out, unsigned value)
{
    char buffer[12];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    (void)ec;
    out.append(buffer, end);
}

class Reader
{
public:
    Reader(const std::uint8_t *data, std::size_t size, const DecodeLimits &limits)
        : m_data(data)
        , m_size(size)
        // Without backtracking every string read consumes at least one byte, so reads <= size.
        // The optional INTEROP_JID server re-reads input after a failed attempt; nested, that is
        // exponential (the reference hangs on such frames), so re-reading is capped.
        , m_stringBudget(4 * size + 64)
        , m_limits(limits)
    {
    }

    Result<Node> decodeRoot()
    {
        Node root;
        if (!node(root, 1))
            return std::move(m_error);
        if (m_pos != m_size && !m_limits.allowTrailingBytes)
            return Error{ErrorCode::TrailingBytes, m_pos, std::to_string(m_size - m_pos) + " bytes after the root node"};
        return root;
    }

private:
    bool fail(ErrorCode code, const char *detail)
    {
        m_error = Error{code, m_pos, detail};
        return false;
    }

    std::size_t remaining() const noexcept { return m_size - m_pos; }

    bool byte(std::uint8_t &out)
    {
        if (m_pos >= m_size)
            return fail(ErrorCode::Truncated, "input ended");
        out = m_data[m_pos++];
        return true;
    }

    bool integer(int bytes, std::uint32_t &out)
    {
        if (remaining() < std::size_t(bytes))
            return fail(ErrorCode::Truncated, "input ended inside an integer");
        out = 0;
        for (int i = 0; i < bytes; ++i)
            out = (out << 8) | m_data[m_pos++];
        return true;
    }

    bool countElement()
    {
        if (++m_elements > m_limits.maxElements)
            return fail(ErrorCode::TooManyElements, "too many nodes and attributes");
        return true;
    }

    // Size of a list for tags LIST_EMPTY / LIST_8 / LIST_16.
    bool listSize(std::uint8_t tag, std::size_t &size)
    {
        std::uint32_t value = 0;
        switch (tag) {
        case tags::ListEmpty:
            size = 0;
            return true;
        case tags::List8:
            if (!integer(1, value))
                return false;
            size = value;
            return true;
        case tags::List16:
            if (!integer(2, value))
                return false;
            size = value;
            return true;
        default:
            return fail(ErrorCode::InvalidTag, "expected a list");
        }
    }

    bool binaryLength(std::uint8_t tag, std::size_t &length)
    {
        std::uint32_t value = 0;
        if (tag == tags::Binary8) {
            if (!integer(1, value))
                return false;
        } else if (tag == tags::Binary20) {
            if (!integer(3, value))
                return false;
            value &= 0x0fffff;
        } else {
            if (!integer(4, value))
                return false;
        }
        if (value > remaining())
            return fail(ErrorCode::Truncated, "byte string longer than the input");
        length = value;
        return true;
    }

    bool packed(std::uint8_t tag, std::string &out)
    {
        std::uint8_t start = 0;
        if (!byte(start))
            return false;
        const std::size_t count = start & 0x7f;
        if (count > remaining())
            return fail(ErrorCode::Truncated, "packed string longer than the input");
        static constexpr char kNibble[16] = {'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', '-', '.', 0, 0, 0, '\0'};
        static constexpr char kHex[] = "0123456789ABCDEF";
        const bool nibble = tag == tags::Nibble8;
        out.resize(count * 2);
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint8_t b = m_data[m_pos++];
            const std::uint8_t hi = b >> 4;
            const std::uint8_t lo = b & 0x0f;
            if (nibble) {
                // 12..14 are not nibble values; 15 is the pad and reads as NUL, as in the reference.
                if ((hi >= 12 && hi <= 14) || (lo >= 12 && lo <= 14)) {
                    --m_pos;
                    return fail(ErrorCode::InvalidPacked, "invalid nibble");
                }
                out[2 * i] = kNibble[hi];
                out[2 * i + 1] = kNibble[lo];
            } else {
                out[2 * i] = kHex[hi];
                out[2 * i + 1] = kHex[lo];
            }
        }
        if ((start & 0x80) && !out.empty())
            out.pop_back();
        return true;
    }

    bool string(std::uint8_t tag, std::string &out, int depth)
    {
        if (tag >= 1 && tag < tokens::kSingleByteCount) {
            out.assign(tokens::kSingleByte[tag]);
            return true;
        }
        switch (tag) {
        case tags::ListEmpty:
            out.clear();
            return true;
        case tags::Dictionary0:
        case tags::Dictionary1:
        case tags::Dictionary2:
        case tags::Dictionary3: {
            std::uint8_t index = 0;
            if (!byte(index))
                return false;
            out.assign(tokens::kDoubleByte[tag - tags::Dictionary0][index]);
            return true;
        }
        case tags::Binary8:
        case tags::Binary20:
        case tags::Binary32: {
            std::size_t length = 0;
            if (!binaryLength(tag, length))
                return false;
            out.assign(reinterpret_cast<const char *>(m_data + m_pos), length);
            m_pos += length;
            return true;
        }
        case tags::Nibble8:
        case tags::Hex8:
            return packed(tag, out);
        case tags::JidPair:
            return jidPair(out, depth + 1);
        case tags::AdJid:
            return adJid(out, depth + 1);
        case tags::FbJid:
            return fbJid(out, depth + 1);
        case tags::InteropJid:
            return interopJid(out, depth + 1);
        default:
            return fail(ErrorCode::InvalidTag, "invalid string tag");
        }
    }

    bool nextString(std::string &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(ErrorCode::DepthExceeded, "nested too deep");
        if (++m_stringReads > m_stringBudget)
            return fail(ErrorCode::TooManyElements, "decode work limit (INTEROP_JID backtracking)");
        std::uint8_t tag = 0;
        return byte(tag) && string(tag, out, depth);
    }

    bool jidPair(std::string &out, int depth)
    {
        std::string server;
        if (!nextString(out, depth) || !nextString(server, depth))
            return false;
        if (server.empty())
            return fail(ErrorCode::InvalidJid, "JID pair without server");
        out.reserve(out.size() + 1 + server.size());
        out += '@';
        out += server;
        return true;
    }

    bool adJid(std::string &out, int depth)
    {
        std::uint8_t domain = 0;
        std::uint8_t device = 0;
        if (!byte(domain) || !byte(device) || !nextString(out, depth))
            return false;
        // One allocation for the longest suffix (":255@hosted.lid").
        out.reserve(out.size() + 15);
        if (device != 0) {
            out += ':';
            appendNumber(out, device);
        }
        switch (domain) {
        case tags::DomainLid:
            out += "@lid";
            break;
        case tags::DomainHosted:
            out += "@hosted";
            break;
        case tags::DomainHostedLid:
            out += "@hosted.lid";
            break;
        default:
            out += "@s.whatsapp.net";
            break;
        }
        return true;
    }

    bool fbJid(std::string &out, int depth)
    {
        std::uint32_t device = 0;
        std::string server;
        if (!nextString(out, depth) || !integer(2, device) || !nextString(server, depth))
            return false;
        out += ':';
        appendNumber(out, device);
        out += '@';
        out += server;
        return true;
    }

    bool interopJid(std::string &out, int depth)
    {
        std::string user;
        std::uint32_t device = 0;
        std::uint32_t integrator = 0;
        if (!nextString(user, depth) || !integer(2, device) || !integer(2, integrator))
            return false;
        // The reference treats the server as optional: if it cannot be read, the position is
        // restored and "interop" is assumed.
        std::string server;
        const std::size_t before = m_pos;
        if (!nextString(server, depth)) {
            m_pos = before;
            server = "interop";
        }
        out.clear();
        appendNumber(out, integrator);
        out += '-';
        out += user;
        out += ':';
        appendNumber(out, device);
        out += '@';
        out += server;
        return true;
    }

    bool node(Node &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(ErrorCode::DepthExceeded, "nodes nested too deep");
        if (!countElement())
            return false;
        std::uint8_t tag = 0;
        std::size_t size = 0;
        if (!byte(tag) || !listSize(tag, size))
            return false;
        // String nesting (JIDs inside JIDs) has its own budget, counted from 1 for each string.
        std::string header;
        if (!nextString(header, 1))
            return false;
        if (size == 0 || header.empty())
            return fail(ErrorCode::InvalidNode, "node without list size or tag");
        out.setTag(std::move(header));

        const std::size_t attributeCount = (size - 1) >> 1;
        if (attributeCount > remaining() / kMinAttributeBytes)
            return fail(ErrorCode::Truncated, "more attributes than input");
        std::vector<Attribute> &attributes = out.attributes();
        attributes.resize(attributeCount);
        for (Attribute &attr : attributes) {
            if (!countElement() || !nextString(attr.key, 1) || !nextString(attr.value, 1))
                return false;
        }
        if (size % 2 == 0)
            return content(out, depth);
        return true;
    }

    bool content(Node &out, int depth)
    {
        std::uint8_t tag = 0;
        if (!byte(tag))
            return false;
        switch (tag) {
        case tags::ListEmpty:
        case tags::List8:
        case tags::List16: {
            std::size_t count = 0;
            if (!listSize(tag, count))
                return false;
            if (count > remaining() / kMinNodeBytes)
                return fail(ErrorCode::Truncated, "more children than input");
            out.setChildren({});
            std::vector<Node> &children = out.children();
            children.resize(count);
            for (Node &child : children) {
                if (!node(child, depth + 1))
                    return false;
            }
            return true;
        }
        case tags::Binary8:
        case tags::Binary20:
        case tags::Binary32: {
            std::size_t length = 0;
            if (!binaryLength(tag, length))
                return false;
            out.setBytes(QByteArrayView(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(length)));
            m_pos += length;
            return true;
        }
        default: {
            std::string text;
            if (!string(tag, text, 1))
                return false;
            out.setText(text);
            return true;
        }
        }
    }

    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    std::size_t m_elements = 0;
    std::size_t m_stringReads = 0;
    std::size_t m_stringBudget;
    const DecodeLimits &m_limits;
    Error m_error;
};

} // namespace

Decoder::Decoder(DecodeLimits limits)
    : m_limits(limits)
{
}

Result<Node> Decoder::decodeNode(QByteArrayView data) const
{
    Reader reader(reinterpret_cast<const std::uint8_t *>(data.data()), std::size_t(data.size()), m_limits);
    return reader.decodeRoot();
}

Result<Node> Decoder::decodeFrame(QByteArrayView frame) const
{
    if (frame.isEmpty())
        return Error{ErrorCode::EmptyFrame, 0, "frame without flag byte"};
    if (!Frame::isCompressed(frame))
        return decodeNode(frame.sliced(1));
    Result<QByteArray> inflated = Frame::inflate(frame.sliced(1), m_limits.maxInflatedSize);
    if (!inflated)
        return inflated.error();
    return decodeNode(*inflated);
}

} // namespace wa::binary
