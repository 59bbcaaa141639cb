// Our own client (wa::client::Client) linked through the sandbox: QR shown, a simulated phone
// scans it, pair-success verified and countersigned, 515 restart, login; a new client over the
// same stored credentials logs in without a QR; a logout wipes the credentials.
#include "sandbox/sandboxserver.h"
#include "wa/client/client.h"
#include "wa/client/pairingcode.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace wa;

class TstClientLinking : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;

    client::ClientConfig config() const
    {
        client::ClientConfig c;
        c.connection.url = QUrl(m_server->wsUrl());
        c.connection.certPolicy.rootPublicKey = m_server->keys().root.publicKey;
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        QVERIFY2(m_server->start({}, &error), qPrintable(error));
        QVERIFY(m_server->phones().add(QStringLiteral("5511966660000"), QStringLiteral("Phone")) == sandbox::PhoneBook::AddResult::Added);
    }
    void cleanup() { m_server.reset(); }

    void linkByQrThenLoginAgain()
    {
        store::MemoryStore keys;
        {
            client::Client c(config(), client::ClientStores::of(keys));
            QSignalSpy uploaded(&c, &client::Client::preKeysUploaded);
            QSignalSpy qr(&c, &client::Client::qrChanged);
            QSignalSpy paired(&c, &client::Client::paired);
            QSignalSpy connected(&c, &client::Client::connected);
            QSignalSpy dropped(&c, &client::Client::disconnected);
            c.start();
            QVERIFY(qr.wait(10000));
            const QString code = qr.first().first().toString();
            QVERIFY2(code.startsWith(QLatin1String("https://wa.me/settings/linked_devices#2@")), qPrintable(code));
            QCOMPARE(c.state(), client::Client::State::WaitingForScan);
            QCOMPARE(c.qrCode(), code);

            int status = 0;
            m_server->scan(QStringLiteral("5511966660000"), code, [&](int s, const QJsonObject &) { status = s; });
            QTRY_VERIFY_WITH_TIMEOUT(!paired.isEmpty(), 10000);
            QCOMPARE(paired.first().first().toString(), QStringLiteral("5511966660000:1@s.whatsapp.net"));
            QTRY_COMPARE(status, 200);
            QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000); // after the 515 restart, logged in
            QCOMPARE(dropped.size(), 1);
            QCOMPARE(dropped.first().first().value<connection::Disconnect>().code, 515);
            QVERIFY(dropped.first().last().toBool()); // willReconnect
            QCOMPARE(c.state(), client::Client::State::Connected);
            QVERIFY(c.qrCode().isEmpty());
            QVERIFY(keys.loadCredentials()->account);
            // After login the client tops up the server's one-time prekeys; the sandbox keeps them.
            QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty(), 10000);
            QCOMPARE(uploaded.first().first().toInt(), client::Client::WantedPreKeyCount);
            QCOMPARE(keys.preKeyCount(), client::Client::WantedPreKeyCount);
            const QJsonObject phone = m_server->phones().find(QStringLiteral("5511966660000"))->toJson();
            QCOMPARE(phone.value(QStringLiteral("devices")).toArray().first().toObject().value(QStringLiteral("preKeys")).toInt(),
                     client::Client::WantedPreKeyCount);
            c.stop();
        }
        // "Restart the process": a new client over the same stored credentials logs straight in.
        client::Client again(config(), client::ClientStores::of(keys));
        QSignalSpy uploadedAgain(&again, &client::Client::preKeysUploaded);
        QSignalSpy qr(&again, &client::Client::qrChanged);
        QSignalSpy connected(&again, &client::Client::connected);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);
        QCOMPARE(qr.size(), 0);
        QCOMPARE(connected.first().first().toString(), QStringLiteral("5511966660000:1@s.whatsapp.net"));
        QTest::qWait(300);
        QCOMPARE(uploadedAgain.size(), 0); // the server still holds 50: nothing to top up

        QSignalSpy out(&again, &client::Client::loggedOut);
        QSignalSpy dropped(&again, &client::Client::disconnected);
        again.logout();
        QCOMPARE(out.size(), 1);
        QTest::qWait(100);
        QCOMPARE(dropped.size(), 0); // one fact, the logout, not also a "connection closed"
        QCOMPARE(again.state(), client::Client::State::LoggedOut);
        QVERIFY(!keys.loadCredentials());
    }

    void linkByPairingCode()
    {
        store::MemoryStore keys;
        client::Client c(config(), client::ClientStores::of(keys));
        QSignalSpy qr(&c, &client::Client::qrChanged);
        QSignalSpy code(&c, &client::Client::pairingCodeReady);
        QSignalSpy failed(&c, &client::Client::pairingCodeFailed);
        QSignalSpy connected(&c, &client::Client::connected);
        // Too early (no refs yet) and malformed numbers are refused with a reason.
        c.requestPairingCode(QStringLiteral("5511966660000"));
        QCOMPARE(failed.size(), 1);
        c.start();
        QVERIFY(qr.wait(10000));
        c.requestPairingCode(QStringLiteral("55-11"));
        QCOMPARE(failed.size(), 2);
        c.requestPairingCode(QStringLiteral("5511966660000"));
        QVERIFY(code.wait(10000));
        const QString shown = code.first().first().toString();
        QVERIFY(client::isValidPairingCode(shown));
        // A wrong code does not link; the right one does.
        int status = 0;
        QJsonObject answer;
        QString wrong = shown;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        m_server->enterPairingCode(QStringLiteral("5511966660000"), wrong, [&](int s, const QJsonObject &a) { status = s; answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000);
        QCOMPARE(status, 400);
        QVERIFY(connected.isEmpty());
        // The device asks again (a new code) and the user types it right.
        code.clear();
        c.requestPairingCode(QStringLiteral("5511966660000"));
        QVERIFY(code.wait(10000));
        status = 0;
        m_server->enterPairingCode(QStringLiteral("5511966660000"), client::formatPairingCode(code.first().first().toString()),
                                   [&](int s, const QJsonObject &a) { status = s; answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 15000);
        QCOMPARE(status, 200);
        QCOMPARE(c.jid(), answer.value(QStringLiteral("jid")).toString());
        c.stop();
    }

    void qrRefsRotateAndRenew()
    {
        store::MemoryStore keys;
        client::ClientConfig c = config();
        c.qrFirstLifetimeMs = 150;
        c.qrNextLifetimeMs = 50;
        client::Client client(c, client::ClientStores::of(keys));
        QSignalSpy qr(&client, &client::Client::qrChanged);
        client.start();
        // 6 refs per connection; when they run out the client reconnects for fresh ones.
        QTRY_VERIFY_WITH_TIMEOUT(qr.size() >= 8, 15000);
        QSet<QString> distinct;
        for (const auto &args : qr)
            distinct.insert(args.first().toString());
        QCOMPARE(distinct.size(), qr.size());
        QVERIFY(m_server->stats().value(QStringLiteral("registrations")).toInt() >= 2);
        client.stop();
    }

    void faultsAreSurvivedOrObeyed()
    {
        store::MemoryStore keys;
        client::ClientConfig c = config();
        c.reconnect.baseDelayMs = 50;
        client::Client client(c, client::ClientStores::of(keys));
        QSignalSpy qr(&client, &client::Client::qrChanged);
        QSignalSpy connected(&client, &client::Client::connected);
        QSignalSpy dropped(&client, &client::Client::disconnected);
        client.start();
        QVERIFY(qr.wait(10000));
        m_server->scan(QStringLiteral("5511966660000"), qr.last().first().toString(), [](int, const QJsonObject &) {});
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);
        const QString jid = client.jid();

        // Transient faults: the line drops, the service is unavailable, a restart is required.
        for (const QString &fault : {QStringLiteral("drop"), QStringLiteral("503"), QStringLiteral("515")}) {
            connected.clear();
            dropped.clear();
            QVERIFY(fault == QLatin1String("drop") ? m_server->dropDevice(jid) : m_server->kickDevice(jid, fault.toInt()));
            QTRY_VERIFY2_WITH_TIMEOUT(!connected.isEmpty(), qPrintable(fault), 10000);
            QVERIFY(dropped.first().last().toBool()); // willReconnect
        }
        // Replaced by another session: stop, keep the credentials (the user decides).
        dropped.clear();
        QVERIFY(m_server->kickDevice(jid, 440));
        QTRY_COMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().value<connection::Disconnect>().code, 440);
        QVERIFY(!dropped.first().last().toBool());
        QCOMPARE(client.state(), client::Client::State::Stopped);
        QVERIFY(keys.loadCredentials());
        // Removed by the phone: logged out, credentials wiped.
        connected.clear();
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);
        QSignalSpy out(&client, &client::Client::loggedOut);
        QVERIFY(m_server->kickDevice(jid, 401));
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 10000);
        QVERIFY(!keys.loadCredentials());
        QVERIFY(!m_server->kickDevice(jid, 515)); // nothing connected under that JID any more
    }

    void unknownDeviceIsLoggedOut()
    {
        store::MemoryStore keys;
        auto creds = store::generateDeviceCredentials(crypto::systemRandom());
        creds->account = store::AccountInfo{QStringLiteral("5511955550000:3@s.whatsapp.net"), {}, {}, {}, {}};
        keys.saveCredentials(*creds);
        client::Client c(config(), client::ClientStores::of(keys));
        QSignalSpy out(&c, &client::Client::loggedOut);
        c.start();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 10000);
        QVERIFY(!keys.loadCredentials()); // wiped: never reconnects with dead credentials
    }
};

QTEST_GUILESS_MAIN(TstClientLinking)
#include "tst_clientlinking.moc"
