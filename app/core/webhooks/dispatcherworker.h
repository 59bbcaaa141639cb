#pragma once
// The object that lives on the dispatcher thread (internal to core/webhooks; use Dispatcher).
// It keeps, per instance with pending events, a small window of them in delivery order, at most
// one request in flight, and the backoff deadline of a failing head event; a min-heap of those
// deadlines drives one retry timer. Only heads of waiting instances stay in memory, so a receiver
// that is down for thousands of instances costs one row each, not their whole backlog.
#include "core/webhooks/dispatcher.h"
#include "core/webhooks/outboxqueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <deque>
#include <map>
#include <unordered_map>

class QEventLoop;
class QTimer;

namespace core::webhooks {

class HttpSender;

class DispatcherWorker : public QObject
{
    Q_OBJECT
public:
    DispatcherWorker(DispatcherOptions options, std::shared_ptr<DispatcherCounters> counters);
    ~DispatcherWorker() override;

    // These run on the dispatcher thread.
    bool open(QString *error);
    void close();
    void onWake();
    void invalidate(const QString &instanceId);

private:
    struct Target {
        bool enabled = false;
        QUrl url;
        QString hostKey;
        QByteArray secret; // plaintext, only in this thread's memory
        bool secretBroken = false;
        int maxRetries = 3;
        qint64 retryIntervalMs = 60000;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Queue {
        std::deque<QueuedEvent> events;
        std::optional<Target> target;
        bool targetStale = true;
        bool moreInDb = true; // the database may hold pending events beyond `events`
        bool inFlight = false;
        bool resetAfterFlight = false;
        bool retryNow = false; // settings changed or a replay: a waiting head goes at once
        bool listed = false; // in m_ready or in a host's waiting list
        qint64 notBefore = 0;
    };
    struct Flight {
        QString instanceId;
        QString hostKey;
        QElapsedTimer clock;
        qint64 startedAt = 0;
    };
    enum class Resolve { Ok, Paused, Gone, Error };

    void pump();
    void schedule(const QString &id, Queue &q);
    void scheduleAt(const QString &id, Queue &q, qint64 when);
    bool refill(const QString &id, Queue &q);
    Resolve resolve(const QString &id, Queue &q, qint64 now);
    void send(const QString &id, Queue &q);
    void onFinished(quint64 flightId, int status, const QString &problem);
    void complete(const QString &id, Queue &q, bool ok, int status, const QString &problem, qint64 latencyMs,
                  qint64 at);
    void releaseHost(const QString &hostKey);
    void addResult(const AttemptResult &r);
    bool flushResults();
    void scanNew();
    void scanAll();
    void onTick();
    void onRetryTimer();
    void armRetryTimer();
    double random();

    DispatcherOptions m_options;
    std::shared_ptr<DispatcherCounters> m_counters;
    QString m_connection;
    std::unique_ptr<OutboxQueue> m_store;
    HttpSender *m_http = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_flush = nullptr;
    QTimer *m_retry = nullptr;
    std::unordered_map<QString, Queue> m_queues; // node-based: references survive inserts
    // Per instance, the largest outbox id whose event is in memory or has its outcome recorded
    // (flushed or not): the next read starts after it, so reading never needs a flush first. Absent
    // = unknown (start, invalidate): then outcomes are flushed and reading starts from the oldest.
    QHash<QString, qint64> m_seen;
    struct CachedTarget {
        Target target;
        qint64 loadedAt = 0;
    };
    QHash<QString, CachedTarget> m_targets; // settings by instance, dropped by invalidate()
    std::deque<QString> m_ready;
    std::multimap<qint64, QString> m_retryAt; // may hold stale entries; checked against notBefore
    QHash<QString, int> m_hostInFlight;
    QHash<QString, std::deque<QString>> m_hostWaiting;
    QHash<quint64, Flight> m_flights;
    quint64 m_nextFlight = 0;
    std::vector<AttemptResult> m_results;
    qint64 m_highWater = 0;
    qint64 m_lastFullScan = 0;
    qint64 m_lastPrune = 0;
    bool m_open = false;
    bool m_draining = false; // stopping: nothing new is sent, answers in flight are still taken
    bool m_closing = false;
    QEventLoop *m_drainLoop = nullptr;
    bool m_pumping = false;
};

} // namespace core::webhooks
