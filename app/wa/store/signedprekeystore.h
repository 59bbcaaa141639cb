#pragma once
// Signed pre-keys by id. A device normally holds one (id 1, created with its credentials);
// the interface allows rotation.
#include "devicecredentials.h"

#include <QList>

#include <optional>

namespace wa::store {

class SignedPreKeyStore
{
public:
    virtual ~SignedPreKeyStore() = default;

    virtual std::optional<SignedPreKey> loadSignedPreKey(quint32 id) const = 0;
    virtual bool storeSignedPreKey(const SignedPreKey &signedPreKey) = 0;
    virtual bool removeSignedPreKey(quint32 id) = 0;
    virtual bool containsSignedPreKey(quint32 id) const = 0;
    virtual QList<quint32> signedPreKeyIds() const = 0;
};

} // namespace wa::store
