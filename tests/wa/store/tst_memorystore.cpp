// Contracts of the wa::store interfaces, checked on the memory implementation (the SQL
// implementation in core runs the same expectations).
#include "wa/crypto/randomsource.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <QTest>

using namespace wa::store;

class TestStoreMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentials();
    void identities();
    void preKeys();
    void signedPreKeys();
    void sessions();
    void senderKeys();
    void appStateKeys();
    void addresses();
};

void TestStoreMemory::credentials()
{
    MemoryStore store;
    CredentialStore &credentials = store;
    QVERIFY(!credentials.loadCredentials());
    wa::crypto::DeterministicRandom random("creds");
    DeviceCredentials generated = generateDeviceCredentials(random).value();
    generated.account = AccountInfo {QStringLiteral("15550001111:7@s.whatsapp.net"), QStringLiteral("123:7@lid"),
                                     QStringLiteral("Alice"), QByteArray("adv"), QStringLiteral("android")};
    QVERIFY(credentials.saveCredentials(generated));
    const auto loaded = credentials.loadCredentials();
    QVERIFY(loaded);
    QCOMPARE(loaded->identityKey.privateKey, generated.identityKey.privateKey);
    QCOMPARE(loaded->noiseKey.publicKey, generated.noiseKey.publicKey);
    QCOMPARE(loaded->signedPreKey.signature, generated.signedPreKey.signature);
    QCOMPARE(loaded->registrationId, generated.registrationId);
    QCOMPARE(loaded->account->lid, QStringLiteral("123:7@lid"));
    QVERIFY(credentials.clearCredentials());
    QVERIFY(!credentials.loadCredentials());
}

void TestStoreMemory::identities()
{
    MemoryStore store;
    IdentityStore &identities = store;
    const ProtocolAddress address {QStringLiteral("15550001111"), 2};
    const QByteArray first(32, '\x01'), second(32, '\x02');
    QVERIFY(!identities.loadIdentity(address));
    QVERIFY(identities.isTrustedIdentity(address, first)); // first use
    QVERIFY(identities.saveIdentity(address, first));
    QCOMPARE(identities.loadIdentity(address).value(), first);
    QVERIFY(identities.isTrustedIdentity(address, second)); // WhatsApp accepts changes

    store.setTrustPolicy(MemoryStore::TrustPolicy::FirstUseOnly);
    QVERIFY(identities.isTrustedIdentity(address, first));
    QVERIFY(!identities.isTrustedIdentity(address, second));
    QVERIFY(identities.isTrustedIdentity({address.name, 3}, second)); // other device: first use
    QVERIFY(identities.deleteIdentity(address));
    QVERIFY(!identities.loadIdentity(address));
    QVERIFY(identities.isTrustedIdentity(address, second));
}

void TestStoreMemory::preKeys()
{
    MemoryStore store;
    PreKeyStore &preKeys = store;
    QCOMPARE(preKeys.nextPreKeyId(), 1u);
    QCOMPARE(preKeys.preKeyCount(), 0);
    QVERIFY(!preKeys.loadPreKey(1));
    const PreKey key {42, {QByteArray(32, 'p'), QByteArray(32, 'P')}};
    QVERIFY(preKeys.storePreKey(key));
    QVERIFY(preKeys.containsPreKey(42));
    QCOMPARE(preKeys.loadPreKey(42)->keyPair.publicKey, key.keyPair.publicKey);
    QCOMPARE(preKeys.preKeyCount(), 1);
    QVERIFY(preKeys.removePreKey(42));
    QVERIFY(!preKeys.containsPreKey(42));
    QVERIFY(preKeys.removePreKey(42)); // removing twice is not an error
    QCOMPARE(preKeys.preKeyCount(), 0);
    QVERIFY(preKeys.setNextPreKeyId(MaxPreKeyId));
    QCOMPARE(preKeys.nextPreKeyId(), MaxPreKeyId);
    QVERIFY(!preKeys.setNextPreKeyId(0));
    QVERIFY(!preKeys.setNextPreKeyId(MaxPreKeyId + 1));
    QCOMPARE(preKeys.nextPreKeyId(), MaxPreKeyId);
}

