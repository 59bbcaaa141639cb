// SqlKeyStore: the wa::store contracts (the same scenarios as tst_wa_store_memorystore),
// persistence across reopening the database, isolation of instances, cascade on instance
// delete, wipe, sealing at rest (no private key or session record in the file), a wrong master
// key, and a real Signal conversation between a SQL-backed and a memory-backed device that
// survives reopening the SQL side.
#include "core/secrets/secretbox.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/sqlkeystore.h"

#include "wa/crypto/randomsource.h"
#include "wa/signal/context.h"
#include "wa/signal/groupcipher.h"
#include "wa/signal/sessionbuilder.h"
#include "wa/signal/sessioncipher.h"
#include "wa/signal/storebridge.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using core::secrets::SecretBox;
using core::store::Database;
using core::store::Migrations;
using core::store::SqlKeyStore;
using namespace wa::store;

namespace {

const QString InstanceA = QStringLiteral("inst-a");
const QString InstanceB = QStringLiteral("inst-b");
const char *const WaTables[] = {"wa_credentials", "wa_identities", "wa_prekeys", "wa_prekey_state",
                                "wa_signed_prekeys", "wa_sessions", "wa_sender_keys", "wa_app_state_keys"};

QByteArray fixedKey(char c)
{
    return QByteArray(SecretBox::kKeyBytes, c);
}

// Every byte the database keeps on disk right now: the main file and the WAL.
QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestSqlKeyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    SecretBox m_box {fixedKey('k')};

    // Opens (creating and migrating on first use) the test database with both instances.
    bool openDb()
    {
        QString error;
        m_db = Database::open(m_path, Database::uniqueName(QStringLiteral("keys")), &error);
        if (!m_db.isOpen() || !Migrations::migrate(m_db, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QSqlQuery q(m_db);
        bool ok = q.exec(QStringLiteral(
            "INSERT OR IGNORE INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
            " VALUES ('u1','a@b.c','h',x'01','s',1,1)"));
        for (const QString &id : {InstanceA, InstanceB}) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO instances (id,user_id,name,created_at,updated_at)"
                                     " VALUES (?,'u1',?,1,1)"));
            q.addBindValue(id);
            q.addBindValue(id);
            ok = ok && q.exec();
        }
        return ok;
    }
    void closeDb()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Database::close(name);
    }
    std::unique_ptr<SqlKeyStore> store(const QString &instance, const SecretBox *box = nullptr)
    {
        return std::make_unique<SqlKeyStore>(m_db, instance, box ? box : &m_box);
    }
    int rows(const char *table, const QString &instance)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE instance_id=?").arg(QLatin1String(table)));
        q.addBindValue(instance);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // One row in every wa_* table.
    static void fill(SqlKeyStore &s, char tag)
    {
        wa::crypto::DeterministicRandom random(QByteArray("fill-") + tag);
        QVERIFY(s.saveCredentials(generateDeviceCredentials(random).value()));
        QVERIFY(s.saveIdentity({QStringLiteral("111"), 0}, QByteArray(32, tag)));
        QVERIFY(s.storePreKey({7, wa::crypto::generateKeyPair(random)}));
        QVERIFY(s.setNextPreKeyId(8));
        QVERIFY(s.storeSignedPreKey({1, wa::crypto::generateKeyPair(random), QByteArray(64, tag)}));
        QVERIFY(s.storeSession({QStringLiteral("111"), 0}, QByteArray("session ") + tag));
        QVERIFY(s.storeSenderKey({QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 0}}, QByteArray("sk ") + tag));
        QVERIFY(s.storeAppStateKey("k1", {QByteArray(32, tag), "fp", 1}));
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(openDb());
    }
    void cleanup() { closeDb(); }

    void credentials();
    void identities();
    void preKeys();
    void preKeyGeneration();
    void signedPreKeys();
    void sessions();
    void senderKeys();
    void appStateKeys();
    void persistsAcrossReopen();
    void instancesIsolated();
    void cascadeOnInstanceDelete();
    void wipe();
    void unknownInstanceRefused();
    void sealedAtRest();
    void wrongMasterKey();
    void signalSessionOverSql();
};

