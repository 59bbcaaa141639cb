// JID parsing and formatting, and how JID strings reach the wire.
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"
#include "wa/binary/jid.h"

#include <QTest>

using namespace wa::binary;

class TestJid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseForms()
    {
        std::optional<Jid> pn = Jid::parse("15551234567@s.whatsapp.net");
        QVERIFY(pn && pn->isPn() && !pn->isAd());
        QCOMPARE(QByteArray::fromStdString(pn->user), QByteArray("15551234567"));

        std::optional<Jid> ad = Jid::parse("15551234567:3@s.whatsapp.net");
        QVERIFY(ad && ad->isAd());
        QCOMPARE(ad->device, std::uint16_t(3));
        QCOMPARE(ad->domainType(), std::uint8_t(0));

        std::optional<Jid> agent = Jid::parse("123456789012345_1:2@lid");
        QVERIFY(agent && agent->isLid());
        QCOMPARE(agent->agent, std::uint8_t(1));
        QCOMPARE(agent->device, std::uint16_t(2));
        QCOMPARE(agent->domainType(), std::uint8_t(1));

        std::optional<Jid> zero = Jid::parse("1:0@s.whatsapp.net");
        QVERIFY(zero && zero->hasDevice && zero->device == 0);

        QVERIFY(Jid::parse("120363025246125888@g.us")->isGroup());
        QVERIFY(Jid::parse("status@broadcast")->isStatusBroadcast());
        QVERIFY(Jid::parse("120363144038483540@newsletter")->isNewsletter());
        QVERIFY(Jid::parse("1:99@hosted")->isHosted());
        QCOMPARE(Jid::parse("1:99@hosted.lid")->domainType(), std::uint8_t(129));
        QCOMPARE(Jid::parse("5@c.us")->normalized().toString(), std::string("5@s.whatsapp.net"));

        std::optional<Jid> server = Jid::parse("s.whatsapp.net");
        QVERIFY(server && server->isServer());
        QCOMPARE(Jid::parse("@g.us")->server, std::string("g.us"));
        QVERIFY(Jid::parse("@g.us")->isServer());
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("no server") << QByteArray("123@");
        QTest::newRow("two ats") << QByteArray("a@b@c");
        QTest::newRow("device not a number") << QByteArray("1:x@s.whatsapp.net");
        QTest::newRow("device too big") << QByteArray("1:65536@s.whatsapp.net");
        QTest::newRow("empty device") << QByteArray("1:@s.whatsapp.net");
        QTest::newRow("agent too big") << QByteArray("1_256:1@s.whatsapp.net");
        QTest::newRow("device without user") << QByteArray(":1@s.whatsapp.net");
        QTest::newRow("bare with colon") << QByteArray("a:b");
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Jid::parse(text.toStdString()).has_value());
    }

    void formatRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {"15551234567@s.whatsapp.net", "15551234567:3@s.whatsapp.net",
                                 "123456789012345:2@lid", "123_1:2@s.whatsapp.net", "1:0@s.whatsapp.net",
                                 "120363025246125888@g.us", "123-456@g.us", "status@broadcast",
                                 "120363144038483540@newsletter", "5@c.us", "1:99@hosted", "@s.whatsapp.net",
                                 "123:5@msgr"})
            QTest::newRow(text) << QByteArray(text);
    }

    void formatRoundTrip()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(QByteArray::fromStdString(Jid::parse(text.toStdString())->toString()), text);
    }

    void constructors()
    {
        QCOMPARE(Jid("1", servers::Pn).toString(), std::string("1@s.whatsapp.net"));
        QCOMPARE(Jid("1", servers::Lid, 0).toString(), std::string("1:0@lid"));
        QCOMPARE(Jid::serverJid(servers::Group).toString(), std::string("@g.us"));
        QCOMPARE(Jid("1", servers::Lid, 4).toNonAd().toString(), std::string("1@lid"));
    }

    void wireForms()
    {
        // What the wire keeps of a JID: AD_JID drops ":0" and any server other than the domain's.
        const auto wire = [](const std::string &text) {
            const QByteArray frame = *Encoder::encodeFrame(Node("x", {{"j", text}}));
            return Decoder().decodeFrame(frame)->attributes().at(0).value;
        };
        QCOMPARE(wire("123456789012345:2@lid"), std::string("123456789012345:2@lid"));
        QCOMPARE(wire("1:0@s.whatsapp.net"), std::string("1@s.whatsapp.net"));
        QCOMPARE(wire("1:2@g.us"), std::string("1:2@s.whatsapp.net"));
        QCOMPARE(wire("1_128:2@s.whatsapp.net"), std::string("1:2@hosted"));
        QCOMPARE(wire("@s.whatsapp.net"), std::string("@s.whatsapp.net"));
    }
};

QTEST_APPLESS_MAIN(TestJid)
#include "tst_jid.moc"
