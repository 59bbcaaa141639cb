// Message content survives encode/decode for every kind; device-sent copies and view-once
// containers are unwrapped; padding and ids have the documented shapes; garbage is refused.
#include "wa/message/messagecontent.h"
#include "wa/message/messageid.h"
#include "wa/message/padding.h"

#include <QRegularExpression>
#include <QtTest>

using namespace wa::message;

class TstContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textRoundTrip()
    {
        MessageContent c;
        c.kind = ContentKind::Text;
        c.text = QStringLiteral("Olá, мир 👋");
        const QByteArray bytes = encodeMessage(c);
        QCOMPARE(bytes.at(0), char(0x0A)); // field 1 (conversation), length-delimited
        const auto d = decodeMessage(bytes);
        QVERIFY(d);
        QCOMPARE(d->content.kind, ContentKind::Text);
        QCOMPARE(d->content.text, c.text);
        QVERIFY(d->deviceSentDestination.isEmpty());
        // A reply becomes an extendedTextMessage with its context.
        c.quotedId = QStringLiteral("3EB0ABC");
        c.quotedParticipant = QStringLiteral("5511900000001@s.whatsapp.net");
        const auto q = decodeMessage(encodeMessage(c));
        QCOMPARE(q->content.text, c.text);
        QCOMPARE(q->content.quotedId, c.quotedId);
        QCOMPARE(q->content.quotedParticipant, c.quotedParticipant);
    }

    void mediaRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ptt");
        QTest::newRow("image") << int(ContentKind::Image) << false;
        QTest::newRow("video") << int(ContentKind::Video) << false;
        QTest::newRow("audio") << int(ContentKind::Audio) << false;
        QTest::newRow("ptt") << int(ContentKind::Audio) << true;
        QTest::newRow("document") << int(ContentKind::Document) << false;
        QTest::newRow("sticker") << int(ContentKind::Sticker) << false;
    }
    void mediaRoundTrip()
    {
        QFETCH(int, kind);
        QFETCH(bool, ptt);
        MessageContent c;
        c.kind = ContentKind(kind);
        if (c.kind != ContentKind::Audio && c.kind != ContentKind::Sticker)
            c.text = QStringLiteral("a caption");
        MediaRef r;
        r.url = QStringLiteral("https://mmg.example/x");
        r.directPath = QStringLiteral("/v/t62/abc");
        r.mimeType = QStringLiteral("application/octet-stream");
        r.fileName = c.kind == ContentKind::Document ? QStringLiteral("report.pdf") : QString();
        r.mediaKey = QByteArray(32, 'k');
        r.fileSha256 = QByteArray(32, 's');
        r.fileEncSha256 = QByteArray(32, 'e');
        r.fileLength = 123456;
        r.mediaKeyTimestamp = 1700000000;
        r.ptt = ptt;
        r.seconds = c.kind == ContentKind::Audio || c.kind == ContentKind::Video ? 7 : 0;
        c.media = r;
        const auto d = decodeMessage(encodeMessage(c));
        QVERIFY(d);
        QCOMPARE(int(d->content.kind), kind);
        QCOMPARE(d->content.text, c.text);
        QVERIFY(d->content.media);
        const MediaRef &m = *d->content.media;
        QCOMPARE(m.directPath, r.directPath);
        QCOMPARE(m.mediaKey, r.mediaKey);
        QCOMPARE(m.fileSha256, r.fileSha256);
        QCOMPARE(m.fileEncSha256, r.fileEncSha256);
        QCOMPARE(m.fileLength, r.fileLength);
        QCOMPARE(m.mediaKeyTimestamp, r.mediaKeyTimestamp);
        QCOMPARE(m.fileName, r.fileName);
        QCOMPARE(m.ptt, ptt);
        QCOMPARE(m.seconds, r.seconds);
        QCOMPARE(stanzaType(c), QStringLiteral("media"));
        QCOMPARE(contentKindName(c.kind, ptt), QString::fromLatin1(QTest::currentDataTag()));
        QCOMPARE(stanzaMediaType(c), QString::fromLatin1(QTest::currentDataTag()));
    }

    void deviceSentAndSenderKeys()
    {
        MessageContent c;
        c.kind = ContentKind::Text;
        c.text = QStringLiteral("to Bob");
        const QByteArray dsm = encodeDeviceSent(encodeMessage(c), QStringLiteral("5511900000002@s.whatsapp.net"));
        const auto d = decodeMessage(dsm);
        QCOMPARE(d->deviceSentDestination, QStringLiteral("5511900000002@s.whatsapp.net"));
        QCOMPARE(d->content.text, c.text);
        const auto s = decodeMessage(encodeSenderKeyDistribution(QStringLiteral("1203@g.us"), QByteArray("skdm-bytes")));
        QCOMPARE(s->senderKeyGroupId, QStringLiteral("1203@g.us"));
        QCOMPARE(s->senderKeyDistribution, QByteArray("skdm-bytes"));
        QCOMPARE(s->content.kind, ContentKind::None); // nothing to show
    }

    void reactionsAndRevokes()
    {
        MessageContent r;
        r.kind = ContentKind::Reaction;
        r.text = QStringLiteral("👍");
        r.targetId = QStringLiteral("3EB0FF");
        r.targetChat = QStringLiteral("1@s.whatsapp.net");
        r.targetFromMe = true;
        auto d = decodeMessage(encodeMessage(r));
        QCOMPARE(d->content.kind, ContentKind::Reaction);
        QCOMPARE(d->content.text, r.text);
        QCOMPARE(d->content.targetId, r.targetId);
        QVERIFY(d->content.targetFromMe);
        QCOMPARE(stanzaType(r), QStringLiteral("reaction"));
        MessageContent x;
        x.kind = ContentKind::Revoke;
        x.targetId = QStringLiteral("3EB0EE");
        d = decodeMessage(encodeMessage(x));
        QCOMPARE(d->content.kind, ContentKind::Revoke);
        QCOMPARE(d->content.targetId, x.targetId);
    }

    void garbageIsRefused()
    {
        QVERIFY(!decodeMessage(QByteArray("\x0a\xff\xff\xff\xff\x0f", 6)));
        QVERIFY(!decodeMessage(QByteArray("\xff", 1)));
        // Unknown fields are not an error: a message type we do not know is "unknown".
        const auto u = decodeMessage(QByteArray::fromHex("ca0403080101")); // field 73, some bytes
        QVERIFY(u);
        QCOMPARE(u->content.kind, ContentKind::Unknown);
    }

    void padding()
    {
        wa::crypto::DeterministicRandom random(QByteArray("pad"));
        QSet<int> lengths;
        for (int i = 0; i < 400; ++i) {
            const QByteArray padded = pad("hello", random);
            const int n = padded.size() - 5;
            QVERIFY(n >= 1 && n <= 16);
            lengths.insert(n);
            QCOMPARE(*unpad(padded), QByteArray("hello"));
        }
        QCOMPARE(lengths.size(), 16);
        QVERIFY(!unpad(QByteArray()));
        QVERIFY(!unpad(QByteArray("abc\x00", 4)));
        QVERIFY(!unpad(QByteArray("ab\x05", 3)));          // longer than the data
        QVERIFY(!unpad(QByteArray("abc\x01\x02\x02\x03", 7))); // unequal pad bytes
    }

    void messageIds()
    {
        wa::crypto::DeterministicRandom a(QByteArray("x")), b(QByteArray("x"));
        const QString id = generateMessageId(QStringLiteral("5511900000001"), 1700000000, a);
        QCOMPARE(id, generateMessageId(QStringLiteral("5511900000001"), 1700000000, b)); // deterministic
        QVERIFY(QRegularExpression(QStringLiteral("^3EB0[0-9A-F]{18}$")).match(id).hasMatch());
        QVERIFY(generateMessageId(QStringLiteral("1")) != generateMessageId(QStringLiteral("1")));
    }
};

QTEST_GUILESS_MAIN(TstContent)
#include "tst_content.moc"
