#include "pairingsuccess.h"

#include "pairingproto_p.h"

#include "wa/crypto/digest.h"
#include "wa/crypto/xeddsa.h"

namespace wa::client {

using namespace detail;

namespace {

PairingError error(PairingErrorCode code, const char *detail)
{
    return PairingError {code, QString::fromLatin1(detail)};
}

} // namespace

PairingResult<PairSuccessIdentity> processPairSuccess(QByteArrayView deviceIdentityHmac, QByteArrayView advSecret,
                                                      const crypto::KeyPair &identity, crypto::RandomSource &random)
{
    if (advSecret.size() != AdvSecretSize)
        return error(PairingErrorCode::InvalidArgument, "ADV secret must be 32 bytes");
    if (!identity.isValid())
        return error(PairingErrorCode::InvalidArgument, "identity key pair must be raw 32-byte keys");

    // The HMAC comes first: until it checks out the bytes are from anyone who saw our QR
    // (or nobody at all), so nothing else of them is interpreted.
    wa::proto::ADVSignedDeviceIdentityHMAC container;
    if (!parse(container, deviceIdentityHmac) || !container.has_details() || !container.has_hmac())
        return error(PairingErrorCode::Malformed, "device-identity is not an ADVSignedDeviceIdentityHMAC");
    PairSuccessIdentity result;
    result.hmacAccountType = fromProto(container.accounttype());
    const QByteArray details = toBytes(container.details());
    const QByteArray expected = crypto::hmacSha256(advSecret, hmacMessage(result.hmacAccountType, details));
    if (expected.size() != crypto::Sha256Size)
        return error(PairingErrorCode::CryptoFailure, "HMAC-SHA256 failed");
    if (!crypto::constantTimeEquals(expected, toBytes(container.hmac())))
        return error(PairingErrorCode::HmacMismatch, "device-identity HMAC does not match our ADV secret");

    wa::proto::ADVSignedDeviceIdentity account;
    if (!parse(account, details) || !account.has_details() || !account.has_accountsignaturekey()
        || !account.has_accountsignature())
        return error(PairingErrorCode::Malformed, "details is not an ADVSignedDeviceIdentity");
    wa::proto::ADVDeviceIdentity deviceIdentity;
    if (!parse(deviceIdentity, account.details()))
        return error(PairingErrorCode::Malformed, "signed details is not an ADVDeviceIdentity");
    result.identity = fromProto(deviceIdentity);

    const QByteArray deviceDetails = toBytes(account.details());
    result.accountSignatureKey = toBytes(account.accountsignaturekey());
    const QByteArray accountSignature = toBytes(account.accountsignature());
    if (result.accountSignatureKey.size() != crypto::CurveKeySize
        || accountSignature.size() != crypto::XeddsaSignatureSize)
        return error(PairingErrorCode::InvalidAccountSignature, "account key or signature has the wrong size");
    if (!crypto::xeddsaVerify(result.accountSignatureKey,
                              accountMessage(result.identity.deviceType, deviceDetails, identity.publicKey),
                              accountSignature))
        return error(PairingErrorCode::InvalidAccountSignature, "account signature does not verify for our identity");

    auto deviceSignature = crypto::xeddsaSign(
        identity.privateKey, deviceMessage(deviceDetails, identity.publicKey, result.accountSignatureKey), random);
    if (!deviceSignature)
        return error(PairingErrorCode::CryptoFailure, "device signature failed");
    account.set_devicesignature(toStd(*deviceSignature));
    result.signedIdentity = serialize(account);
    account.clear_accountsignaturekey();
    result.replyIdentity = serialize(account);
    return result;
}

} // namespace wa::client
