#include "curve25519.h"

#include <sodium.h>

#include <cstdlib>

namespace wa::crypto {

namespace {

void ensureSodium()
{
    if (sodium_init() < 0)
        std::abort();
}

void clamp(QByteArray &scalar)
{
    scalar[0] = static_cast<char>(static_cast<uchar>(scalar[0]) & 248);
    scalar[31] = static_cast<char>((static_cast<uchar>(scalar[31]) & 127) | 64);
}

} // namespace

KeyPair generateKeyPair(RandomSource &random)
{
    // Cannot fail: any 32 bytes form a valid scalar once clamped.
    return *keyPairFromPrivateKey(random.bytes(CurveKeySize));
}

std::optional<KeyPair> keyPairFromPrivateKey(QByteArrayView privateKey)
{
    if (privateKey.size() != CurveKeySize)
        return std::nullopt;
    ensureSodium();
    KeyPair pair;
    pair.privateKey = privateKey.toByteArray();
    clamp(pair.privateKey);
    pair.publicKey = QByteArray(CurveKeySize, Qt::Uninitialized);
    if (crypto_scalarmult_curve25519_base(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                                          reinterpret_cast<const unsigned char *>(pair.privateKey.constData()))
        != 0)
        return std::nullopt;
    return pair;
}

std::optional<QByteArray> x25519(QByteArrayView privateKey, QByteArrayView publicKey)
{
    const auto raw = toRawPublicKey(publicKey);
    if (privateKey.size() != CurveKeySize || !raw)
        return std::nullopt;
    ensureSodium();
    QByteArray shared(CurveKeySize, Qt::Uninitialized);
    if (crypto_scalarmult_curve25519(reinterpret_cast<unsigned char *>(shared.data()),
                                     reinterpret_cast<const unsigned char *>(privateKey.data()),
                                     reinterpret_cast<const unsigned char *>(raw->constData()))
        != 0)
        return std::nullopt;
    return shared;
}

QByteArray toSignalPublicKey(QByteArrayView rawPublicKey)
{
    if (rawPublicKey.size() != CurveKeySize)
        return {};
    QByteArray out;
    out.reserve(CurveKeySize + 1);
    out.append(DjbKeyType);
    out.append(rawPublicKey);
    return out;
}

std::optional<QByteArray> toRawPublicKey(QByteArrayView publicKey)
{
    if (publicKey.size() == CurveKeySize)
        return publicKey.toByteArray();
    if (publicKey.size() == CurveKeySize + 1 && publicKey.front() == DjbKeyType)
        return publicKey.sliced(1).toByteArray();
    return std::nullopt;
}

} // namespace wa::crypto
