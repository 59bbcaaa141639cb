// Messages through the sandbox between our client and simulated phones: text both ways with
// fan-out to the sender's own devices, delivery and read receipts, media that decrypts with the
// right hash, a group with sender keys, and an offline device that gets everything once when it
// comes back.
#include "sandbox/sandboxserver.h"
#include "sandbox/simphone.h"
#include "wa/client/client.h"
#include "wa/crypto/digest.h"
#include "wa/store/memorystore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace wa;
using message::ContentKind;
using message::MessageContent;

namespace {
const QString Alice = QStringLiteral("5511900000001"); // our client is linked to this phone
const QString Bob = QStringLiteral("5511900000002");
const QString Carol = QStringLiteral("5511900000003");

QString user(const QString &number)
{
    return number + QStringLiteral("@s.whatsapp.net");
}

MessageContent text(const QString &t)
{
    MessageContent c;
    c.kind = ContentKind::Text;
    c.text = t;
    return c;
}

struct Sent {
    bool done = false;
    client::SendResult result;
};
} // namespace

class TstMessaging : public QObject
{
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<store::MemoryStore> m_keys;
    std::unique_ptr<client::Client> m_client;

    client::ClientConfig config() const
    {
        client::ClientConfig c;
        c.connection.url = QUrl(m_server->wsUrl());
        c.connection.certPolicy.rootPublicKey = m_server->keys().root.publicKey;
        c.reconnect.baseDelayMs = 50;
        return c;
    }

    QJsonArray inbox(const QString &number) const { return m_server->simPhone(number)->inbox(); }

