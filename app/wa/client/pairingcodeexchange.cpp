#include "pairingcodeexchange.h"

#include "wa/crypto/aes.h"
#include "wa/crypto/hkdf.h"

namespace wa::client {

namespace {

PairingError error(PairingErrorCode code, const char *detail)
{
    return PairingError {code, QString::fromLatin1(detail)};
}

QByteArrayView info(const char *label)
{
    return QByteArrayView(label, qstrlen(label));
}

// ADV secret = HKDF-SHA256(ephemeral shared || identity shared || bundle random, no salt).
PairingResult<QByteArray> deriveAdvSecret(const QByteArray &ephemeralShared, const QByteArray &identityShared,
                                          QByteArrayView bundleRandom)
{
    auto secret = crypto::hkdfSha256(ephemeralShared + identityShared + bundleRandom.toByteArray(), {}, info(LinkCodeAdvSecretInfo),
                                     32);
    if (!secret)
        return error(PairingErrorCode::CryptoFailure, "HKDF failed");
    return *secret;
}

} // namespace

PairingResult<CompanionHello> buildCompanionHello(const QString &code, QByteArrayView companionEphemeralPublic,
                                                  QByteArrayView noisePublic, const QString &platformId,
                                                  const QString &platformDisplay, crypto::RandomSource &random)
{
    if (noisePublic.size() != crypto::CurveKeySize)
        return error(PairingErrorCode::InvalidArgument, "noise public key must be 32 raw bytes");
    auto wrapped = wrapEphemeralKey(code, companionEphemeralPublic, random);
    if (!wrapped)
        return wrapped.error();
    return CompanionHello {*wrapped, noisePublic.toByteArray(), platformId, platformDisplay, QByteArrayLiteral("0")};
}

PairingResult<CompanionFinish> buildCompanionFinish(const QString &code, const crypto::KeyPair &companionEphemeral,
                                                    const crypto::KeyPair &identity,
                                                    QByteArrayView wrappedPrimaryEphemeralPublic,
                                                    QByteArrayView primaryIdentityPublic, crypto::RandomSource &random)
{
    if (!companionEphemeral.isValid() || !identity.isValid())
        return error(PairingErrorCode::InvalidArgument, "key pairs must be raw 32-byte keys");
    if (primaryIdentityPublic.size() != crypto::CurveKeySize)
        return error(PairingErrorCode::Malformed, "primary_identity_pub must be 32 bytes");
    auto primaryEphemeral = unwrapEphemeralKey(code, wrappedPrimaryEphemeralPublic);
    if (!primaryEphemeral)
        return primaryEphemeral.error();

    // x25519 refuses low-order points, which a hostile peer could use to force a predictable
    // secret. A mistyped code is not caught here (CTR has no integrity): the phone's GCM check
    // of our bundle is where it shows.
    auto ephemeralShared = crypto::x25519(companionEphemeral.privateKey, *primaryEphemeral);
    auto identityShared = crypto::x25519(identity.privateKey, primaryIdentityPublic);
    if (!ephemeralShared || !identityShared)
        return error(PairingErrorCode::DecryptFailed, "primary keys are not usable Curve25519 points");

    const QByteArray bundleRandom = random.bytes(LinkCodeBundleRandomSize);
    const QByteArray salt = random.bytes(LinkCodeBundleSaltSize);
    auto bundleKey = crypto::hkdfSha256(*ephemeralShared, salt, info(LinkCodeBundleInfo), crypto::AesKeySize);
    if (!bundleKey)
        return error(PairingErrorCode::CryptoFailure, "HKDF failed");
    const QByteArray nonce = random.bytes(LinkCodeBundleNonceSize);
    auto bundle = crypto::aesGcmEncrypt(*bundleKey, nonce, identity.publicKey + primaryIdentityPublic.toByteArray() + bundleRandom);
    if (!bundle)
        return error(PairingErrorCode::CryptoFailure, "AES-GCM failed");

    auto advSecret = deriveAdvSecret(*ephemeralShared, *identityShared, bundleRandom);
    if (!advSecret)
        return advSecret.error();
    return CompanionFinish {salt + nonce + *bundle, identity.publicKey, *advSecret};
}

PairingResult<QByteArray> primaryUnwrapCompanionEphemeral(const QString &code, QByteArrayView wrappedCompanionEphemeral)
{
    return unwrapEphemeralKey(code, wrappedCompanionEphemeral);
}

PairingResult<QByteArray> primaryWrapEphemeral(const QString &code, QByteArrayView primaryEphemeralPublic,
                                               crypto::RandomSource &random)
{
    return wrapEphemeralKey(code, primaryEphemeralPublic, random);
}

PairingResult<QByteArray> primaryProcessCompanionFinish(const crypto::KeyPair &primaryEphemeral,
                                                        const crypto::KeyPair &primaryIdentity,
                                                        QByteArrayView companionEphemeralPublic,
                                                        QByteArrayView wrappedKeyBundle,
                                                        QByteArrayView companionIdentityPublic)
{
    if (!primaryEphemeral.isValid() || !primaryIdentity.isValid())
        return error(PairingErrorCode::InvalidArgument, "key pairs must be raw 32-byte keys");
    if (wrappedKeyBundle.size() != LinkCodeWrappedBundleSize || companionIdentityPublic.size() != crypto::CurveKeySize)
        return error(PairingErrorCode::Malformed, "wrapped key bundle or companion identity has the wrong size");
    auto ephemeralShared = crypto::x25519(primaryEphemeral.privateKey, companionEphemeralPublic);
    auto identityShared = crypto::x25519(primaryIdentity.privateKey, companionIdentityPublic);
    if (!ephemeralShared || !identityShared)
        return error(PairingErrorCode::DecryptFailed, "companion keys are not usable Curve25519 points");

    const QByteArrayView salt = wrappedKeyBundle.first(LinkCodeBundleSaltSize);
    const QByteArrayView nonce = wrappedKeyBundle.sliced(LinkCodeBundleSaltSize, LinkCodeBundleNonceSize);
    auto bundleKey = crypto::hkdfSha256(*ephemeralShared, salt, info(LinkCodeBundleInfo), crypto::AesKeySize);
    if (!bundleKey)
        return error(PairingErrorCode::CryptoFailure, "HKDF failed");
    auto bundle = crypto::aesGcmDecrypt(*bundleKey, nonce,
                                        wrappedKeyBundle.sliced(LinkCodeBundleSaltSize + LinkCodeBundleNonceSize));
    if (!bundle)
        return error(PairingErrorCode::DecryptFailed, "key bundle does not authenticate (wrong code?)");
    if (bundle->first(32) != companionIdentityPublic || bundle->sliced(32, 32) != primaryIdentity.publicKey)
        return error(PairingErrorCode::KeyMismatch, "key bundle names other identities");
    return deriveAdvSecret(*ephemeralShared, *identityShared, bundle->sliced(64));
}

} // namespace wa::client
