#pragma once
// When to reconnect after a Disconnect: immediately after 515 (restart required, always after
// pairing), with exponential backoff and jitter for transient failures, never after a logout, a
// replacement, a ban (until it expires) or an outdated client.
#include "wa/connection/disconnect.h"

#include <optional>

namespace wa::connection {

struct ReconnectPolicy {
    int baseDelayMs = 2000;
    int maxDelayMs = 120000;
    double jitter = 0.25; // +/- fraction of the delay

    // nullopt: do not reconnect. `attempt` counts consecutive failures, starting at 1.
    // `random01` is a uniform number in [0, 1) (injected so tests are deterministic).
    std::optional<int> delayMs(const Disconnect &why, int attempt, double random01) const;
    static bool shouldReconnect(const Disconnect &why);
};

} // namespace wa::connection
