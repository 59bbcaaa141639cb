// MasterKeyStore with the keychain disabled (WAMULTI_KEYCHAIN=off, as ctest sets it): the key
// file is created 0600, stays stable, is never replaced when wrong, gets its permissions fixed,
// survives a creation race, and a data dir whose key lives in the keychain refuses a new key.
#include "core/secrets/masterkeystore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using core::secrets::MasterKeyStore;

namespace {

MasterKeyStore::Options keychainOff()
{
    MasterKeyStore::Options options;
    options.useKeychain = false;
    return options;
}

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

}

class TestMasterKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Default Options must also stay off the keychain when the environment says so.
        QCOMPARE(qgetenv("WAMULTI_KEYCHAIN"), QByteArray("off"));
        QTemporaryDir dir;
        QVERIFY(!MasterKeyStore(dir.path()).keychainEnabled());
        QVERIFY(!MasterKeyStore(dir.path(), keychainOff()).keychainEnabled());
    }

    void createsOwnerOnlyKeyFile()
    {
        QTemporaryDir dir;
        const MasterKeyStore store(dir.path(), keychainOff());
        const auto result = store.load();
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.source, MasterKeyStore::Source::KeyFile);
        QCOMPARE(result.key.size(), 32);
        QCOMPARE(store.keyFilePath(), dir.filePath(QStringLiteral("master.key")));
        QCOMPARE(modeOf(store.keyFilePath()), 0600);
        QFile file(store.keyFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), result.key);
        QVERIFY(!result.detail.contains(QString::fromLatin1(result.key.toHex())));
        // No temporary files are left behind, and no keychain marker was written.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("master.key")});
    }

    void umaskDoesNotWidenTheMode()
    {
        const mode_t old = ::umask(0);
        QTemporaryDir dir;
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        ::umask(old);
        QVERIFY(result.ok());
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("master.key"))), 0600);
    }

    void stableAcrossLoads()
    {
        QTemporaryDir dir;
        const auto first = MasterKeyStore(dir.path(), keychainOff()).load();
        const auto second = MasterKeyStore(dir.path(), keychainOff()).load();
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second.key, first.key);
        QCOMPARE(second.source, MasterKeyStore::Source::KeyFile);
        const auto other = MasterKeyStore(QTemporaryDir().path(), keychainOff()).load();
        QVERIFY(other.ok());
        QVERIFY(other.key != first.key);
    }

    void createsMissingDataDir()
    {
        QTemporaryDir dir;
        const QString nested = dir.filePath(QStringLiteral("a/b/data"));
        const auto result = MasterKeyStore(nested, keychainOff()).load();
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QVERIFY(QFile::exists(nested + QStringLiteral("/master.key")));
    }

    void wrongSizeIsAnErrorAndNeverReplaced_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("31 bytes") << QByteArray(31, 'k');
        QTest::newRow("33 bytes") << QByteArray(33, 'k');
        QTest::newRow("hex text") << QByteArray(64, 'a');
    }

    void wrongSizeIsAnErrorAndNeverReplaced()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("master.key"));
        writeFile(path, contents);
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        QVERIFY(!result.ok());
        QCOMPARE(result.error, MasterKeyStore::Error::KeyFileInvalid);
        QVERIFY(result.key.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contents);
    }

    void directoryInsteadOfFileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("master.key")));
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        QCOMPARE(result.error, MasterKeyStore::Error::KeyFileInvalid);
    }

    void loosePermissionsAreFixed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("master.key"));
        const QByteArray key(32, '\x5a');
        writeFile(path, key);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("permissions reset to 0600")));
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.key, key);
        QCOMPARE(modeOf(path), 0600);
    }

    void unreadableDataDirIsAnError()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores directory permissions");
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0500) == 0);
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        ::chmod(QFile::encodeName(dir.path()).constData(), 0700);
        QCOMPARE(result.error, MasterKeyStore::Error::KeyFileIo);
    }

    void racingProcessesShareOneKey()
    {
        // Threads stand in for two processes starting on one data dir: link() lets one win and
        // the other must read the winner's key instead of keeping its own.
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            std::vector<QByteArray> keys(4);
            std::vector<std::thread> threads;
            for (size_t i = 0; i < keys.size(); ++i) {
                threads.emplace_back([&dir, &keys, i] {
                    const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
                    keys[i] = result.ok() ? result.key : QByteArray();
                });
            }
            for (auto &t : threads)
                t.join();
            for (const QByteArray &key : keys) {
                QCOMPARE(key.size(), 32);
                QCOMPARE(key, keys.front());
            }
        }
    }

    void markerWithoutKeychainIsAnError()
    {
        // The key was made in the keychain; with the keychain off a new key file would orphan
        // every secret sealed under the old key.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("master.keychain")), "service=WaMulti\n");
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        QCOMPARE(result.error, MasterKeyStore::Error::KeychainKeyMissing);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("master.key"))));
    }

    void keyFileWinsOverMarker()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("master.keychain")), "service=WaMulti\n");
        const QByteArray key(32, '\x11');
        writeFile(dir.filePath(QStringLiteral("master.key")), key);
        QVERIFY(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("master.key"))).constData(), 0600) == 0);
        const auto result = MasterKeyStore(dir.path(), keychainOff()).load();
        QVERIFY(result.ok());
        QCOMPARE(result.key, key);
    }

    void keychainAccountNamesTheCanonicalDir()
    {
        QTemporaryDir dir;
        const QString a = MasterKeyStore(dir.path()).keychainAccount();
        QVERIFY(a.startsWith(QStringLiteral("master-key:")));
        QCOMPARE(a.size(), 11 + 16);
        QCOMPARE(MasterKeyStore(dir.path() + QStringLiteral("/./")).keychainAccount(), a);
        const QString link = dir.path() + QStringLiteral("-link");
        QVERIFY(QFile::link(dir.path(), link));
        QCOMPARE(MasterKeyStore(link).keychainAccount(), a);
        QFile::remove(link);
        QVERIFY(MasterKeyStore(QTemporaryDir().path()).keychainAccount() != a);
    }

    void recordedKeychainNamesWin()
    {
        QTemporaryDir dir;
        const MasterKeyStore store(dir.path(), keychainOff());
        QCOMPARE(store.keychainService(), QStringLiteral("WaMulti"));
        const QString derived = store.keychainAccount();
        writeFile(store.markerFilePath(), "# comment\nservice=Other\naccount=master-key:0123456789abcdef\n");
        QCOMPARE(store.keychainService(), QStringLiteral("Other"));
        QCOMPARE(store.keychainAccount(), QStringLiteral("master-key:0123456789abcdef"));
        QVERIFY(derived != store.keychainAccount());
    }

    void environmentSwitch()
    {
        QTemporaryDir dir;
        MasterKeyStore::Options on;
        on.useKeychain = true;
        for (const char *value : {"off", "OFF", "0", "false", "no"}) {
            qputenv("WAMULTI_KEYCHAIN", value);
            QVERIFY2(!MasterKeyStore(dir.path(), on).keychainEnabled(), value);
        }
        qputenv("WAMULTI_KEYCHAIN", "on");
        QVERIFY(MasterKeyStore(dir.path(), on).keychainEnabled());
        QVERIFY(!MasterKeyStore(dir.path(), keychainOff()).keychainEnabled());
        qputenv("WAMULTI_KEYCHAIN", "off");
    }
};

QTEST_GUILESS_MAIN(TestMasterKeyStore)
#include "tst_masterkeystore.moc"
