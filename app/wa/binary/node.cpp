#include "wa/binary/node.h"

namespace wa::binary {

Node::Node(std::string tag)
    : m_tag(std::move(tag))
{
}

Node::Node(std::string tag, std::vector<Attribute> attributes)
    : m_tag(std::move(tag))
    , m_attributes(std::move(attributes))
{
}

Node::Node(std::string tag, std::vector<Attribute> attributes, std::vector<Node> children)
    : m_tag(std::move(tag))
    , m_attributes(std::move(attributes))
    , m_children(std::move(children))
    , m_kind(ContentKind::Children)
{
}

Node::Node(std::string tag, std::vector<Attribute> attributes, QByteArrayView bytes)
    : m_tag(std::move(tag))
    , m_attributes(std::move(attributes))
    , m_data(bytes.data(), std::size_t(bytes.size()))
    , m_kind(ContentKind::Bytes)
{
}

const std::string *Node::attribute(std::string_view key) const noexcept
{
    for (const Attribute &attr : m_attributes) {
        if (attr.key == key)
            return &attr.value;
    }
    return nullptr;
}

std::string_view Node::attributeOr(std::string_view key, std::string_view fallback) const noexcept
{
    const std::string *value = attribute(key);
    return value ? std::string_view(*value) : fallback;
}

void Node::setAttribute(std::string key, std::string value)
{
    for (Attribute &attr : m_attributes) {
        if (attr.key == key) {
            attr.value = std::move(value);
            return;
        }
    }
    m_attributes.push_back({std::move(key), std::move(value)});
}

void Node::addAttribute(std::string key, std::string value)
{
    m_attributes.push_back({std::move(key), std::move(value)});
}

void Node::setBytes(QByteArrayView bytes)
{
    m_children.clear();
    m_data.assign(bytes.data(), std::size_t(bytes.size()));
    m_kind = ContentKind::Bytes;
}

void Node::setText(std::string_view text)
{
    m_children.clear();
    m_data.assign(text);
    m_kind = ContentKind::Text;
}

void Node::setChildren(std::vector<Node> children)
{
    m_data.clear();
    m_children = std::move(children);
    m_kind = ContentKind::Children;
}

Node &Node::addChild(Node child)
{
    if (m_kind != ContentKind::Children) {
        m_data.clear();
        m_kind = ContentKind::Children;
    }
    m_children.push_back(std::move(child));
    return m_children.back();
}

void Node::clearContent()
{
    m_data.clear();
    m_children.clear();
    m_kind = ContentKind::None;
}

const Node *Node::child(std::string_view tag) const noexcept
{
    for (const Node &c : m_children) {
        if (c.m_tag == tag)
            return &c;
    }
    return nullptr;
}

bool Node::operator==(const Node &other) const
{
    return m_kind == other.m_kind && m_tag == other.m_tag && m_attributes == other.m_attributes
        && m_data == other.m_data && m_children == other.m_children;
}

} // namespace wa::binary
