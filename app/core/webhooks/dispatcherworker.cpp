#include "core/webhooks/dispatcherworker.h"

#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/store/database.h"
#include "core/webhooks/backoff.h"

#include "core/webhooks/httpsender.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

namespace core::webhooks {

namespace {

constexpr int kFlushDelayMs = 20;
constexpr size_t kFlushBatch = 256;
constexpr qint64 kFullScanEveryMs = 60'000;
constexpr qint64 kPruneEveryMs = 3'600'000;
constexpr int kPruneBatch = 5000;
constexpr qint64 kDbRetryMs = 1000;
constexpr int kDrainMs = 2000; // how long a stop waits for answers already on their way
constexpr qint64 kTargetTtlMs = 5000; // settings are re-read at least this often, invalidate() or not

} // namespace

DispatcherWorker::DispatcherWorker(DispatcherOptions options, std::shared_ptr<DispatcherCounters> counters)
    : m_options(std::move(options)), m_counters(std::move(counters))
{
}

DispatcherWorker::~DispatcherWorker() = default;

double DispatcherWorker::random()
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

bool DispatcherWorker::open(QString *error)
{
    m_connection = store::Database::uniqueName(QStringLiteral("webhooks"));
    QSqlDatabase db = store::Database::open(m_options.databasePath, m_connection, error);
    if (!db.isOpen())
        return false;
    // Checkpoints (and their fsync) are left to the connections whose commits bring the events
    // (main, writer, session threads): here they would stall deliveries. Those writers also restart
    // the WAL after their checkpoints, which a checkpoint here could not (they keep appending).
    if (!store::execSql(db, QStringLiteral("PRAGMA wal_autocheckpoint=0"), error))
        return false;
    m_store = std::make_unique<OutboxQueue>(db);
    m_http = new HttpSender(m_options.timeoutMs, this);
    m_poll = new QTimer(this);
    m_poll->setInterval(m_options.pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &DispatcherWorker::onTick);
    m_poll->start();
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    connect(m_flush, &QTimer::timeout, this, [this] {
        flushResults();
        pump();
    });
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &DispatcherWorker::onRetryTimer);
    m_open = true;
    QTimer::singleShot(0, this, [this] {
        scanAll();
        pump();
    });
    return true;
}

void DispatcherWorker::close()
{
    if (!m_open)
        return;
    // Give requests in flight a moment to be answered, so that a graceful stop rarely leaves an
    // event the receiver already has to be sent again at the next start.
    m_draining = true;
    m_poll->stop();
    m_retry->stop();
    if (!m_flights.isEmpty()) {
        QEventLoop loop;
        m_drainLoop = &loop;
        QTimer::singleShot(std::min(kDrainMs, m_options.timeoutMs), &loop, &QEventLoop::quit);
        loop.exec();
        m_drainLoop = nullptr;
    }
    m_closing = true;
    m_flush->stop();
    m_http->abortAll(); // not attempts: those events stay pending with the same attempt numbers
    m_flights.clear();
    flushResults();
    delete m_http;
    m_http = nullptr;
    m_store.reset();
    store::Database::close(m_connection);
    m_open = false;
}

void DispatcherWorker::onWake()
{
    m_counters->wakePending.store(false); // before scanning, so a wake during the scan is not lost
    if (!m_open || m_closing)
        return;
    scanNew();
    pump();
}

void DispatcherWorker::invalidate(const QString &instanceId)
{
    if (!m_open || m_closing)
        return;
    m_seen.remove(instanceId);
    m_targets.remove(instanceId);
    Queue &q = m_queues[instanceId];
    q.targetStale = true;
    q.retryNow = true;
    if (q.inFlight) {
        q.resetAfterFlight = true;
        return;
    }
    q.events.clear();
    q.moreInDb = true;
    q.notBefore = 0;
    schedule(instanceId, q);
    pump();
}

void DispatcherWorker::schedule(const QString &id, Queue &q)
{
    if (q.listed || q.inFlight || q.notBefore > nowMs())
        return;
    q.listed = true;
    m_ready.push_back(id);
}

void DispatcherWorker::scheduleAt(const QString &id, Queue &q, qint64 when)
{
    q.notBefore = when;
    m_retryAt.emplace(when, id);
    if (q.events.size() > 1) { // keep only the head while waiting; the rest is read again later
        q.events.resize(1);
        q.moreInDb = true;
        m_seen[id] = q.events.front().id;
    }
}

