// MasterKeyStore with the keychain enabled but not working: first with no session bus at all
// (QtKeychain fails fast), then with a bus socket that accepts connections and never answers (the
// job never finishes). Both must fall back to the key file, the second within the timeout.
#include "core/secrets/masterkeystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using core::secrets::MasterKeyStore;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

MasterKeyStore::Options keychainOn(int timeoutMs)
{
    MasterKeyStore::Options options;
    options.useKeychain = true;
    options.timeoutMs = timeoutMs;
    options.serviceName = QStringLiteral("WaMulti-test");
    return options;
}

}

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("WAMULTI_KEYCHAIN", "on");
        // Make QtKeychain pick its libsecret backend (the one Linux desktops other than KDE get).
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                                 "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
            qunsetenv(name);
    }

    void noSessionBusFallsBack()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_tmp.filePath(QStringLiteral("absent"))));
        QTemporaryDir data;
        const MasterKeyStore store(data.path(), keychainOn(3000));
        QVERIFY(store.keychainEnabled());
        QElapsedTimer timer;
        timer.start();
        const auto result = store.load();
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.source, MasterKeyStore::Source::KeyFile);
        QCOMPARE(modeOf(store.keyFilePath()), 0600);
        QVERIFY(!QFile::exists(store.markerFilePath()));
    }

    void silentBusFallsBackWithinTimeout()
    {
        QLocalServer bus;
        const QString socket = m_tmp.filePath(QStringLiteral("silent-bus"));
        QVERIFY(bus.listen(socket));
        int connections = 0;
        QList<QLocalSocket *> held;
        connect(&bus, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *client = bus.nextPendingConnection()) {
                ++connections;
                held.append(client);  // read nothing, answer nothing
            }
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(socket));

        QTemporaryDir data;
        const MasterKeyStore store(data.path(), keychainOn(700));
        QElapsedTimer timer;
        timer.start();
        const auto first = store.load();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(first.ok(), qPrintable(first.detail));
        QCOMPARE(first.source, MasterKeyStore::Source::KeyFile);
        QVERIFY2(first.detail.contains(QStringLiteral("no answer within 700 ms")), qPrintable(first.detail));
        // It really waited for the keychain, and no longer than the timeout (plus slack).
        QVERIFY2(elapsed >= 650 && elapsed < 2500, qPrintable(QString::number(elapsed)));
        QTRY_VERIFY(connections > 0);
        QCOMPARE(modeOf(store.keyFilePath()), 0600);

        // The next start uses the key file without waiting on the keychain again.
        timer.restart();
        const auto second = store.load();
        QVERIFY(second.ok());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(second.key, first.key);
        QCOMPARE(second.source, MasterKeyStore::Source::KeyFile);

        // A tiny timeout on another data dir returns just as promptly.
        QTemporaryDir other;
        timer.restart();
        const auto tiny = MasterKeyStore(other.path(), keychainOn(1)).load();
        QVERIFY(tiny.ok());
        QCOMPARE(tiny.source, MasterKeyStore::Source::KeyFile);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        qDeleteAll(held);
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"
