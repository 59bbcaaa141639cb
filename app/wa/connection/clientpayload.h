#pragma once
// The ClientPayload sent (encrypted) in the Noise ClientFinish: a registration for a device that
// is not linked yet (its keys, for the phone to pair with) or a login for a linked one. The bytes
// equal what the reference client sends for the same identity (checked by interop_clientpayload),
// and parseClientPayload reads them back (the sandbox's side of the handshake).
#include <QByteArray>
#include <QString>
#include <array>
#include <optional>

namespace wa::connection {

// How this client presents itself. The phone shows "<osName> (<browser>)" in Linked devices.
struct ClientIdentity {
    // WhatsApp Web's client revision; an outdated one is refused with <failure reason="405">.
    std::array<quint32, 3> version{2, 3000, 1043857760};
    QString osName = QStringLiteral("WaMulti");
    QString browser = QStringLiteral("Desktop"); // Chrome, Firefox, Safari, Edge, Desktop, ...
    QString countryCode = QStringLiteral("US");
    QString pushName;             // sent only when set
    bool syncFullHistory = false; // ask the phone for the full history on linking

    QString versionString() const;
};

struct RegistrationKeys {
    quint32 registrationId = 0;
    QByteArray identityPublicKey;     // raw 32 bytes
    quint32 signedPreKeyId = 0;       // 24-bit
    QByteArray signedPreKeyPublicKey; // raw 32 bytes
    QByteArray signedPreKeySignature; // 64 bytes, XEdDSA over 0x05 || signedPreKeyPublicKey
};

// Empty on invalid key sizes.
QByteArray buildRegistrationPayload(const ClientIdentity &identity, const RegistrationKeys &keys);
QByteArray buildLoginPayload(const ClientIdentity &identity, quint64 phoneUser, quint32 device);

struct ParsedClientPayload {
    bool registration = false; // else a login
    quint64 username = 0;
    quint32 device = 0;
    bool passive = false;
    QString pushName;
    std::array<quint32, 3> version{};
    QString osName;        // registration only (from the device props)
    quint32 platformType = 0;
    RegistrationKeys keys; // registration only
    QByteArray buildHash;
};

// nullopt for bytes that are not a ClientPayload or whose registration keys have wrong sizes.
std::optional<ParsedClientPayload> parseClientPayload(QByteArrayView bytes);

// The platform type number for a browser name (as the reference does: its upper-cased name,
// CHROME when unknown, ANDROID_PHONE for Android).
quint32 platformTypeFor(const QString &browser);

} // namespace wa::connection
