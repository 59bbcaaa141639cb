// Hostile input: the decoder must answer every byte string with a node or an Error, never crash,
// over-read or allocate beyond what the input can describe. Run under ASan/UBSan in the fuzz build.
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"
#include "wa/binary/frame.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace wa::binary;

namespace {

QByteArray sampleFrame()
{
    Node message("message", {{"from", "120363025246125888@g.us"},
                             {"participant", "123456789012345:2@lid"},
                             {"id", "3EB0C0FFEE"},
                             {"t", "1763720000"},
                             {"notify", "Someone"},
                             {"recipient", "15551234567:3@s.whatsapp.net"},
                             {"server", "@s.whatsapp.net"}});
    message.addChild(Node("enc", {{"v", "2"}, {"type", "skmsg"}}, QByteArray(300, '\x07')));
    Node text("body");
    text.setText("1.2-3");
    message.addChild(text);
    message.addChild(Node("empty", {}, std::vector<Node>{}));
    return *Encoder::encodeFrame(message);
}

QByteArray zlibCompress(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), '\0');
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
              uLong(data.size()), 9);
    out.resize(qsizetype(size));
    return out;
}

ErrorCode decodeError(const char *hex, DecodeLimits limits = {})
{
    Result<Node> node = Decoder(limits).decodeFrame(QByteArray::fromHex(hex));
    return node ? ErrorCode{} : node.error().code;
}

} // namespace

class TestMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truncatedAtEveryOffset()
    {
        const QByteArray frame = sampleFrame();
        QVERIFY(Decoder().decodeFrame(frame).ok());
        for (qsizetype len = 0; len < frame.size(); ++len) {
            Result<Node> node = Decoder().decodeFrame(frame.left(len));
            QVERIFY2(!node.ok(), qPrintable(QStringLiteral("prefix %1 decoded").arg(len)));
            // Zero-length input has no flag byte; anything else ran out of input somewhere.
            QVERIFY(node.error().code == (len == 0 ? ErrorCode::EmptyFrame : ErrorCode::Truncated));
        }
    }

    void everyByteMutated()
    {
        // Any single-byte change either decodes to something the encoder accepts or fails cleanly.
        const QByteArray frame = sampleFrame();
        for (qsizetype i = 1; i < frame.size(); ++i) {
            for (int value : {0x00, 0x01, 0x7f, 0x80, 0xec, 0xf0, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc,
                              0xfd, 0xfe, 0xff}) {
                QByteArray mutated = frame;
                mutated[i] = char(value);
                Result<Node> node = Decoder().decodeFrame(mutated);
                if (node && !node->tag().empty())
                    (void)Encoder::encodeFrame(*node);
            }
        }
    }

    void hugeLengths()
    {
        QCOMPARE(decodeError("00f802fc0178feffffffff"), ErrorCode::Truncated);
        QCOMPARE(decodeError("00f802fc0178fdffffff"), ErrorCode::Truncated);
        QCOMPARE(decodeError("00f802fc0178fcff"), ErrorCode::Truncated);
        // 65535 children announced, three bytes present.
        QCOMPARE(decodeError("00f802fc0178f9fffff80178"), ErrorCode::Truncated);
        // 65535 list items (32767 attributes) announced.
        QCOMPARE(decodeError("00f9fffffc0178"), ErrorCode::Truncated);
        QCOMPARE(decodeError("00f803fc0178fc0161ff7f"), ErrorCode::Truncated);
    }

    void invalidItems()
    {
        QCOMPARE(decodeError(""), ErrorCode::EmptyFrame);
        QCOMPARE(decodeError("00"), ErrorCode::Truncated);
        QCOMPARE(decodeError("0000"), ErrorCode::Truncated); // list size 0, then the tag is missing
        QCOMPARE(decodeError("000003"), ErrorCode::InvalidNode);
        QCOMPARE(decodeError("00f80100"), ErrorCode::InvalidNode);
        QCOMPARE(decodeError("00fc0178"), ErrorCode::InvalidTag);
        QCOMPARE(decodeError("00f801f0"), ErrorCode::InvalidTag);
        QCOMPARE(decodeError("00f801f8"), ErrorCode::InvalidTag);
        QCOMPARE(decodeError("00f801ff01c0"), ErrorCode::InvalidPacked);
        QCOMPARE(decodeError("00f801ff010d"), ErrorCode::InvalidPacked);
        QCOMPARE(decodeError("00f803fc0178fc0161fa0100"), ErrorCode::InvalidJid);
        QCOMPARE(decodeError("00f803fc0178fc0161fafc0000"), ErrorCode::InvalidJid);
    }

    void deepNesting()
    {
        // 10000 nested single-child lists: must stop at the depth limit, not at the stack's end.
        QByteArray deep(1, '\0');
        for (int i = 0; i < 10000; ++i)
            deep += QByteArray::fromHex("f80278f801");
        QCOMPARE(Decoder().decodeFrame(deep).error().code, ErrorCode::DepthExceeded);
        // JID pairs nested through their user part.
        QByteArray jids = QByteArray::fromHex("00f803fc0178fc0161");
        jids += QByteArray(100000, char(0xfa));
        QCOMPARE(Decoder().decodeFrame(jids).error().code, ErrorCode::DepthExceeded);
        QByteArray adJids = QByteArray::fromHex("00f803fc0178fc0161");
        for (int i = 0; i < 100000; ++i)
            adJids += QByteArray::fromHex("f70000");
        QCOMPARE(Decoder().decodeFrame(adJids).error().code, ErrorCode::DepthExceeded);
    }

    void interopBacktrackingIsBounded()
    {
        // Found by the fuzzer: nested INTEROP_JIDs whose optional server fails make the reference's
        // parse exponential. Ours caps re-reading and must answer at once.
        QFile file(QFINDTESTDATA("../fuzz/corpus/binary/regress-interop-backtracking.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray unit = file.readAll();
        QElapsedTimer timer;
        timer.start();
        Result<Node> node = Decoder().decodeFrame(unit);
        QVERIFY(!node.ok());
        QVERIFY(timer.elapsed() < 1000);

        QByteArray chain = QByteArray::fromHex("00f803fc0178fc0161");
        chain += QByteArray(60, char(0xf5));
        chain += QByteArray(2000, char(0x51));
        timer.restart();
        (void)Decoder().decodeFrame(chain);
        DecodeLimits lenient;
        lenient.allowTrailingBytes = true;
        (void)Decoder(lenient).decodeFrame(chain);
        QVERIFY(timer.elapsed() < 1000);
    }

    void elementLimit()
    {
        std::vector<Node> children(100, Node("a", {{"k", "v"}}));
        const QByteArray frame = *Encoder::encodeFrame(Node("x", {}, children));
        DecodeLimits limits;
        limits.maxElements = 201;
        QVERIFY(Decoder(limits).decodeFrame(frame).ok());
        limits.maxElements = 200;
        QCOMPARE(Decoder(limits).decodeFrame(frame).error().code, ErrorCode::TooManyElements);
    }

    void zipBomb()
    {
        // 64 MiB of zeros deflate to ~64 KiB; the default 16 MiB cap must stop inflation.
        const QByteArray bomb = QByteArray(1, '\x02') + zlibCompress(QByteArray(64 << 20, '\0'));
        QVERIFY(bomb.size() < (1 << 17));
        QCOMPARE(Decoder().decodeFrame(bomb).error().code, ErrorCode::InflatedTooLarge);
        DecodeLimits limits;
        limits.maxInflatedSize = 100;
        const QByteArray payload = sampleFrame().mid(1);
        const QByteArray small = QByteArray(1, '\x02') + zlibCompress(payload);
        QCOMPARE(Decoder(limits).decodeFrame(small).error().code, ErrorCode::InflatedTooLarge);
        limits.maxInflatedSize = std::size_t(payload.size());
        QVERIFY(Decoder(limits).decodeFrame(small).ok());
        limits.maxInflatedSize = std::size_t(payload.size() - 1);
        QCOMPARE(Decoder(limits).decodeFrame(small).error().code, ErrorCode::InflatedTooLarge);
    }

    void corruptZlib()
    {
        const QByteArray stream = zlibCompress(sampleFrame().mid(1));
        QVERIFY(Decoder().decodeFrame(QByteArray(1, '\x02') + stream).ok());
        for (qsizetype len = 0; len < stream.size(); ++len) {
            Result<Node> node = Decoder().decodeFrame(QByteArray(1, '\x02') + stream.left(len));
            QVERIFY(!node.ok());
            QCOMPARE(node.error().code, ErrorCode::InflateFailed);
        }
        QCOMPARE(Decoder().decodeFrame(QByteArray(1, '\x02') + stream + "x").error().code, ErrorCode::InflateFailed);
        QCOMPARE(Decoder().decodeFrame(QByteArray::fromHex("02deadbeef")).error().code, ErrorCode::InflateFailed);
        QCOMPARE(Frame::payload(QByteArray(), 100).error().code, ErrorCode::EmptyFrame);
    }

    void randomGarbage()
    {
        QRandomGenerator rng(0xb1a5);
        DecodeLimits lenient;
        lenient.allowTrailingBytes = true;
        for (int round = 0; round < 20000; ++round) {
            QByteArray data(qsizetype(rng.bounded(1, 64)), '\0');
            for (char &c : data)
                c = char(rng.bounded(256));
            // Bias toward structure so that decoding gets past the first bytes.
            data[0] = char(rng.bounded(2) ? 0x00 : 0x02);
            if (data.size() > 2 && rng.bounded(2))
                data[1] = char(0xf8);
            (void)Decoder().decodeFrame(data);
            (void)Decoder(lenient).decodeFrame(data);
        }
    }
};

QTEST_APPLESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
