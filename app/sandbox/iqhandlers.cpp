#include "sandbox/iqhandlers.h"

#include "sandbox/devicesession.h"
#include "sandbox/router.h"
#include "sandbox/sandboxserver.h"
#include "wa/binary/jid.h"
#include "wa/bytes.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSandboxIq, "sandbox.iq", QtInfoMsg)

namespace sandbox {

using wa::binary::Node;

namespace {

constexpr int LowPreKeyCount = 5;

QString attr(const Node &n, const char *key)
{
    return QString::fromStdString(std::string(n.attributeOr(key, "")));
}

Node result(const Node &iq)
{
    return Node("iq", {{"from", "s.whatsapp.net"}, {"type", "result"}, {"id", std::string(iq.attributeOr("id", ""))}});
}

Node error(const Node &iq, int code, const char *text)
{
    Node e("iq", {{"from", "s.whatsapp.net"}, {"type", "error"}, {"id", std::string(iq.attributeOr("id", ""))}});
    e.addChild(Node("error", {{"code", std::to_string(code)}, {"text", text}}));
    return e;
}

CompanionDevice *ownDevice(SandboxServer &server, DeviceSession &session)
{
    if (!session.loggedIn() || !session.payload())
        return nullptr;
    return server.phones().device(session.payload()->username, session.payload()->device);
}

void storePreKeys(CompanionDevice &device, const Node &iq)
{
    if (const Node *list = iq.child("list"))
        for (const Node &key : list->children()) {
            const Node *id = key.child("id");
            const Node *value = key.child("value");
            if (id && value && id->bytes().size() == 3 && value->bytes().size() == 32 && device.preKeys.size() < 100000)
                device.preKeys.insert(wa::fromBigEndian(id->bytes()), value->toByteArray());
        }
    const Node *skey = iq.child("skey");
    if (!skey)
        if (const Node *rotate = iq.child("rotate"))
            skey = rotate->child("skey");
    if (skey) {
        const Node *id = skey->child("id");
        const Node *value = skey->child("value");
        const Node *signature = skey->child("signature");
        if (id && value && signature && id->bytes().size() == 3 && value->bytes().size() == 32 && signature->bytes().size() == 64) {
            device.signedPreKeyId = wa::fromBigEndian(id->bytes());
            device.signedPreKey = value->toByteArray();
            device.signedPreKeySignature = signature->toByteArray();
        }
    }
    if (const Node *registration = iq.child("registration"); registration && registration->bytes().size() == 4)
        device.registrationId = wa::fromBigEndian(registration->bytes());
    if (const Node *identity = iq.child("identity"); identity && identity->bytes().size() == 32)
        device.identityPublicKey = identity->toByteArray();
    device.lowPreKeysNotified = false;
}

// One <user> of a key-bundle answer; consumes a one-time pre-key.
Node bundleFor(SandboxServer &server, const QString &asked)
{
    const QString device = server.router().canonicalDevice(asked);
    const auto jid = wa::binary::Jid::parse(device.toStdString());
    CompanionDevice *keys = jid ? server.phones().device(QByteArray::fromStdString(jid->user).toULongLong(), jid->device) : nullptr;
    Node user("user", {{"jid", asked.toStdString()}});
    if (!keys || keys->signedPreKey.isEmpty() || keys->identityPublicKey.isEmpty()) {
        user.addChild(Node("error", {{"code", "404"}, {"text", "item-not-found"}}));
        return user;
    }
    user.addChild(Node("registration", {}, wa::bigEndianBytes(keys->registrationId, 4)));
    user.addChild(Node("type", {}, QByteArray(1, '\x05')));
    user.addChild(Node("identity", {}, keys->identityPublicKey));
    user.addChild(Node("skey", {}, std::vector<Node>{Node("id", {}, wa::bigEndianBytes(keys->signedPreKeyId, 3)),
                                                     Node("value", {}, keys->signedPreKey),
                                                     Node("signature", {}, keys->signedPreKeySignature)}));
    if (!keys->preKeys.isEmpty()) {
        const auto first = keys->preKeys.begin();
        user.addChild(Node("key", {}, std::vector<Node>{Node("id", {}, wa::bigEndianBytes(first.key(), 3)), Node("value", {}, first.value())}));
        keys->preKeys.erase(first);
    }
    if (keys->preKeys.size() < LowPreKeyCount && !keys->lowPreKeysNotified) {
        keys->lowPreKeysNotified = true;
        Node low("notification", {{"from", "s.whatsapp.net"}, {"type", "encrypt"}, {"id", QString::number(QRandomGenerator::global()->generate()).toStdString()},
                                  {"t", std::to_string(QDateTime::currentSecsSinceEpoch())}},
                 std::vector<Node>{Node("count", {{"value", std::to_string(keys->preKeys.size())}})});
        server.router().deliver(device, low);
    }
    return user;
}

Node answerEncrypt(SandboxServer &server, DeviceSession &session, const Node &iq)
{
    Node r = result(iq);
    CompanionDevice *device = ownDevice(server, session);
    if (iq.child("count")) {
        r.addChild(Node("count", {{"value", std::to_string(device ? device->preKeys.size() : 0)}}));
    } else if (iq.child("key")) {
        std::vector<Node> users;
        for (const Node &u : iq.child("key")->children())
            if (u.tag() == "user" && users.size() < 2000)
                users.push_back(bundleFor(server, attr(u, "jid")));
        r.addChild(Node("list", {}, std::move(users)));
    } else if (iq.child("digest")) {
        r.addChild(Node("digest", {}));
    } else if ((iq.child("list") || iq.child("rotate") || iq.child("skey")) && device) {
        storePreKeys(*device, iq);
    }
    return r;
}

Node usyncUser(SandboxServer &server, const Node &user, const Node &query)
{
    QString jid = attr(user, "jid");
    const Node *contact = user.child("contact");
    if (jid.isEmpty() && contact) {
        QString number = QString::fromUtf8(contact->toByteArray()).section(QLatin1Char('@'), 0, 0);
        number.remove(QLatin1Char('+'));
        jid = number + QStringLiteral("@s.whatsapp.net");
    }
    Phone *phone = server.phones().findByJid(jid);
    Node out("user", {{"jid", jid.toStdString()}});
    for (const Node &protocol : query.children()) {
        if (protocol.tag() == "devices") {
            std::vector<Node> list;
            if (phone) {
                list.push_back(Node("device", {{"id", "0"}}));
                for (const CompanionDevice &d : phone->devices)
                    list.push_back(Node("device", {{"id", std::to_string(d.deviceId)}, {"key-index", std::to_string(d.keyIndex)}}));
            }
            out.addChild(Node("devices", {}, std::vector<Node>{Node("device-list", {}, std::move(list)),
                                                              Node("key-index-list", {{"ts", std::to_string(QDateTime::currentSecsSinceEpoch())}})}));
        } else if (protocol.tag() == "contact") {
            out.addChild(Node("contact", {{"type", phone ? "in" : "out"}}, QByteArrayView(contact ? contact->toByteArray() : QByteArray())));
        } else if (protocol.tag() == "lid" && phone) {
            out.addChild(Node("lid", {{"val", phone->lidJid().toStdString()}}));
        }
    }
    return out;
}

Node answerUsync(SandboxServer &server, const Node &iq)
{
    const Node *usync = iq.child("usync");
    const Node *query = usync ? usync->child("query") : nullptr;
    const Node *list = usync ? usync->child("list") : nullptr;
    if (!query || !list)
        return error(iq, 400, "bad-request");
    std::vector<Node> users;
    for (const Node &u : list->children())
        if (u.tag() == "user" && users.size() < 5000)
            users.push_back(usyncUser(server, u, *query));
    Node answer("usync", {{"sid", std::string(usync->attributeOr("sid", ""))}, {"mode", "query"}, {"last", "true"}, {"index", "0"}},
                std::vector<Node>{Node("result", {}), Node("list", {}, std::move(users))});
    Node r = result(iq);
    r.addChild(std::move(answer));
    return r;
}

Node groupNode(const Group &g)
{
    std::vector<Node> participants;
    for (const QString &p : g.participants) {
        Node n("participant", {{"jid", p.toStdString()}});
        if (p == g.owner)
            n.addAttribute("type", "superadmin");
        participants.push_back(std::move(n));
    }
    return Node("group", {{"id", g.jid.section(QLatin1Char('@'), 0, 0).toStdString()}, {"subject", g.subject.toStdString()},
                          {"s_t", std::to_string(g.creation)}, {"creation", std::to_string(g.creation)},
                          {"creator", g.owner.toStdString()}, {"addressing_mode", "pn"}, {"size", std::to_string(g.participants.size())}},
                std::move(participants));
}

Node answerGroups(SandboxServer &server, DeviceSession &session, const Node &iq)
{
    const QString owner = session.deviceJid().section(QLatin1Char(':'), 0, 0).section(QLatin1Char('@'), 0, 0) + QStringLiteral("@s.whatsapp.net");
    if (const Node *create = iq.child("create")) {
        QStringList participants;
        for (const Node &p : create->children())
            if (p.tag() == "participant" && server.phones().findByJid(attr(p, "jid")))
                participants << server.router().canonicalDevice(attr(p, "jid"));
        Group *g = server.createGroup(attr(*create, "subject"), owner, participants);
        if (!g)
            return error(iq, 406, "not-acceptable");
        Node r = result(iq);
        r.addChild(groupNode(*g));
        return r;
    }
    Group *g = server.groups().find(attr(iq, "to"));
    if (!g)
        return error(iq, 404, "item-not-found");
    if (!g->participants.contains(owner))
        return error(iq, 403, "forbidden");
    Node r = result(iq);
    r.addChild(groupNode(*g));
    return r;
}

} // namespace

std::optional<Node> answerIq(SandboxServer &server, DeviceSession &session, const Node &iq)
{
    const std::string_view xmlns = iq.attributeOr("xmlns", "");
    const std::string_view type = iq.attributeOr("type", "");
    if (xmlns == "md") {
        if (const Node *reg = iq.child("link_code_companion_reg"))
            return server.onCompanionRegistration(session, iq, *reg);
    }
    if (!session.loggedIn())
        return result(iq); // registering devices only pair; everything else is a no-op for them
    if (xmlns == "encrypt")
        return answerEncrypt(server, session, iq);
    if (xmlns == "usync")
        return answerUsync(server, iq);
    if (xmlns == "w:g2")
        return answerGroups(server, session, iq);
    if (xmlns == "w:m" && iq.child("media_conn")) {
        Node r = result(iq);
        r.addChild(Node("media_conn", {{"auth", server.media().issueAuth().toStdString()}, {"ttl", "3600"}, {"auth_ttl", "3600"}, {"max_buckets", "1"}},
                        std::vector<Node>{Node("host", {{"hostname", server.mediaHost().toStdString()}})}));
        return r;
    }
    if (xmlns == "privacy" && type == "get") {
        Node r = result(iq);
        std::vector<Node> categories;
        for (const char *name : {"readreceipts", "last", "online", "profile", "status", "groupadd", "calladd"})
            categories.push_back(Node("category", {{"name", name}, {"value", std::string_view(name) == "readreceipts" ? "all" : "contacts"}}));
        r.addChild(Node("privacy", {}, std::move(categories)));
        return r;
    }
    if (xmlns == "passive" && iq.child("active")) {
        session.send(result(iq));
        server.router().activate(session.deviceJid());
        return std::nullopt;
    }
    if (xmlns == "md" && iq.child("remove-companion-device")) {
        session.send(result(iq));
        server.unlinkDevice(session.deviceJid());
        return std::nullopt;
    }
    if (xmlns == "w:profile:picture")
        return error(iq, 404, "item-not-found");
    return result(iq); // pings (w:p), props (abt), blocklist, ...: nothing to say
}

void answerPresence(SandboxServer &server, DeviceSession &session, const Node &presence)
{
    if (presence.attributeOr("type", "") != "subscribe")
        return;
    const QString to = attr(presence, "to");
    if (!server.phones().findByJid(to))
        return;
    session.send(Node("presence", {{"from", server.phones().findByJid(to)->jid().toStdString()},
                                   {"type", server.router().isOnline(to) ? "available" : "unavailable"}}));
}

} // namespace sandbox
