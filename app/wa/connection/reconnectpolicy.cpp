#include "wa/connection/reconnectpolicy.h"

#include <algorithm>
#include <cmath>

namespace wa::connection {

bool ReconnectPolicy::shouldReconnect(const Disconnect &why)
{
    if (why.loggedOut || why.replaced)
        return false;
    switch (why.code) {
    case reason::TemporaryBan:
    case reason::ClientOutdated:
    case reason::MultideviceMismatch:
        return false;
    default:
        return true;
    }
}

std::optional<int> ReconnectPolicy::delayMs(const Disconnect &why, int attempt, double random01) const
{
    if (!shouldReconnect(why))
        return std::nullopt;
    if (why.code == reason::RestartRequired)
        return 0;
    attempt = std::max(1, std::min(attempt, 30));
    const double exponential = std::min(double(maxDelayMs), baseDelayMs * std::pow(2.0, attempt - 1));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return int(std::clamp(exponential * factor, 0.0, double(maxDelayMs)));
}

} // namespace wa::connection
