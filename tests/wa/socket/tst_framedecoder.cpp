// Frame encoder/decoder without a socket: reassembly across arbitrary splits, several frames
// per message, the client header on the server side (split, wrong, with routing info), the
// size cap and sticky failure.
#include "wa/socket/framedecoder.h"
#include "wa/socket/frameencoder.h"
#include "wa/socket/framing.h"

#include <QTest>

using namespace wa::socket;

namespace {

QByteArray frame(const QByteArray &payload)
{
    FrameEncoder encoder;
    return *encoder.encode(payload);
}

QByteArray payloadOf(int size, char fill)
{
    return QByteArray(size, fill);
}

} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoderGluesHeaderOnce()
    {
        FrameEncoder encoder(connectionHeader());
        const QByteArray first = *encoder.encode(QByteArray("\x12\x22", 2));
        QCOMPARE(first.toHex(), QByteArray("57410603000002" "1222"));
        QVERIFY(encoder.headerSent());
        QCOMPARE(encoder.encode("abc")->toHex(), QByteArray("000003616263"));
        QCOMPARE(FrameEncoder().encode({})->toHex(), QByteArray("000000"));
    }

    void encoderRejectsOversizedPayload()
    {
        FrameEncoder encoder;
        QVERIFY(encoder.encode(QByteArray(FrameSizeLimit - 1, 'x')).ok());
        const auto tooBig = encoder.encode(QByteArray(FrameSizeLimit, 'x'));
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, ErrorCode::FrameTooLarge);
    }

    void severalFramesInOneMessage()
    {
        FrameDecoder decoder;
        const auto frames = decoder.feed(frame("one") + frame("") + frame("three"));
        QVERIFY(frames.ok());
        QCOMPARE(*frames, (QList<QByteArray> {"one", "", "three"}));
        QCOMPARE(decoder.pendingBytes(), 0);
    }

    void oneFrameSplitEverywhere()
    {
        const QByteArray stream = frame(payloadOf(300, 'a')) + frame("bc") + frame(payloadOf(70000, 'd'));
        for (int chunk : {1, 2, 3, 4, 7, 301, 4096}) {
            FrameDecoder decoder;
            QList<QByteArray> all;
            for (qsizetype i = 0; i < stream.size(); i += chunk) {
                const auto frames = decoder.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(chunk, stream.size() - i)));
                QVERIFY(frames.ok());
                all += *frames;
            }
            QCOMPARE(all.size(), 3);
            QCOMPARE(all[0], payloadOf(300, 'a'));
            QCOMPARE(all[1], QByteArray("bc"));
            QCOMPARE(all[2], payloadOf(70000, 'd'));
            QCOMPARE(decoder.pendingBytes(), 0);
        }
    }

    void partialLengthPrefixWaits()
    {
        FrameDecoder decoder;
        QVERIFY(decoder.feed(QByteArray("\x00\x00", 2))->isEmpty());
        QVERIFY(decoder.feed(QByteArray("\x02" "a", 2))->isEmpty());
        QCOMPARE(decoder.pendingBytes(), 4);
        QCOMPARE(*decoder.feed("b"), QList<QByteArray> {"ab"});
    }

    void serverSideStripsHeader()
    {
        const QByteArray stream = connectionHeader() + frame("hello") + frame("again");
        for (int chunk : {1, 2, 5, 100}) {
            FrameDecoder decoder(FrameDecoder::HeaderMode::Expect);
            QList<QByteArray> all;
            for (qsizetype i = 0; i < stream.size(); i += chunk) {
                const auto frames = decoder.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(chunk, stream.size() - i)));
                QVERIFY(frames.ok());
                all += *frames;
            }
            QVERIFY(decoder.headerSeen());
            QCOMPARE(all, (QList<QByteArray> {"hello", "again"}));
        }
    }

    void serverSideRejectsWrongHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no header") << frame("hello");
        QTest::newRow("wrong dictionary") << QByteArray("WA\x06\x02", 4) + frame("x");
        QTest::newRow("wrong magic") << QByteArray("WA\x05", 3);
        QTest::newRow("bad routing prefix") << QByteArray("ED\x01\x01", 4);
        QTest::newRow("huge routing info") << QByteArray("ED\x00\x01\xff\xff\xff", 7);
        QTest::newRow("routing then garbage") << QByteArray("ED\x00\x01\x00\x00\x02zzXA", 11);
    }

    void serverSideRejectsWrongHeader()
    {
        QFETCH(QByteArray, bytes);
        FrameDecoder decoder(FrameDecoder::HeaderMode::Expect);
        const auto result = decoder.feed(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::BadHeader);
        QVERIFY(decoder.hasFailed());
        // Sticky: a valid continuation does not revive a broken stream.
        QVERIFY(!decoder.feed(frame("x")).ok());
    }

    void routingInfoPrefix()
    {
        FrameDecoder decoder(FrameDecoder::HeaderMode::Expect);
        const QByteArray routing("\x08\x02\x08\x05", 4);
        const QByteArray stream = QByteArray("ED\x00\x01\x00\x00\x04", 7) + routing + connectionHeader() + frame("hi");
        QList<QByteArray> all;
        for (char byte : stream)
            all += *decoder.feed(QByteArrayView(&byte, 1));
        QCOMPARE(all, QList<QByteArray> {"hi"});
        QCOMPARE(decoder.routingInfo(), routing);
    }

    void sizeCap()
    {
        FrameDecoder decoder;
        decoder.setMaxFrameSize(10);
        QCOMPARE(*decoder.feed(frame(payloadOf(10, 'x'))), QList<QByteArray> {payloadOf(10, 'x')});
        // Rejected as soon as the length prefix is seen, before the payload is buffered.
        const auto result = decoder.feed(QByteArray("\x00\x00\x0b", 3));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::FrameTooLarge);
        QVERIFY(decoder.hasFailed());
        QCOMPARE(decoder.pendingBytes(), 0);
    }

    void defaultCapAcceptsLargestFrame()
    {
        FrameDecoder decoder;
        QCOMPARE(decoder.maxFrameSize(), FrameSizeLimit - 1);
        // 0xffffff announced: waits for the payload instead of failing.
        QVERIFY(decoder.feed(QByteArray("\xff\xff\xff", 3))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
