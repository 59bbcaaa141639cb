#pragma once
// Companion side of <pair-success>: checks the ADV device identity the primary phone issued
// (HMAC with our ADV secret, then the account signature over our identity key), countersigns
// it with our identity key and produces what <pair-device-sign> sends back and what must be
// persisted. The primary side (pairingprimary.h) builds and checks the same structures.
#include "pairingresult.h"

#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wa::client {

// Signature prefixes (docs/protocol-pairing.md; wa-protocol.md §4.1 step 6).
inline constexpr char AdvAccountSignaturePrefix[] = {0x06, 0x00};
inline constexpr char AdvDeviceSignaturePrefix[] = {0x06, 0x01};
inline constexpr char AdvHostedAccountSignaturePrefix[] = {0x06, 0x05};
// Defined by the protocol, used by neither reference client; listed so nobody reuses the value.
inline constexpr char AdvHostedDeviceSignaturePrefix[] = {0x06, 0x06};

inline constexpr qsizetype AdvSecretSize = 32;

enum class AdvEncryptionType {
    E2ee = 0,
    Hosted = 1,
};

// ADVDeviceIdentity, as the primary signed it.
struct AdvDeviceIdentity
{
    quint32 rawId = 0;
    quint64 timestamp = 0;
    quint32 keyIndex = 0; // goes into <device-identity key-index="N"> of the reply
    AdvEncryptionType accountType = AdvEncryptionType::E2ee;
    AdvEncryptionType deviceType = AdvEncryptionType::E2ee;
};

struct PairSuccessIdentity
{
    AdvDeviceIdentity identity;
    AdvEncryptionType hmacAccountType = AdvEncryptionType::E2ee;
    QByteArray accountSignatureKey; // 32 bytes: the primary's account key, trusted from now on
    // Serialised ADVSignedDeviceIdentity with every field, including our device signature:
    // persist it ("account"); later messages carry it in <device-identity>.
    QByteArray signedIdentity;
    // The same without accountSignatureKey: the content of the reply's <device-identity>.
    QByteArray replyIdentity;
};

// `deviceIdentityHmac`: content of <pair-success><device-identity>. `identity`: our Signal
// identity key pair (raw 32-byte keys). `random` feeds the XEdDSA nonce of our signature.
// Errors: invalid_argument (our keys), malformed, hmac_mismatch, invalid_account_signature,
// crypto_failure.
PairingResult<PairSuccessIdentity> processPairSuccess(QByteArrayView deviceIdentityHmac, QByteArrayView advSecret,
                                                      const crypto::KeyPair &identity,
                                                      crypto::RandomSource &random = crypto::systemRandom());

} // namespace wa::client
