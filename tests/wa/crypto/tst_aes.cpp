// AES-256-GCM (NIST GCM spec test cases 13, 14, 16) and AES-256-CBC (SP 800-38A F.2.5) with
// PKCS#7 padding; tampering must fail closed.
#include "wa/crypto/aes.h"

#include <QTest>

using namespace wa::crypto;

namespace {
QByteArray hex(const char *s)
{
    return QByteArray::fromHex(s);
}
} // namespace

class TestAes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gcmNistVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("tc13 empty") << QByteArray(32, 0) << QByteArray(12, 0) << QByteArray() << QByteArray()
                                    << hex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("tc14 zero block") << QByteArray(32, 0) << QByteArray(12, 0) << QByteArray(16, 0) << QByteArray()
                                         << hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("tc16 with aad")
            << hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308") << hex("cafebabefacedbaddecaf888")
            << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e24"
                   "49a6b525b16aedf5aa0de657ba637b39")
            << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b10"
                   "56828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
    }

    void gcmNistVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, expected);
        const auto sealed = aesGcmEncrypt(key, iv, plaintext, aad);
        QVERIFY(sealed.has_value());
        QCOMPARE(sealed->toHex(), expected.toHex());
        const auto opened = aesGcmDecrypt(key, iv, expected, aad);
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, plaintext);
    }

    void gcmFailsClosed()
    {
        const QByteArray key(32, 7);
        const QByteArray iv(12, 1);
        const QByteArray sealed = *aesGcmEncrypt(key, iv, "hello", "aad");
        QByteArray flipped = sealed;
        flipped[0] = char(flipped[0] ^ 1);
        QVERIFY(!aesGcmDecrypt(key, iv, flipped, "aad"));
        QVERIFY(!aesGcmDecrypt(key, iv, sealed, "other aad"));
        QVERIFY(!aesGcmDecrypt(key, iv, sealed.first(10), "aad"));
        QVERIFY(!aesGcmDecrypt(QByteArray(31, 7), iv, sealed, "aad"));
        QVERIFY(!aesGcmEncrypt(QByteArray(16, 7), iv, "x"));
        QVERIFY(!aesGcmEncrypt(key, QByteArray(), "x"));
    }

    void cbcNistVector()
    {
        const QByteArray key = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray iv = hex("000102030405060708090a0b0c0d0e0f");
        const QByteArray p1 = hex("6bc1bee22e409f96e93d7e117393172a");
        const auto sealed = aesCbcEncrypt(key, iv, p1);
        QVERIFY(sealed.has_value());
        // One full block of plaintext gets a whole padding block appended.
        QCOMPARE(sealed->size(), 32);
        QCOMPARE(sealed->first(16).toHex(), QByteArray("f58c4c04d6e5f1ba779eabfb5f7bfbd6"));
        QCOMPARE(*aesCbcDecrypt(key, iv, *sealed), p1);
        // Without its padding block the last plaintext byte (0x2a) is not valid PKCS#7.
        QVERIFY(!aesCbcDecrypt(key, iv, sealed->first(16)));
    }

    void cbcRoundTripsAndRejects()
    {
        const QByteArray key(32, 3);
        const QByteArray iv(16, 4);
        for (int size : {0, 1, 15, 16, 17, 100}) {
            const QByteArray plaintext(size, 'x');
            const auto sealed = aesCbcEncrypt(key, iv, plaintext);
            QVERIFY(sealed.has_value());
            QCOMPARE(sealed->size() % 16, 0);
            QCOMPARE(*aesCbcDecrypt(key, iv, *sealed), plaintext);
        }
        QVERIFY(!aesCbcDecrypt(key, iv, QByteArray(15, 0)));
        QVERIFY(!aesCbcDecrypt(key, iv, QByteArray()));
        QVERIFY(!aesCbcEncrypt(key, QByteArray(12, 0), "x"));
    }
};

QTEST_GUILESS_MAIN(TestAes)
#include "tst_aes.moc"
