#include "core/auth/ratelimiter.h"

#include <algorithm>

namespace core::auth {

RateLimiter::RateLimiter(int maxAttempts, int windowSecs, int maxKeys)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_windowMs(qint64(std::max(1, windowSecs)) * 1000)
    , m_maxKeys(std::max(1, maxKeys))
{
}

void RateLimiter::pruneEntry(Entry &entry, qint64 nowMs) const
{
    // A failure at t counts while nowMs < t + window.
    qsizetype expired = 0;
    while (expired < entry.failures.size() && entry.failures.at(expired) + m_windowMs <= nowMs)
        ++expired;
    entry.failures.remove(0, expired);
}

void RateLimiter::pruneIdleKeys(qint64 nowMs)
{
    // The list is ordered by last failure, so every idle key sits at the front.
    while (!m_lru.empty()
           && (m_lru.front().failures.isEmpty() || m_lru.front().failures.constLast() + m_windowMs <= nowMs)) {
        m_index.remove(m_lru.front().key);
        m_lru.pop_front();
    }
}

std::optional<int> RateLimiter::retryAfter(const QString &key, qint64 nowMs)
{
    pruneIdleKeys(nowMs);
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return std::nullopt;
    Entry &entry = *found.value();
    pruneEntry(entry, nowMs);
    if (entry.failures.isEmpty()) {
        m_lru.erase(found.value());
        m_index.erase(found);
        return std::nullopt;
    }
    if (entry.failures.size() < m_maxAttempts)
        return std::nullopt;
    // Allowed again once the oldest counted failure leaves the window; round up so that a client
    // honouring Retry-After never arrives early.
    const qint64 waitMs = entry.failures.constFirst() + m_windowMs - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

void RateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    pruneIdleKeys(nowMs);
    auto found = m_index.find(key);
    if (found == m_index.end()) {
        if (int(m_index.size()) >= m_maxKeys) {
            m_index.remove(m_lru.front().key);
            m_lru.pop_front();
        }
        m_lru.push_back(Entry{key, {}});
        found = m_index.insert(key, std::prev(m_lru.end()));
    } else {
        // Most recently failed moves to the back, keeping the list ordered by last failure.
        m_lru.splice(m_lru.end(), m_lru, found.value());
    }
    Entry &entry = *found.value();
    pruneEntry(entry, nowMs);
    entry.failures.append(nowMs);
    if (entry.failures.size() > m_maxAttempts)
        entry.failures.remove(0, entry.failures.size() - m_maxAttempts);
}

void RateLimiter::reset(const QString &key)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return;
    m_lru.erase(found.value());
    m_index.erase(found);
}

}
