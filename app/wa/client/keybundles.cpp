#include "wa/client/keybundles.h"

#include "wa/binary/jid.h"
#include "wa/bytes.h"

namespace wa::client {

using binary::Node;

Node buildKeyQuery(const QStringList &deviceJids)
{
    std::vector<Node> users;
    for (const QString &jid : deviceJids)
        users.push_back(Node("user", {{"jid", jid.toStdString()}}));
    return Node("iq", {{"xmlns", "encrypt"}, {"type", "get"}}, std::vector<Node>{Node("key", {}, std::move(users))});
}

std::optional<signal::PreKeyBundle> parseBundle(const Node &user, quint32 deviceId)
{
    const Node *registration = user.child("registration");
    const Node *identity = user.child("identity");
    const Node *skey = user.child("skey");
    if (!registration || !identity || !skey || registration->bytes().size() != 4 || identity->bytes().size() != 32)
        return std::nullopt;
    const Node *skeyId = skey->child("id");
    const Node *skeyValue = skey->child("value");
    const Node *skeySignature = skey->child("signature");
    if (!skeyId || !skeyValue || !skeySignature || skeyId->bytes().size() != 3 || skeyValue->bytes().size() != 32
        || skeySignature->bytes().size() != 64)
        return std::nullopt;
    signal::PreKeyBundle b;
    b.registrationId = fromBigEndian(registration->bytes());
    b.deviceId = deviceId;
    b.identityKey = identity->toByteArray();
    b.signedPreKeyId = fromBigEndian(skeyId->bytes());
    b.signedPreKeyPublic = skeyValue->toByteArray();
    b.signedPreKeySignature = skeySignature->toByteArray();
    if (const Node *key = user.child("key")) {
        const Node *id = key->child("id");
        const Node *value = key->child("value");
        if (!id || !value || id->bytes().size() != 3 || value->bytes().size() != 32)
            return std::nullopt;
        b.preKeyId = fromBigEndian(id->bytes());
        b.preKeyPublic = value->toByteArray();
    }
    return b;
}

QHash<QString, signal::PreKeyBundle> parseKeyQuery(const Node &iq, QStringList *failed)
{
    QHash<QString, signal::PreKeyBundle> out;
    const Node *list = iq.child("list");
    if (!list)
        return out;
    for (const Node &user : list->children()) {
        if (user.tag() != "user")
            continue;
        const QString jidText = QString::fromStdString(std::string(user.attributeOr("jid", "")));
        const auto jid = binary::Jid::parse(jidText.toStdString());
        const Node *source = user.child("keys") ? user.child("keys") : &user; // whatsmeow accepts both shapes
        std::optional<signal::PreKeyBundle> bundle;
        if (jid && !user.child("error"))
            bundle = parseBundle(*source, jid->device);
        if (bundle)
            out.insert(jidText, *bundle);
        else if (failed)
            failed->append(jidText);
    }
    return out;
}

} // namespace wa::client
