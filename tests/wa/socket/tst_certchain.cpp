// Server certificate chain: a chain issued by issueCertChain verifies, and each of the strict
// checks fails individually (wrong root, bad intermediate/leaf signature, issuer serials, key
// mismatch, validity windows, missing or malformed parts).
#include "wa/crypto/curve25519.h"
#include "wa/crypto/xeddsa.h"
#include "wa/socket/certchain.h"
#include "wa/socket/handshakeproto_p.h"

#include <QTest>

using namespace wa;
using namespace wa::socket;

namespace {

using Certificate = proto::CertChain::NoiseCertificate;

constexpr quint64 Now = 1'800'000'000;

crypto::KeyPair fixedKey(const char *seed)
{
    crypto::DeterministicRandom random(seed);
    return crypto::generateKeyPair(random);
}

struct Keys
{
    crypto::KeyPair root = fixedKey("root");
    crypto::KeyPair intermediate = fixedKey("intermediate");
    crypto::KeyPair server = fixedKey("server");
};

// Builds a chain field by field so that each test can break exactly one thing.
struct ChainSpec
{
    quint32 intermediateSerial = 7;
    quint32 intermediateIssuer = 0;
    QByteArray intermediateKey;
    std::optional<quint64> intermediateNotBefore = Now - 100;
    std::optional<quint64> intermediateNotAfter = Now + 100;
    QByteArray intermediateSigner;
    quint32 leafSerial = 8;
    quint32 leafIssuer = 7;
    QByteArray leafKey;
    std::optional<quint64> leafNotBefore = Now - 100;
    std::optional<quint64> leafNotAfter = Now + 100;
    QByteArray leafSigner;
};

std::string details(quint32 serial, quint32 issuer, const QByteArray &key, std::optional<quint64> notBefore,
                    std::optional<quint64> notAfter)
{
    Certificate::Details d;
    d.set_serial(serial);
    d.set_issuerserial(issuer);
    d.set_key(key.toStdString());
    if (notBefore)
        d.set_notbefore(*notBefore);
    if (notAfter)
        d.set_notafter(*notAfter);
    return d.SerializeAsString();
}

std::string sign(const QByteArray &privateKey, const std::string &message)
{
    crypto::DeterministicRandom random("sig");
    return crypto::xeddsaSign(privateKey, QByteArray::fromStdString(message), random)->toStdString();
}

QByteArray build(const ChainSpec &s)
{
    proto::CertChain chain;
    auto *intermediate = chain.mutable_intermediate();
    intermediate->set_details(details(s.intermediateSerial, s.intermediateIssuer, s.intermediateKey, s.intermediateNotBefore,
                                      s.intermediateNotAfter));
    intermediate->set_signature(sign(s.intermediateSigner, intermediate->details()));
    auto *leaf = chain.mutable_leaf();
    leaf->set_details(details(s.leafSerial, s.leafIssuer, s.leafKey, s.leafNotBefore, s.leafNotAfter));
    leaf->set_signature(sign(s.leafSigner, leaf->details()));
    return QByteArray::fromStdString(chain.SerializeAsString());
}

} // namespace

class TestCertChain : public QObject
{
    Q_OBJECT

private:
    Keys k;

    ChainSpec validSpec() const
    {
        ChainSpec s;
        s.intermediateKey = k.intermediate.publicKey;
        s.intermediateSigner = k.root.privateKey;
        s.leafKey = k.server.publicKey;
        s.leafSigner = k.intermediate.privateKey;
        return s;
    }

    CertPolicy policy() const
    {
        CertPolicy p;
        p.rootPublicKey = k.root.publicKey;
        p.now = Now;
        return p;
    }

