#pragma once
// Retry delays: the first retry comes `retryInterval` after the first failure, each further one
// twice as late as the one before, capped at one hour (or at retryInterval when that is longer),
// then spread by +-20 % so that many instances whose receiver failed at the same moment do not
// retry in lockstep.
#include <QtGlobal>

namespace core::webhooks {

class Backoff
{
public:
    static constexpr qint64 kCapMs = 3'600'000;
    static constexpr double kJitter = 0.2;

    // The delay after `failures` (>= 1) failed attempts in a row. `unitRandom` is in [0, 1): 0 gives
    // the shortest delay (-20 %), 0.5 the nominal one, values near 1 the longest (+20 %).
    static qint64 delayMs(int failures, qint64 retryIntervalMs, double unitRandom);
    // The same before jitter: retryInterval * 2^(failures-1), capped.
    static qint64 nominalMs(int failures, qint64 retryIntervalMs);
};

} // namespace core::webhooks
