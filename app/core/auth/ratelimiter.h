#pragma once
// RateLimiter: a sliding-window limit on failed attempts per key (e.g. "login:<ip>" or
// "login:<username>"), used to slow down password guessing on the login endpoint.
#include <QHash>
#include <QList>
#include <QString>

#include <list>
#include <optional>

namespace core::auth {

// NOT thread-safe: use it from one thread only (the API's main thread).
//
// Memory is bounded twice: each key keeps at most maxAttempts timestamps (older ones cannot change
// any answer), and at most maxKeys keys are tracked; the key whose last failure is oldest is
// evicted first. Keys whose failures all left the window are dropped as time passes. Eviction
// means a flood of distinct keys can reset an old key's count; that is the price of bounded memory.
//
// Times are caller-supplied milliseconds from a clock that does not go backwards (e.g. a
// QElapsedTimer or QDateTime::currentMSecsSinceEpoch()), which keeps tests deterministic.
class RateLimiter
{
public:
    static constexpr int kDefaultMaxKeys = 100000;

    RateLimiter(int maxAttempts, int windowSecs, int maxKeys = kDefaultMaxKeys);

    // nullopt if an attempt for `key` is allowed now; otherwise the whole seconds (>= 1) until
    // the oldest failure that still counts leaves the window.
    std::optional<int> retryAfter(const QString &key, qint64 nowMs);
    // Counts one failed attempt for `key` at nowMs.
    void recordFailure(const QString &key, qint64 nowMs);
    // Forgets `key` (call after a successful attempt).
    void reset(const QString &key);

    int trackedKeys() const { return int(m_index.size()); }
    int maxAttempts() const { return m_maxAttempts; }
    int windowSecs() const { return int(m_windowMs / 1000); }

private:
    struct Entry
    {
        QString key;
        QList<qint64> failures;  // ascending; at most m_maxAttempts
    };
    using Lru = std::list<Entry>;  // front = least recently failed

    void pruneEntry(Entry &entry, qint64 nowMs) const;
    void pruneIdleKeys(qint64 nowMs);

    int m_maxAttempts;
    qint64 m_windowMs;
    int m_maxKeys;
    Lru m_lru;
    QHash<QString, Lru::iterator> m_index;
};

}