void DispatcherWorker::pump()
{
    if (!m_open || m_closing || m_draining || m_pumping)
        return;
    m_pumping = true;
    const qint64 now = nowMs();
    while (int(m_flights.size()) < m_options.maxInFlight && !m_ready.empty()) {
        const QString id = m_ready.front();
        m_ready.pop_front();
        auto it = m_queues.find(id);
        if (it == m_queues.end())
            continue;
        Queue &q = it->second;
        q.listed = false;
        if (q.inFlight || q.notBefore > now)
            continue;
        if (q.events.empty()) {
            if (q.moreInDb && !refill(id, q)) {
                scheduleAt(id, q, now + kDbRetryMs);
                continue;
            }
            if (q.events.empty()) {
                m_queues.erase(it);
                continue;
            }
        }
        // Settings are re-read before every retry, so a waiting event goes to a corrected URL.
        const bool retry = q.events.front().attempts > 0;
        if (!retry && !q.targetStale && !q.target) {
            const auto cached = m_targets.constFind(id);
            if (cached != m_targets.cend() && now - cached->loadedAt < kTargetTtlMs)
                q.target = cached->target;
        }
        if (retry || q.targetStale || !q.target) {
            const Resolve r = resolve(id, q, now);
            if (r == Resolve::Error) {
                scheduleAt(id, q, now + kDbRetryMs);
                continue;
            }
            if (r != Resolve::Ok) { // gone, or paused until invalidate() or the next full scan
                m_queues.erase(it);
                continue;
            }
        }
        const QueuedEvent &head = q.events.front();
        if (head.nextAttemptAt > now && !q.retryNow) {
            scheduleAt(id, q, head.nextAttemptAt);
            continue;
        }
        q.retryNow = false;
        if (q.target->secretBroken) {
            complete(id, q, false, 0, QStringLiteral("the webhook secret cannot be opened with this master key; set it again"), 0, now);
            continue;
        }
        const QString &host = q.target->hostKey;
        if (m_hostInFlight.value(host) >= m_options.maxPerHost) {
            q.listed = true;
            m_hostWaiting[host].push_back(id);
            continue;
        }
        send(id, q);
    }
    m_pumping = false;
    armRetryTimer();
}

bool DispatcherWorker::refill(const QString &id, Queue &q)
{
    const auto seen = m_seen.constFind(id);
    // Reading from the oldest: outcomes first, so that the pending rows are the undelivered ones.
    if (seen == m_seen.cend() && !flushResults())
        return false;
    QString error;
    const auto rows = m_store->pending(id, seen == m_seen.cend() ? 0 : *seen, m_options.window, &error);
    if (!rows) {
        qCWarning(lcCoreWebhooks, "[inst %s] cannot read the outbox: %s", qPrintable(id), qPrintable(error));
        return false;
    }
    q.events.assign(rows->cbegin(), rows->cend());
    q.moreInDb = rows->size() == m_options.window;
    if (!rows->isEmpty())
        m_seen[id] = rows->last().id;
    return true;
}

void DispatcherWorker::complete(const QString &id, Queue &q, bool ok, int status, const QString &problem,
                                qint64 latencyMs, qint64 at)
{
    q.inFlight = false;
    QueuedEvent &e = q.events.front();
    e.attempts += 1;
    AttemptResult r{e.id, id, AttemptResult::State::Pending, e.attempts, e.nextAttemptAt, at, status, problem, latencyMs};
    const int used = e.attempts - e.attemptBase;
    const int maxRetries = q.target ? q.target->maxRetries : 0;
    if (ok) {
        r.state = AttemptResult::State::Delivered;
        m_counters->delivered.fetch_add(1);
        q.events.pop_front();
    } else if (used > maxRetries) {
        r.state = AttemptResult::State::Dead;
        m_counters->failed.fetch_add(1);
        m_counters->dead.fetch_add(1);
        qCWarning(lcCoreWebhooks, "[inst %s] webhook %s (%s) dead-lettered after %d attempts: %s", qPrintable(id),
                  qPrintable(e.deliveryId), qPrintable(e.event), e.attempts, qPrintable(problem));
        q.events.pop_front();
    } else {
        m_counters->failed.fetch_add(1);
        const qint64 delay = Backoff::delayMs(used, q.target ? q.target->retryIntervalMs : 60000, random());
        e.nextAttemptAt = at + latencyMs + delay;
        r.nextAttemptAt = e.nextAttemptAt;
        qCInfo(lcCoreWebhooks, "[inst %s] webhook %s attempt %d failed (%s); retry in %lld ms", qPrintable(id),
               qPrintable(e.deliveryId), e.attempts, qPrintable(problem), qlonglong(e.nextAttemptAt - nowMs()));
        scheduleAt(id, q, e.nextAttemptAt);
    }
    addResult(r);
    if (q.resetAfterFlight) {
        q.resetAfterFlight = false;
        q.events.clear();
        q.moreInDb = true;
        q.notBefore = 0;
    }
    if (q.events.empty() && !q.moreInDb)
        m_queues.erase(id);
    else
        schedule(id, q);
}

