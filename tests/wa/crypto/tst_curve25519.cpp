// Curve25519 key derivation and X25519 agreement against RFC 7748 §6.1, plus the Signal
// 0x05-prefixed key form and the injectable random source.
#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"

#include <QTest>

using namespace wa::crypto;

namespace {
const QByteArray AlicePrivate = QByteArray::fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
const QByteArray AlicePublic = QByteArray::fromHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
const QByteArray BobPrivate = QByteArray::fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
const QByteArray BobPublic = QByteArray::fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
const QByteArray Shared = QByteArray::fromHex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
} // namespace

class TestCurve25519 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7748()
    {
        const auto alice = keyPairFromPrivateKey(AlicePrivate);
        const auto bob = keyPairFromPrivateKey(BobPrivate);
        QVERIFY(alice && bob);
        QCOMPARE(alice->publicKey.toHex(), AlicePublic.toHex());
        QCOMPARE(bob->publicKey.toHex(), BobPublic.toHex());
        QCOMPARE(x25519(alice->privateKey, BobPublic)->toHex(), Shared.toHex());
        QCOMPARE(x25519(BobPrivate, AlicePublic)->toHex(), Shared.toHex());
        // The Signal form of the peer key works too.
        QCOMPARE(x25519(AlicePrivate, toSignalPublicKey(BobPublic))->toHex(), Shared.toHex());
    }

    void privateKeysAreClamped()
    {
        const auto pair = keyPairFromPrivateKey(QByteArray(32, char(0xff)));
        QVERIFY(pair);
        QCOMPARE(uchar(pair->privateKey[0]) & 7, 0);
        QCOMPARE(uchar(pair->privateKey[31]) & 0x80, 0);
        QCOMPARE(uchar(pair->privateKey[31]) & 0x40, 0x40);
        QVERIFY(!keyPairFromPrivateKey(QByteArray(31, 1)));
    }

    void rejectsBadPeerKeys()
    {
        QVERIFY(!x25519(AlicePrivate, QByteArray(31, 1)));
        QVERIFY(!x25519(AlicePrivate, QByteArray(33, 1))); // 33 bytes without the 0x05 type
        // The all-zero point is of low order: the shared secret would be all zeros.
        QVERIFY(!x25519(AlicePrivate, QByteArray(32, 0)));
    }

    void signalKeyForm()
    {
        const QByteArray signal = toSignalPublicKey(AlicePublic);
        QCOMPARE(signal.size(), 33);
        QCOMPARE(signal.at(0), DjbKeyType);
        QCOMPARE(*toRawPublicKey(signal), AlicePublic);
        QCOMPARE(*toRawPublicKey(AlicePublic), AlicePublic);
        QVERIFY(toSignalPublicKey(QByteArray(5, 0)).isEmpty());
        QVERIFY(!toRawPublicKey(QByteArray(33, 0)));
    }

    void deterministicRandom()
    {
        DeterministicRandom a("seed");
        DeterministicRandom b("seed");
        DeterministicRandom c("other");
        const QByteArray first = a.bytes(50);
        QByteArray chunked = b.bytes(20);
        chunked += b.bytes(30);
        QCOMPARE(chunked, first); // chunking does not change the stream
        QVERIFY(c.bytes(50) != first);
        QCOMPARE(a.consumed(), quint64(50));
        DeterministicRandom d("seed");
        const KeyPair k1 = generateKeyPair(d);
        DeterministicRandom e("seed");
        QCOMPARE(generateKeyPair(e).privateKey, k1.privateKey);
        QVERIFY(k1.isValid());
    }

    void systemRandomIsNotConstant()
    {
        QVERIFY(systemRandom().bytes(32) != systemRandom().bytes(32));
        QVERIFY(generateKeyPair().isValid());
    }
};

QTEST_GUILESS_MAIN(TestCurve25519)
#include "tst_curve25519.moc"
