#pragma once
// Node model of the WhatsApp binary XML format: a tag, attributes in wire order and one content
// item (nothing, bytes, a string, or child nodes). A plain value type, cheap to move. Everything,
// payloads included, is held in std::string: the short tags, attribute values and small payloads
// (key ids, registration ids) that dominate real traffic stay in the small string buffer and cost
// no allocation, and nothing pays for atomic reference counts. Qt code reads payloads through
// bytes() (a view, no copy) or toByteArray().
//
// Text and Bytes differ only on the wire: Bytes is always BINARY_8/20/32, Text goes through the
// string writer (tokens, nibble/hex packing, JIDs). A decoder reports non-binary string content as
// Text, exactly as the reference client does.
#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <string_view>
#include <vector>

namespace wa::binary {

struct Attribute {
    std::string key;
    std::string value;

    bool operator==(const Attribute &) const = default;
};

enum class ContentKind : std::uint8_t { None, Bytes, Text, Children };

class Node
{
public:
    Node() = default;
    explicit Node(std::string tag);
    Node(std::string tag, std::vector<Attribute> attributes);
    Node(std::string tag, std::vector<Attribute> attributes, std::vector<Node> children);
    Node(std::string tag, std::vector<Attribute> attributes, QByteArrayView bytes);

    const std::string &tag() const noexcept { return m_tag; }
    void setTag(std::string tag) { m_tag = std::move(tag); }

    // Attributes keep wire order; duplicates are preserved as received.
    const std::vector<Attribute> &attributes() const noexcept { return m_attributes; }
    std::vector<Attribute> &attributes() noexcept { return m_attributes; }
    // First attribute with this key, or nullptr.
    const std::string *attribute(std::string_view key) const noexcept;
    std::string_view attributeOr(std::string_view key, std::string_view fallback) const noexcept;
    bool hasAttribute(std::string_view key) const noexcept { return attribute(key) != nullptr; }
    // Replaces the first attribute with this key or appends a new one.
    void setAttribute(std::string key, std::string value);
    void addAttribute(std::string key, std::string value);

    ContentKind contentKind() const noexcept { return m_kind; }
    bool hasContent() const noexcept { return m_kind != ContentKind::None; }
    // Payload of Bytes or Text content (empty otherwise); views stay valid until the node changes.
    std::string_view payload() const noexcept { return m_data; }
    QByteArrayView bytes() const noexcept { return QByteArrayView(m_data.data(), qsizetype(m_data.size())); }
    std::string_view text() const noexcept { return m_data; }
    QByteArray toByteArray() const { return QByteArray(m_data.data(), qsizetype(m_data.size())); }
    const std::vector<Node> &children() const noexcept { return m_children; }
    std::vector<Node> &children() noexcept { return m_children; }

    void setBytes(QByteArrayView bytes);
    void setText(std::string_view text);
    // An empty list is content too (encoded as LIST_EMPTY), distinct from no content.
    void setChildren(std::vector<Node> children);
    Node &addChild(Node child);
    void clearContent();

    // First child with this tag, or nullptr.
    const Node *child(std::string_view tag) const noexcept;

    bool operator==(const Node &other) const;
    bool operator!=(const Node &other) const { return !(*this == other); }

private:
    std::string m_tag;
    std::vector<Attribute> m_attributes;
    std::string m_data;
    std::vector<Node> m_children;
    ContentKind m_kind = ContentKind::None;
};

} // namespace wa::binary
