#pragma once
// The symmetric half of WhatsApp's Noise_XX_25519_AESGCM_SHA256 handshake
// (docs/wa-protocol.md §1.3): handshake hash h, chaining key ck, cipher key k and ONE nonce
// counter shared by encryption and decryption. Used by NoiseInitiator and NoiseResponder.
#include "result.h"
#include "transportcipher.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wa::socket {

class NoiseState
{
public:
    // h = ck = k = the 32-byte pattern name (used directly, not hashed: it is exactly 32 bytes).
    NoiseState();

    void mixHash(QByteArrayView data);
    // ck, k = HKDF(salt = ck, ikm, info = "", 64); resets the counter.
    Result<void> mixKey(QByteArrayView inputKeyMaterial);
    // mixKey(X25519(privateKey, publicKey)); fails on a low-order public key.
    Result<void> mixSharedSecret(QByteArrayView privateKey, QByteArrayView publicKey);
    // GCM with aad = h and iv = counter; the ciphertext (not the plaintext) is hashed.
    Result<QByteArray> encryptAndHash(QByteArrayView plaintext);
    Result<QByteArray> decryptAndHash(QByteArrayView ciphertext);
    // HKDF(salt = ck, empty, 64) -> (first, second); the initiator writes with first.
    Result<TransportCipher> split(bool initiator) const;

    const QByteArray &handshakeHash() const { return m_hash; }

private:
    QByteArray m_hash;
    QByteArray m_chainingKey;
    QByteArray m_key;
    quint32 m_counter = 0;
};

} // namespace wa::socket
