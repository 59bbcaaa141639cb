#include "core/webhooks/backoff.h"

#include <algorithm>
#include <cmath>

namespace core::webhooks {

qint64 Backoff::nominalMs(int failures, qint64 retryIntervalMs)
{
    const qint64 interval = std::max<qint64>(1, retryIntervalMs);
    const qint64 cap = std::max(kCapMs, interval);
    qint64 delay = interval;
    for (int i = 1; i < failures && delay < cap; ++i)
        delay *= 2; // stops at the cap, so no overflow however large `failures` is
    return std::min(delay, cap);
}

qint64 Backoff::delayMs(int failures, qint64 retryIntervalMs, double unitRandom)
{
    const double u = std::clamp(unitRandom, 0.0, 1.0);
    const double factor = 1.0 - kJitter + 2.0 * kJitter * u;
    return std::max<qint64>(1, qint64(std::llround(double(nominalMs(failures, retryIntervalMs)) * factor)));
}

} // namespace core::webhooks
