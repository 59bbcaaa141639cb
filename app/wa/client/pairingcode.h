#pragma once
// The pairing ("link") code: linking by phone number instead of a QR scan. The companion shows
// an 8-character code; both sides stretch it with PBKDF2 and use the key to wrap their
// ephemeral X25519 public keys (salt || iv || AES-256-CTR(pub)), so only a phone whose user
// typed the code can complete the exchange in pairingcodeexchange.h.
#include "pairingresult.h"

#include "wa/crypto/randomsource.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wa::client {

// Crockford-like base32 without 0, I, O, U.
inline constexpr char PairingCodeAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTVWXYZ";
inline constexpr qsizetype PairingCodeLength = 8;
inline constexpr qsizetype PairingCodeRandomBytes = 5; // 40 bits = 8 characters
inline constexpr int PairingCodeIterations = 2 << 16;   // 131072
inline constexpr qsizetype PairingCodeSaltSize = 32;
inline constexpr qsizetype PairingCodeIvSize = 16;
inline constexpr qsizetype WrappedEphemeralKeySize = PairingCodeSaltSize + PairingCodeIvSize + 32; // 80

// Five random bytes, encoded.
QString generatePairingCode(crypto::RandomSource &random = crypto::systemRandom());
// Big-endian 5-bit groups of `bytes` over the alphabet; a final partial group is zero-padded.
QString encodePairingCode(QByteArrayView bytes);
// Eight characters of the alphabet (upper case, no separator).
bool isValidPairingCode(const QString &code);
// "ABCD-EFGH", the way the user reads it.
QString formatPairingCode(const QString &code);

// PBKDF2-HMAC-SHA256(code as ASCII, salt, 131072 iterations, 32 bytes). Errors: invalid_argument
// (bad code or salt size), crypto_failure.
PairingResult<QByteArray> derivePairingCodeKey(const QString &code, QByteArrayView salt);

// AES-256-CTR with a 16-byte initial counter block, as OpenSSL's "aes-256-ctr" (the counter is the
// whole block, incremented big-endian). Encryption and decryption are the same operation.
PairingResult<QByteArray> aesCtr(QByteArrayView key, QByteArrayView iv, QByteArrayView data);

// salt(32 random) || iv(16 random) || AES-256-CTR(key(code, salt), iv, publicKey(32)).
PairingResult<QByteArray> wrapEphemeralKey(const QString &code, QByteArrayView publicKey,
                                           crypto::RandomSource &random = crypto::systemRandom());
// The inverse; malformed unless exactly 80 bytes. CTR has no integrity: a wrong code yields
// some other 32 bytes, and the mismatch only shows in the following steps.
PairingResult<QByteArray> unwrapEphemeralKey(const QString &code, QByteArrayView wrapped);

} // namespace wa::client
