#pragma once
// Linking by pairing code, the companion's side as a conversation with the server: after the QR
// refs arrived, companion_hello (our wrapped ephemeral key; the server answers and the phone's
// user types the code), then the phone's notification with its wrapped ephemeral key and
// identity, answered with companion_finish. That exchange yields a new ADV secret, with which the
// following pair-success is checked exactly as after a QR scan.
#include "wa/binary/node.h"
#include "wa/crypto/curve25519.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace wa::client {

class PairingCodeFlow
{
public:
    // `phoneNumber`: digits with country code.
    PairingCodeFlow(QString phoneNumber, QString code, crypto::KeyPair ephemeral);

    const QString &code() const { return m_code; }
    const QString &phoneJid() const { return m_phoneJid; }

    // The <iq xmlns="md" type="set"> with stage companion_hello; nullopt on a crypto failure.
    std::optional<binary::Node> hello(const QByteArray &noisePublic, const QString &platformId, const QString &platformDisplay) const;
    // From the server's link_code_companion_reg notification: the companion_finish <iq> and the
    // new ADV secret; the error text when the notification is malformed or does not decrypt.
    struct Finish {
        binary::Node iq;
        QByteArray advSecret;
    };
    std::optional<Finish> finish(const binary::Node &notification, const crypto::KeyPair &identity, QString *error) const;

private:
    QString m_phoneJid;
    QString m_code;
    crypto::KeyPair m_ephemeral;
};

} // namespace wa::client