void TestSqlKeyStore::credentials()
{
    auto s = store(InstanceA);
    CredentialStore &credentials = *s;
    QVERIFY(!credentials.loadCredentials());
    wa::crypto::DeterministicRandom random("creds");
    DeviceCredentials generated = generateDeviceCredentials(random).value();
    QVERIFY(credentials.saveCredentials(generated));
    QVERIFY(!credentials.loadCredentials()->account); // absent account stays absent
    generated.account = AccountInfo {QStringLiteral("15550001111:7@s.whatsapp.net"), QStringLiteral("123:7@lid"),
                                     QStringLiteral("Alice"), QByteArray("adv"), QStringLiteral("android")};
    QVERIFY(credentials.saveCredentials(generated)); // overwrite
    const auto loaded = credentials.loadCredentials();
    QVERIFY(loaded);
    QVERIFY(loaded->isValid());
    QCOMPARE(loaded->identityKey.privateKey, generated.identityKey.privateKey);
    QCOMPARE(loaded->identityKey.publicKey, generated.identityKey.publicKey);
    QCOMPARE(loaded->noiseKey.privateKey, generated.noiseKey.privateKey);
    QCOMPARE(loaded->noiseKey.publicKey, generated.noiseKey.publicKey);
    QCOMPARE(loaded->signedPreKey.id, generated.signedPreKey.id);
    QCOMPARE(loaded->signedPreKey.keyPair.privateKey, generated.signedPreKey.keyPair.privateKey);
    QCOMPARE(loaded->signedPreKey.signature, generated.signedPreKey.signature);
    QCOMPARE(loaded->registrationId, generated.registrationId);
    QCOMPARE(loaded->advSecretKey, generated.advSecretKey);
    QCOMPARE(loaded->account->jid, generated.account->jid);
    QCOMPARE(loaded->account->lid, QStringLiteral("123:7@lid"));
    QCOMPARE(loaded->account->pushName, QStringLiteral("Alice"));
    QCOMPARE(loaded->account->signedDeviceIdentity, QByteArray("adv"));
    QCOMPARE(loaded->account->platform, QStringLiteral("android"));
    QCOMPARE(rows("wa_credentials", InstanceA), 1);
    QVERIFY(credentials.clearCredentials());
    QVERIFY(!credentials.loadCredentials());
    QVERIFY(credentials.clearCredentials()); // clearing twice is not an error
}

void TestSqlKeyStore::identities()
{
    auto s = store(InstanceA);
    IdentityStore &identities = *s;
    const ProtocolAddress address {QStringLiteral("15550001111"), 2};
    const QByteArray first(32, '\x01'), second(32, '\x02');
    QVERIFY(!identities.loadIdentity(address));
    QVERIFY(identities.isTrustedIdentity(address, first)); // first use
    QVERIFY(identities.saveIdentity(address, first));
    QCOMPARE(identities.loadIdentity(address).value(), first);
    QVERIFY(identities.isTrustedIdentity(address, second)); // WhatsApp accepts changes

    s->setTrustPolicy(SqlKeyStore::TrustPolicy::FirstUseOnly);
    QVERIFY(identities.isTrustedIdentity(address, first));
    QVERIFY(!identities.isTrustedIdentity(address, second));
    QVERIFY(identities.isTrustedIdentity({address.name, 3}, second)); // other device: first use
    QVERIFY(identities.saveIdentity(address, second));                // replace
    QCOMPARE(identities.loadIdentity(address).value(), second);
    QVERIFY(identities.deleteIdentity(address));
    QVERIFY(!identities.loadIdentity(address));
    QVERIFY(identities.isTrustedIdentity(address, second));
    QVERIFY(identities.deleteIdentity(address));

    // An empty key is stored and found (as in the memory store), not mistaken for "absent".
    QVERIFY(identities.saveIdentity(address, QByteArray()));
    QVERIFY(identities.loadIdentity(address).has_value());
    QVERIFY(identities.loadIdentity(address)->isEmpty());
}

