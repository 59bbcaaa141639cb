#pragma once
// AES-256 in the two modes WhatsApp uses: GCM (Noise handshake and transport, app state) with a
// 16-byte tag appended to the ciphertext, and CBC with PKCS#7 padding (media, Signal messages).
// Every function returns nullopt on bad sizes or, for decryption, on a failed tag or padding
// check; callers decide how loudly to fail.
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace wa::crypto {

inline constexpr qsizetype AesKeySize = 32;
inline constexpr qsizetype GcmIvSize = 12;
inline constexpr qsizetype GcmTagSize = 16;
inline constexpr qsizetype CbcIvSize = 16;

// Returns ciphertext || tag.
std::optional<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                                        QByteArrayView aad = {});
// Takes ciphertext || tag.
std::optional<QByteArray> aesGcmDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertextAndTag,
                                        QByteArrayView aad = {});

std::optional<QByteArray> aesCbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext);
std::optional<QByteArray> aesCbcDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext);

} // namespace wa::crypto
