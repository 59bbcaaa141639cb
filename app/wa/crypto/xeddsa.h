#pragma once
// XEdDSA signatures over Curve25519 keys, bit-compatible with Signal and WhatsApp (pre-key
// signatures, the server's Noise certificate chain, ADV device identities). Implemented over
// libsignal-protocol-c's curve functions; the 64-byte nonce comes from the injected
// RandomSource, so tests can make signatures reproducible.
#include "randomsource.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace wa::crypto {

inline constexpr qsizetype XeddsaSignatureSize = 64;

// `privateKey`: 32-byte Curve25519 private key. nullopt on a bad key size or library failure.
std::optional<QByteArray> xeddsaSign(QByteArrayView privateKey, QByteArrayView message,
                                     RandomSource &random = systemRandom());

// `publicKey`: raw 32 bytes or 0x05-prefixed. False for anything that is not a valid
// 64-byte signature of `message` by that key.
bool xeddsaVerify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace wa::crypto
