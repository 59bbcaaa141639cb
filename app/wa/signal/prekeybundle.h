#pragma once
// A peer device's pre-key bundle as the server returns it (<registration>, <identity>,
// <skey>, optional <key>). Keys may be raw 32 bytes (as on the XMPP layer) or 0x05-prefixed.
#include <QByteArray>

#include <optional>

namespace wa::signal {

struct PreKeyBundle
{
    quint32 registrationId = 0;
    quint32 deviceId = 0;
    // The one-time pre-key is optional: the server may have run out of them.
    std::optional<quint32> preKeyId;
    QByteArray preKeyPublic;
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKeyPublic;
    QByteArray signedPreKeySignature; // 64 bytes
    QByteArray identityKey;
};

} // namespace wa::signal
