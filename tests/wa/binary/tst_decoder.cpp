// Decoder vectors and round trips: every tag kind, JID forms as the reference client prints them,
// and encode -> decode -> encode stability for canonical nodes.
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"
#include "wa/binary/jid.h"

#include <QTest>

using namespace wa::binary;

namespace {

Node decodeHex(const char *hex)
{
    Result<Node> node = Decoder().decodeFrame(QByteArray::fromHex(hex));
    if (!node) {
        qWarning("decode failed: %s at %zu", errorCodeName(node.error().code), node.error().offset);
        return {};
    }
    return std::move(node).value();
}

// Decodes a frame <x a=STRING/> where STRING is given as hex, returning the attribute value.
std::string decodeString(const QByteArray &stringHex)
{
    const QByteArray frame = QByteArray::fromHex("00f803fc0178fc0161" + stringHex);
    Result<Node> node = Decoder().decodeFrame(frame);
    if (!node) {
        qWarning("decode failed: %s", errorCodeName(node.error().code));
        return "<error>";
    }
    return node->attributes().at(0).value;
}

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingIq()
    {
        const Node iq = decodeHex("00f80a19085511fa000304291657f801f80156");
        QCOMPARE(QByteArray::fromStdString(iq.tag()), QByteArray("iq"));
        QCOMPARE(iq.attributes().size(), std::size_t(4));
        QCOMPARE(QByteArray::fromStdString(std::string(iq.attributeOr("to", ""))), QByteArray("@s.whatsapp.net"));
        QCOMPARE(QByteArray::fromStdString(std::string(iq.attributeOr("xmlns", ""))), QByteArray("w:p"));
        QCOMPARE(iq.contentKind(), ContentKind::Children);
        QCOMPARE(iq.children().size(), std::size_t(1));
        QCOMPARE(QByteArray::fromStdString(iq.children()[0].tag()), QByteArray("ping"));
        QCOMPARE(iq.children()[0].contentKind(), ContentKind::None);
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("token") << QByteArray("03") << QByteArray("s.whatsapp.net");
        QTest::newRow("dictionary 3") << QByteArray("ef1e") << QByteArray("keys");
        QTest::newRow("list empty") << QByteArray("00") << QByteArray("");
        QTest::newRow("binary 8") << QByteArray("fc03616263") << QByteArray("abc");
        QTest::newRow("binary 20") << QByteArray("fdf00003616263") << QByteArray("abc"); // top nibble masked
        QTest::newRow("binary 32") << QByteArray("fe00000003616263") << QByteArray("abc");
        QTest::newRow("nibble odd") << QByteArray("ff831b2a3f") << QByteArray("1.2-3");
        QTest::newRow("nibble pad inside") << QByteArray("ff01f1") << QByteArray("\0" "1", 2);
        QTest::newRow("nibble empty odd") << QByteArray("ff80") << QByteArray("");
        QTest::newRow("hex odd") << QByteArray("fb84abcdef0f") << QByteArray("ABCDEF0");
        QTest::newRow("hex pad is F") << QByteArray("fb01f0") << QByteArray("F0");
        QTest::newRow("pn jid") << QByteArray("faff86155512345 67f03").replace(' ', "") << QByteArray("15551234567@s.whatsapp.net");
        QTest::newRow("server jid") << QByteArray("fa0003") << QByteArray("@s.whatsapp.net");
        QTest::newRow("ad jid") << QByteArray("f70003ff86155512345 67f").replace(' ', "") << QByteArray("15551234567:3@s.whatsapp.net");
        QTest::newRow("ad device 0") << QByteArray("f7000055") << QByteArray("1@s.whatsapp.net");
        QTest::newRow("lid") << QByteArray("f70102ff88123456789012345f") << QByteArray("123456789012345:2@lid");
        QTest::newRow("hosted") << QByteArray("f78063ff82123f") << QByteArray("123:99@hosted");
        QTest::newRow("hosted lid") << QByteArray("f78101ff82123f") << QByteArray("123:1@hosted.lid");
        QTest::newRow("unknown domain") << QByteArray("f70502ff82123f") << QByteArray("123:2@s.whatsapp.net");
        QTest::newRow("group") << QByteArray("faff091203630252461258881c") << QByteArray("120363025246125888@g.us");
        QTest::newRow("chained pair") << QByteArray("fafc0161fafc0162ee25") << QByteArray("a@b@c");
        QTest::newRow("fb jid") << QByteArray("f6ff82123f0005fc046d736772") << QByteArray("123:5@msgr");
        QTest::newRow("fb device 0") << QByteArray("f6ff82123f0000fc046d736772") << QByteArray("123:0@msgr");
        QTest::newRow("interop jid") << QByteArray("f5ff82123f00030007fc07696e7465726f70") << QByteArray("7-123:3@interop");
    }

