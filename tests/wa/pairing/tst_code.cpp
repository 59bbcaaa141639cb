// Pairing code: alphabet and encoding, PBKDF2 and AES-CTR against independent vectors
// (Python's hashlib, NIST SP 800-38A), key wrapping, and the whole companion_hello /
// companion_finish exchange with both roles agreeing on the new ADV secret.
#include "wa/client/pairingcode.h"
#include "wa/client/pairingcodeexchange.h"
#include "wa/client/pairingprimary.h"

#include <QTest>

using namespace wa;
using namespace wa::client;
using namespace Qt::StringLiterals;

namespace {

QByteArray range32()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes += char(i);
    return bytes;
}

struct Exchange
{
    crypto::KeyPair companionEphemeral;
    crypto::KeyPair companionIdentity;
    crypto::KeyPair primaryEphemeral;
    crypto::KeyPair primaryIdentity;
    QByteArray noise;
};

Exchange keys(crypto::RandomSource &random)
{
    Exchange e;
    e.companionEphemeral = crypto::generateKeyPair(random);
    e.companionIdentity = crypto::generateKeyPair(random);
    e.primaryEphemeral = crypto::generateKeyPair(random);
    e.primaryIdentity = crypto::generateKeyPair(random);
    e.noise = crypto::generateKeyPair(random).publicKey;
    return e;
}

} // namespace

class TestPairingCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoding()
    {
        QCOMPARE(QByteArray(PairingCodeAlphabet).size(), 32);
        QCOMPARE(encodePairingCode(QByteArray(5, '\0')), u"11111111"_s);
        QCOMPARE(encodePairingCode(QByteArray(5, '\xff')), u"ZZZZZZZZ"_s);
        QCOMPARE(encodePairingCode(QByteArray::fromHex("0123456789")), u"15JMBSWA"_s);
        QCOMPARE(encodePairingCode(QByteArray::fromHex("dead")), u"VTPH"_s); // partial group padded

        crypto::DeterministicRandom random("code");
        const QString code = generatePairingCode(random);
        QCOMPARE(random.consumed(), quint64(5));
        QVERIFY(isValidPairingCode(code));
        QCOMPARE(code, encodePairingCode(crypto::DeterministicRandom("code").bytes(5)));
        QCOMPARE(formatPairingCode(u"ABCDEFGH"_s), u"ABCD-EFGH"_s);
    }

    void validation()
    {
        QVERIFY(isValidPairingCode(u"ABCD2345"_s));
        for (const QString &bad : {u"ABCD234"_s, u"ABCD23456"_s, u"abcd2345"_s, u"ABCD0345"_s, u"ABCDI345"_s,
                                   u"ABCDO345"_s, u"ABCDU345"_s, u"ABCD-345"_s})
            QVERIFY2(!isValidPairingCode(bad), qPrintable(bad));
        QCOMPARE(derivePairingCodeKey(u"ABCD-345"_s, range32()).error().code, PairingErrorCode::InvalidArgument);
        QCOMPARE(derivePairingCodeKey(u"ABCD2345"_s, range32().left(16)).error().code,
                 PairingErrorCode::InvalidArgument);
    }

    void keyDerivationVector()
    {
        QCOMPARE(PairingCodeIterations, 131072);
        // hashlib.pbkdf2_hmac('sha256', b'ABCD2345', bytes(range(32)), 131072, 32)
        auto key = derivePairingCodeKey(u"ABCD2345"_s, range32());
        QVERIFY(key.ok());
        QCOMPARE(key->toHex(), QByteArray("fc9c4bfd83a71c63199e5871fd4ace6dfa302c1461a4596c3493f616f21756d1"));
    }

    void aesCtrVector()
    {
        // NIST SP 800-38A F.5.5 (CTR-AES256.Encrypt), first two blocks.
        const QByteArray key = QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray iv = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        const QByteArray plain = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
        auto cipher = aesCtr(key, iv, plain);
        QVERIFY(cipher.ok());
        QCOMPARE(cipher->toHex(), QByteArray("601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"));
        QCOMPARE(*aesCtr(key, iv, *cipher), plain);
        QCOMPARE(aesCtr(key, iv.left(12), plain).error().code, PairingErrorCode::InvalidArgument);
    }

    void wrapAndUnwrap()
    {
        crypto::DeterministicRandom random("wrap");
        const QByteArray pub = crypto::generateKeyPair(random).publicKey;
        crypto::DeterministicRandom stream("wrap-salt");
        const QByteArray expectedSaltIv = crypto::DeterministicRandom("wrap-salt").bytes(48);
        auto wrapped = wrapEphemeralKey(u"ABCD2345"_s, pub, stream);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->size(), WrappedEphemeralKeySize);
        QCOMPARE(wrapped->left(48), expectedSaltIv); // salt || iv, in that order
        const QByteArray key = *derivePairingCodeKey(u"ABCD2345"_s, wrapped->left(32));
        QCOMPARE(wrapped->mid(48), *aesCtr(key, wrapped->mid(32, 16), pub));
        QCOMPARE(*unwrapEphemeralKey(u"ABCD2345"_s, *wrapped), pub);
        QVERIFY(*unwrapEphemeralKey(u"ABCD2346"_s, *wrapped) != pub);
        QCOMPARE(unwrapEphemeralKey(u"ABCD2345"_s, wrapped->left(79)).error().code, PairingErrorCode::Malformed);
    }

    void fullExchangeAgrees()
    {
        crypto::DeterministicRandom random("exchange");
        const Exchange e = keys(random);
        const QString code = generatePairingCode(random);

        auto hello = buildCompanionHello(code, e.companionEphemeral.publicKey, e.noise, u"1"_s, u"Chrome (Mac OS)"_s,
                                         random);
        QVERIFY2(hello.ok(), qPrintable(hello.error().toString()));
        QCOMPARE(hello->wrappedCompanionEphemeralPublic.size(), 80);
        QCOMPARE(hello->companionServerAuthKeyPublic, e.noise);
        QCOMPARE(hello->nonce, QByteArray("0"));

        // Phone: the user typed the code.
        auto companionEphemeral = primaryUnwrapCompanionEphemeral(code, hello->wrappedCompanionEphemeralPublic);
        QCOMPARE(*companionEphemeral, e.companionEphemeral.publicKey);
        auto wrappedPrimary = primaryWrapEphemeral(code, e.primaryEphemeral.publicKey, random);
        QVERIFY(wrappedPrimary.ok());

        auto finish = buildCompanionFinish(code, e.companionEphemeral, e.companionIdentity, *wrappedPrimary,
                                           e.primaryIdentity.publicKey, random);
        QVERIFY2(finish.ok(), qPrintable(finish.error().toString()));
        QCOMPARE(finish->wrappedKeyBundle.size(), LinkCodeWrappedBundleSize);
        QCOMPARE(finish->companionIdentityPublic, e.companionIdentity.publicKey);
        QCOMPARE(finish->advSecret.size(), 32);

        auto primarySecret = primaryProcessCompanionFinish(e.primaryEphemeral, e.primaryIdentity, *companionEphemeral,
                                                           finish->wrappedKeyBundle, finish->companionIdentityPublic);
        QVERIFY2(primarySecret.ok(), qPrintable(primarySecret.error().toString()));
        QCOMPARE(*primarySecret, finish->advSecret);

        // The new secret is what pair-success is then checked with.
        DeviceIdentityIssue issue;
        issue.accountKey = e.primaryIdentity;
        issue.companionIdentityPublic = e.companionIdentity.publicKey;
        issue.advSecret = *primarySecret;
        issue.identity.keyIndex = 3;
        auto success = processPairSuccess(*issueDeviceIdentity(issue), finish->advSecret, e.companionIdentity);
        QVERIFY2(success.ok(), qPrintable(success.error().toString()));

        // Deterministic end to end: the same seed gives the same secret.
        crypto::DeterministicRandom again("exchange");
        const Exchange e2 = keys(again);
        const QString code2 = generatePairingCode(again);
        QCOMPARE(code2, code);
        (void)buildCompanionHello(code2, e2.companionEphemeral.publicKey, e2.noise, u"1"_s, u"x"_s, again);
        auto wrapped2 = primaryWrapEphemeral(code2, e2.primaryEphemeral.publicKey, again);
        auto finish2 = buildCompanionFinish(code2, e2.companionEphemeral, e2.companionIdentity, *wrapped2,
                                            e2.primaryIdentity.publicKey, again);
        QCOMPARE(finish2->advSecret, finish->advSecret);
        QCOMPARE(finish2->wrappedKeyBundle, finish->wrappedKeyBundle);
    }

    void wrongCodeOrKeysFail()
    {
        crypto::DeterministicRandom random("exchange-fail");
        const Exchange e = keys(random);
        const QString code = u"ABCD2345"_s;
        auto hello = buildCompanionHello(code, e.companionEphemeral.publicKey, e.noise, u"1"_s, u"x"_s, random);
        // The phone's user mistypes: the phone unwraps some other key, the bundle will not open.
        auto misread = primaryUnwrapCompanionEphemeral(u"ABCD2346"_s, hello->wrappedCompanionEphemeralPublic);
        auto wrappedPrimary = primaryWrapEphemeral(u"ABCD2346"_s, e.primaryEphemeral.publicKey, random);
        auto finish = buildCompanionFinish(code, e.companionEphemeral, e.companionIdentity, *wrappedPrimary,
                                           e.primaryIdentity.publicKey, random);
        QVERIFY(finish.ok()); // CTR cannot tell; the companion only learns of it by silence
        auto secret = primaryProcessCompanionFinish(e.primaryEphemeral, e.primaryIdentity, *misread,
                                                    finish->wrappedKeyBundle, finish->companionIdentityPublic);
        QCOMPARE(secret.error().code, PairingErrorCode::DecryptFailed);

        // Right code, but companion_identity_public is not the identity inside the bundle.
        wrappedPrimary = primaryWrapEphemeral(code, e.primaryEphemeral.publicKey, random);
        finish = buildCompanionFinish(code, e.companionEphemeral, e.companionIdentity, *wrappedPrimary,
                                      e.primaryIdentity.publicKey, random);
        const crypto::KeyPair stranger = crypto::generateKeyPair(random);
        secret = primaryProcessCompanionFinish(e.primaryEphemeral, e.primaryIdentity, e.companionEphemeral.publicKey,
                                               finish->wrappedKeyBundle, stranger.publicKey);
        QCOMPARE(secret.error().code, PairingErrorCode::KeyMismatch);
        QCOMPARE(primaryProcessCompanionFinish(e.primaryEphemeral, e.primaryIdentity, e.companionEphemeral.publicKey,
                                               finish->wrappedKeyBundle.left(100), e.companionIdentity.publicKey)
                     .error()
                     .code,
                 PairingErrorCode::Malformed);
        QCOMPARE(buildCompanionFinish(code, e.companionEphemeral, e.companionIdentity, QByteArray(80, '\0').left(50),
                                      e.primaryIdentity.publicKey, random)
                     .error()
                     .code,
                 PairingErrorCode::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestPairingCode)
#include "tst_code.moc"
