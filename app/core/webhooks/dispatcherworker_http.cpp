// The dispatcher's HTTP side: where an instance's events go (its current settings and secret),
// the signed request, the receiver's reply read and discarded within bounds, and what the reply
// means (2xx or the problem, in our own words).
#include "core/webhooks/dispatcherworker.h"

#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/secrets/secretbox.h"
#include "core/webhooks/signature.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace core::webhooks {

namespace {

constexpr qint64 kMaxResponseBytes = 1 << 20; // read and discarded; past this the reply is cut

// Our own words for network failures: QNetworkReply::errorString() contains the URL, which may
// carry a token in its query, and these end up in the delivery log and the server log.
QString networkProblem(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError: return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError: return QStringLiteral("connection closed by the receiver");
    case QNetworkReply::HostNotFoundError: return QStringLiteral("host not found");
    case QNetworkReply::TimeoutError: return QStringLiteral("network timeout");
    case QNetworkReply::SslHandshakeFailedError: return QStringLiteral("TLS handshake failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return QStringLiteral("network unavailable");
    case QNetworkReply::ProtocolFailure: return QStringLiteral("invalid HTTP response");
    default: break;
    }
    return QStringLiteral("network error %1").arg(int(e));
}

QString hostKeyOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(url.port(defaultPort));
}

} // namespace

DispatcherWorker::Resolve DispatcherWorker::resolve(const QString &id, Queue &q)
{
    QString error;
    const auto t = m_store->target(id, &error);
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
    return q.target->enabled ? Resolve::Ok : Resolve::Paused;
}

void DispatcherWorker::send(const QString &id, Queue &q)
{
    const QueuedEvent &e = q.events.front();
    const Target &t = *q.target;
    const qint64 now = nowMs();
    QNetworkRequest request(t.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    for (const auto &[name, value] : t.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("X-Webhook-Id", e.deliveryId.toLatin1());
    request.setRawHeader("X-Webhook-Event", e.event.toLatin1());
    request.setRawHeader("X-Webhook-Timestamp", QByteArray::number(now / 1000));
    request.setRawHeader("X-Webhook-Attempt", QByteArray::number(e.attempts + 1));
    if (!t.secret.isEmpty())
        request.setRawHeader("X-Webhook-Signature", Signature::sign(t.secret, e.payload));
    QNetworkReply *reply = m_nam->post(request, e.payload);
    reply->setReadBufferSize(64 * 1024);
    Flight flight;
    flight.instanceId = id;
    flight.hostKey = t.hostKey;
    flight.startedAt = now;
    flight.clock.start();
    m_flights.insert(reply, flight);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { drain(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    QTimer::singleShot(m_options.timeoutMs, reply, [this, reply] {
        auto it = m_flights.find(reply);
        if (it == m_flights.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
    q.inFlight = true;
    ++m_hostInFlight[t.hostKey];
    m_counters->attempts.fetch_add(1);
}

void DispatcherWorker::drain(QNetworkReply *reply)
{
    auto it = m_flights.find(reply);
    if (it == m_flights.end())
        return;
    it->bodyBytes += reply->read(reply->bytesAvailable()).size();
    if (it->bodyBytes > kMaxResponseBytes && !it->bodyTooLarge) {
        it->bodyTooLarge = true;
        reply->abort();
    }
}

void DispatcherWorker::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_flights.find(reply);
    if (it == m_flights.end() || m_closing)
        return;
    const Flight flight = it.value();
    m_flights.erase(it);
    releaseHost(flight.hostKey);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A 2xx status line is the receiver's acknowledgement; what happens to the rest of its body
    // (cut after 1 MiB, connection reset, still dripping at the timeout) does not change that.
    const bool ok = status >= 200 && status < 300;
    QString problem;
    if (!ok && flight.timedOut)
        problem = QStringLiteral("no response within %1 ms").arg(m_options.timeoutMs);
    else if (!ok && status > 0)
        problem = QStringLiteral("HTTP %1").arg(status);
    else if (!ok)
        problem = networkProblem(reply->error());
    auto q = m_queues.find(flight.instanceId);
    if (q != m_queues.end())
        complete(flight.instanceId, q->second, ok, status, problem, flight.clock.elapsed(), flight.startedAt);
    if (m_drainLoop && m_flights.isEmpty())
        m_drainLoop->quit();
    pump();
}

} // namespace core::webhooks
