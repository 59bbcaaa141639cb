#pragma once
// Primary (phone) side of QR pairing, for the sandbox's simulated phones and for tests that
// play both roles: issue the ADVSignedDeviceIdentityHMAC that <pair-success> carries, and
// check the countersigned identity the companion sends back in <pair-device-sign>.
#include "pairingsuccess.h"

namespace wa::client {

struct DeviceIdentityIssue
{
    crypto::KeyPair accountKey;        // the phone's account (identity) key pair
    QByteArray companionIdentityPublic; // 32 bytes, from the QR
    QByteArray advSecret;               // 32 bytes, from the QR (or the pairing-code exchange)
    AdvDeviceIdentity identity;         // rawId, timestamp, keyIndex, account/device type
    // HOSTED switches the HMAC to the 06 05 prefix; identity.deviceType == HOSTED switches the
    // account signature to it (both references decide on exactly these two fields).
    AdvEncryptionType hmacAccountType = AdvEncryptionType::E2ee;
};

// Serialised ADVSignedDeviceIdentityHMAC. Errors: invalid_argument, crypto_failure.
PairingResult<QByteArray> issueDeviceIdentity(const DeviceIdentityIssue &issue,
                                              crypto::RandomSource &random = crypto::systemRandom());

// Checks the companion's reply (content of <pair-device-sign><device-identity>): the account
// signature must be ours over the companion's identity, the device signature the companion's.
// Returns the signed ADVDeviceIdentity. Errors: invalid_argument, malformed,
// invalid_account_signature, invalid_device_signature.
PairingResult<AdvDeviceIdentity> verifyDeviceIdentityReply(QByteArrayView reply, QByteArrayView accountSignatureKey,
                                                           QByteArrayView companionIdentityPublic);

} // namespace wa::client
