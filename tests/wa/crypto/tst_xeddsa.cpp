// XEdDSA with fixed keys: sign/verify, the nonce comes from the injected RandomSource (same
// seed -> same signature, pinned below as a regression vector), and every tampering fails.
// Compatibility with Signal's implementation is checked in tests/interop (xeddsa).
#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"
#include "wa/crypto/xeddsa.h"

#include <QTest>

using namespace wa::crypto;

namespace {
const QByteArray FixedPrivate = QByteArray::fromHex("a8abababababababababababababababababababababababababababababab6b");
const QByteArray Message("WhatsApp certificate details");
} // namespace

class TestXeddsa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signAndVerify()
    {
        const KeyPair key = *keyPairFromPrivateKey(FixedPrivate);
        DeterministicRandom random("nonce seed");
        const auto signature = xeddsaSign(key.privateKey, Message, random);
        QVERIFY(signature.has_value());
        QCOMPARE(signature->size(), XeddsaSignatureSize);
        QCOMPARE(random.consumed(), quint64(64)); // the whole nonce comes from the injected source
        QVERIFY(xeddsaVerify(key.publicKey, Message, *signature));
        QVERIFY(xeddsaVerify(toSignalPublicKey(key.publicKey), Message, *signature));
    }

    void nonceDeterminism()
    {
        const KeyPair key = *keyPairFromPrivateKey(FixedPrivate);
        DeterministicRandom r1("nonce seed");
        DeterministicRandom r2("nonce seed");
        DeterministicRandom r3("another seed");
        const QByteArray s1 = *xeddsaSign(key.privateKey, Message, r1);
        const QByteArray s2 = *xeddsaSign(key.privateKey, Message, r2);
        const QByteArray s3 = *xeddsaSign(key.privateKey, Message, r3);
        QCOMPARE(s1, s2);
        QVERIFY(s1 != s3);
        QVERIFY(xeddsaVerify(key.publicKey, Message, s3));
        QCOMPARE(s1.toHex(), QByteArray(PinnedSignature));
    }

    void rejectsTampering()
    {
        const KeyPair key = *keyPairFromPrivateKey(FixedPrivate);
        DeterministicRandom random("nonce seed");
        const QByteArray signature = *xeddsaSign(key.privateKey, Message, random);
        QVERIFY(!xeddsaVerify(key.publicKey, Message + "!", signature));
        for (int byte : {0, 31, 32, 63}) {
            QByteArray bad = signature;
            bad[byte] = char(bad[byte] ^ 0x01);
            QVERIFY2(!xeddsaVerify(key.publicKey, Message, bad), qPrintable(QString::number(byte)));
        }
        DeterministicRandom other("other key");
        QVERIFY(!xeddsaVerify(generateKeyPair(other).publicKey, Message, signature));
        QVERIFY(!xeddsaVerify(key.publicKey, Message, signature.first(63)));
        QVERIFY(!xeddsaVerify(QByteArray(31, 1), Message, signature));
        QVERIFY(!xeddsaSign(QByteArray(31, 1), Message, random));
    }

    void emptyMessage()
    {
        const KeyPair key = generateKeyPair();
        const auto signature = xeddsaSign(key.privateKey, {});
        QVERIFY(signature);
        QVERIFY(xeddsaVerify(key.publicKey, {}, *signature));
    }

private:
    static constexpr const char *PinnedSignature =
        "a6b1cede864daf33e041ab221554d2f72bb4ee66909baefe2dede061216aa625"
        "b643c89a98eabf888e092ec96aa7babab2c7ed68748cbd2c3e6020867e48b404";
};

QTEST_GUILESS_MAIN(TestXeddsa)
#include "tst_xeddsa.moc"
