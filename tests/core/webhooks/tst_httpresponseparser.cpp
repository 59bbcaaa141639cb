// HttpResponseParser: receivers' answers in every framing, fed whole and byte by byte; keep-alive
// rules; 1xx; the limits that keep a hostile receiver from costing memory; malformed input.
#include "core/webhooks/httpresponseparser.h"

#include <QtTest>

using core::webhooks::HttpResponseParser;

namespace {

struct Parsed {
    HttpResponseParser parser;
    qsizetype used = 0;
};

// Feeds `bytes` in pieces of `step` bytes (0 = all at once), stopping when the parser stops.
Parsed parse(const QByteArray &bytes, qsizetype step = 0, bool closeAtEnd = false)
{
    Parsed p;
    const qsizetype piece = step > 0 ? step : bytes.size();
    for (qsizetype at = 0; at < bytes.size() && !p.parser.done() && !p.parser.failed(); at += piece) {
        const qsizetype n = std::min(piece, bytes.size() - at);
        const qsizetype used = p.parser.feed(bytes.constData() + at, n);
        p.used += used;
        if (used < n)
            break;
    }
    if (closeAtEnd)
        p.parser.endOfStream();
    return p;
}

} // namespace

class TstHttpResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("keepAlive");
        QTest::addColumn<qint64>("body");
        QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200 << true << qint64(5);
        QTest::newRow("empty") << QByteArray("HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n") << 204 << true << qint64(0);
        QTest::newRow("zero length") << QByteArray("HTTP/1.1 201 Created\r\ncontent-length:0\r\n\r\n") << 201 << true << qint64(0);
        QTest::newRow("no reason") << QByteArray("HTTP/1.1 202\r\nContent-Length: 0\r\n\r\n") << 202 << true << qint64(0);
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << 200 << true << qint64(2);
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n")
                                 << 200 << true << qint64(15);
        QTest::newRow("chunked overrides length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
                                                  << 200 << true << qint64(2);
        QTest::newRow("close") << QByteArray("HTTP/1.1 500 Oops\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbad") << 500 << false << qint64(3);
        QTest::newRow("1.0 default") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << 200 << false << qint64(0);
        QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n") << 200 << true << qint64(0);
        QTest::newRow("100 then 200") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early\r\nLink: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n!")
                                      << 200 << true << qint64(1);
        QTest::newRow("stray empty line") << QByteArray("\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 200 << true << qint64(0);
    }
    void framings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(bool, keepAlive);
        QFETCH(qint64, body);
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7)}) {
            const Parsed p = parse(bytes, step);
            QVERIFY2(p.parser.done(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(p.parser.problem())));
            QCOMPARE(p.parser.status(), status);
            QCOMPARE(p.parser.keepAlive(), keepAlive);
            QCOMPARE(p.parser.bodyBytes(), body);
            QCOMPARE(p.used, bytes.size());
        }
    }

    void bodyToTheClose()
    {
        const QByteArray bytes("HTTP/1.1 200 OK\r\nServer: x\r\n\r\nsome body");
        Parsed p = parse(bytes);
        QVERIFY(!p.parser.done()); // could go on
        p.parser.endOfStream();
        QVERIFY(p.parser.done());
        QCOMPARE(p.parser.status(), 200);
        QVERIFY(!p.parser.keepAlive());
        QCOMPARE(p.parser.bodyBytes(), qint64(9));
        // An unknown coding: the body runs to the close too.
        p = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx", 0, true);
        QVERIFY(p.parser.done());
        QVERIFY(!p.parser.keepAlive());
    }

    void closedEarlyFails()
    {
        Parsed p = parse("", 0, true);
        QVERIFY(p.parser.failed());
        QVERIFY(!p.parser.started());
        QCOMPARE(p.parser.problem(), QStringLiteral("connection closed by the receiver"));
        p = parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", 0, true);
        QVERIFY(p.parser.failed());
        QVERIFY(p.parser.started());
        QCOMPARE(p.parser.status(), 200); // known, though the answer was cut
        QVERIFY(p.parser.problem().contains(QLatin1String("mid-response")));
    }

    void stopsAtTheEndOfTheAnswer()
    {
        // Whatever follows the answer is not consumed (and the connection is not reused).
        const QByteArray bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");
        const Parsed p = parse(bytes);
        QVERIFY(p.parser.done());
        QCOMPARE(p.used, qsizetype(bytes.indexOf("okHTTP") + 2));
    }

    void bodyIsCountedNotKeptAndCapped()
    {
        QByteArray bytes("HTTP/1.1 200 OK\r\nContent-Length: 3000000\r\n\r\n");
        bytes += QByteArray(3'000'000, 'x');
        const Parsed p = parse(bytes, 64 * 1024);
        QVERIFY(p.parser.done());
        QVERIFY(p.parser.bodyTruncated());
        QVERIFY(!p.parser.keepAlive());
        QCOMPARE(p.parser.status(), 200);
        QVERIFY(p.parser.bodyBytes() > HttpResponseParser::kMaxBodyBytes);
        QVERIFY(p.parser.bodyBytes() <= HttpResponseParser::kMaxBodyBytes + 64 * 1024);
    }

    void limits()
    {
        QByteArray many("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i <= HttpResponseParser::kMaxHeaderFields; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        Parsed p = parse(many + "\r\n");
        QVERIFY(p.parser.failed());
        QVERIFY(p.parser.problem().contains(QLatin1String("header fields")));

        p = parse("HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(HttpResponseParser::kMaxLineBytes, 'a') + "\r\n\r\n", 1000);
        QVERIFY(p.parser.failed());
        QVERIFY(p.parser.problem().contains(QLatin1String("line over")));

        QByteArray big("HTTP/1.1 200 OK\r\n");
        while (big.size() <= HttpResponseParser::kMaxHeaderBytes)
            big += "X-Fill: " + QByteArray(4000, 'b') + "\r\n";
        p = parse(big + "\r\n");
        QVERIFY(p.parser.failed());
        // Whichever limit is met first, nothing unbounded is kept.
        QVERIFY(p.parser.problem().contains(QLatin1String("headers over")) || p.parser.problem().contains(QLatin1String("header fields")));

        p = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(20000, '1'));
        QVERIFY(p.parser.failed()); // a chunk-size line without end
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n");
        QTest::newRow("http 2") << QByteArray("HTTP/2.0 200 OK\r\n\r\n");
        QTest::newRow("short") << QByteArray("HTTP/1.1 20\r\n\r\n");
        QTest::newRow("letters") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
        QTest::newRow("four digits") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n");
        QTest::newRow("below 100") << QByteArray("HTTP/1.1 099 Hm\r\n\r\n");
        QTest::newRow("switching") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n");
        QTest::newRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nX-A : b\r\n\r\n");
        QTest::newRow("folded") << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\r\n continued\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("huge chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n");
        QTest::newRow("bad chunk end") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n0\r\n\r\n");
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        for (qsizetype step : {qsizetype(0), qsizetype(1)}) {
            const Parsed p = parse(bytes, step);
            QVERIFY2(p.parser.failed(), qPrintable(QStringLiteral("step %1 accepted it").arg(step)));
            QVERIFY(p.parser.problem().startsWith(QLatin1String("invalid HTTP response")));
            QVERIFY(!p.parser.keepAlive());
        }
    }
};

QTEST_GUILESS_MAIN(TstHttpResponseParser)
#include "tst_httpresponseparser.moc"
