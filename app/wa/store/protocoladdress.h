#pragma once
// Signal protocol addresses as WhatsApp forms them: the name is the JID user, suffixed with
// "_<domain type>" for non-WhatsApp domains (LID = 1, hosted = 128, hosted LID = 129), and the
// device id is the JID device (0 for the primary phone). Sender-key names pair a group JID
// string with the sending device's address.
#include <QHashFunctions>
#include <QString>

namespace wa::store {

struct ProtocolAddress
{
    QString name;
    quint32 deviceId = 0;

    // "name.device", the form both references use as a storage key.
    QString toString() const { return name + QLatin1Char('.') + QString::number(deviceId); }

    // `domainType` 0 is the plain WhatsApp (PN) domain, which carries no suffix.
    static ProtocolAddress fromJidParts(const QString &user, int domainType, quint32 device)
    {
        return {domainType == 0 ? user : user + QLatin1Char('_') + QString::number(domainType), device};
    }

    friend bool operator==(const ProtocolAddress &, const ProtocolAddress &) = default;
};

inline size_t qHash(const ProtocolAddress &address, size_t seed = 0)
{
    return qHashMulti(seed, address.name, address.deviceId);
}

struct SenderKeyName
{
    QString groupId; // group JID string, e.g. "120363000000000000@g.us"
    ProtocolAddress sender;

    // "group::name::device", the storage key Baileys uses.
    QString toString() const
    {
        return groupId + QLatin1String("::") + sender.name + QLatin1String("::") + QString::number(sender.deviceId);
    }

    friend bool operator==(const SenderKeyName &, const SenderKeyName &) = default;
};

inline size_t qHash(const SenderKeyName &name, size_t seed = 0)
{
    return qHashMulti(seed, name.groupId, name.sender);
}

} // namespace wa::store
