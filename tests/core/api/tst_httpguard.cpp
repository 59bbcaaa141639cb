// RequestFramer: the byte-level tracker that enforces body and header caps before Qt buffers.
#include "core/api/httpguard.h"

#include <QtTest>

using core::api::GuardLimits;
using core::api::RequestFramer;
using V = RequestFramer::Verdict;

class TstHttpGuard : public QObject
{
    Q_OBJECT
    static GuardLimits limits(qint64 body = 1000, int header = 256)
    {
        GuardLimits l;
        l.maxBodyBytes = body;
        l.maxHeaderBytes = header;
        return l;
    }
    static V feedAll(RequestFramer &f, const QByteArray &bytes, int step)
    {
        for (qsizetype i = 0; i < bytes.size(); i += step) {
            const QByteArray part = bytes.mid(i, step);
            const V v = f.feed(part.constData(), part.size());
            if (v != V::Ok)
                return v;
        }
        return V::Ok;
    }
private Q_SLOTS:
    void contentLengthWithinLimitAtAnySplit()
    {
        const QByteArray req = "POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                               "GET /y HTTP/1.1\r\nHost: a\r\n\r\n";
        for (int step = 1; step <= req.size(); ++step) {
            RequestFramer f(limits());
            QCOMPARE(feedAll(f, req, step), V::Ok);
            QVERIFY(!f.inRequest());
        }
    }
    void declaredBodyOverLimit()
    {
        RequestFramer f(limits(1000));
        const QByteArray req = "POST /x HTTP/1.1\r\ncontent-length: 1001\r\n\r\n";
        QCOMPARE(feedAll(f, req, 7), V::BodyTooLarge);
    }
    void badContentLength()
    {
        RequestFramer f(limits());
        QCOMPARE(feedAll(f, "POST /x HTTP/1.1\r\nContent-Length: -4\r\n\r\n", 100), V::Malformed);
        RequestFramer g(limits());
        QCOMPARE(feedAll(g, "POST /x HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 100), V::Malformed);
    }
    void headerBlockOverLimit()
    {
        RequestFramer f(limits(1000, 256));
        QCOMPARE(feedAll(f, "GET /x HTTP/1.1\r\nX-Long: " + QByteArray(300, 'a') + "\r\n\r\n", 10), V::HeaderTooLarge);
    }
    void chunkedWithinAndOverLimit()
    {
        const QByteArray ok = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\nTrailer: x\r\n\r\n"
                              "GET /y HTTP/1.1\r\n\r\n";
        for (int step = 1; step <= ok.size(); step += 3) {
            RequestFramer f(limits(8));
            QCOMPARE(feedAll(f, ok, step), V::Ok);
            QVERIFY(!f.inRequest());
        }
        RequestFramer f(limits(7));
        QCOMPARE(feedAll(f, ok, 4), V::BodyTooLarge);
        RequestFramer g(limits());
        QCOMPARE(feedAll(g, "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 5), V::Malformed);
        RequestFramer h(limits());
        QCOMPARE(feedAll(h, "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n", 5), V::Malformed);
    }
};

QTEST_GUILESS_MAIN(TstHttpGuard)
#include "tst_httpguard.moc"
