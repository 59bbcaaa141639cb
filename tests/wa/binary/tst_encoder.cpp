// Encoder byte vectors. Each expected hex string was produced by the reference encoder
// (Baileys encodeBinaryNode, the version pinned in tests/interop) or taken from the worked
// examples in docs/wa-protocol.md §3.
#include "wa/binary/encoder.h"
#include "wa/binary/jid.h"

#include <QTest>

using namespace wa::binary;

namespace {

QByteArray frameHex(const Node &node)
{
    Result<QByteArray> encoded = Encoder::encodeFrame(node);
    if (!encoded) {
        qWarning("encode failed: %s", errorCodeName(encoded.error().code));
        return {};
    }
    return encoded->toHex();
}

QByteArray stringHex(const std::string &value)
{
    // The string alone: encode <x a=value/> and strip the fixed prefix 00 F8 03 FC 01 78 FC 01 61.
    const QByteArray hex = frameHex(Node("x", {{"a", value}}));
    return hex.mid(18);
}

} // namespace

class TestEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingIq()
    {
        Node iq("iq", {{"id", "1"}, {"to", Jid::serverJid(servers::Pn).toString()}, {"type", "get"}, {"xmlns", "w:p"}},
                std::vector<Node>{Node("ping")});
        QCOMPARE(frameHex(iq), QByteArray("00f80a19085511fa000304291657f801f80156"));
    }

    void messageWithEnc()
    {
        Node enc("enc", {{"v", "2"}, {"type", "skmsg"}}, QByteArray("hello"));
        Node message("message",
                     {{"to", "120363025246125888@g.us"},
                      {"id", "3EB0ABCDEF0123456789"},
                      {"type", "text"},
                      {"participant", Jid("123456789012345", servers::Lid, 2).toString()}},
                     std::vector<Node>{enc});
        QCOMPARE(frameHex(message),
                 QByteArray("00f80a1311faff091203630252461258881c08fb0a3eb0abcdef0123456789043805f70102ff8812345678"
                            "9012345ff801f8061d51450432fc0568656c6c6f"));
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("single-byte token") << QByteArray("s.whatsapp.net") << QByteArray("03");
        QTest::newRow("dictionary 0") << QByteArray("passive") << QByteArray("ec18");
        QTest::newRow("dictionary 1") << QByteArray("pair-device") << QByteArray("edee");
        QTest::newRow("dictionary 2") << QByteArray("failure") << QByteArray("ee3c");
        QTest::newRow("dictionary 3") << QByteArray("keys") << QByteArray("ef1e");
        QTest::newRow("empty") << QByteArray("") << QByteArray("fc00");
        QTest::newRow("raw") << QByteArray("abc") << QByteArray("fc03616263");
        QTest::newRow("nibble odd") << QByteArray("1.2-3") << QByteArray("ff831b2a3f");
        QTest::newRow("nibble even") << QByteArray("15551234567") << QByteArray("ff86155512345 67f").replace(' ', "");
        QTest::newRow("hex odd") << QByteArray("ABCDEF0") << QByteArray("fb84abcdef0f");
        QTest::newRow("hex lower case is raw") << QByteArray("abcdef") << QByteArray("fc06616263646566");
        QTest::newRow("pn jid") << QByteArray("15551234567@s.whatsapp.net") << QByteArray("faff861555123456 7f03").replace(' ', "");
        QTest::newRow("ad jid") << QByteArray("15551234567:3@s.whatsapp.net") << QByteArray("f70003ff86155512345 67f").replace(' ', "");
        QTest::newRow("lid ad jid") << QByteArray("123456789012345:2@lid") << QByteArray("f70102ff88123456789012345f");
        QTest::newRow("agent") << QByteArray("123_1:2@s.whatsapp.net") << QByteArray("f70102ff82123f");
        QTest::newRow("hosted") << QByteArray("123:99@hosted") << QByteArray("f78063ff82123f");
        QTest::newRow("device 0") << QByteArray("1:0@s.whatsapp.net") << QByteArray("f7000055");
        QTest::newRow("status broadcast") << QByteArray("status@broadcast") << QByteArray("fa0b0d");
        QTest::newRow("newsletter") << QByteArray("120363144038483540@newsletter")
                                    << QByteArray("faff09120363144038483540fc0a6e6577736c6574746572");
        QTest::newRow("legacy c.us") << QByteArray("5@c.us") << QByteArray("faec79fc04632e7573");
        QTest::newRow("server only") << QByteArray("@g.us") << QByteArray("fa001c");
        QTest::newRow("chained pair") << QByteArray("a@b@c") << QByteArray("fafc0161fafc0162ee25");
        QTest::newRow("js number device") << QByteArray("u:1e2@x") << QByteArray("f70064fc0175");
        QTest::newRow("js parseInt agent") << QByteArray("u_0x81:300@x") << QByteArray("f7812cfc0175");
        QTest::newRow("js spaces and sign") << QByteArray("u_ 7:-1@x") << QByteArray("f707fffc0175");
        QTest::newRow("nan device") << QByteArray("u:zz@x") << QByteArray("f70000fc0175");
        QTest::newRow("empty device is pair") << QByteArray("u:@x") << QByteArray("fafc0175fc0178");
        QTest::newRow("agent without device dropped") << QByteArray("u_5@x") << QByteArray("fafc0175fc0178");
        QTest::newRow("nibble 127") << QByteArray(127, '1') << (QByteArray("ffc0") + QByteArray("11").repeated(63) + "1f");
        QTest::newRow("nibble 128 is raw") << QByteArray(128, '1') << (QByteArray("fc80") + QByteArray("31").repeated(128));
    }

    void strings()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, hex);
        QCOMPARE(stringHex(value.toStdString()), hex);
    }

    void textAndListContent()
    {
        Node text("x");
        text.setText("s.whatsapp.net");
        QCOMPARE(frameHex(text), QByteArray("00f802fc017803"));
        Node emptyList("x");
        emptyList.setChildren({});
        QCOMPARE(frameHex(emptyList), QByteArray("00f802fc017800"));
        Node tokens("passive", {{"pair-device", "failure"}});
        tokens.setText("keys");
        QCOMPARE(frameHex(tokens), QByteArray("00f804ec18edeeee3cef1e"));
    }

    void binaryLengths()
    {
        const auto prefix = [](qsizetype size) {
            return frameHex(Node("x", {}, QByteArray(size, 'z'))).left(20);
        };
        QCOMPARE(prefix(0), QByteArray("00f802fc0178fc00"));
        QCOMPARE(prefix(255), QByteArray("00f802fc0178fcff7a7a"));
        QCOMPARE(prefix(256), QByteArray("00f802fc0178fd000100"));
        QCOMPARE(prefix((1 << 20) - 1), QByteArray("00f802fc0178fd0fffff"));
        QCOMPARE(prefix(1 << 20), QByteArray("00f802fc0178fe001000"));
    }

    void listSizes()
    {
        std::vector<Node> children(300, Node("a"));
        Node parent("x", {}, children);
        const QByteArray hex = frameHex(parent);
        QCOMPARE(hex.left(18), QByteArray("00f802fc0178f9012c"));
        std::vector<Attribute> attrs;
        for (int i = 0; i < 130; ++i)
            attrs.push_back({"k" + std::to_string(i), "v"});
        QCOMPARE(frameHex(Node("x", attrs)).left(8), QByteArray("00f90105"));
    }

    void rejectsWhatTheReferenceCannotEncode()
    {
        QCOMPARE(Encoder::encodeFrame(Node()).error().code, ErrorCode::EmptyTag);
        Node parent("x", {}, std::vector<Node>{Node("ok"), Node()});
        QCOMPARE(Encoder::encodeFrame(parent).error().code, ErrorCode::EmptyTag);
        Node wide("x", {}, std::vector<Node>(65536, Node("a")));
        QCOMPARE(Encoder::encodeFrame(wide).error().code, ErrorCode::TooManyItems);
        std::vector<Attribute> attrs(32768, Attribute{"k", "v"});
        QCOMPARE(Encoder::encodeFrame(Node("x", attrs)).error().code, ErrorCode::TooManyItems);
        Node deep("x");
        for (int i = 0; i < Encoder::MaxDepth + 1; ++i)
            deep = Node("x", {}, std::vector<Node>{std::move(deep)});
        QCOMPARE(Encoder::encodeFrame(deep).error().code, ErrorCode::DepthExceeded);
    }

    void manyAtSignsDoNotRecurse()
    {
        // Each '@' starts another JID pair; the writer must loop, not recurse.
        std::string value;
        for (int i = 0; i < 200000; ++i)
            value += "a@";
        value += "b";
        Result<QByteArray> encoded = Encoder::encodeNode(Node("x", {{"v", value}}));
        QVERIFY(encoded.ok());
        QVERIFY(encoded->size() > 200000 * 3);
    }
};

QTEST_APPLESS_MAIN(TestEncoder)
#include "tst_encoder.moc"
