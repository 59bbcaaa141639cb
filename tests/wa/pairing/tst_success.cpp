// pair-success, both roles: the phone helper issues an ADVSignedDeviceIdentityHMAC, the companion
// side verifies and countersigns it, the phone helper checks the reply. Fixed keys and nonces
// (DeterministicRandom) make every byte reproducible; every tampering is rejected with its code.
#include "wa/client/pairingprimary.h"
#include "wa/client/pairingproto_p.h"
#include "wa/client/pairingsuccess.h"
#include "wa/crypto/digest.h"
#include "wa/crypto/xeddsa.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace wa;
using namespace wa::client;

namespace {

struct Fixture
{
    crypto::KeyPair account;
    crypto::KeyPair companion;
    QByteArray advSecret;
    DeviceIdentityIssue issue;
};

Fixture fixture()
{
    crypto::DeterministicRandom random("pairing-success-fixture");
    Fixture f;
    f.account = crypto::generateKeyPair(random);
    f.companion = crypto::generateKeyPair(random);
    f.advSecret = random.bytes(32);
    f.issue.accountKey = f.account;
    f.issue.companionIdentityPublic = f.companion.publicKey;
    f.issue.advSecret = f.advSecret;
    f.issue.identity.rawId = 123456789;
    f.issue.identity.timestamp = 1'763'700'000;
    f.issue.identity.keyIndex = 7;
    return f;
}

QByteArray issue(const DeviceIdentityIssue &request, const char *seed = "phone")
{
    crypto::DeterministicRandom random(seed);
    auto bytes = issueDeviceIdentity(request, random);
    return bytes.ok() ? *bytes : QByteArray();
}

PairingErrorCode failureOf(const PairingResult<PairSuccessIdentity> &result)
{
    return result.ok() ? PairingErrorCode(-1) : result.error().code;
}

// Wraps (possibly tampered) ADVSignedDeviceIdentity bytes with a correct HMAC, as someone who
// knows the ADV secret (but not the account key) could.
QByteArray rewrap(const wa::proto::ADVSignedDeviceIdentity &account, const QByteArray &advSecret)
{
    wa::proto::ADVSignedDeviceIdentityHMAC container;
    const QByteArray details = detail::serialize(account);
    container.set_details(detail::toStd(details));
    container.set_hmac(detail::toStd(crypto::hmacSha256(advSecret, details)));
    return detail::serialize(container);
}

wa::proto::ADVSignedDeviceIdentity unwrap(const QByteArray &containerBytes)
{
    wa::proto::ADVSignedDeviceIdentityHMAC container;
    container.ParseFromString(detail::toStd(containerBytes));
    wa::proto::ADVSignedDeviceIdentity account;
    account.ParseFromString(container.details());
    return account;
}

} // namespace

class TestPairingSuccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuedIdentityIsReproducibleAndHmacIsIndependentlyCorrect()
    {
        const Fixture f = fixture();
        const QByteArray container = issue(f.issue);
        QVERIFY(!container.isEmpty());
        QCOMPARE(issue(f.issue), container);
        wa::proto::ADVSignedDeviceIdentityHMAC parsed;
        QVERIFY(parsed.ParseFromString(detail::toStd(container)));
        QVERIFY(!parsed.has_accounttype());
        // Qt's own HMAC, not wa::crypto's, so the check does not share code with the helper.
        const QByteArray details = detail::toBytes(parsed.details());
        QCOMPARE(detail::toBytes(parsed.hmac()),
                 QMessageAuthenticationCode::hash(details, f.advSecret, QCryptographicHash::Sha256));
        const wa::proto::ADVSignedDeviceIdentity account = unwrap(container);
        QCOMPARE(detail::toBytes(account.accountsignaturekey()), f.account.publicKey);
        QVERIFY(!account.has_devicesignature());
        QVERIFY(crypto::xeddsaVerify(f.account.publicKey,
                                     QByteArray("\x06\x00", 2) + detail::toBytes(account.details()) + f.companion.publicKey,
                                     detail::toBytes(account.accountsignature())));
        // ADVDeviceIdentity{rawId=123456789, timestamp=1763700000, keyIndex=7}, written out by hand.
        QCOMPARE(detail::toBytes(account.details()).toHex(), QByteArray("08959aef3a10a0daffc8061807"));
    }

    void roundTrip()
    {
        const Fixture f = fixture();
        crypto::DeterministicRandom random("companion");
        auto result = processPairSuccess(issue(f.issue), f.advSecret, f.companion, random);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->identity.rawId, 123456789u);
        QCOMPARE(result->identity.timestamp, quint64(1'763'700'000));
        QCOMPARE(result->identity.keyIndex, 7u);
        QCOMPARE(result->identity.deviceType, AdvEncryptionType::E2ee);
        QCOMPARE(result->accountSignatureKey, f.account.publicKey);

        wa::proto::ADVSignedDeviceIdentity reply;
        QVERIFY(reply.ParseFromString(detail::toStd(result->replyIdentity)));
        QVERIFY(!reply.has_accountsignaturekey());
        QVERIFY(reply.has_devicesignature());
        wa::proto::ADVSignedDeviceIdentity stored;
        QVERIFY(stored.ParseFromString(detail::toStd(result->signedIdentity)));
        QCOMPARE(detail::toBytes(stored.accountsignaturekey()), f.account.publicKey);
        QCOMPARE(stored.devicesignature(), reply.devicesignature());

        auto verified = verifyDeviceIdentityReply(result->replyIdentity, f.account.publicKey, f.companion.publicKey);
        QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
        QCOMPARE(verified->keyIndex, 7u);
        QVERIFY(verifyDeviceIdentityReply(result->signedIdentity, f.account.publicKey, f.companion.publicKey).ok());

        // Same nonce source, same signature: the whole reply is a fixed vector.
        crypto::DeterministicRandom again("companion");
        auto repeat = processPairSuccess(issue(f.issue), f.advSecret, f.companion, again);
        QVERIFY(repeat.ok());
        QCOMPARE(repeat->replyIdentity, result->replyIdentity);
    }

    void hostedVariants_data()
    {
        QTest::addColumn<bool>("hostedHmac");
        QTest::addColumn<bool>("hostedDevice");
        QTest::newRow("hosted hmac") << true << false;
        QTest::newRow("hosted device") << false << true;
        QTest::newRow("both") << true << true;
    }

    void hostedVariants()
    {
        QFETCH(bool, hostedHmac);
        QFETCH(bool, hostedDevice);
        Fixture f = fixture();
        f.issue.hmacAccountType = hostedHmac ? AdvEncryptionType::Hosted : AdvEncryptionType::E2ee;
        f.issue.identity.deviceType = hostedDevice ? AdvEncryptionType::Hosted : AdvEncryptionType::E2ee;
        const QByteArray container = issue(f.issue);
        auto result = processPairSuccess(container, f.advSecret, f.companion);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->hmacAccountType, f.issue.hmacAccountType);
        QCOMPARE(result->identity.deviceType, f.issue.identity.deviceType);
        QVERIFY(verifyDeviceIdentityReply(result->replyIdentity, f.account.publicKey, f.companion.publicKey).ok());

        wa::proto::ADVSignedDeviceIdentityHMAC parsed;
        QVERIFY(parsed.ParseFromString(detail::toStd(container)));
        const QByteArray details = detail::toBytes(parsed.details());
        const QByteArray expected = QMessageAuthenticationCode::hash(
            (hostedHmac ? QByteArray("\x06\x05", 2) : QByteArray()) + details, f.advSecret, QCryptographicHash::Sha256);
        QCOMPARE(detail::toBytes(parsed.hmac()), expected);
        if (hostedHmac) {
            // The other prefix choice must not be accepted.
            parsed.clear_accounttype();
            QCOMPARE(failureOf(processPairSuccess(detail::serialize(parsed), f.advSecret, f.companion)),
                     PairingErrorCode::HmacMismatch);
        }
    }

    void tamperingIsRejected()
    {
        const Fixture f = fixture();
        const QByteArray good = issue(f.issue);

        QByteArray badHmac = good;
        badHmac[badHmac.size() - 1] = char(badHmac.at(badHmac.size() - 1) ^ 0x01);
        QCOMPARE(failureOf(processPairSuccess(badHmac, f.advSecret, f.companion)), PairingErrorCode::HmacMismatch);

        QByteArray otherSecret = f.advSecret;
        otherSecret[0] = char(otherSecret.at(0) ^ 0x80);
        QCOMPARE(failureOf(processPairSuccess(good, otherSecret, f.companion)), PairingErrorCode::HmacMismatch);

        // A flipped byte anywhere in details breaks the HMAC...
        QByteArray flipped = good;
        flipped[10] = char(flipped.at(10) ^ 0x20);
        const auto flippedResult = processPairSuccess(flipped, f.advSecret, f.companion);
        QVERIFY(!flippedResult.ok());
        QVERIFY(flippedResult.error().code == PairingErrorCode::HmacMismatch
                || flippedResult.error().code == PairingErrorCode::Malformed);

        // ...and with a recomputed HMAC (ADV secret known, account key not) the account signature.
        wa::proto::ADVSignedDeviceIdentity account = unwrap(good);
        std::string details = account.details();
        details[details.size() - 1] = char(details.back() ^ 0x01); // keyIndex 7 -> 6
        account.set_details(details);
        QCOMPARE(failureOf(processPairSuccess(rewrap(account, f.advSecret), f.advSecret, f.companion)),
                 PairingErrorCode::InvalidAccountSignature);

        // Signed for another companion.
        const crypto::KeyPair stranger = crypto::generateKeyPair();
        QCOMPARE(failureOf(processPairSuccess(good, f.advSecret, stranger)), PairingErrorCode::InvalidAccountSignature);

        // Signed with the device prefix instead of the account prefix.
        account = unwrap(good);
        const QByteArray message = QByteArray("\x06\x01", 2) + detail::toBytes(account.details()) + f.companion.publicKey;
        account.set_accountsignature(detail::toStd(*crypto::xeddsaSign(f.account.privateKey, message)));
        QCOMPARE(failureOf(processPairSuccess(rewrap(account, f.advSecret), f.advSecret, f.companion)),
                 PairingErrorCode::InvalidAccountSignature);

        // Wrong key / signature sizes.
        account = unwrap(good);
        account.set_accountsignaturekey(detail::toStd(crypto::toSignalPublicKey(f.account.publicKey)));
        QCOMPARE(failureOf(processPairSuccess(rewrap(account, f.advSecret), f.advSecret, f.companion)),
                 PairingErrorCode::InvalidAccountSignature);
        account = unwrap(good);
        account.set_accountsignature(account.accountsignature().substr(0, 63));
        QCOMPARE(failureOf(processPairSuccess(rewrap(account, f.advSecret), f.advSecret, f.companion)),
                 PairingErrorCode::InvalidAccountSignature);
    }

    void malformedInput()
    {
        const Fixture f = fixture();
        QCOMPARE(failureOf(processPairSuccess(QByteArray(), f.advSecret, f.companion)), PairingErrorCode::Malformed);
        QCOMPARE(failureOf(processPairSuccess(QByteArray("\xff\xff\xff", 3), f.advSecret, f.companion)),
                 PairingErrorCode::Malformed);
        wa::proto::ADVSignedDeviceIdentity account = unwrap(issue(f.issue));
        account.clear_accountsignature();
        QCOMPARE(failureOf(processPairSuccess(rewrap(account, f.advSecret), f.advSecret, f.companion)),
                 PairingErrorCode::Malformed);
        account = unwrap(issue(f.issue));
        account.set_details("\xff\xff");
        QCOMPARE(failureOf(processPairSuccess(rewrap(account, f.advSecret), f.advSecret, f.companion)),
                 PairingErrorCode::Malformed);
        QCOMPARE(failureOf(processPairSuccess(issue(f.issue), f.advSecret.left(16), f.companion)),
                 PairingErrorCode::InvalidArgument);
        QCOMPARE(pairingErrorCodeName(PairingErrorCode::HmacMismatch), "hmac_mismatch");
        QCOMPARE(pairingErrorCodeName(PairingErrorCode::InvalidAccountSignature), "invalid_account_signature");
    }

    void replyTamperingIsRejected()
    {
        const Fixture f = fixture();
        auto result = processPairSuccess(issue(f.issue), f.advSecret, f.companion);
        QVERIFY(result.ok());
        const crypto::KeyPair stranger = crypto::generateKeyPair();
        QCOMPARE(verifyDeviceIdentityReply(result->replyIdentity, f.account.publicKey, stranger.publicKey).error().code,
                 PairingErrorCode::InvalidAccountSignature);
        wa::proto::ADVSignedDeviceIdentity reply;
        reply.ParseFromString(detail::toStd(result->replyIdentity));
        std::string signature = reply.devicesignature();
        signature[5] = char(signature[5] ^ 0x01);
        reply.set_devicesignature(signature);
        QCOMPARE(verifyDeviceIdentityReply(detail::serialize(reply), f.account.publicKey, f.companion.publicKey)
                     .error()
                     .code,
                 PairingErrorCode::InvalidDeviceSignature);
        reply.set_accountsignaturekey(detail::toStd(stranger.publicKey));
        QCOMPARE(verifyDeviceIdentityReply(detail::serialize(reply), f.account.publicKey, f.companion.publicKey)
                     .error()
                     .code,
                 PairingErrorCode::KeyMismatch);
    }
};

QTEST_GUILESS_MAIN(TestPairingSuccess)
#include "tst_success.moc"
