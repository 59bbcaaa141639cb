#pragma once
// One simulated device for the Signal tests: fixed keys from a seeded DeterministicRandom,
// memory stores, a context and a store bridge.
#include "wa/crypto/randomsource.h"
#include "wa/signal/context.h"
#include "wa/signal/prekeybundle.h"
#include "wa/signal/storebridge.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <memory>

struct SignalTestPeer
{
    explicit SignalTestPeer(const QByteArray &seed, quint32 deviceId = 0, int preKeys = 5)
        : random(seed)
        , credentials(wa::store::generateDeviceCredentials(random).value())
        , device(deviceId)
    {
        store.storeSignedPreKey(credentials.signedPreKey);
        wa::store::generatePreKeys(store, preKeys, random);
        context = std::make_unique<wa::signal::Context>(random);
        bridge = std::make_unique<wa::signal::StoreBridge>(
            *context, wa::signal::LocalIdentity {credentials.identityKey, credentials.registrationId},
            wa::signal::Stores::of(store));
    }

    wa::store::ProtocolAddress address(const QString &name) const { return {name, device}; }

    wa::signal::PreKeyBundle bundle(bool withPreKey = true) const
    {
        wa::signal::PreKeyBundle b;
        b.registrationId = credentials.registrationId;
        b.deviceId = device;
        if (withPreKey) {
            const auto preKey = store.loadPreKey(1).value();
            b.preKeyId = preKey.id;
            b.preKeyPublic = preKey.keyPair.publicKey;
        }
        b.signedPreKeyId = credentials.signedPreKey.id;
        b.signedPreKeyPublic = credentials.signedPreKey.keyPair.publicKey;
        b.signedPreKeySignature = credentials.signedPreKey.signature;
        b.identityKey = credentials.identityKey.publicKey;
        return b;
    }

    wa::crypto::DeterministicRandom random;
    wa::store::MemoryStore store;
    wa::store::DeviceCredentials credentials;
    quint32 device = 0;
    std::unique_ptr<wa::signal::Context> context;
    std::unique_ptr<wa::signal::StoreBridge> bridge;
};
