// SHA-256 / HMAC-SHA256 / HKDF-SHA256 against published vectors (FIPS 180-2, RFC 4231, RFC 5869).
#include "wa/crypto/digest.h"
#include "wa/crypto/hkdf.h"

#include <QTest>

using namespace wa::crypto;

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256Vectors()
    {
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256({}).toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hmacVectors()
    {
        // RFC 4231 test case 2.
        QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        HmacSha256 incremental("Jefe");
        QVERIFY(incremental.isValid());
        incremental.update("what do ya ");
        incremental.update("want for nothing?");
        QCOMPARE(incremental.final(), hmacSha256("Jefe", "what do ya want for nothing?"));
    }

    void hkdf_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("okm");
        auto range = [](int from, int to) {
            QByteArray out;
            for (int i = from; i < to; ++i)
                out.append(char(i));
            return out;
        };
        QTest::newRow("rfc5869 case 1") << QByteArray(22, 0x0b) << range(0, 13) << range(0xf0, 0xfa) << 42
                                        << QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                                      "34007208d5b887185865");
        QTest::newRow("rfc5869 case 2") << range(0, 0x50) << range(0x60, 0xb0) << range(0xb0, 0x100) << 82
                                        << QByteArray("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                                                      "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                                                      "cc30c58179ec3e87c14c01d5c1f3434f1d87");
        QTest::newRow("rfc5869 case 3") << QByteArray(22, 0x0b) << QByteArray() << QByteArray() << 42
                                        << QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                                                      "9d201395faa4b61a96c8");
    }

    void hkdf()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(int, length);
        QFETCH(QByteArray, okm);
        const auto out = hkdfSha256(ikm, salt, info, length);
        QVERIFY(out.has_value());
        QCOMPARE(out->toHex(), okm);
    }

    void hkdfRejectsBadLengths()
    {
        QVERIFY(!hkdfSha256("ikm", {}, {}, 0).has_value());
        QVERIFY(!hkdfSha256("ikm", {}, {}, 255 * 32 + 1).has_value());
        QCOMPARE(hkdfSha256("ikm", {}, {}, 255 * 32)->size(), 255 * 32);
    }

    void constantTimeCompare()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
