#include "keyconversion_p.h"

namespace wa::signal::detail {

Ref<ec_public_key> decodePublicKey(signal_context *context, QByteArrayView key)
{
    Ref<ec_public_key> decoded;
    const auto raw = crypto::toRawPublicKey(key);
    if (!raw)
        return decoded;
    const QByteArray serialized = crypto::toSignalPublicKey(*raw);
    if (curve_decode_point(decoded.out(), reinterpret_cast<const uint8_t *>(serialized.constData()),
                           size_t(serialized.size()), context) != 0)
        decoded.reset();
    return decoded;
}

Ref<ec_key_pair> toLibraryKeyPair(signal_context *context, const crypto::KeyPair &keyPair)
{
    Ref<ec_key_pair> pair;
    if (!keyPair.isValid())
        return pair;
    Ref<ec_public_key> publicKey = decodePublicKey(context, keyPair.publicKey);
    Ref<ec_private_key> privateKey;
    if (!publicKey
        || curve_decode_private_point(privateKey.out(),
                                      reinterpret_cast<const uint8_t *>(keyPair.privateKey.constData()),
                                      size_t(keyPair.privateKey.size()), context)
            != 0)
        return pair;
    // ec_key_pair_create takes its own references.
    if (ec_key_pair_create(pair.out(), publicKey.get(), privateKey.get()) != 0)
        pair.reset();
    return pair;
}

QByteArray rawPublicKey(const ec_public_key *key)
{
    Buffer serialized;
    if (!key || ec_public_key_serialize(serialized.out(), key) != 0)
        return {};
    return crypto::toRawPublicKey(serialized.toByteArray()).value_or(QByteArray());
}

std::optional<crypto::KeyPair> fromLibraryKeyPair(const ec_key_pair *keyPair)
{
    if (!keyPair)
        return std::nullopt;
    Buffer privateKey;
    if (ec_private_key_serialize(privateKey.out(), ec_key_pair_get_private(keyPair)) != 0)
        return std::nullopt;
    crypto::KeyPair pair {privateKey.toByteArray(), rawPublicKey(ec_key_pair_get_public(keyPair))};
    if (!pair.isValid())
        return std::nullopt;
    return pair;
}

} // namespace wa::signal::detail
