#pragma once
// Key material a device creates for itself: the credentials generated before the first
// connection and batches of one-time pre-keys to upload. All randomness comes from the
// injected RandomSource so tests get fixed keys.
#include "devicecredentials.h"
#include "prekeystore.h"

#include "wa/crypto/randomsource.h"

#include <QList>

#include <optional>

namespace wa::store {

// WhatsApp Web keeps registration ids in 14 bits (random 16 bits & 0x3FFF).
inline constexpr quint32 RegistrationIdMask = 0x3FFF;
inline constexpr quint32 FirstSignedPreKeyId = 1;

// Signs 0x05 || public key with the identity key (XEdDSA). nullopt only on invalid keys.
std::optional<SignedPreKey> generateSignedPreKey(const crypto::KeyPair &identityKey, quint32 id,
                                                 crypto::RandomSource &random);

// Fresh noise key, identity key, signed pre-key 1, 14-bit registration id, 32-byte ADV secret.
std::optional<DeviceCredentials> generateDeviceCredentials(crypto::RandomSource &random);

// The id after `id` in the 24-bit pre-key id space: 1, 2, ..., 0xFFFFFF, then back to 1
// (0 is never used, it means "no pre-key" in bundles).
quint32 nextPreKeyId(quint32 id);

// Generates `count` pre-keys with consecutive ids starting at store.nextPreKeyId() (wrapping
// per nextPreKeyId()), stores them and advances the store's next id. Returns them in id
// order for upload; empty if count <= 0 or the store refused a write.
QList<PreKey> generatePreKeys(PreKeyStore &store, int count, crypto::RandomSource &random);

} // namespace wa::store