    void strings()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, value);
        QCOMPARE(QByteArray::fromStdString(decodeString(hex)), value);
    }

    void interopServerIsOptional()
    {
        // The reference restores the position and assumes "interop" when no server can be read.
        const Node node = decodeHex("00f803fc0178fc0161f5ff82123f00030007");
        QCOMPARE(QByteArray::fromStdString(node.attributes().at(0).value), QByteArray("7-123:3@interop"));
    }

    void contentKinds()
    {
        QCOMPARE(decodeHex("00f802fc017803").contentKind(), ContentKind::Text);
        QCOMPARE(decodeHex("00f802fc017803").text(), std::string_view("s.whatsapp.net"));
        QCOMPARE(decodeHex("00f802fc017800").contentKind(), ContentKind::Children);
        QVERIFY(decodeHex("00f802fc017800").children().empty());
        QCOMPARE(decodeHex("00f802fc0178f800").contentKind(), ContentKind::Children);
        const Node bytes = decodeHex("00f802fc0178fc03616263");
        QCOMPARE(bytes.contentKind(), ContentKind::Bytes);
        QCOMPARE(bytes.toByteArray(), QByteArray("abc"));
        QCOMPARE(bytes.bytes(), QByteArrayView("abc"));
        // Raw strings come back as bytes; only tokens, packed strings and JIDs stay text.
        Node raw("x");
        raw.setText("hello world");
        const QByteArray encoded = *Encoder::encodeFrame(raw);
        QCOMPARE(Decoder().decodeFrame(encoded)->contentKind(), ContentKind::Bytes);
    }

    void duplicateAttributesKeepWireOrder()
    {
        const Node node = decodeHex("00f805fc0178fc0161fc0131fc0161fc0132");
        QCOMPARE(node.attributes().size(), std::size_t(2));
        QCOMPARE(QByteArray::fromStdString(node.attributes()[1].value), QByteArray("2"));
        QCOMPARE(QByteArray::fromStdString(*node.attribute("a")), QByteArray("1"));
    }

    void roundTrip()
    {
        Node message("message", {{"from", "120363025246125888@g.us"},
                                 {"participant", Jid("123456789012345", servers::Lid, 12).toString()},
                                 {"id", "3EB0C0FFEE"},
                                 {"t", "1763720000"},
                                 {"type", "text"},
                                 {"notify", "Zoë 🚀"}});
        message.addChild(Node("enc", {{"v", "2"}, {"type", "pkmsg"}}, QByteArray(300, '\x01')));
        message.addChild(Node("enc", {{"v", "2"}, {"type", "skmsg"}}, QByteArray(70000, '\xff')));
        Node big("big", {}, QByteArray((1 << 20) + 5, 'q'));
        message.addChild(big);
        Node text("body");
        text.setText("1.2-3");
        message.addChild(text);
        message.addChild(Node("list", {}, std::vector<Node>{}));
        Node withServer("to", {{"jid", "@s.whatsapp.net"}, {"lid", "99:3@hosted.lid"}});
        message.addChild(withServer);

        const QByteArray once = *Encoder::encodeFrame(message);
        Result<Node> decoded = Decoder().decodeFrame(once);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, message);
        QCOMPARE(*Encoder::encodeFrame(*decoded), once);
    }

    void depthLimitBoundary()
    {
        const auto nested = [](int levels) {
            Node node("a");
            for (int i = 1; i < levels; ++i)
                node = Node("a", {}, std::vector<Node>{std::move(node)});
            return *Encoder::encodeFrame(node);
        };
        QVERIFY(Decoder().decodeFrame(nested(64)).ok());
        QCOMPARE(Decoder().decodeFrame(nested(65)).error().code, ErrorCode::DepthExceeded);
        DecodeLimits limits;
        limits.maxDepth = 3;
        QVERIFY(Decoder(limits).decodeFrame(nested(3)).ok());
        QCOMPARE(Decoder(limits).decodeFrame(nested(4)).error().code, ErrorCode::DepthExceeded);
    }

    void trailingBytes()
    {
        const QByteArray frame = QByteArray::fromHex("00f801fc0178ff");
        QCOMPARE(Decoder().decodeFrame(frame).error().code, ErrorCode::TrailingBytes);
        DecodeLimits limits;
        limits.allowTrailingBytes = true;
        QVERIFY(Decoder(limits).decodeFrame(frame).ok());
    }
};

QTEST_APPLESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
