#pragma once
// The sandbox's simulated phones (accounts): a phone number JID, a LID, a push name, the account
// key that signs its companion devices' identities (as a real phone does), and the companion
// devices linked to it.
#include "wa/crypto/curve25519.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace sandbox {

struct CompanionDevice {
    quint32 deviceId = 0;
    QByteArray noisePublicKey;
    QByteArray identityPublicKey;
    quint32 registrationId = 0;
    QMap<quint32, QByteArray> preKeys; // uploaded one-time prekeys: id -> public key
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKey;
    QByteArray signedPreKeySignature;
};

struct Phone {
    QString number; // digits with country code
    QString pushName;
    QString lid;    // digits; JID "<lid>@lid"
    QString autoReply = QStringLiteral("off"); // "off" | "echo"
    wa::crypto::KeyPair accountKey;
    QList<CompanionDevice> devices;
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
    const Phone *findByDevice(quint64 user, quint32 deviceId) const;
    CompanionDevice *device(quint64 user, quint32 deviceId);
    QList<const Phone *> all() const;
    qsizetype deviceCount() const;
    static std::optional<QString> normalizeNumber(const QString &number);

private:
    QMap<QString, Phone> m_phones;
    QSet<QString> m_lids;
};

} // namespace sandbox