void TestSqlKeyStore::preKeys()
{
    auto s = store(InstanceA);
    PreKeyStore &preKeys = *s;
    QCOMPARE(preKeys.nextPreKeyId(), 1u);
    QCOMPARE(preKeys.preKeyCount(), 0);
    QVERIFY(!preKeys.loadPreKey(1));
    const PreKey key {42, {QByteArray(32, 'p'), QByteArray(32, 'P')}};
    QVERIFY(preKeys.storePreKey(key));
    QVERIFY(preKeys.containsPreKey(42));
    QCOMPARE(preKeys.loadPreKey(42)->keyPair.publicKey, key.keyPair.publicKey);
    QCOMPARE(preKeys.loadPreKey(42)->keyPair.privateKey, key.keyPair.privateKey);
    QCOMPARE(preKeys.loadPreKey(42)->id, 42u);
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

void TestSqlKeyStore::preKeyGeneration()
{
    // keygen's batch generation and wrap-around over the SQL store, as tst_wa_store_keygen does
    // over the memory store.
    auto s = store(InstanceA);
    wa::crypto::DeterministicRandom random("prekeys");
    const QList<PreKey> batch = generatePreKeys(*s, 30, random);
    QCOMPARE(batch.size(), 30);
    for (int i = 0; i < batch.size(); ++i) {
        QCOMPARE(batch[i].id, quint32(i + 1));
        QCOMPARE(s->loadPreKey(batch[i].id)->keyPair.privateKey, batch[i].keyPair.privateKey);
    }
    QCOMPARE(s->nextPreKeyId(), 31u);
    QCOMPARE(s->preKeyCount(), 30);
    QVERIFY(s->setNextPreKeyId(0xFFFFFE));
    const QList<PreKey> wrap = generatePreKeys(*s, 3, random);
    QCOMPARE(wrap.size(), 3);
    QCOMPARE(wrap[0].id, 0xFFFFFEu);
    QCOMPARE(wrap[1].id, 0xFFFFFFu);
    QCOMPARE(wrap[2].id, 1u); // overwrites pre-key 1, as the memory store does
    QCOMPARE(s->loadPreKey(1)->keyPair.privateKey, wrap[2].keyPair.privateKey);
    QCOMPARE(s->nextPreKeyId(), 2u);
    QCOMPARE(s->preKeyCount(), 32);
}

void TestSqlKeyStore::signedPreKeys()
{
    auto s = store(InstanceA);
    SignedPreKeyStore &signedPreKeys = *s;
    QVERIFY(!signedPreKeys.loadSignedPreKey(1));
    QVERIFY(signedPreKeys.signedPreKeyIds().isEmpty());
    QVERIFY(signedPreKeys.storeSignedPreKey({2, {QByteArray(32, 't'), QByteArray(32, 'T')}, QByteArray(64, 'y')}));
    QVERIFY(signedPreKeys.storeSignedPreKey({1, {QByteArray(32, 's'), QByteArray(32, 'S')}, QByteArray(64, 'x')}));
    QVERIFY(signedPreKeys.containsSignedPreKey(1));
    QVERIFY(!signedPreKeys.containsSignedPreKey(3));
    const auto two = signedPreKeys.loadSignedPreKey(2);
    QCOMPARE(two->id, 2u);
    QCOMPARE(two->signature, QByteArray(64, 'y'));
    QCOMPARE(two->keyPair.privateKey, QByteArray(32, 't'));
    QCOMPARE(two->keyPair.publicKey, QByteArray(32, 'T'));
    QCOMPARE(signedPreKeys.signedPreKeyIds(), (QList<quint32> {1, 2}));
    QVERIFY(signedPreKeys.removeSignedPreKey(1));
    QCOMPARE(signedPreKeys.signedPreKeyIds(), (QList<quint32> {2}));
    QVERIFY(signedPreKeys.removeSignedPreKey(1));
}

void TestSqlKeyStore::sessions()
{
    auto s = store(InstanceA);
    SessionStore &sessions = *s;
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
    QVERIFY(sessions.storeSession({alice, 10}, "ten")); // numeric, not text, order
    QCOMPARE(sessions.sessionDeviceIds(alice), (QList<quint32> {0, 9, 10}));
    QVERIFY(sessions.deleteAllSessions(alice));
    QVERIFY(sessions.sessionDeviceIds(alice).isEmpty());
    QVERIFY(sessions.containsSession({QStringLiteral("1555000111"), 0}));
    QVERIFY(sessions.storeSession({alice, 1}, QByteArray())); // empty records are records too
    QVERIFY(sessions.loadSession({alice, 1}).has_value());
    QCOMPARE(sessions.loadSession({alice, 1})->size(), 0);
}

void TestSqlKeyStore::senderKeys()
{
    auto s = store(InstanceA);
    SenderKeyStore &senderKeys = *s;
    const SenderKeyName a {QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 0}};
    const SenderKeyName b {QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 1}};
    const SenderKeyName c {QStringLiteral("3-4@g.us"), {QStringLiteral("111"), 0}};
    QVERIFY(senderKeys.storeSenderKey(a, "a"));
    QVERIFY(senderKeys.storeSenderKey(b, "b"));
    QVERIFY(!senderKeys.loadSenderKey(c));
    QCOMPARE(senderKeys.loadSenderKey(a).value(), QByteArray("a"));
    QCOMPARE(senderKeys.loadSenderKey(b).value(), QByteArray("b"));
    QVERIFY(senderKeys.storeSenderKey(a, "a2"));
    QCOMPARE(senderKeys.loadSenderKey(a).value(), QByteArray("a2"));
    QVERIFY(senderKeys.deleteSenderKey(a));
    QVERIFY(!senderKeys.loadSenderKey(a));
    QCOMPARE(senderKeys.loadSenderKey(b).value(), QByteArray("b"));
    QVERIFY(senderKeys.deleteSenderKey(a));
}