void TestStoreMemory::signedPreKeys()
{
    MemoryStore store;
    SignedPreKeyStore &signedPreKeys = store;
    QVERIFY(!signedPreKeys.loadSignedPreKey(1));
    QVERIFY(signedPreKeys.storeSignedPreKey({1, {QByteArray(32, 's'), QByteArray(32, 'S')}, QByteArray(64, 'x')}));
    QVERIFY(signedPreKeys.storeSignedPreKey({2, {QByteArray(32, 't'), QByteArray(32, 'T')}, QByteArray(64, 'y')}));
    QVERIFY(signedPreKeys.containsSignedPreKey(1));
    QCOMPARE(signedPreKeys.loadSignedPreKey(2)->signature, QByteArray(64, 'y'));
    QCOMPARE(signedPreKeys.signedPreKeyIds(), (QList<quint32> {1, 2}));
    QVERIFY(signedPreKeys.removeSignedPreKey(1));
    QCOMPARE(signedPreKeys.signedPreKeyIds(), (QList<quint32> {2}));
}

void TestStoreMemory::sessions()
{
    MemoryStore store;
    SessionStore &sessions = store;
    const QString alice = QStringLiteral("15550001111");
    QVERIFY(!sessions.loadSession({alice, 0}));
    QVERIFY(sessions.storeSession({alice, 5}, "five"));
    QVERIFY(sessions.storeSession({alice, 0}, "zero"));
    QVERIFY(sessions.storeSession({QStringLiteral("1555000111"), 0}, "prefix is another user"));
    QVERIFY(sessions.storeSession({alice, 0}, "zero v2")); // overwrite
    QCOMPARE(sessions.loadSession({alice, 0}).value(), QByteArray("zero v2"));
    QVERIFY(sessions.containsSession({alice, 5}));
    QVERIFY(!sessions.containsSession({alice, 6}));
    QCOMPARE(sessions.sessionDeviceIds(alice), (QList<quint32> {0, 5}));
    QVERIFY(sessions.deleteSession({alice, 5}));
    QVERIFY(!sessions.containsSession({alice, 5}));
    QVERIFY(sessions.storeSession({alice, 9}, "nine"));
    QVERIFY(sessions.deleteAllSessions(alice));
    QVERIFY(sessions.sessionDeviceIds(alice).isEmpty());
    QVERIFY(sessions.containsSession({QStringLiteral("1555000111"), 0}));
}

void TestStoreMemory::senderKeys()
{
    MemoryStore store;
    SenderKeyStore &senderKeys = store;
    const SenderKeyName a {QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 0}};
    const SenderKeyName b {QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 1}};
    const SenderKeyName c {QStringLiteral("3-4@g.us"), {QStringLiteral("111"), 0}};
    QVERIFY(senderKeys.storeSenderKey(a, "a"));
    QVERIFY(senderKeys.storeSenderKey(b, "b"));
    QVERIFY(!senderKeys.loadSenderKey(c));
    QCOMPARE(senderKeys.loadSenderKey(a).value(), QByteArray("a"));
    QCOMPARE(senderKeys.loadSenderKey(b).value(), QByteArray("b"));
    QVERIFY(senderKeys.deleteSenderKey(a));
    QVERIFY(!senderKeys.loadSenderKey(a));
    QCOMPARE(a.toString(), QStringLiteral("1-2@g.us::111::0"));
}

void TestStoreMemory::appStateKeys()
{
    MemoryStore store;
    AppStateKeyStore &keys = store;
    QVERIFY(keys.latestAppStateKeyId().isEmpty());
    QVERIFY(keys.storeAppStateKey("old", {QByteArray(32, '1'), "fp1", 1000}));
    QVERIFY(keys.storeAppStateKey("new", {QByteArray(32, '2'), "fp2", 2000}));
    QVERIFY(keys.containsAppStateKey("old"));
    QCOMPARE(keys.loadAppStateKey("new")->fingerprint, QByteArray("fp2"));
    QCOMPARE(keys.latestAppStateKeyId(), QByteArray("new"));
    QCOMPARE(keys.appStateKeyIds().size(), 2);
    QVERIFY(keys.removeAppStateKey("new"));
    QCOMPARE(keys.latestAppStateKeyId(), QByteArray("old"));
    QVERIFY(!keys.loadAppStateKey("new"));
}

void TestStoreMemory::addresses()
{
    QCOMPARE(ProtocolAddress::fromJidParts(QStringLiteral("15550001111"), 0, 3).toString(),
             QStringLiteral("15550001111.3"));
    QCOMPARE(ProtocolAddress::fromJidParts(QStringLiteral("123456789012345"), 1, 0).toString(),
             QStringLiteral("123456789012345_1.0"));
    QVERIFY((ProtocolAddress {QStringLiteral("a"), 1}) != (ProtocolAddress {QStringLiteral("a"), 2}));
}

QTEST_GUILESS_MAIN(TestStoreMemory)
#include "tst_memorystore.moc"