    QJsonObject findIn(const QString &number, const QString &id) const
    {
        for (const QJsonValue &v : inbox(number))
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    QJsonObject phoneSends(const QString &number, const QJsonObject &request)
    {
        QJsonObject answer;
        int status = 0;
        m_server->simPhone(number)->send(request, [&](int s, const QJsonObject &body) {
            status = s;
            answer = body;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000); }();
        [&] { QVERIFY2(status == 200, QJsonDocument(answer).toJson().constData()); }();
        return answer;
    }

    client::SendResult clientSends(const QString &to, const MessageContent &content, const QByteArray &media = {})
    {
        auto sent = std::make_shared<Sent>();
        auto done = [sent](const client::SendResult &r) {
            sent->done = true;
            sent->result = r;
        };
        if (media.isEmpty())
            m_client->sendMessage(to, content, done);
        else
            m_client->sendMedia(to, content, media, done);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(sent->done, 10000); }();
        return sent->result;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        QVERIFY2(m_server->start({}, &error), qPrintable(error));
        for (const QString &n : {Alice, Bob, Carol})
            QCOMPARE(m_server->addPhone(n, QStringLiteral("Phone ") + n.right(1)), sandbox::PhoneBook::AddResult::Added);
        m_keys = std::make_unique<store::MemoryStore>();
        m_client = std::make_unique<client::Client>(config(), client::ClientStores::of(*m_keys));
        QSignalSpy qr(m_client.get(), &client::Client::qrChanged);
        QSignalSpy connected(m_client.get(), &client::Client::connected);
        m_client->start();
        QVERIFY(qr.wait(10000));
        m_server->scan(Alice, qr.last().first().toString(), [](int, const QJsonObject &) {});
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);
        for (const QString &n : {Alice, Bob, Carol})
            QTRY_VERIFY_WITH_TIMEOUT(m_server->simPhone(n)->isConnected(), 10000);
    }
    void cleanup()
    {
        m_client.reset();
        m_keys.reset();
        m_server.reset();
    }

    void textBothWaysWithReceipts()
    {
        QSignalSpy received(m_client.get(), &client::Client::messageReceived);
        QSignalSpy receipts(m_client.get(), &client::Client::receiptReceived);
        // A phone writes to our account: our device and the account's phone both get it.
        const QString fromBob = phoneSends(Bob, {{"to", Alice}, {"text", "hello from Bob"}}).value("id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
        const auto in = received.first().first().value<client::IncomingMessage>();
        QCOMPARE(in.id, fromBob);
        QCOMPARE(in.chat, user(Bob));
        QCOMPARE(in.content.text, QStringLiteral("hello from Bob"));
        QCOMPARE(in.pushName, QStringLiteral("Phone 2"));
        QVERIFY(!in.fromMe);
        QTRY_VERIFY(!findIn(Alice, fromBob).isEmpty());

        // We answer: Bob's phone decrypts it, and Alice's phone gets the device-sent copy.
        const client::SendResult r = clientSends(user(Bob), text("hi Bob, from our instance"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.id.startsWith(QLatin1String("3EB0")));
        QTRY_COMPARE_WITH_TIMEOUT(findIn(Bob, r.id).value("text").toString(), QStringLiteral("hi Bob, from our instance"), 10000);
        QCOMPARE(findIn(Bob, r.id).value("from").toString(), user(Alice));
        QTRY_VERIFY_WITH_TIMEOUT(findIn(Alice, r.id).value("fromMe").toBool(), 10000);
        QCOMPARE(findIn(Alice, r.id).value("chat").toString(), user(Bob));

        // Bob's phone acknowledged delivery; then it reads the message.
        auto statusOf = [&](const QString &status) {
            for (const auto &args : receipts) {
                const auto u = args.first().value<client::ReceiptUpdate>();
                if (u.ids.contains(r.id) && u.status == status && u.chat == user(Bob))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(QStringLiteral("delivered")), 10000);
        QCOMPARE(m_server->simPhone(Bob)->markRead({r.id}).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(QStringLiteral("read")), 10000);
        // Nothing waits in any mailbox once everyone acknowledged.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().value("offlineQueueDepth").toInt(), 0, 10000);
    }

    void mediaDecryptsWithTheRightHash()
    {
        QByteArray image(70000, Qt::Uninitialized);
        for (int i = 0; i < image.size(); ++i)
            image[i] = char((i * 131) ^ (i >> 7));
        MessageContent c;
        c.kind = ContentKind::Image;
        c.text = QStringLiteral("a caption");
        c.media = message::MediaRef{};
        c.media->mimeType = QStringLiteral("image/jpeg");
        const client::SendResult r = clientSends(user(Bob), c, image);
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(findIn(Bob, r.id).contains("sha256"), 10000);
        const QJsonObject got = findIn(Bob, r.id);
        QCOMPARE(got.value("type").toString(), QStringLiteral("image"));
        QCOMPARE(got.value("caption").toString(), QStringLiteral("a caption"));
        QCOMPARE(got.value("sha256").toString(), QString::fromLatin1(crypto::sha256(image).toHex()));

        // And the other way: a document from a phone, downloaded and checked by our client.
        QSignalSpy received(m_client.get(), &client::Client::messageReceived);
        const QByteArray doc = QByteArray("%PDF-1.4 not really a pdf\n").repeated(300);
        phoneSends(Bob, {{"to", Alice}, {"document", QString::fromLatin1(doc.toBase64())}, {"fileName", "report.pdf"},
                         {"mimeType", "application/pdf"}});
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
        const auto in = received.first().first().value<client::IncomingMessage>();
        QCOMPARE(in.content.kind, ContentKind::Document);
        QCOMPARE(in.content.media->fileName, QStringLiteral("report.pdf"));
        QByteArray downloaded;
        QString error = QStringLiteral("pending");
        m_client->downloadMedia(in.content, [&](const QByteArray &data, const QString &e) {
            downloaded = data;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != QLatin1String("pending"), 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(downloaded, doc);
    }

    void groupWithSenderKeys()
    {
        const sandbox::Group &g = *m_server->createGroup(QStringLiteral("Team"), user(Bob), {user(Alice), user(Carol)});
        const client::SendResult r = clientSends(g.jid, text("hello team"));
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const QString &n : {Bob, Carol}) {
            QTRY_COMPARE_WITH_TIMEOUT(findIn(n, r.id).value("text").toString(), QStringLiteral("hello team"), 10000);
            QCOMPARE(findIn(n, r.id).value("chat").toString(), g.jid);
            QCOMPARE(findIn(n, r.id).value("from").toString(), user(Alice));
        }
        // A second message uses the sender key the others already have.
        const client::SendResult again = clientSends(g.jid, text("second"));
        QVERIFY(again.ok);
        QTRY_COMPARE_WITH_TIMEOUT(findIn(Carol, again.id).value("text").toString(), QStringLiteral("second"), 10000);

        QSignalSpy received(m_client.get(), &client::Client::messageReceived);
        const QString id = phoneSends(Carol, {{"to", g.jid}, {"text", "from Carol"}}).value("id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
        const auto in = received.first().first().value<client::IncomingMessage>();
        QCOMPARE(in.id, id);
        QVERIFY(in.isGroup);
        QCOMPARE(in.chat, g.jid);
        QCOMPARE(in.senderUser, user(Carol));
        QCOMPARE(in.content.text, QStringLiteral("from Carol"));
    }

    void staleDeviceListIsRefreshedThroughThePhash()
    {
        // Our client learns Bob's devices (just his phone) with a first message.
        QVERIFY(clientSends(user(Bob), text("before Bob links a device")).ok);
        // Bob links a companion; our cached list does not know it yet.
        store::MemoryStore bobKeys;
        client::Client bobDesk(config(), client::ClientStores::of(bobKeys));
        QSignalSpy qr(&bobDesk, &client::Client::qrChanged);
        QSignalSpy deskConnected(&bobDesk, &client::Client::connected);
        QSignalSpy deskReceived(&bobDesk, &client::Client::messageReceived);
        bobDesk.start();
        QVERIFY(qr.wait(10000));
        m_server->scan(Bob, qr.last().first().toString(), [](int, const QJsonObject &) {});
        QTRY_VERIFY_WITH_TIMEOUT(!deskConnected.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bobKeys.preKeyCount() > 0, 10000);
        // The next message still goes by the old list; the server's ack carries its own phash,
        // so the one after it reaches the new device too.
        const client::SendResult stale = clientSends(user(Bob), text("with a stale list"));
        QVERIFY(stale.ok);
        const client::SendResult fresh = clientSends(user(Bob), text("after the refresh"));
        QVERIFY(fresh.ok);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(deskReceived.begin(), deskReceived.end(), [&](const QList<QVariant> &args) {
            return args.first().value<client::IncomingMessage>().id == fresh.id;
        }), 10000);
        bobDesk.stop();
    }

    void lostSessionIsRepairedByRetryReceipts()
    {
        // A first message sets up sessions both ways.
        QSignalSpy received(m_client.get(), &client::Client::messageReceived);
        phoneSends(Bob, {{"to", Alice}, {"text", "first"}});
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        // Our device loses its session with Bob's phone (as after restoring an old backup).
        QVERIFY(m_keys->deleteAllSessions(Bob));
        received.clear();
        const QString id = phoneSends(Bob, {{"to", Alice}, {"text", "after the loss"}}).value("id").toString();
        // Bob's phone still has its session, so it sends a plain "msg" we cannot decrypt; our retry
        // receipts (the second with fresh keys) make it start a new session and send it again.
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15000);
        const auto in = received.first().first().value<client::IncomingMessage>();
        QCOMPARE(in.id, id);
        QCOMPARE(in.content.text, QStringLiteral("after the loss"));
        QTest::qWait(300);
        QCOMPARE(received.size(), 1); // once
    }

    void nothingIsAcknowledgedWithoutATransaction()
    {
        // The store cannot open a transaction (here: one is already open): the message must
        // neither be decrypted on its own nor acknowledged, so the server keeps it.
        QVERIFY(m_keys->beginTransaction());
        QSignalSpy received(m_client.get(), &client::Client::messageReceived);
        const QString id = phoneSends(Bob, {{"to", Alice}, {"text", "wait for me"}}).value("id").toString();
        QTest::qWait(500);
        QVERIFY(received.isEmpty());
        QVERIFY(m_server->stats().value("offlineQueueDepth").toInt() >= 1);
        QVERIFY(m_keys->commitTransaction());
        // After a reconnect the server delivers it again, and now it is taken, once.
        QVERIFY(m_server->kickDevice(m_client->jid(), 515));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QCOMPARE(received.first().first().value<client::IncomingMessage>().id, id);
    }

    void offlineDeviceGetsEverythingOnce()
    {
        m_client->stop();
        QTRY_VERIFY(!m_client->isConnected());
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << phoneSends(Bob, {{"to", Alice}, {"text", QStringLiteral("queued %1").arg(i)}}).value("id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats().value("offlineQueueDepth").toInt() >= 5, 5000);
        QSignalSpy received(m_client.get(), &client::Client::messageReceived);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 5, 10000);
        QStringList got;
        for (const auto &args : received)
            got << args.first().value<client::IncomingMessage>().id;
        QCOMPARE(got, ids); // in order
        // A dropped line before the acks arrive would redeliver; here all were acknowledged once.
        QTest::qWait(300);
        QCOMPARE(received.size(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().value("offlineQueueDepth").toInt(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TstMessaging)
#include "tst_messaging.moc"