void TestSqlKeyStore::appStateKeys()
{
    auto s = store(InstanceA);
    AppStateKeyStore &keys = *s;
    QVERIFY(keys.latestAppStateKeyId().isEmpty());
    QVERIFY(keys.appStateKeyIds().isEmpty());
    QVERIFY(keys.storeAppStateKey("old", {QByteArray(32, '1'), "fp1", 1000}));
    QVERIFY(keys.storeAppStateKey("new", {QByteArray(32, '2'), "fp2", 2000}));
    QVERIFY(keys.containsAppStateKey("old"));
    QVERIFY(!keys.containsAppStateKey("other"));
    const auto loaded = keys.loadAppStateKey("new");
    QCOMPARE(loaded->keyData, QByteArray(32, '2'));
    QCOMPARE(loaded->fingerprint, QByteArray("fp2"));
    QCOMPARE(loaded->timestamp, qint64(2000));
    QCOMPARE(keys.latestAppStateKeyId(), QByteArray("new"));
    QCOMPARE(keys.appStateKeyIds(), (QList<QByteArray> {"new", "old"}));
    QVERIFY(keys.removeAppStateKey("new"));
    QCOMPARE(keys.latestAppStateKeyId(), QByteArray("old"));
    QVERIFY(!keys.loadAppStateKey("new"));

    // Ties: the memory store keeps the smallest id; so does SQL. Binary ids are fine.
    const QByteArray binary("\x00\x01\xff", 3);
    QVERIFY(keys.storeAppStateKey("zz", {QByteArray(32, '3'), QByteArray(), 5000}));
    QVERIFY(keys.storeAppStateKey(binary, {QByteArray(32, '4'), "fp4", 5000}));
    QCOMPARE(keys.latestAppStateKeyId(), binary);
    QCOMPARE(keys.loadAppStateKey(binary)->keyData, QByteArray(32, '4'));
    QVERIFY(keys.loadAppStateKey("zz")->fingerprint.isEmpty());

    MemoryStore memory;
    QVERIFY(memory.storeAppStateKey("old", {QByteArray(32, '1'), "fp1", 1000}));
    QVERIFY(memory.storeAppStateKey("zz", {QByteArray(32, '3'), QByteArray(), 5000}));
    QVERIFY(memory.storeAppStateKey(binary, {QByteArray(32, '4'), "fp4", 5000}));
    QCOMPARE(memory.latestAppStateKeyId(), keys.latestAppStateKeyId());
    QCOMPARE(memory.appStateKeyIds(), keys.appStateKeyIds());
}

void TestSqlKeyStore::persistsAcrossReopen()
{
    wa::crypto::DeterministicRandom random("persist");
    const DeviceCredentials credentials = generateDeviceCredentials(random).value();
    {
        auto s = store(InstanceA);
        fill(*s, 'a');
        QVERIFY(s->saveCredentials(credentials));
    }
    closeDb();
    QVERIFY(openDb());
    // A new SecretBox with the same key: nothing depends on the object that sealed.
    const SecretBox sameKey(fixedKey('k'));
    auto s = store(InstanceA, &sameKey);
    QCOMPARE(s->loadCredentials()->identityKey.privateKey, credentials.identityKey.privateKey);
    QCOMPARE(s->loadIdentity({QStringLiteral("111"), 0}).value(), QByteArray(32, 'a'));
    QVERIFY(s->loadPreKey(7).has_value());
    QCOMPARE(s->nextPreKeyId(), 8u);
    QCOMPARE(s->loadSignedPreKey(1)->signature, QByteArray(64, 'a'));
    QCOMPARE(s->loadSession({QStringLiteral("111"), 0}).value(), QByteArray("session a"));
    QCOMPARE(s->loadSenderKey({QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 0}}).value(), QByteArray("sk a"));
    QCOMPARE(s->loadAppStateKey("k1")->keyData, QByteArray(32, 'a'));
}

