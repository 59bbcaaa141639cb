// MasterKeyStore against a real Secret Service (gnome-keyring). Registered as
// tst_core_keychain_real and run by run_keychain_real.sh inside a private D-Bus session with an
// unlocked keyring and an isolated HOME; run any other way it skips, so a developer's own keyring
// is never written to.
#include "core/secrets/keychainstore.h"
#include "core/secrets/masterkeystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using core::secrets::KeychainStore;
using core::secrets::MasterKeyStore;

namespace {

const QString kService = QStringLiteral("WaMulti-test");

MasterKeyStore::Options keychainOn()
{
    MasterKeyStore::Options options;
    options.useKeychain = true;
    options.timeoutMs = 10000;  // the first call also starts gnome-keyring's secrets component
    options.serviceName = kService;
    return options;
}

KeychainStore entryOf(const MasterKeyStore &store)
{
    return KeychainStore(store.keychainService(), store.keychainAccount(), 10000);
}

}

class TestKeychainReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("WAMULTI_KEYCHAIN_REAL_TEST") != "1")
            QSKIP("needs run_keychain_real.sh (private D-Bus session + unlocked gnome-keyring)");
        QCOMPARE(qgetenv("WAMULTI_KEYCHAIN"), QByteArray("on"));
    }

    void storesInAndReadsBackFromKeychain()
    {
        QTemporaryDir data;
        const MasterKeyStore store(data.path(), keychainOn());
        const auto first = store.load();
        QVERIFY2(first.ok(), qPrintable(first.detail));
        QCOMPARE(first.source, MasterKeyStore::Source::Keychain);
        QCOMPARE(first.key.size(), 32);
        QVERIFY(!QFile::exists(store.keyFilePath()));
        QVERIFY(QFile::exists(store.markerFilePath()));

        // The secret is really in the keychain, under this data dir's account.
        const auto direct = entryOf(store).read();
        QCOMPARE(direct.status, KeychainStore::Status::Ok);
        QCOMPARE(direct.data, first.key);

        const auto second = MasterKeyStore(data.path(), keychainOn()).load();
        QVERIFY2(second.ok(), qPrintable(second.detail));
        QCOMPARE(second.source, MasterKeyStore::Source::Keychain);
        QCOMPARE(second.key, first.key);
        QVERIFY(!QFile::exists(store.keyFilePath()));
        QCOMPARE(entryOf(store).remove().status, KeychainStore::Status::Ok);
    }

    void dataDirsDoNotShareKeys()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const auto ka = MasterKeyStore(a.path(), keychainOn()).load();
        const auto kb = MasterKeyStore(b.path(), keychainOn()).load();
        QVERIFY(ka.ok() && kb.ok());
        QCOMPARE(ka.source, MasterKeyStore::Source::Keychain);
        QCOMPARE(kb.source, MasterKeyStore::Source::Keychain);
        QVERIFY(ka.key != kb.key);
        entryOf(MasterKeyStore(a.path(), keychainOn())).remove();
        entryOf(MasterKeyStore(b.path(), keychainOn())).remove();
    }

    void movedDataDirKeepsItsKey()
    {
        QTemporaryDir parent;
        const QString before = parent.filePath(QStringLiteral("data"));
        const QString after = parent.filePath(QStringLiteral("moved"));
        const auto first = MasterKeyStore(before, keychainOn()).load();
        QVERIFY2(first.ok(), qPrintable(first.detail));
        QVERIFY(QDir().rename(before, after));
        const MasterKeyStore moved(after, keychainOn());
        const auto second = moved.load();
        QVERIFY2(second.ok(), qPrintable(second.detail));
        QCOMPARE(second.source, MasterKeyStore::Source::Keychain);
        QCOMPARE(second.key, first.key);
        entryOf(moved).remove();
    }

    void existingKeyFileWins()
    {
        QTemporaryDir data;
        const MasterKeyStore store(data.path(), keychainOn());
        const QByteArray key(32, '\x42');
        QFile file(store.keyFilePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key);
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto result = store.load();
        QVERIFY(result.ok());
        QCOMPARE(result.source, MasterKeyStore::Source::KeyFile);
        QCOMPARE(result.key, key);
        QCOMPARE(entryOf(store).read().status, KeychainStore::Status::NotFound);
    }

    void lostEntryIsAnErrorNotANewKey()
    {
        QTemporaryDir data;
        const MasterKeyStore store(data.path(), keychainOn());
        QVERIFY(store.load().ok());
        QCOMPARE(entryOf(store).remove().status, KeychainStore::Status::Ok);
        const auto result = store.load();
        QCOMPARE(result.error, MasterKeyStore::Error::KeychainKeyMissing);
        QVERIFY(!QFile::exists(store.keyFilePath()));
        QCOMPARE(entryOf(store).read().status, KeychainStore::Status::NotFound);
    }

    void wrongSizeEntryIsAnError()
    {
        QTemporaryDir data;
        const MasterKeyStore store(data.path(), keychainOn());
        QCOMPARE(entryOf(store).write("short").status, KeychainStore::Status::Ok);
        const auto result = store.load();
        QCOMPARE(result.error, MasterKeyStore::Error::KeychainKeyInvalid);
        QCOMPARE(entryOf(store).read().data, QByteArray("short"));  // left as it was
        entryOf(store).remove();
    }
};

QTEST_GUILESS_MAIN(TestKeychainReal)
#include "tst_keychain_real.moc"
