#pragma once
// Encrypts to and decrypts from one peer device over a Signal session ("msg" / "pkmsg").
// Decryption of untrusted bytes never crashes: anything malformed comes back as an Error.
#include "messagetype.h"
#include "result.h"
#include "storebridge.h"

#include <QByteArrayView>

namespace wa::signal {

class SessionCipher
{
public:
    // `bridge` must outlive the cipher.
    SessionCipher(StoreBridge &bridge, store::ProtocolAddress remote);

    bool hasSession() const;

    // "pkmsg" until the peer has answered on the session, "msg" afterwards. Errors: no_session.
    Result<EncryptedMessage> encrypt(QByteArrayView plaintext);

    // Dispatches on the type ("skmsg" is GroupCipher's and gives invalid_argument).
    Result<QByteArray> decrypt(MessageType type, QByteArrayView ciphertext);
    // Creates the session on first contact (consuming our one-time pre-key).
    Result<QByteArray> decryptPreKeyMessage(QByteArrayView ciphertext);
    Result<QByteArray> decryptMessage(QByteArrayView ciphertext);

    // The peer's registration id as recorded in the session; no_session without one.
    Result<quint32> remoteRegistrationId() const;

private:
    StoreBridge &m_bridge;
    store::ProtocolAddress m_remote;
};

} // namespace wa::signal
