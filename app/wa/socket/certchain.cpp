#include "certchain.h"

#include "wa/crypto/digest.h"
#include "wa/crypto/xeddsa.h"
#include "wa/walogging.h"

#include "handshakeproto_p.h"

#include <QDateTime>

namespace wa::socket {

namespace {

using Certificate = proto::CertChain::NoiseCertificate;

Error certError(ErrorCode code, const QString &detail)
{
    qCWarning(lcWaHandshake).noquote() << "server certificate rejected:" << errorCodeName(code) << detail;
    return Error {code, detail};
}

std::optional<CertDetails> parseDetails(const std::string &raw)
{
    Certificate::Details details;
    if (!details.ParseFromString(raw))
        return std::nullopt;
    CertDetails out;
    out.serial = details.serial();
    out.issuerSerial = details.issuerserial();
    out.key = QByteArray::fromStdString(details.key());
    if (details.has_notbefore())
        out.notBefore = details.notbefore();
    if (details.has_notafter())
        out.notAfter = details.notafter();
    return out;
}

bool verifySignature(QByteArrayView key, const std::string &message, const std::string &signature)
{
    return crypto::xeddsaVerify(key, QByteArrayView(message.data(), qsizetype(message.size())),
                                QByteArrayView(signature.data(), qsizetype(signature.size())));
}

std::optional<Error> checkValidity(const CertDetails &details, qint64 now, const char *which)
{
    // Compare in unsigned space: notBefore/notAfter are uint64 on the wire.
    const auto current = static_cast<quint64>(std::max<qint64>(now, 0));
    if (details.notBefore && current < *details.notBefore)
        return certError(ErrorCode::CertNotYetValid,
                         QStringLiteral("%1 certificate not valid before %2 (now %3)").arg(QLatin1String(which)).arg(*details.notBefore).arg(current));
    if (details.notAfter && current > *details.notAfter)
        return certError(ErrorCode::CertExpired,
                         QStringLiteral("%1 certificate expired at %2 (now %3)").arg(QLatin1String(which)).arg(*details.notAfter).arg(current));
    return std::nullopt;
}

} // namespace

QByteArray whatsAppRootPublicKey()
{
    return QByteArray::fromHex("142375574d0a587166aae71ebe516437c4a28b73e3695c6ce1f7f9545da8ee6b");
}

Result<VerifiedCertChain> verifyCertChain(QByteArrayView chain, QByteArrayView serverStaticKey, const CertPolicy &policy)
{
    proto::CertChain message;
    if (!message.ParseFromArray(chain.data(), static_cast<int>(chain.size())))
        return certError(ErrorCode::CertMalformed, QStringLiteral("certificate chain is not a valid protobuf"));
    if (!message.has_leaf() || !message.has_intermediate() || !message.leaf().has_details()
        || !message.leaf().has_signature() || !message.intermediate().has_details()
        || !message.intermediate().has_signature())
        return certError(ErrorCode::CertMissingParts, QStringLiteral("leaf or intermediate certificate incomplete"));
    const Certificate &intermediate = message.intermediate();
    const Certificate &leaf = message.leaf();
    if (intermediate.signature().size() != crypto::XeddsaSignatureSize || leaf.signature().size() != crypto::XeddsaSignatureSize)
        return certError(ErrorCode::CertBadSignatureLength, QStringLiteral("signatures must be 64 bytes"));
    if (!verifySignature(policy.rootPublicKey, intermediate.details(), intermediate.signature()))
        return certError(ErrorCode::CertIntermediateSignature, QStringLiteral("intermediate not signed by the root key"));

    VerifiedCertChain out;
    const auto intermediateDetails = parseDetails(intermediate.details());
    if (!intermediateDetails)
        return certError(ErrorCode::CertMalformed, QStringLiteral("intermediate details are not a valid protobuf"));
    out.intermediate = *intermediateDetails;
    if (out.intermediate.issuerSerial != policy.rootSerial)
        return certError(ErrorCode::CertIntermediateIssuer, QStringLiteral("intermediate issuer serial %1, expected %2")
                                                                 .arg(out.intermediate.issuerSerial).arg(policy.rootSerial));
    if (out.intermediate.key.size() != crypto::CurveKeySize)
        return certError(ErrorCode::CertIntermediateKey, QStringLiteral("intermediate key of %1 bytes").arg(out.intermediate.key.size()));
    if (!verifySignature(out.intermediate.key, leaf.details(), leaf.signature()))
        return certError(ErrorCode::CertLeafSignature, QStringLiteral("leaf not signed by the intermediate key"));

    const qint64 now = policy.now.value_or(QDateTime::currentSecsSinceEpoch());
    if (auto error = checkValidity(out.intermediate, now, "intermediate"))
        return *error;
    const auto leafDetails = parseDetails(leaf.details());
    if (!leafDetails)
        return certError(ErrorCode::CertMalformed, QStringLiteral("leaf details are not a valid protobuf"));
    out.leaf = *leafDetails;
    if (out.leaf.issuerSerial != out.intermediate.serial)
        return certError(ErrorCode::CertLeafIssuer, QStringLiteral("leaf issuer serial %1, intermediate serial %2")
                                                         .arg(out.leaf.issuerSerial).arg(out.intermediate.serial));
    if (!crypto::constantTimeEquals(out.leaf.key, serverStaticKey))
        return certError(ErrorCode::CertKeyMismatch, QStringLiteral("leaf key differs from the server's static key"));
    if (auto error = checkValidity(out.leaf, now, "leaf"))
        return *error;
    return out;
}

namespace {

std::string serialiseDetails(quint32 serial, quint32 issuerSerial, const QByteArray &key, const CertIssueRequest &request)
{
    Certificate::Details details;
    details.set_serial(serial);
    // Written even when zero: older clients decode the intermediate and compare this field,
    // so it should be present rather than implied by a default.
    details.set_issuerserial(issuerSerial);
    details.set_key(key.toStdString());
    if (request.notBefore)
        details.set_notbefore(*request.notBefore);
    if (request.notAfter)
        details.set_notafter(*request.notAfter);
    return details.SerializeAsString();
}

} // namespace

Result<QByteArray> issueCertChain(const CertIssueRequest &request, crypto::RandomSource &random)
{
    if (request.rootPrivateKey.size() != crypto::CurveKeySize || request.serverStaticKey.size() != crypto::CurveKeySize)
        return Error {ErrorCode::InvalidArgument, QStringLiteral("root private key and server static key must be 32 bytes")};
    const crypto::KeyPair intermediateKey = request.intermediateKey.isValid() ? request.intermediateKey
                                                                               : crypto::generateKeyPair(random);
    proto::CertChain chain;
    Certificate *intermediate = chain.mutable_intermediate();
    intermediate->set_details(serialiseDetails(request.intermediateSerial, request.rootSerial, intermediateKey.publicKey, request));
    const auto intermediateSignature = crypto::xeddsaSign(
        request.rootPrivateKey, QByteArrayView(intermediate->details().data(), qsizetype(intermediate->details().size())), random);
    Certificate *leaf = chain.mutable_leaf();
    leaf->set_details(serialiseDetails(request.leafSerial, request.intermediateSerial, request.serverStaticKey, request));
    const auto leafSignature = crypto::xeddsaSign(
        intermediateKey.privateKey, QByteArrayView(leaf->details().data(), qsizetype(leaf->details().size())), random);
    if (!intermediateSignature || !leafSignature)
        return Error {ErrorCode::CryptoFailure, QStringLiteral("signing the certificate chain failed")};
    intermediate->set_signature(intermediateSignature->toStdString());
    leaf->set_signature(leafSignature->toStdString());
    return QByteArray::fromStdString(chain.SerializeAsString());
}

} // namespace wa::socket
