// SecretBox: round trips, the documented "v1:" + base64(nonce || box) format (opened here with a
// direct libsodium call), tampering at every byte, wrong keys and garbage.
#include "core/secrets/secretbox.h"

#include <QSet>
#include <QTest>

#include <sodium.h>

using core::secrets::SecretBox;

class TestSecretBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("webhook-secret");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\x00", 4);
        QTest::newRow("1 MiB") << QByteArray(1 << 20, 'x');
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const SecretBox box(SecretBox::generateKey());
        QVERIFY(box.isValid());
        const QByteArray sealed = box.seal(plaintext);
        QVERIFY(sealed.startsWith("v1:"));
        QCOMPARE(box.open(sealed), std::optional<QByteArray>(plaintext));
        // A copy of the box holds the same key.
        const SecretBox copy = box;
        QCOMPARE(copy.open(sealed), std::optional<QByteArray>(plaintext));
    }

    void formatIsNonceThenSecretbox()
    {
        const QByteArray key = SecretBox::generateKey();
        QCOMPARE(key.size(), 32);
        const QByteArray sealed = SecretBox(key).seal("hello");
        const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(3), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        const QByteArray raw = decoded.decoded;
        QCOMPARE(raw.size(), qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + 5));
        QByteArray out(5, '\0');
        const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
        QCOMPARE(crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(out.data()),
                                            bytes + crypto_secretbox_NONCEBYTES,
                                            static_cast<unsigned long long>(raw.size() - crypto_secretbox_NONCEBYTES),
                                            bytes, reinterpret_cast<const unsigned char *>(key.constData())),
                 0);
        QCOMPARE(out, QByteArray("hello"));
    }

    void freshNonceEverySeal()
    {
        const SecretBox box(SecretBox::generateKey());
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(box.seal("same"));
        QCOMPARE(seen.size(), 200);
    }

    void tamperingAnyByteFails()
    {
        const SecretBox box(SecretBox::generateKey());
        const QByteArray sealed = box.seal("attack at dawn");
        const QByteArray raw = QByteArray::fromBase64(sealed.mid(3));
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QByteArray bad = raw;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY2(!box.open("v1:" + bad.toBase64()), qPrintable(QString::number(i)));
        }
        QVERIFY(!box.open("v1:" + raw.left(raw.size() - 1).toBase64()));  // truncated
        QVERIFY(!box.open("v1:" + (raw + 'x').toBase64()));                // extended
    }

    void wrongKeyFails()
    {
        const QByteArray sealed = SecretBox(SecretBox::generateKey()).seal("secret");
        QCOMPARE(SecretBox(SecretBox::generateKey()).open(sealed), std::nullopt);
    }

    void garbageFails_data()
    {
        QTest::addColumn<QByteArray>("sealed");
        const QByteArray good = SecretBox(QByteArray(32, 'k')).seal("x");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix only") << QByteArray("v1:");
        QTest::newRow("no prefix") << good.mid(3);
        QTest::newRow("other version") << QByteArray("v2:") + good.mid(3);
        QTest::newRow("bad base64") << QByteArray("v1:!!!!");
        QTest::newRow("too short") << QByteArray("v1:") + QByteArray(39, 'A').toBase64();
        QTest::newRow("exact overhead, zeros") << QByteArray("v1:") + QByteArray(40, '\0').toBase64();
        QTest::newRow("text") << QByteArray("plain password");
    }

    void garbageFails()
    {
        QFETCH(QByteArray, sealed);
        QCOMPARE(SecretBox(QByteArray(32, 'k')).open(sealed), std::nullopt);
    }

    void emptyPlaintextStillAuthenticated()
    {
        const SecretBox box(QByteArray(32, 'k'));
        const QByteArray sealed = box.seal(QByteArray());
        QCOMPARE(box.open(sealed), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(SecretBox(QByteArray(32, 'j')).open(sealed), std::nullopt);
    }

    void invalidKeySizes()
    {
        for (int size : {0, 16, 31, 33, 64}) {
            const SecretBox box(QByteArray(size, 'k'));
            QVERIFY(!box.isValid());
            QVERIFY(box.seal("x").isEmpty());
            QCOMPARE(box.open(SecretBox(QByteArray(32, 'k')).seal("x")), std::nullopt);
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
