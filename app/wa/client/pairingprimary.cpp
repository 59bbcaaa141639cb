#include "pairingprimary.h"

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

wa::proto::ADVEncryptionType toProto(AdvEncryptionType type)
{
    return type == AdvEncryptionType::Hosted ? wa::proto::HOSTED : wa::proto::E2EE;
}

} // namespace

PairingResult<QByteArray> issueDeviceIdentity(const DeviceIdentityIssue &issue, crypto::RandomSource &random)
{
    if (!issue.accountKey.isValid())
        return error(PairingErrorCode::InvalidArgument, "account key pair must be raw 32-byte keys");
    if (issue.companionIdentityPublic.size() != crypto::CurveKeySize)
        return error(PairingErrorCode::InvalidArgument, "companion identity must be 32 raw bytes");
    if (issue.advSecret.size() != AdvSecretSize)
        return error(PairingErrorCode::InvalidArgument, "ADV secret must be 32 bytes");

    wa::proto::ADVDeviceIdentity deviceIdentity;
    deviceIdentity.set_rawid(issue.identity.rawId);
    deviceIdentity.set_timestamp(issue.identity.timestamp);
    deviceIdentity.set_keyindex(issue.identity.keyIndex);
    // Only HOSTED is written: an E2EE account leaves the fields absent, which reads the same.
    if (issue.identity.accountType == AdvEncryptionType::Hosted)
        deviceIdentity.set_accounttype(wa::proto::HOSTED);
    if (issue.identity.deviceType == AdvEncryptionType::Hosted)
        deviceIdentity.set_devicetype(wa::proto::HOSTED);
    const QByteArray details = serialize(deviceIdentity);

    auto accountSignature = crypto::xeddsaSign(
        issue.accountKey.privateKey,
        accountMessage(issue.identity.deviceType, details, issue.companionIdentityPublic), random);
    if (!accountSignature)
        return error(PairingErrorCode::CryptoFailure, "account signature failed");

    wa::proto::ADVSignedDeviceIdentity account;
    account.set_details(toStd(details));
    account.set_accountsignaturekey(toStd(issue.accountKey.publicKey));
    account.set_accountsignature(toStd(*accountSignature));
    const QByteArray signedDetails = serialize(account);

    wa::proto::ADVSignedDeviceIdentityHMAC container;
    container.set_details(toStd(signedDetails));
    container.set_hmac(toStd(crypto::hmacSha256(issue.advSecret, hmacMessage(issue.hmacAccountType, signedDetails))));
    if (issue.hmacAccountType == AdvEncryptionType::Hosted)
        container.set_accounttype(toProto(issue.hmacAccountType));
    return serialize(container);
}

PairingResult<AdvDeviceIdentity> verifyDeviceIdentityReply(QByteArrayView reply, QByteArrayView accountSignatureKey,
                                                           QByteArrayView companionIdentityPublic)
{
    if (accountSignatureKey.size() != crypto::CurveKeySize || companionIdentityPublic.size() != crypto::CurveKeySize)
        return error(PairingErrorCode::InvalidArgument, "keys must be 32 raw bytes");
    wa::proto::ADVSignedDeviceIdentity account;
    if (!parse(account, reply) || !account.has_details() || !account.has_accountsignature()
        || !account.has_devicesignature())
        return error(PairingErrorCode::Malformed, "reply is not a countersigned ADVSignedDeviceIdentity");
    // The reply omits the key; if one is present anyway it must be ours.
    if (account.has_accountsignaturekey() && toBytes(account.accountsignaturekey()) != accountSignatureKey)
        return error(PairingErrorCode::KeyMismatch, "reply carries another account signature key");
    wa::proto::ADVDeviceIdentity deviceIdentity;
    if (!parse(deviceIdentity, account.details()))
        return error(PairingErrorCode::Malformed, "signed details is not an ADVDeviceIdentity");
    const AdvDeviceIdentity identity = fromProto(deviceIdentity);
    const QByteArray details = toBytes(account.details());

    if (!crypto::xeddsaVerify(accountSignatureKey,
                              accountMessage(identity.deviceType, details, companionIdentityPublic),
                              toBytes(account.accountsignature())))
        return error(PairingErrorCode::InvalidAccountSignature, "account signature is not ours over this companion");
    if (!crypto::xeddsaVerify(companionIdentityPublic, deviceMessage(details, companionIdentityPublic, accountSignatureKey),
                              toBytes(account.devicesignature())))
        return error(PairingErrorCode::InvalidDeviceSignature, "device signature does not verify");
    return identity;
}

} // namespace wa::client