void TestSqlKeyStore::instancesIsolated()
{
    auto a = store(InstanceA);
    auto b = store(InstanceB);
    fill(*a, 'a');
    fill(*b, 'b');
    const ProtocolAddress peer {QStringLiteral("111"), 0};
    QCOMPARE(a->loadSession(peer).value(), QByteArray("session a"));
    QCOMPARE(b->loadSession(peer).value(), QByteArray("session b"));
    QCOMPARE(a->loadIdentity(peer).value(), QByteArray(32, 'a'));
    QCOMPARE(b->loadAppStateKey("k1")->keyData, QByteArray(32, 'b'));
    QVERIFY(a->loadCredentials()->identityKey.privateKey != b->loadCredentials()->identityKey.privateKey);

    QVERIFY(a->deleteAllSessions(peer.name));
    QVERIFY(!a->containsSession(peer));
    QVERIFY(b->containsSession(peer));
    QVERIFY(a->removePreKey(7));
    QCOMPARE(a->preKeyCount(), 0);
    QCOMPARE(b->preKeyCount(), 1);
    QVERIFY(a->setNextPreKeyId(100));
    QCOMPARE(b->nextPreKeyId(), 8u);

    // A sealed value moved into another instance's row does not open there: values are bound to
    // their row, so one instance's stolen session cannot be replayed as another's.
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("UPDATE wa_sender_keys SET record_sealed=(SELECT record_sealed FROM wa_sender_keys"
                                  " WHERE instance_id='inst-b') WHERE instance_id='inst-a'")));
    QVERIFY(!a->loadSenderKey({QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 0}}));
    QVERIFY(q.exec(QStringLiteral("UPDATE wa_prekeys SET id=8 WHERE instance_id='inst-b'")));
    QVERIFY(b->containsPreKey(8));
    QVERIFY(!b->loadPreKey(8)); // moved to another id: same instance, still refused
}

void TestSqlKeyStore::cascadeOnInstanceDelete()
{
    auto a = store(InstanceA);
    auto b = store(InstanceB);
    fill(*a, 'a');
    fill(*b, 'b');
    for (const char *table : WaTables)
        QVERIFY2(rows(table, InstanceA) == 1, table);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM instances WHERE id='inst-a'")));
    for (const char *table : WaTables) {
        QVERIFY2(rows(table, InstanceA) == 0, table);
        QVERIFY2(rows(table, InstanceB) == 1, table);
    }
    QVERIFY(!a->loadCredentials());
    QVERIFY(b->loadCredentials());
}

void TestSqlKeyStore::wipe()
{
    auto a = store(InstanceA);
    auto b = store(InstanceB);
    fill(*a, 'a');
    fill(*b, 'b');

    // Inside a transaction of the caller the wipe joins it: rolled back, everything is back.
    QVERIFY(m_db.transaction());
    QVERIFY(a->wipe());
    QVERIFY(!a->loadCredentials());
    QVERIFY(m_db.rollback());
    QVERIFY(a->loadCredentials());
    QCOMPARE(a->loadSession({QStringLiteral("111"), 0}).value(), QByteArray("session a"));

    QVERIFY(a->wipe());
    for (const char *table : WaTables) {
        QVERIFY2(rows(table, InstanceA) == 0, table);
        QVERIFY2(rows(table, InstanceB) == 1, table);
    }
    QVERIFY(!a->loadCredentials());
    QCOMPARE(a->nextPreKeyId(), 1u);
    QVERIFY(a->signedPreKeyIds().isEmpty());
    QVERIFY(a->latestAppStateKeyId().isEmpty());
    QVERIFY(b->loadCredentials());
    QVERIFY(a->wipe()); // nothing left: still fine
    // The instance itself stays: the device can pair again.
    fill(*a, 'c');
    QCOMPARE(a->loadSession({QStringLiteral("111"), 0}).value(), QByteArray("session c"));
}

void TestSqlKeyStore::unknownInstanceRefused()
{
    auto ghost = store(QStringLiteral("no-such-instance"));
    QVERIFY(!ghost->storeSession({QStringLiteral("111"), 0}, "x"));
    QVERIFY(!ghost->saveIdentity({QStringLiteral("111"), 0}, QByteArray(32, 'x')));
    QVERIFY(!ghost->setNextPreKeyId(5));
    QVERIFY(!ghost->loadSession({QStringLiteral("111"), 0}));
    QCOMPARE(ghost->nextPreKeyId(), 1u);
}

