// The dispatcher's HTTP side: where an instance's events go (its current settings and secret),
// the signed request handed to HttpSender, and what the answer means (2xx, or the problem).
#include "core/webhooks/dispatcherworker.h"

#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/secrets/secretbox.h"
#include "core/webhooks/signature.h"

#include "core/webhooks/httpsender.h"

#include <QEventLoop>

#include <algorithm>

namespace core::webhooks {

namespace {

QString hostKeyOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(url.port(defaultPort));
}

} // namespace

DispatcherWorker::Resolve DispatcherWorker::resolve(const QString &id, Queue &q, qint64 now)
{
    QString error;
    const auto t = m_store->target(id, &error);
    m_targets.remove(id);
    if (!t && error.isEmpty())
        m_seen.remove(id); // the instance is gone
    if (!t) {
        if (!error.isEmpty())
            qCWarning(lcCoreWebhooks, "[inst %s] cannot read the webhook settings: %s", qPrintable(id), qPrintable(error));
        return error.isEmpty() ? Resolve::Gone : Resolve::Error;
    }
    Target target;
    target.url = QUrl(t->url, QUrl::StrictMode);
    const QString scheme = target.url.scheme();
    target.enabled = t->enabled && target.url.isValid() && !target.url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    target.hostKey = hostKeyOf(target.url);
    target.maxRetries = t->maxRetries;
    target.retryIntervalMs = t->retryIntervalMs;
    target.headers = t->headers;
    if (!t->secretSealed.isEmpty()) {
        const auto plain = m_options.box ? m_options.box->open(t->secretSealed) : std::nullopt;
        target.secretBroken = !plain;
        target.secret = plain.value_or(QByteArray());
    }
    q.target = std::move(target);
    q.targetStale = false;
    if (!q.target->enabled)
        return Resolve::Paused;
    m_targets.insert(id, {*q.target, now});
    return Resolve::Ok;
}

void DispatcherWorker::send(const QString &id, Queue &q)
{
    const QueuedEvent &e = q.events.front();
    const Target &t = *q.target;
    const qint64 now = nowMs();
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.reserve(t.headers.size() + 7);
    headers.push_back({"Content-Type", "application/json"});
    const bool ownAgent = std::any_of(t.headers.cbegin(), t.headers.cend(),
                                      [](const auto &h) { return h.first.compare("User-Agent", Qt::CaseInsensitive) == 0; });
    if (!ownAgent)
        headers.push_back({"User-Agent", m_options.userAgent});
    headers.append(t.headers);
    headers.push_back({"X-Webhook-Id", e.deliveryId.toLatin1()});
    headers.push_back({"X-Webhook-Event", e.event.toLatin1()});
    headers.push_back({"X-Webhook-Timestamp", QByteArray::number(now / 1000)});
    headers.push_back({"X-Webhook-Attempt", QByteArray::number(e.attempts + 1)});
    if (!t.secret.isEmpty())
        headers.push_back({"X-Webhook-Signature", Signature::sign(t.secret, e.payload)});
    const quint64 flightId = ++m_nextFlight;
    Flight flight;
    flight.instanceId = id;
    flight.hostKey = t.hostKey;
    flight.startedAt = now;
    flight.clock.start();
    m_flights.insert(flightId, flight);
    q.inFlight = true;
    ++m_hostInFlight[t.hostKey];
    m_counters->attempts.fetch_add(1);
    m_http->post(t.url, headers, e.payload, [this, flightId](const HttpSender::Result &r) {
        onFinished(flightId, r.status, r.problem);
    });
}

void DispatcherWorker::onFinished(quint64 flightId, int status, const QString &transportProblem)
{
    auto it = m_flights.find(flightId);
    if (it == m_flights.end() || m_closing)
        return;
    const Flight flight = it.value();
    m_flights.erase(it);
    releaseHost(flight.hostKey);
    // A 2xx status line is the receiver's acknowledgement; what happens to the rest of its body
    // (cut after 1 MiB, connection reset, still dripping at the timeout) does not change that.
    const bool ok = status >= 200 && status < 300;
    QString problem;
    if (!ok)
        problem = status > 0 ? QStringLiteral("HTTP %1").arg(status) : transportProblem;
    auto q = m_queues.find(flight.instanceId);
    if (q != m_queues.end())
        complete(flight.instanceId, q->second, ok, status, problem, flight.clock.elapsed(), flight.startedAt);
    if (m_drainLoop && m_flights.isEmpty())
        m_drainLoop->quit();
    pump();
}

} // namespace core::webhooks
