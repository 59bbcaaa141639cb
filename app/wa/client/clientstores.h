#pragma once
// Everything a client persists, as non-owning interface pointers: the device credentials, the
// Signal stores, and optionally a transaction boundary and a sink for messages. One object may
// implement all of them (store::MemoryStore for tests, core's SqlKeyStore in the product).
#include "wa/client/messaging.h"
#include "wa/signal/storebridge.h"
#include "wa/store/credentialstore.h"
#include "wa/store/transactional.h"

namespace wa::client {

struct ClientStores {
    store::CredentialStore *credentials = nullptr;
    signal::Stores signal;
    store::Transactional *transactions = nullptr; // may be null: no atomicity
    MessageSink *sink = nullptr;                  // may be null: messages are only signalled

    template <typename All>
    static ClientStores of(All &all, MessageSink *sink = nullptr)
    {
        ClientStores s;
        s.credentials = &all;
        s.signal = signal::Stores::of(all);
        if constexpr (std::is_base_of_v<store::Transactional, All>)
            s.transactions = &all;
        s.sink = sink;
        return s;
    }
};

} // namespace wa::client
