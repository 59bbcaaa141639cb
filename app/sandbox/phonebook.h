#pragma once
// The sandbox's simulated phones (accounts): a phone number JID, a LID, a push name, the account
// key that signs its companion devices' identities (as a real phone does), and the companion
// devices linked to it.
#include "wa/crypto/curve25519.h"

#include <QJsonObject>
#include <QList>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace sandbox {

// A device of an account: the phone itself (device 0) or a linked companion.
struct CompanionDevice {
    quint32 deviceId = 0;
    quint32 keyIndex = 0; // the ADV key index the phone signed it with (0 for the phone)
    QByteArray noisePublicKey;
    QByteArray identityPublicKey;
    quint32 registrationId = 0;
    QMap<quint32, QByteArray> preKeys; // uploaded one-time prekeys: id -> public key
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKey;
    QByteArray signedPreKeySignature;
    bool lowPreKeysNotified = false;
};

struct Phone {
    QString number; // digits with country code
    QString pushName;
    QString lid;    // digits; JID "<lid>@lid"
    QString autoReply = QStringLiteral("off"); // "off" | "echo"
    wa::crypto::KeyPair accountKey; // also the phone's Signal identity, as on a real phone
    CompanionDevice primary;        // the phone's own device 0 (its keys, as its client uploads them)
    QList<CompanionDevice> devices; // companions
    quint32 nextDeviceId = 1; // companions are devices 1, 2, ...; the phone itself is 0
    quint32 nextKeyIndex = 1;

    QString jid() const { return number + QStringLiteral("@s.whatsapp.net"); }
    QString lidJid() const { return lid + QStringLiteral("@lid"); }
    QJsonObject toJson() const;
};

class PhoneBook
{
public:
    enum class AddResult { Added, Exists, InvalidNumber };
    // `number` may contain '+', spaces and dashes; anything else but digits is invalid.
    AddResult add(const QString &number, const QString &pushName, Phone *added = nullptr);
    Phone *find(const QString &number);
    Phone *findByLid(const QString &lid);
    // A user JID or number ("<number>@s.whatsapp.net", "<lid>@lid", digits): the phone it names.
    Phone *findByJid(const QString &jid);
    const Phone *findByDevice(quint64 user, quint32 deviceId) const;
    // Device 0 is the phone's own device.
    CompanionDevice *device(quint64 user, quint32 deviceId);
    bool removeDevice(const QString &number, quint32 deviceId);
    QList<const Phone *> all() const;
    qsizetype deviceCount() const;
    static std::optional<QString> normalizeNumber(const QString &number);

private:
    QMap<QString, Phone> m_phones;
    QHash<QString, QString> m_lids; // lid -> number
};

} // namespace sandbox
