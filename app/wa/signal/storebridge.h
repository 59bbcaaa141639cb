#pragma once
// Connects libsignal's store callbacks to the wa::store interfaces. Sessions and sender keys
// travel as opaque records; pre-keys and signed pre-keys are kept in the stores as plain key
// pairs and converted to libsignal's record format on the way through, so the SQL store can
// keep them in columns any implementation understands.
#include "context.h"

#include "wa/crypto/curve25519.h"
#include "wa/store/identitystore.h"
#include "wa/store/prekeystore.h"
#include "wa/store/senderkeystore.h"
#include "wa/store/sessionstore.h"
#include "wa/store/signedprekeystore.h"

#include <memory>

struct signal_protocol_store_context;

namespace wa::signal {

struct LocalIdentity
{
    crypto::KeyPair identityKey;
    quint32 registrationId = 0;
};

// Non-owning; every store must outlive the bridge.
struct Stores
{
    store::IdentityStore *identities = nullptr;
    store::PreKeyStore *preKeys = nullptr;
    store::SignedPreKeyStore *signedPreKeys = nullptr;
    store::SessionStore *sessions = nullptr;
    store::SenderKeyStore *senderKeys = nullptr;

    // One object implementing every interface (e.g. store::MemoryStore).
    template <typename All>
    static Stores of(All &all)
    {
        return {&all, &all, &all, &all, &all};
    }

    bool isComplete() const { return identities && preKeys && signedPreKeys && sessions && senderKeys; }
};

class StoreBridge
{
public:
    // `context` must outlive the bridge.
    StoreBridge(Context &context, LocalIdentity identity, Stores stores);
    ~StoreBridge();
    StoreBridge(const StoreBridge &) = delete;
    StoreBridge &operator=(const StoreBridge &) = delete;

    // False if the context is invalid, a store is missing or the identity key is malformed.
    bool isValid() const;
    Context &context() const;
    const Stores &stores() const;
    signal_protocol_store_context *raw() const;

    struct Private; // public so the C callbacks in storebridge.cpp can reach it

private:
    std::unique_ptr<Private> d;
};

} // namespace wa::signal
