#pragma once
// Curve25519 key pairs and X25519 agreement. Keys are raw 32 bytes everywhere in this API
// (that is what Noise, the QR code and the XMPP layer carry); Signal's serialised form is
// 0x05 || key, and the helpers below convert between the two.
#include "randomsource.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace wa::crypto {

inline constexpr qsizetype CurveKeySize = 32;
inline constexpr char DjbKeyType = 0x05;

struct KeyPair
{
    QByteArray privateKey; // 32 bytes, clamped
    QByteArray publicKey;  // 32 bytes, Montgomery u-coordinate

    bool isValid() const { return privateKey.size() == CurveKeySize && publicKey.size() == CurveKeySize; }
};

KeyPair generateKeyPair(RandomSource &random = systemRandom());

// Clamps the scalar (as every Curve25519 implementation does before use) and derives the
// public key; nullopt unless the input is 32 bytes.
std::optional<KeyPair> keyPairFromPrivateKey(QByteArrayView privateKey);

// X25519(private, public). `publicKey` may be raw or 0x05-prefixed. nullopt on bad sizes and
// on an all-zero result (a low-order peer point), which would make the secret predictable.
std::optional<QByteArray> x25519(QByteArrayView privateKey, QByteArrayView publicKey);

// 0x05 || raw; empty when `rawPublicKey` is not 32 bytes.
QByteArray toSignalPublicKey(QByteArrayView rawPublicKey);
// Accepts raw 32 bytes or 0x05 || 32 bytes.
std::optional<QByteArray> toRawPublicKey(QByteArrayView publicKey);

} // namespace wa::crypto
