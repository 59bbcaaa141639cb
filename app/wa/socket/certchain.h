#pragma once
// The server's Noise certificate chain (ServerHello.payload, docs/wa-protocol.md §1.5):
// verification as strict as whatsmeow's, and issuing a chain from a root private key for the
// sandbox's server side and tests. The wire format stays inside certchain.cpp.
#include "result.h"

#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace wa::socket {

// WhatsApp's long-term root ("WhatsAppLongTerm1"), raw 32-byte Curve25519 key.
QByteArray whatsAppRootPublicKey();
inline constexpr quint32 WhatsAppRootSerial = 0;

struct CertPolicy
{
    QByteArray rootPublicKey = whatsAppRootPublicKey();
    // The intermediate's issuerSerial must equal this.
    quint32 rootSerial = WhatsAppRootSerial;
    // Seconds since the epoch to check validity windows against; unset = the current time.
    std::optional<qint64> now;
};

struct CertDetails
{
    quint32 serial = 0;
    quint32 issuerSerial = 0;
    QByteArray key;
    std::optional<quint64> notBefore;
    std::optional<quint64> notAfter;
};

struct VerifiedCertChain
{
    CertDetails intermediate;
    CertDetails leaf;
};

// Checks, in this order: both certificates present with details and signature; 64-byte
// signatures; intermediate signed by the root; intermediate issuerSerial == root serial;
// intermediate key of 32 bytes; leaf signed by the intermediate; intermediate validity;
// leaf issuerSerial == intermediate serial; leaf key == `serverStaticKey`; leaf validity.
// Validity bounds are checked when present (absent = unbounded on that side).
Result<VerifiedCertChain> verifyCertChain(QByteArrayView chain, QByteArrayView serverStaticKey,
                                          const CertPolicy &policy = {});

struct CertIssueRequest
{
    QByteArray rootPrivateKey;
    quint32 rootSerial = WhatsAppRootSerial;
    quint32 intermediateSerial = 1;
    quint32 leafSerial = 2;
    // The key the leaf certifies: the responder's Noise static public key.
    QByteArray serverStaticKey;
    std::optional<quint64> notBefore;
    std::optional<quint64> notAfter;
    // Generated from the random source when left invalid.
    crypto::KeyPair intermediateKey;
};

// A serialised CertChain that verifyCertChain accepts with the matching root public key.
Result<QByteArray> issueCertChain(const CertIssueRequest &request, crypto::RandomSource &random = crypto::systemRandom());

} // namespace wa::socket
