#include "keygen.h"

#include "wa/crypto/xeddsa.h"

#include <QtEndian>

namespace wa::store {

std::optional<SignedPreKey> generateSignedPreKey(const crypto::KeyPair &identityKey, quint32 id,
                                                 crypto::RandomSource &random)
{
    if (!identityKey.isValid())
        return std::nullopt;
    SignedPreKey signedPreKey;
    signedPreKey.id = id;
    signedPreKey.keyPair = crypto::generateKeyPair(random);
    // Signal verifies the signature over the serialized (0x05-prefixed) key, not the raw one.
    auto signature = crypto::xeddsaSign(identityKey.privateKey,
                                        crypto::toSignalPublicKey(signedPreKey.keyPair.publicKey), random);
    if (!signature)
        return std::nullopt;
    signedPreKey.signature = *signature;
    return signedPreKey;
}

std::optional<DeviceCredentials> generateDeviceCredentials(crypto::RandomSource &random)
{
    DeviceCredentials credentials;
    credentials.noiseKey = crypto::generateKeyPair(random);
    credentials.identityKey = crypto::generateKeyPair(random);
    auto signedPreKey = generateSignedPreKey(credentials.identityKey, FirstSignedPreKeyId, random);
    if (!signedPreKey)
        return std::nullopt;
    credentials.signedPreKey = *signedPreKey;
    uchar id[2];
    random.fill(id, sizeof id);
    credentials.registrationId = qFromBigEndian<quint16>(id) & RegistrationIdMask;
    credentials.advSecretKey = random.bytes(32);
    return credentials;
}

quint32 nextPreKeyId(quint32 id)
{
    return id >= MaxPreKeyId ? 1 : id + 1;
}

QList<PreKey> generatePreKeys(PreKeyStore &store, int count, crypto::RandomSource &random)
{
    QList<PreKey> preKeys;
    if (count <= 0)
        return preKeys;
    quint32 id = store.nextPreKeyId();
    if (id == 0 || id > MaxPreKeyId)
        id = 1;
    preKeys.reserve(count);
    for (int i = 0; i < count; ++i) {
        PreKey preKey {id, crypto::generateKeyPair(random)};
        if (!store.storePreKey(preKey))
            return {};
        preKeys.append(preKey);
        id = nextPreKeyId(id);
    }
    if (!store.setNextPreKeyId(id))
        return {};
    return preKeys;
}

} // namespace wa::store