    ErrorCode failure(const QByteArray &chain) const
    {
        const auto result = verifyCertChain(chain, k.server.publicKey, policy());
        return result.ok() ? ErrorCode::InvalidState : result.error().code;
    }

private Q_SLOTS:
    void validChainVerifies()
    {
        const auto result = verifyCertChain(build(validSpec()), k.server.publicKey, policy());
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->intermediate.serial, 7u);
        QCOMPARE(result->leaf.issuerSerial, 7u);
        QCOMPARE(result->leaf.key, k.server.publicKey);
        QCOMPARE(*result->leaf.notAfter, Now + 100);
    }

    void issuedChainVerifies()
    {
        CertIssueRequest request;
        request.rootPrivateKey = k.root.privateKey;
        request.serverStaticKey = k.server.publicKey;
        request.notBefore = Now - 10;
        request.notAfter = Now + 10;
        crypto::DeterministicRandom random("issue");
        const auto chain = issueCertChain(request, random);
        QVERIFY(chain.ok());
        QVERIFY(verifyCertChain(*chain, k.server.publicKey, policy()).ok());
        // Without validity bounds the chain is valid at any time.
        request.notBefore.reset();
        request.notAfter.reset();
        CertPolicy later = policy();
        later.now = 4'000'000'000;
        QVERIFY(verifyCertChain(*issueCertChain(request, random), k.server.publicKey, later).ok());
        request.rootPrivateKey.chop(1);
        QCOMPARE(issueCertChain(request, random).error().code, ErrorCode::InvalidArgument);
    }

    void wrongRoot()
    {
        CertPolicy p = policy();
        p.rootPublicKey = fixedKey("someone else").publicKey;
        QCOMPARE(verifyCertChain(build(validSpec()), k.server.publicKey, p).error().code, ErrorCode::CertIntermediateSignature);
        // The real WhatsApp root does not sign test chains either.
        p.rootPublicKey = whatsAppRootPublicKey();
        QCOMPARE(verifyCertChain(build(validSpec()), k.server.publicKey, p).error().code, ErrorCode::CertIntermediateSignature);
    }

    void wrongIntermediateSignature()
    {
        ChainSpec s = validSpec();
        s.intermediateSigner = k.intermediate.privateKey; // self-signed instead of by the root
        QCOMPARE(failure(build(s)), ErrorCode::CertIntermediateSignature);
    }

    void wrongLeafSignature()
    {
        ChainSpec s = validSpec();
        s.leafSigner = k.root.privateKey;
        QCOMPARE(failure(build(s)), ErrorCode::CertLeafSignature);
    }

    void intermediateIssuerNotRoot()
    {
        ChainSpec s = validSpec();
        s.intermediateIssuer = 3;
        QCOMPARE(failure(build(s)), ErrorCode::CertIntermediateIssuer);
    }

    void intermediateKeyLength()
    {
        ChainSpec s = validSpec();
        s.intermediateKey = crypto::toSignalPublicKey(k.intermediate.publicKey); // 33 bytes
        QCOMPARE(failure(build(s)), ErrorCode::CertIntermediateKey);
    }

    void serialMismatch()
    {
        ChainSpec s = validSpec();
        s.leafIssuer = 9;
        QCOMPARE(failure(build(s)), ErrorCode::CertLeafIssuer);
    }

    void keyMismatch()
    {
        ChainSpec s = validSpec();
        s.leafKey = fixedKey("impostor").publicKey;
        QCOMPARE(failure(build(s)), ErrorCode::CertKeyMismatch);
    }

    void expired()
    {
        ChainSpec leaf = validSpec();
        leaf.leafNotAfter = Now - 1;
        QCOMPARE(failure(build(leaf)), ErrorCode::CertExpired);
        ChainSpec intermediate = validSpec();
        intermediate.intermediateNotAfter = Now - 1;
        QCOMPARE(failure(build(intermediate)), ErrorCode::CertExpired);
        // Exactly at notAfter is still valid.
        ChainSpec edge = validSpec();
        edge.leafNotAfter = Now;
        QVERIFY(verifyCertChain(build(edge), k.server.publicKey, policy()).ok());
    }

    void notYetValid()
    {
        ChainSpec s = validSpec();
        s.leafNotBefore = Now + 1;
        QCOMPARE(failure(build(s)), ErrorCode::CertNotYetValid);
        ChainSpec i = validSpec();
        i.intermediateNotBefore = Now + 1;
        QCOMPARE(failure(build(i)), ErrorCode::CertNotYetValid);
    }

    void missingParts()
    {
        proto::CertChain chain;
        chain.ParseFromString(build(validSpec()).toStdString());
        proto::CertChain noLeaf = chain;
        noLeaf.clear_leaf();
        QCOMPARE(failure(QByteArray::fromStdString(noLeaf.SerializeAsString())), ErrorCode::CertMissingParts);
        proto::CertChain noSignature = chain;
        noSignature.mutable_intermediate()->clear_signature();
        QCOMPARE(failure(QByteArray::fromStdString(noSignature.SerializeAsString())), ErrorCode::CertMissingParts);
        QCOMPARE(failure(QByteArray()), ErrorCode::CertMissingParts);
        proto::CertChain shortSignature = chain;
        shortSignature.mutable_leaf()->set_signature(std::string(63, 'x'));
        QCOMPARE(failure(QByteArray::fromStdString(shortSignature.SerializeAsString())), ErrorCode::CertBadSignatureLength);
    }

    void malformedBytes()
    {
        QCOMPARE(failure(QByteArray("\x0a\x05\x01", 3)), ErrorCode::CertMalformed);
        // Signed garbage as details: the signature holds but the details do not parse.
        proto::CertChain chain;
        chain.ParseFromString(build(validSpec()).toStdString());
        const std::string garbage("\x0a\xff", 2);
        chain.mutable_intermediate()->set_details(garbage);
        chain.mutable_intermediate()->set_signature(sign(k.root.privateKey, garbage));
        QCOMPARE(failure(QByteArray::fromStdString(chain.SerializeAsString())), ErrorCode::CertMalformed);
    }

    void rootKeyIsWhatsApps()
    {
        QCOMPARE(whatsAppRootPublicKey().toHex(), QByteArray("142375574d0a587166aae71ebe516437c4a28b73e3695c6ce1f7f9545da8ee6b"));
        QCOMPARE(CertPolicy().rootPublicKey, whatsAppRootPublicKey());
    }
};

QTEST_GUILESS_MAIN(TestCertChain)
#include "tst_certchain.moc"
