#pragma once
// What a linked device must keep to be the same device on the next start: its Noise static
// key, Signal identity and signed pre-key, registration id, the ADV secret shared with the
// phone during pairing, and (once paired) the account it belongs to. Plain values: the SQL
// store in core and the memory store for tests persist them as they are.
#include "wa/crypto/curve25519.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wa::store {

struct SignedPreKey
{
    quint32 id = 0; // 24-bit on the wire
    crypto::KeyPair keyPair;
    QByteArray signature; // 64-byte XEdDSA by the identity key over 0x05 || public key
};

// Filled by pairing; absent on a device that never completed it.
struct AccountInfo
{
    QString jid;                  // own PN device JID, "<phone>:<device>@s.whatsapp.net"
    QString lid;                  // own LID device JID, "<lid>:<device>@lid" (may be empty)
    QString pushName;
    QByteArray signedDeviceIdentity; // serialized ADVSignedDeviceIdentity (with account signature key)
    QString platform;
};

struct DeviceCredentials
{
    crypto::KeyPair noiseKey;
    crypto::KeyPair identityKey;
    SignedPreKey signedPreKey;
    quint32 registrationId = 0; // 14-bit, like WhatsApp Web
    QByteArray advSecretKey;    // 32 bytes
    std::optional<AccountInfo> account;

    bool isValid() const
    {
        return noiseKey.isValid() && identityKey.isValid() && signedPreKey.keyPair.isValid()
            && signedPreKey.signature.size() == 64 && advSecretKey.size() == 32;
    }
};

} // namespace wa::store
