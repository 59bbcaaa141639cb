#pragma once
// One-time pre-keys: generated in batches, uploaded, consumed (removed) by the first message
// of a session that used one. Ids are 24-bit and never 0.
#include "wa/crypto/curve25519.h"

#include <optional>

namespace wa::store {

inline constexpr quint32 MaxPreKeyId = 0xFFFFFF;

struct PreKey
{
    quint32 id = 0;
    crypto::KeyPair keyPair;
};

class PreKeyStore
{
public:
    virtual ~PreKeyStore() = default;

    virtual std::optional<PreKey> loadPreKey(quint32 id) const = 0;
    virtual bool storePreKey(const PreKey &preKey) = 0;
    virtual bool removePreKey(quint32 id) = 0;
    virtual bool containsPreKey(quint32 id) const = 0;
    virtual int preKeyCount() const = 0;

    // The id the next generated pre-key gets (1 on a fresh device).
    virtual quint32 nextPreKeyId() const = 0;
    virtual bool setNextPreKeyId(quint32 id) = 0;
};

} // namespace wa::store
