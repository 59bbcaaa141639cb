#pragma once
// The two link_code_companion_reg stages of pairing by code, both roles. The companion sends
// companion_hello (its wrapped ephemeral key), the phone answers with its own wrapped ephemeral
// key and identity, and the companion's companion_finish carries an encrypted key bundle from
// which both derive the new ADV secret that the following <pair-success> is checked with.
#include "pairingcode.h"

#include "wa/crypto/curve25519.h"

namespace wa::client {

inline constexpr char LinkCodeBundleInfo[] = "link_code_pairing_key_bundle_encryption_key";
inline constexpr char LinkCodeAdvSecretInfo[] = "adv_secret";
inline constexpr qsizetype LinkCodeBundleSaltSize = 32;
inline constexpr qsizetype LinkCodeBundleNonceSize = 12;
inline constexpr qsizetype LinkCodeBundleRandomSize = 32;
// salt || nonce || AES-GCM(own identity || primary identity || random) || tag
inline constexpr qsizetype LinkCodeWrappedBundleSize = 32 + 12 + 96 + 16;

// Children of <link_code_companion_reg stage="companion_hello">.
struct CompanionHello
{
    QByteArray wrappedCompanionEphemeralPublic; // link_code_pairing_wrapped_companion_ephemeral_pub
    QByteArray companionServerAuthKeyPublic;    // companion_server_auth_key_pub: our noise key
    QString platformId;                         // companion_platform_id, e.g. "1"
    QString platformDisplay;                    // companion_platform_display, "Chrome (Mac OS)"
    QByteArray nonce;                           // link_code_pairing_nonce: "0" as Baileys sends it
};

PairingResult<CompanionHello> buildCompanionHello(const QString &code, QByteArrayView companionEphemeralPublic,
                                                  QByteArrayView noisePublic, const QString &platformId,
                                                  const QString &platformDisplay,
                                                  crypto::RandomSource &random = crypto::systemRandom());

// Children of <link_code_companion_reg stage="companion_finish"> (plus link_code_pairing_ref,
// echoed from the server), and the ADV secret that replaces the one from the QR.
struct CompanionFinish
{
    QByteArray wrappedKeyBundle;        // link_code_pairing_wrapped_key_bundle
    QByteArray companionIdentityPublic; // companion_identity_public
    QByteArray advSecret;               // new; keep it, pair-success is checked with it
};

// Companion, on the link_code_companion_reg notification. Errors: invalid_argument, malformed,
// decrypt_failed (the unwrapped key is not a usable point), crypto_failure.
PairingResult<CompanionFinish> buildCompanionFinish(const QString &code, const crypto::KeyPair &companionEphemeral,
                                                    const crypto::KeyPair &identity,
                                                    QByteArrayView wrappedPrimaryEphemeralPublic,
                                                    QByteArrayView primaryIdentityPublic,
                                                    crypto::RandomSource &random = crypto::systemRandom());

// Primary, after the user typed `code`: the companion's ephemeral key from companion_hello.
// Same as unwrapEphemeralKey; named for the role.
PairingResult<QByteArray> primaryUnwrapCompanionEphemeral(const QString &code, QByteArrayView wrappedCompanionEphemeral);

// Primary: its own wrapped ephemeral key for the notification to the companion.
PairingResult<QByteArray> primaryWrapEphemeral(const QString &code, QByteArrayView primaryEphemeralPublic,
                                               crypto::RandomSource &random = crypto::systemRandom());

// Primary, on companion_finish: decrypts the bundle, checks it names both identities, and
// derives the same ADV secret as the companion. Errors: invalid_argument, malformed,
// decrypt_failed, key_mismatch, crypto_failure.
PairingResult<QByteArray> primaryProcessCompanionFinish(const crypto::KeyPair &primaryEphemeral,
                                                        const crypto::KeyPair &primaryIdentity,
                                                        QByteArrayView companionEphemeralPublic,
                                                        QByteArrayView wrappedKeyBundle,
                                                        QByteArrayView companionIdentityPublic);

} // namespace wa::client
