#include "wa/client/usync.h"

#include "wa/binary/jid.h"

namespace wa::client {

using binary::Node;

namespace {

Node usyncIq(const char *context, std::vector<Node> query, std::vector<Node> users, const QString &sid)
{
    Node usync("usync", {{"sid", sid.toStdString()}, {"mode", "query"}, {"last", "true"}, {"index", "0"}, {"context", context}},
               std::vector<Node>{Node("query", {}, std::move(query)), Node("list", {}, std::move(users))});
    return Node("iq", {{"xmlns", "usync"}, {"type", "get"}}, std::vector<Node>{std::move(usync)});
}

const Node *userList(const Node &iq)
{
    const Node *usync = iq.child("usync");
    return usync ? usync->child("list") : nullptr;
}

QString lidOf(const Node &user)
{
    const Node *lid = user.child("lid");
    return lid ? QString::fromStdString(std::string(lid->attributeOr("val", ""))) : QString();
}

} // namespace

Node buildDeviceQuery(const QStringList &userJids, const QString &sid)
{
    std::vector<Node> users;
    users.reserve(size_t(userJids.size()));
    for (const QString &jid : userJids)
        users.push_back(Node("user", {{"jid", jid.toStdString()}}));
    return usyncIq("message", {Node("devices", {{"version", "2"}}), Node("lid", {})}, std::move(users), sid);
}

QList<UserDevices> parseDeviceQuery(const Node &iq)
{
    QList<UserDevices> out;
    const Node *list = userList(iq);
    if (!list)
        return out;
    for (const Node &user : list->children()) {
        if (user.tag() != "user")
            continue;
        const auto jid = binary::Jid::parse(user.attributeOr("jid", ""));
        if (!jid || jid->user.empty())
            continue;
        UserDevices u;
        u.user = QString::fromStdString(jid->toNonAd().toString());
        u.lid = lidOf(user);
        const Node *devices = user.child("devices");
        const Node *deviceList = devices ? devices->child("device-list") : nullptr;
        if (deviceList) {
            for (const Node &d : deviceList->children()) {
                if (d.tag() != "device" || d.attributeOr("is_hosted", "") == "true")
                    continue;
                bool ok = false;
                const uint id = QByteArray::fromStdString(std::string(d.attributeOr("id", ""))).toUInt(&ok);
                // Companions without a key index are not reachable (the server answers bad request).
                if (!ok || id > 0xFFFF || (id != 0 && !d.hasAttribute("key-index")))
                    continue;
                if (!u.devices.contains(id))
                    u.devices.append(id);
            }
        }
        std::sort(u.devices.begin(), u.devices.end());
        out.append(u);
    }
    return out;
}

Node buildContactQuery(const QStringList &numbers, const QString &sid)
{
    std::vector<Node> users;
    for (const QString &n : numbers)
        users.push_back(Node("user", {}, std::vector<Node>{Node("contact", {}, QByteArrayView(("+" + n).toLatin1()))}));
    return usyncIq("interactive", {Node("contact", {}), Node("lid", {})}, std::move(users), sid);
}

QList<ContactCheck> parseContactQuery(const Node &iq)
{
    QList<ContactCheck> out;
    const Node *list = userList(iq);
    if (!list)
        return out;
    for (const Node &user : list->children()) {
        if (user.tag() != "user")
            continue;
        ContactCheck c;
        c.jid = QString::fromStdString(std::string(user.attributeOr("jid", "")));
        const Node *contact = user.child("contact");
        if (contact) {
            QString q = QString::fromUtf8(contact->toByteArray());
            if (q.startsWith(QLatin1Char('+')))
                q.remove(0, 1);
            c.query = q.section(QLatin1Char('@'), 0, 0);
            c.exists = contact->attributeOr("type", "") == "in";
        }
        if (c.query.isEmpty())
            c.query = c.jid.section(QLatin1Char('@'), 0, 0);
        c.lid = lidOf(user);
        out.append(c);
    }
    return out;
}

} // namespace wa::client