void DispatcherWorker::releaseHost(const QString &hostKey)
{
    auto count = m_hostInFlight.find(hostKey);
    if (count != m_hostInFlight.end() && --count.value() <= 0)
        m_hostInFlight.erase(count);
    auto waiting = m_hostWaiting.find(hostKey);
    while (waiting != m_hostWaiting.end() && !waiting->empty()) {
        const QString id = waiting->front();
        waiting->pop_front();
        auto q = m_queues.find(id);
        if (q == m_queues.end())
            continue;
        q->second.listed = false;
        schedule(id, q->second);
        break;
    }
    if (waiting != m_hostWaiting.end() && waiting->empty())
        m_hostWaiting.erase(waiting);
}

void DispatcherWorker::addResult(const AttemptResult &r)
{
    m_results.push_back(r);
    if (m_results.size() >= kFlushBatch)
        flushResults();
    else if (!m_flush->isActive())
        m_flush->start(kFlushDelayMs);
}

bool DispatcherWorker::flushResults()
{
    if (m_results.empty())
        return true;
    QString error;
    if (!m_store->apply(m_results, &error)) {
        qCWarning(lcCoreWebhooks, "cannot record %lld webhook outcomes (will retry): %s", qlonglong(m_results.size()),
                  qPrintable(error));
        if (!m_closing)
            m_flush->start(int(kDbRetryMs));
        return false;
    }
    m_results.clear();
    return true;
}

void DispatcherWorker::scanNew()
{
    QString error;
    const auto fresh = m_store->newSince(m_highWater, &error);
    if (!fresh) {
        qCWarning(lcCoreWebhooks, "cannot scan the outbox: %s", qPrintable(error));
        return;
    }
    for (auto it = fresh->cbegin(); it != fresh->cend(); ++it) {
        m_highWater = std::max(m_highWater, it.value());
        Queue &q = m_queues[it.key()];
        q.moreInDb = true;
        schedule(it.key(), q);
    }
}

void DispatcherWorker::scanAll()
{
    QString error;
    const auto high = m_store->highWater(&error); // first: rows committed after it are scanNew's
    const auto ids = high ? m_store->instancesWithPending(&error) : std::nullopt;
    if (!ids) {
        qCWarning(lcCoreWebhooks, "cannot scan the outbox: %s", qPrintable(error));
        return;
    }
    m_highWater = std::max(m_highWater, *high);
    m_lastFullScan = nowMs();
    for (const QString &id : *ids) {
        // An instance with pending rows and nothing in memory is read from its oldest pending row
        // again: whatever happened, nothing can stay behind m_seen for more than a minute.
        auto existing = m_queues.find(id);
        if (existing == m_queues.end() || (existing->second.events.empty() && !existing->second.inFlight))
            m_seen.remove(id);
        Queue &q = m_queues[id];
        q.moreInDb = true;
        schedule(id, q);
    }
}

void DispatcherWorker::onTick()
{
    if (m_closing)
        return;
    const qint64 now = nowMs();
    scanNew();
    if (now - m_lastFullScan >= kFullScanEveryMs)
        scanAll();
    if (now - m_lastPrune >= kPruneEveryMs) {
        QString error;
        const int n = m_store->prune(now - m_options.deliveredRetentionMs, now - m_options.deadRetentionMs, kPruneBatch, &error);
        if (n < 0)
            qCWarning(lcCoreWebhooks, "cannot prune the delivery log: %s", qPrintable(error));
        else if (n > 0)
            qCInfo(lcCoreWebhooks, "pruned %d old deliveries from the log", n);
        // A full batch means more are due: prune again at the next tick.
        m_lastPrune = n == kPruneBatch ? 0 : now;
    }
    flushResults();
    pump();
}

void DispatcherWorker::onRetryTimer()
{
    const qint64 now = nowMs();
    while (!m_retryAt.empty() && m_retryAt.begin()->first <= now) {
        const auto [due, id] = *m_retryAt.begin();
        m_retryAt.erase(m_retryAt.begin());
        auto q = m_queues.find(id);
        if (q == m_queues.end() || q->second.inFlight || q->second.notBefore != due)
            continue; // stale: replayed, reset or already retried
        q->second.notBefore = 0;
        schedule(id, q->second);
    }
    pump();
}

void DispatcherWorker::armRetryTimer()
{
    if (m_retryAt.empty() || m_closing)
        return;
    const qint64 wait = std::max<qint64>(0, m_retryAt.begin()->first - nowMs());
    const int ms = int(std::min<qint64>(wait, 3'600'000));
    if (!m_retry->isActive() || m_retry->remainingTime() > ms)
        m_retry->start(ms);
}

} // namespace core::webhooks