void TestSqlKeyStore::sealedAtRest()
{
    wa::crypto::DeterministicRandom random("at-rest");
    const DeviceCredentials credentials = generateDeviceCredentials(random).value();
    const PreKey preKey {3, wa::crypto::generateKeyPair(random)};
    const QByteArray record = random.bytes(200);
    const QByteArray senderRecord = random.bytes(120);
    const QByteArray appStateKey = random.bytes(32);
    {
        auto s = store(InstanceA);
        QVERIFY(s->saveCredentials(credentials));
        QVERIFY(s->storePreKey(preKey));
        QVERIFY(s->storeSignedPreKey(credentials.signedPreKey));
        QVERIFY(s->storeSession({QStringLiteral("111"), 0}, record));
        QVERIFY(s->storeSenderKey({QStringLiteral("1-2@g.us"), {QStringLiteral("111"), 0}}, senderRecord));
        QVERIFY(s->storeAppStateKey("k", {appStateKey, "fp", 1}));
    }
    const QList<QByteArray> secrets {credentials.identityKey.privateKey, credentials.noiseKey.privateKey,
                                     credentials.signedPreKey.keyPair.privateKey, credentials.advSecretKey,
                                     preKey.keyPair.privateKey, record, senderRecord, appStateKey};
    auto check = [&](const QByteArray &bytes) {
        // The search works: a public key is stored in the clear.
        QVERIFY(bytes.contains(preKey.keyPair.publicKey));
        for (const QByteArray &secret : secrets) {
            QVERIFY(!bytes.contains(secret));
            QVERIFY(!bytes.contains(secret.toBase64()));
            QVERIFY(!bytes.contains(secret.toHex()));
        }
    };
    check(fileBytes(m_path)); // while open: database and WAL
    closeDb();
    check(fileBytes(m_path)); // after the checkpoint on close
    QVERIFY(openDb());
}

void TestSqlKeyStore::wrongMasterKey()
{
    auto s = store(InstanceA);
    fill(*s, 'a');
    const SecretBox wrong(fixedKey('w'));
    auto other = store(InstanceA, &wrong);
    const ProtocolAddress peer {QStringLiteral("111"), 0};
    QVERIFY(!other->loadCredentials());
    QVERIFY(!other->loadPreKey(7));
    QVERIFY(!other->loadSignedPreKey(1));
    QVERIFY(!other->loadSession(peer));
    QVERIFY(!other->loadSenderKey({QStringLiteral("1-2@g.us"), peer}));
    QVERIFY(!other->loadAppStateKey("k1"));
    // Plain columns stay readable: ids, counts and public identities need no key.
    QVERIFY(other->containsPreKey(7));
    QCOMPARE(other->loadIdentity(peer).value(), QByteArray(32, 'a'));

    // An unusable box refuses to write instead of writing something unreadable.
    const SecretBox invalid(QByteArray(5, 'x'));
    QVERIFY(!invalid.isValid());
    auto broken = store(InstanceA, &invalid);
    QVERIFY(!broken->storeSession(peer, "x"));
    QVERIFY(!broken->loadSession(peer));
    SqlKeyStore noBox(m_db, InstanceA, nullptr);
    QVERIFY(!noBox.storePreKey({9, wa::crypto::generateKeyPair()}));
    QVERIFY(!noBox.loadPreKey(7));
    QCOMPARE(s->loadSession(peer).value(), QByteArray("session a")); // the real key still works

    // A tampered row loads as absent, not as garbage.
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("UPDATE wa_sessions SET record_sealed='v1:AAAA' WHERE instance_id='inst-a'")));
    QVERIFY(!s->loadSession(peer));
    QVERIFY(q.exec(QStringLiteral("UPDATE wa_credentials SET credentials_sealed='garbage'")));
    QVERIFY(!s->loadCredentials());
}

