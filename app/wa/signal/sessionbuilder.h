#pragma once
// Starts an outgoing session (X3DH) with one peer device from its pre-key bundle. The next
// SessionCipher::encrypt() to that address then yields a "pkmsg".
#include "prekeybundle.h"
#include "result.h"
#include "storebridge.h"

namespace wa::signal {

class SessionBuilder
{
public:
    // `bridge` must outlive the builder.
    SessionBuilder(StoreBridge &bridge, store::ProtocolAddress remote);

    // Verifies the signed pre-key signature, checks trust and stores the new session.
    // Errors: invalid_argument, invalid_key (bad key or signature), untrusted_identity,
    // store_failure.
    Result<void> process(const PreKeyBundle &bundle);

private:
    StoreBridge &m_bridge;
    store::ProtocolAddress m_remote;
};

} // namespace wa::signal
