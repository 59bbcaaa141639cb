// The send-file multipart parser: fields and files as curl sends them, quoted boundaries and
// file names, and every malformed shape refused with a reason (never a crash or a partial part).
#include "core/api/multipart.h"

#include <QtTest>

using namespace core::api;

class TstMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void curlShapedBody()
    {
        static const char raw[] = "--------------------------abc\r\n"
                                "Content-Disposition: form-data; name=\"phone\"\r\n\r\n"
                                "5511999990000\r\n"
                                "--------------------------abc\r\n"
                                "Content-Disposition: form-data; name=\"file\"; filename=\"my \\\"report\\\".pdf\"\r\n"
                                "Content-Type: application/pdf\r\n\r\n"
                                "%PDF\r\n--not-the-boundary\r\nbinary\x00\xff"
                                "\r\n--------------------------abc--\r\n";
        const QByteArray body(raw, sizeof(raw) - 1); // it holds a NUL byte
        const auto boundary = multipartBoundary("multipart/form-data; boundary=------------------------abc");
        QVERIFY(boundary);
        const MultipartResult r = parseMultipart(body, *boundary);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.parts.size(), 2);
        QCOMPARE(r.part("phone")->data, QByteArray("5511999990000"));
        const FormPart *file = r.part("file");
        QCOMPARE(file->fileName, QStringLiteral("my \"report\".pdf"));
        QCOMPARE(file->contentType, QByteArray("application/pdf"));
        QCOMPARE(file->data, QByteArray("%PDF\r\n--not-the-boundary\r\nbinary\x00\xff", 34));
        QVERIFY(!r.part("caption"));
    }

    void boundaries()
    {
        QCOMPARE(*multipartBoundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), QByteArray("a b"));
        QVERIFY(!multipartBoundary("application/json"));
        QVERIFY(!multipartBoundary("multipart/form-data"));
        QVERIFY(!multipartBoundary("multipart/form-data; boundary=" + QByteArray(71, 'x')));
    }

    void malformedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no boundary at all") << QByteArray("hello");
        QTest::newRow("no closing boundary") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue");
        QTest::newRow("headers never end") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n");
        QTest::newRow("no name") << QByteArray("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--");
        QTest::newRow("not form-data") << QByteArray("--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b--");
        QTest::newRow("garbage after boundary") << QByteArray("--bX\r\n");
        QTest::newRow("huge headers") << QByteArray("--b\r\nX: " + QByteArray(10000, 'h') + "\r\n\r\nx\r\n--b--");
    }
    void malformedBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        const MultipartResult r = parseMultipart(body, "b");
        QVERIFY(!r.error.isEmpty());
    }

    void partLimit()
    {
        QByteArray body;
        for (int i = 0; i < 5; ++i)
            body += "--b\r\nContent-Disposition: form-data; name=\"p" + QByteArray::number(i) + "\"\r\n\r\nv\r\n";
        body += "--b--\r\n";
        QVERIFY(parseMultipart(body, "b", {5, 8192}).error.isEmpty());
        QVERIFY(!parseMultipart(body, "b", {4, 8192}).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMultipart)
#include "tst_multipart.moc"
