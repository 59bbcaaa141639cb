#pragma once
// Internal: conversions between our raw 32-byte keys (wa::crypto) and libsignal's key objects.
#include "signalref_p.h"

#include "wa/crypto/curve25519.h"

#include <curve.h>

#include <optional>

namespace wa::signal::detail {

// Accepts raw 32 bytes or 0x05 || 32 bytes; empty Ref on anything else.
Ref<ec_public_key> decodePublicKey(signal_context *context, QByteArrayView key);
Ref<ec_key_pair> toLibraryKeyPair(signal_context *context, const crypto::KeyPair &keyPair);
std::optional<crypto::KeyPair> fromLibraryKeyPair(const ec_key_pair *keyPair);
// Raw 32 bytes of a libsignal public key.
QByteArray rawPublicKey(const ec_public_key *key);

} // namespace wa::signal::detail