void TestSqlKeyStore::signalSessionOverSql()
{
    using namespace wa::signal;
    const ProtocolAddress aliceAddress {QStringLiteral("15550001111"), 0};
    const ProtocolAddress bobAddress {QStringLiteral("15550002222"), 0};

    // Alice: credentials and keys in SQL. Bob: memory store.
    wa::crypto::DeterministicRandom aliceRandom("alice-sql");
    auto alice = store(InstanceA);
    {
        const DeviceCredentials credentials = generateDeviceCredentials(aliceRandom).value();
        QVERIFY(alice->saveCredentials(credentials));
        QVERIFY(alice->storeSignedPreKey(credentials.signedPreKey));
        QCOMPARE(generatePreKeys(*alice, 5, aliceRandom).size(), 5);
    }
    const DeviceCredentials aliceCredentials = alice->loadCredentials().value();
    auto aliceContext = std::make_unique<Context>(aliceRandom);
    auto aliceBridge = std::make_unique<StoreBridge>(
        *aliceContext, LocalIdentity {aliceCredentials.identityKey, aliceCredentials.registrationId},
        Stores::of(*alice));
    QVERIFY(aliceBridge->isValid());

    wa::crypto::DeterministicRandom bobRandom("bob-memory");
    MemoryStore bob;
    const DeviceCredentials bobCredentials = generateDeviceCredentials(bobRandom).value();
    QVERIFY(bob.storeSignedPreKey(bobCredentials.signedPreKey));
    QCOMPARE(generatePreKeys(bob, 5, bobRandom).size(), 5);
    Context bobContext(bobRandom);
    StoreBridge bobBridge(bobContext, LocalIdentity {bobCredentials.identityKey, bobCredentials.registrationId},
                          Stores::of(bob));
    QVERIFY(bobBridge.isValid());

    // Alice starts from Bob's bundle: pkmsg, Bob answers, then messages both ways.
    PreKeyBundle bundle;
    bundle.registrationId = bobCredentials.registrationId;
    bundle.preKeyId = 1;
    bundle.preKeyPublic = bob.loadPreKey(1)->keyPair.publicKey;
    bundle.signedPreKeyId = bobCredentials.signedPreKey.id;
    bundle.signedPreKeyPublic = bobCredentials.signedPreKey.keyPair.publicKey;
    bundle.signedPreKeySignature = bobCredentials.signedPreKey.signature;
    bundle.identityKey = bobCredentials.identityKey.publicKey;
    {
        auto built = SessionBuilder(*aliceBridge, bobAddress).process(bundle);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));
    }
    QVERIFY(alice->containsSession(bobAddress));
    QCOMPARE(alice->loadIdentity(bobAddress).value(), bobCredentials.identityKey.publicKey);

    SessionCipher bobToAlice(bobBridge, aliceAddress);
    {
        SessionCipher aliceToBob(*aliceBridge, bobAddress);
        auto first = aliceToBob.encrypt("hello from sql");
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        QCOMPARE(first->type, MessageType::PreKeyWhisper);
        auto got = bobToAlice.decrypt(first->type, first->ciphertext);
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(*got, QByteArray("hello from sql"));
        QVERIFY(!bob.containsPreKey(1));
        for (int round = 0; round < 4; ++round) {
            const QByteArray fromBob = "bob " + QByteArray::number(round);
            auto reply = bobToAlice.encrypt(fromBob);
            QVERIFY(reply.ok());
            QCOMPARE(reply->type, MessageType::Whisper);
            auto atAlice = aliceToBob.decrypt(reply->type, reply->ciphertext);
            QVERIFY2(atAlice.ok(), qPrintable(atAlice.error().toString()));
            QCOMPARE(*atAlice, fromBob);
            const QByteArray fromAlice = "alice " + QByteArray::number(round);
            auto next = aliceToBob.encrypt(fromAlice);
            QVERIFY(next.ok());
            QCOMPARE(next->type, MessageType::Whisper);
            QCOMPARE(bobToAlice.decrypt(next->type, next->ciphertext).value(), fromAlice);
        }
        QCOMPARE(aliceToBob.remoteRegistrationId().value(), bobCredentials.registrationId);
    }

    // The other direction: Carol (memory) opens a session to Alice from Alice's SQL-stored
    // bundle; Alice's pkmsg decryption consumes her one-time pre-key 1 in SQL.
    wa::crypto::DeterministicRandom carolRandom("carol-memory");
    MemoryStore carol;
    const DeviceCredentials carolCredentials = generateDeviceCredentials(carolRandom).value();
    Context carolContext(carolRandom);
    StoreBridge carolBridge(carolContext,
                            LocalIdentity {carolCredentials.identityKey, carolCredentials.registrationId},
                            Stores::of(carol));
    const ProtocolAddress carolAddress {QStringLiteral("15550003333"), 0};
    PreKeyBundle aliceBundle;
    aliceBundle.registrationId = aliceCredentials.registrationId;
    aliceBundle.preKeyId = 1;
    aliceBundle.preKeyPublic = alice->loadPreKey(1)->keyPair.publicKey;
    aliceBundle.signedPreKeyId = aliceCredentials.signedPreKey.id;
    aliceBundle.signedPreKeyPublic = aliceCredentials.signedPreKey.keyPair.publicKey;
    aliceBundle.signedPreKeySignature = aliceCredentials.signedPreKey.signature;
    aliceBundle.identityKey = aliceCredentials.identityKey.publicKey;
    QVERIFY(SessionBuilder(carolBridge, aliceAddress).process(aliceBundle).ok());
    SessionCipher carolToAlice(carolBridge, aliceAddress);
    {
        auto pk = carolToAlice.encrypt("hi alice");
        QCOMPARE(pk->type, MessageType::PreKeyWhisper);
        auto got = SessionCipher(*aliceBridge, carolAddress).decrypt(pk->type, pk->ciphertext);
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(*got, QByteArray("hi alice"));
    }
    QVERIFY(!alice->containsPreKey(1)); // consumed in SQL
    QCOMPARE(alice->preKeyCount(), 4);
    QCOMPARE(alice->sessionDeviceIds(carolAddress.name), (QList<quint32> {0}));

    // Group: Alice's own sender key lives in SQL; Bob gets her distribution.
    const SenderKeyName aliceInGroup {QStringLiteral("120363000000000000@g.us"), aliceAddress};
    GroupCipher atBob(bobBridge, aliceInGroup);
    {
        GroupCipher sender(*aliceBridge, aliceInGroup);
        auto distribution = sender.createDistributionMessage();
        QVERIFY2(distribution.ok(), qPrintable(distribution.error().toString()));
        QVERIFY(atBob.processDistributionMessage(*distribution).ok());
        auto skmsg = sender.encrypt("to the group");
        QVERIFY(skmsg.ok());
        QCOMPARE(atBob.decrypt(*skmsg).value(), QByteArray("to the group"));
    }

    // The session record and private keys are sealed in the file.
    const QByteArray sessionRecord = alice->loadSession(bobAddress).value();
    const QByteArray senderKeyRecord = alice->loadSenderKey(aliceInGroup).value();
    QVERIFY(sessionRecord.size() > 32);

    // Restart Alice: everything from the database.
    aliceBridge.reset();
    aliceContext.reset();
    alice.reset();
    closeDb();
    {
        const QByteArray bytes = fileBytes(m_path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(sessionRecord));
        QVERIFY(!bytes.contains(senderKeyRecord));
        QVERIFY(!bytes.contains(aliceCredentials.identityKey.privateKey));
        QVERIFY(bytes.contains(bobCredentials.identityKey.publicKey)); // plain, so the search works
    }
    QVERIFY(openDb());
    alice = store(InstanceA);
    const auto reloaded = alice->loadCredentials();
    QVERIFY(reloaded);
    QCOMPARE(reloaded->identityKey.privateKey, aliceCredentials.identityKey.privateKey);
    QCOMPARE(alice->loadSession(bobAddress).value(), sessionRecord);
    wa::crypto::DeterministicRandom restartRandom("alice-restart");
    aliceContext = std::make_unique<Context>(restartRandom);
    aliceBridge = std::make_unique<StoreBridge>(
        *aliceContext, LocalIdentity {reloaded->identityKey, reloaded->registrationId}, Stores::of(*alice));
    QVERIFY(aliceBridge->isValid());
    SessionCipher aliceToBob(*aliceBridge, bobAddress);
    QVERIFY(aliceToBob.hasSession());
    for (int round = 0; round < 3; ++round) {
        const QByteArray fromAlice = "after restart " + QByteArray::number(round);
        auto sent = aliceToBob.encrypt(fromAlice);
        QVERIFY2(sent.ok(), qPrintable(sent.error().toString()));
        QCOMPARE(sent->type, MessageType::Whisper);
        auto atBobSide = bobToAlice.decrypt(sent->type, sent->ciphertext);
        QVERIFY2(atBobSide.ok(), qPrintable(atBobSide.error().toString()));
        QCOMPARE(*atBobSide, fromAlice);
        const QByteArray fromBob = "bob again " + QByteArray::number(round);
        auto reply = bobToAlice.encrypt(fromBob);
        auto atAlice = aliceToBob.decrypt(reply->type, reply->ciphertext);
        QVERIFY2(atAlice.ok(), qPrintable(atAlice.error().toString()));
        QCOMPARE(*atAlice, fromBob);
    }
    // Carol's session and Alice's group chain survived too.
    auto fromCarol = carolToAlice.encrypt("still there?");
    QCOMPARE(SessionCipher(*aliceBridge, carolAddress).decrypt(fromCarol->type, fromCarol->ciphertext).value(),
             QByteArray("still there?"));
    auto skmsg = GroupCipher(*aliceBridge, aliceInGroup).encrypt("group after restart");
    QVERIFY(skmsg.ok());
    QCOMPARE(atBob.decrypt(*skmsg).value(), QByteArray("group after restart"));

    aliceBridge.reset();
    aliceContext.reset();
    alice.reset();
}

QTEST_GUILESS_MAIN(TestSqlKeyStore)
#include "tst_sqlkeystore.moc"
