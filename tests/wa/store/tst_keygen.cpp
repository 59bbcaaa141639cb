// Credential and pre-key generation: fixed keys under a seeded random source, a signed
// pre-key signature that verifies over 0x05 || key, 14-bit registration ids and 24-bit
// pre-key ids that wrap back to 1.
#include "wa/crypto/curve25519.h"
#include "wa/crypto/xeddsa.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <QSet>
#include <QTest>

using namespace wa::store;

class TestStoreKeygen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentials();
    void reproducible();
    void registrationIdRange();
    void preKeyBatch();
    void preKeyWrapAround();
};

void TestStoreKeygen::credentials()
{
    wa::crypto::DeterministicRandom random("device");
    const auto credentials = generateDeviceCredentials(random);
    QVERIFY(credentials);
    QVERIFY(credentials->isValid());
    QVERIFY(!credentials->account);
    QCOMPARE(credentials->signedPreKey.id, 1u);
    QCOMPARE(credentials->advSecretKey.size(), 32);
    QVERIFY(credentials->noiseKey.publicKey != credentials->identityKey.publicKey);
    QCOMPARE(wa::crypto::keyPairFromPrivateKey(credentials->identityKey.privateKey)->publicKey,
             credentials->identityKey.publicKey);

    const QByteArray signedKey = wa::crypto::toSignalPublicKey(credentials->signedPreKey.keyPair.publicKey);
    QCOMPARE(signedKey.size(), 33);
    QVERIFY(wa::crypto::xeddsaVerify(credentials->identityKey.publicKey, signedKey,
                                     credentials->signedPreKey.signature));
    // Over the raw 32 bytes it must NOT verify: that is the classic interop mistake.
    QVERIFY(!wa::crypto::xeddsaVerify(credentials->identityKey.publicKey,
                                      credentials->signedPreKey.keyPair.publicKey,
                                      credentials->signedPreKey.signature));
    QVERIFY(credentials->registrationId <= RegistrationIdMask);
}

void TestStoreKeygen::reproducible()
{
    wa::crypto::DeterministicRandom a("same"), b("same"), c("other");
    const auto first = generateDeviceCredentials(a).value();
    const auto second = generateDeviceCredentials(b).value();
    const auto third = generateDeviceCredentials(c).value();
    QCOMPARE(first.identityKey.privateKey, second.identityKey.privateKey);
    QCOMPARE(first.signedPreKey.signature, second.signedPreKey.signature);
    QCOMPARE(first.advSecretKey, second.advSecretKey);
    QCOMPARE(first.registrationId, second.registrationId);
    QVERIFY(first.identityKey.privateKey != third.identityKey.privateKey);
}

void TestStoreKeygen::registrationIdRange()
{
    wa::crypto::DeterministicRandom random("regid");
    QSet<quint32> seen;
    for (int i = 0; i < 200; ++i) {
        const auto credentials = generateDeviceCredentials(random).value();
        QVERIFY(credentials.registrationId <= 0x3FFF);
        seen.insert(credentials.registrationId);
    }
    QVERIFY(seen.size() > 150); // spread over the range, not a constant
}

void TestStoreKeygen::preKeyBatch()
{
    MemoryStore store;
    wa::crypto::DeterministicRandom random("prekeys");
    const QList<PreKey> batch = generatePreKeys(store, 30, random);
    QCOMPARE(batch.size(), 30);
    for (int i = 0; i < batch.size(); ++i) {
        QCOMPARE(batch[i].id, quint32(i + 1));
        QVERIFY(batch[i].keyPair.isValid());
        QVERIFY(store.containsPreKey(batch[i].id));
    }
    QCOMPARE(store.nextPreKeyId(), 31u);
    QCOMPARE(store.preKeyCount(), 30);
    const QList<PreKey> more = generatePreKeys(store, 5, random);
    QCOMPARE(more.first().id, 31u);
    QCOMPARE(more.last().id, 35u);
    QCOMPARE(store.nextPreKeyId(), 36u);
    QVERIFY(generatePreKeys(store, 0, random).isEmpty());
    QCOMPARE(store.nextPreKeyId(), 36u);
}

void TestStoreKeygen::preKeyWrapAround()
{
    QCOMPARE(nextPreKeyId(1), 2u);
    QCOMPARE(nextPreKeyId(0xFFFFFE), 0xFFFFFFu);
    QCOMPARE(nextPreKeyId(0xFFFFFF), 1u);

    MemoryStore store;
    QVERIFY(store.setNextPreKeyId(0xFFFFFD));
    wa::crypto::DeterministicRandom random("wrap");
    const QList<PreKey> batch = generatePreKeys(store, 5, random);
    QCOMPARE(batch.size(), 5);
    const QList<quint32> expected {0xFFFFFD, 0xFFFFFE, 0xFFFFFF, 1, 2};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(batch[i].id, expected[i]);
    QCOMPARE(store.nextPreKeyId(), 3u);
    QVERIFY(!store.containsPreKey(0));
}

QTEST_GUILESS_MAIN(TestStoreKeygen)
#include "tst_keygen.moc"
