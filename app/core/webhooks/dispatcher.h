#pragma once
// Webhook delivery from the outbox (outbox.h says how events get there). One dispatcher thread
// with its own event loop, HTTP client (HttpSender: keep-alive connections, TLS) and SQLite
// connection; it never touches the main thread.
//
// - In order per instance: an instance's next event goes only after the previous one was
//   delivered or dead-lettered. Instances proceed in parallel: at most `maxInFlight` requests in
//   all and `maxPerHost` to one receiver (scheme, host, port).
// - At least once: the outcome of every attempt is committed (batched, within ~20 ms, always
//   before the next events of that instance are read) so a restart resumes where it stopped; an
//   attempt in flight when the process dies is made again at the next start, with the same bytes
//   and X-Webhook-Id, so receivers de-duplicate by that id.
// - Success is a 2xx status within `timeoutMs`. Anything else (network error, timeout, 1xx/3xx/
//   4xx/5xx; redirects are not followed) is retried after Backoff::delayMs until `maxRetries`
//   retries have failed; then the event is dead: kept for the delivery log and for replay.
// - Each request: POST, the stored payload, Content-Type: application/json, the instance's custom
//   headers, X-Webhook-Id, X-Webhook-Event, X-Webhook-Timestamp (Unix seconds of this attempt),
//   X-Webhook-Attempt (1, 2, ...; it keeps counting across replays), and X-Webhook-Signature
//   (Signature::sign) when the instance has a secret.
// - Settings are read when delivering, not when enqueueing: a corrected URL or secret applies to
//   events already queued, and waiting retries are re-read before they go. With webhooks disabled
//   (or no URL) delivery of that instance pauses; its queued events stay pending.
// - Receivers' answers are read and discarded (at most 1 MiB, then the connection is cut and the
//   status decides); delivered rows are pruned after `deliveredRetentionMs`, dead ones after
//   `deadRetentionMs`.
//
// Thread safety: wake(), invalidate() and counts() from any thread, at any time (before start or
// after stop they do nothing); start() and stop() from the thread that owns the Dispatcher.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace core::secrets {
class SecretBox;
}

namespace core::webhooks {

class DispatcherWorker;

struct DispatcherOptions {
    QString databasePath;
    const secrets::SecretBox *box = nullptr; // opens webhook secrets; must outlive the dispatcher
    int timeoutMs = 10000;
    int maxInFlight = 64;
    int maxPerHost = 6;
    int pollIntervalMs = 1000; // the fallback that makes wake() an optimisation, not a requirement
    int window = 32;           // events of one instance read at a time
    qint64 deliveredRetentionMs = 7LL * 24 * 3600 * 1000;
    qint64 deadRetentionMs = 30LL * 24 * 3600 * 1000;
    QByteArray userAgent = QByteArrayLiteral("WaMulti-Webhooks");
    std::function<double()> random; // uniform [0, 1) for retry jitter; default QRandomGenerator
};

struct DispatcherCounters {
    std::atomic<qint64> attempts{0};
    std::atomic<qint64> delivered{0};
    std::atomic<qint64> failed{0}; // failed attempts (each may be retried)
    std::atomic<qint64> dead{0};
    std::atomic<bool> wakePending{false};
};

class Dispatcher
{
public:
    explicit Dispatcher(DispatcherOptions options);
    ~Dispatcher(); // stop()
    Dispatcher(const Dispatcher &) = delete;
    Dispatcher &operator=(const Dispatcher &) = delete;

    bool start(QString *error);
    // Aborts requests in flight (they stay pending and are retried at the next start), commits
    // the outcomes it has, closes the connection and ends the thread.
    void stop();

    // New outbox rows were committed: look now instead of at the next poll. Coalesced: a burst of
    // wakes costs one scan.
    void wake();
    // The instance's webhook settings changed, or one of its deliveries was replayed: re-read both
    // before its next attempt (a waiting retry goes at once).
    void invalidate(const QString &instanceId);

    struct Counts {
        qint64 attempts = 0;
        qint64 delivered = 0;
        qint64 failed = 0;
        qint64 dead = 0;
    };
    Counts counts() const; // since start, for diagnostics and tests

private:
    DispatcherOptions m_options;
    std::shared_ptr<DispatcherCounters> m_counters;
    mutable std::mutex m_mutex; // guards m_thread/m_worker against wake()/invalidate() during stop()
    QThread *m_thread = nullptr;
    DispatcherWorker *m_worker = nullptr;
};

} // namespace core::webhooks
