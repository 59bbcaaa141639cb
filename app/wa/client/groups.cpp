#include "wa/client/groups.h"

#include "wa/client/client.h"
#include "wa/message/messageid.h"

namespace wa::client {

using binary::Node;

namespace {
QString attr(const Node &n, const char *key)
{
    return QString::fromStdString(std::string(n.attributeOr(key, "")));
}

QString errorOf(const connection::IqResponse &r)
{
    if (r.kind == connection::IqResponse::Kind::Error)
        return QStringLiteral("the server refused: %1 %2").arg(r.errorCode).arg(r.errorText);
    if (r.kind == connection::IqResponse::Kind::Timeout)
        return QStringLiteral("the server did not answer in time");
    return QStringLiteral("not connected");
}
} // namespace

std::optional<GroupInfo> parseGroup(const Node &group)
{
    const QString id = attr(group, "id");
    if (id.isEmpty())
        return std::nullopt;
    GroupInfo g;
    g.jid = id.contains(QLatin1Char('@')) ? id : id + QStringLiteral("@g.us");
    g.subject = attr(group, "subject");
    g.owner = attr(group, "creator");
    g.creation = attr(group, "creation").toLongLong();
    if (attr(group, "addressing_mode") == QLatin1String("lid"))
        g.addressingMode = QStringLiteral("lid");
    for (const Node &p : group.children()) {
        if (p.tag() == "participant") {
            const QString jid = attr(p, "jid");
            if (jid.isEmpty())
                continue;
            g.participants << jid;
            const QString type = attr(p, "type");
            if (type == QLatin1String("admin") || type == QLatin1String("superadmin"))
                g.admins << jid;
        } else if (p.tag() == "ephemeral") {
            g.ephemeralSeconds = attr(p, "expiration").toUInt();
        }
    }
    return g;
}

GroupDirectory::GroupDirectory(Client &client) : m_client(client) {}

void GroupDirectory::info(const QString &group, bool useCache, Callback done)
{
    if (useCache) {
        auto it = m_cache.constFind(group);
        if (it != m_cache.cend())
            return done(*it, {});
    }
    Node iq("iq", {{"xmlns", "w:g2"}, {"type", "get"}, {"to", group.toStdString()}},
            std::vector<Node>{Node("query", {{"request", "interactive"}})});
    m_client.sendIq(std::move(iq), [this, group, done](const connection::IqResponse &r) {
        const Node *g = r.ok() ? r.node.child("group") : nullptr;
        const auto parsed = g ? parseGroup(*g) : std::nullopt;
        if (!parsed)
            return done({}, r.ok() ? QStringLiteral("the server's group metadata has no group") : errorOf(r));
        if (m_cache.size() > 10000)
            m_cache.clear();
        m_cache.insert(group, *parsed);
        done(*parsed, {});
    });
}

void GroupDirectory::create(const QString &subject, const QStringList &participants, Callback done)
{
    std::vector<Node> members;
    for (const QString &p : participants)
        members.push_back(Node("participant", {{"jid", p.toStdString()}}));
    Node iq("iq", {{"xmlns", "w:g2"}, {"type", "set"}, {"to", "@g.us"}},
            std::vector<Node>{Node("create", {{"subject", subject.toStdString()},
                                              {"key", message::generateMessageId(QString()).toStdString()}},
                                   std::move(members))});
    m_client.sendIq(std::move(iq), [this, done](const connection::IqResponse &r) {
        const Node *g = r.ok() ? r.node.child("group") : nullptr;
        const auto parsed = g ? parseGroup(*g) : std::nullopt;
        if (!parsed)
            return done({}, r.ok() ? QStringLiteral("the server's answer has no group") : errorOf(r));
        m_cache.insert(parsed->jid, *parsed);
        done(*parsed, {});
    });
}

} // namespace wa::client
