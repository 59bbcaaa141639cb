#include "core/webhooks/httpsender.h"

#include "core/webhooks/httpresponseparser.h"

#include <QMetaObject>
#include <QSslSocket>
#include <QTimer>

namespace core::webhooks {

namespace {

constexpr qint64 kIdleMs = 30'000;

QString socketProblem(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return QStringLiteral("connection refused");
    case QAbstractSocket::RemoteHostClosedError: return QStringLiteral("connection closed by the receiver");
    case QAbstractSocket::HostNotFoundError: return QStringLiteral("host not found");
    case QAbstractSocket::SocketTimeoutError: return QStringLiteral("network timeout");
    case QAbstractSocket::NetworkError: return QStringLiteral("network unreachable");
    case QAbstractSocket::SslHandshakeFailedError: return QStringLiteral("TLS handshake failed");
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: return QStringLiteral("TLS error");
    default: break;
    }
    return QStringLiteral("network error %1").arg(int(e));
}

QString keyOf(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host(QUrl::FullyEncoded).toLower()).arg(url.port(tls ? 443 : 80));
}

} // namespace

struct HttpSender::Connection {
    QTcpSocket *socket = nullptr;
    QString key;
    QUrl url;
    HttpResponseParser parser;
    bool ready = false;  // connected (and encrypted, for TLS)
    bool reused = false; // has carried a request before
    bool busy = false;
    QElapsedTimer idleSince;
    // The request on it, when busy.
    QByteArray request;
    Done done;
    QTimer *timer = nullptr;
    bool retried = false;
};

HttpSender::HttpSender(int timeoutMs, QObject *parent) : QObject(parent), m_timeoutMs(timeoutMs), m_sweep(new QTimer(this))
{
    m_sweep->setInterval(5000);
    connect(m_sweep, &QTimer::timeout, this, &HttpSender::sweepIdle);
    m_sweep->start();
}

HttpSender::~HttpSender()
{
    abortAll();
}

void HttpSender::post(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, Done done)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        QMetaObject::invokeMethod(this, [done] { done({0, QStringLiteral("invalid webhook URL")}); }, Qt::QueuedConnection);
        return;
    }
    const bool tls = scheme == QLatin1String("https");
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() > 0 && url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    QByteArray request;
    request.reserve(256 + body.size());
    request += "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: keep-alive\r\n";
    for (const auto &[name, value] : headers) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n'))
            continue; // validated on input; never let a header break the request framing
        request += name + ": " + value + "\r\n";
    }
    request += "\r\n" + body;

    const QString key = keyOf(url);
    Connection *c = takeIdle(key);
    if (!c)
        c = open(url, key);
    c->busy = true;
    c->request = std::move(request);
    c->done = std::move(done);
    c->retried = false;
    c->parser = HttpResponseParser();
    c->timer = new QTimer(this);
    c->timer->setSingleShot(true);
    connect(c->timer, &QTimer::timeout, this, [this, c] {
        finish(c, {0, QStringLiteral("no response within %1 ms").arg(m_timeoutMs)}, false);
    });
    c->timer->start(m_timeoutMs);
    if (c->ready)
        start(c);
}

HttpSender::Connection *HttpSender::takeIdle(const QString &key)
{
    auto it = m_idle.find(key);
    while (it != m_idle.end() && !it->isEmpty()) {
        Connection *c = it->takeLast();
        // Anything readable on an idle connection is either its close or garbage: not reusable.
        if (c->socket->state() == QAbstractSocket::ConnectedState && c->socket->bytesAvailable() == 0)
            return c;
        drop(c);
        it = m_idle.find(key);
    }
    return nullptr;
}

HttpSender::Connection *HttpSender::open(const QUrl &url, const QString &key)
{
    auto *c = new Connection;
    c->key = key;
    c->url = url;
    const bool tls = url.scheme() == QLatin1String("https");
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    c->socket = socket;
    m_connections.insert(c, true);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, [this, c] { onData(c); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError e) {
        onClosed(c, socketProblem(e));
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, c] { onClosed(c, QStringLiteral("connection closed by the receiver")); });
    const QString host = url.host(QUrl::FullyEncoded);
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(m_tls);
        connect(ssl, &QSslSocket::encrypted, this, [this, c] {
            c->ready = true;
            if (c->busy)
                start(c);
        });
        // Not ignored: an untrusted or mismatched certificate fails the attempt.
        connect(ssl, &QSslSocket::sslErrors, this, [this, c](const QList<QSslError> &errors) {
            const QString what = errors.isEmpty() ? QStringLiteral("TLS error") : errors.first().errorString();
            finish(c, {0, QStringLiteral("TLS: %1").arg(what)}, false);
        });
        ssl->connectToHostEncrypted(host, port);
    } else {
        connect(socket, &QTcpSocket::connected, this, [this, c] {
            c->ready = true;
            if (c->busy)
                start(c);
        });
        socket->connectToHost(host, port);
    }
    return c;
}

void HttpSender::start(Connection *c)
{
    c->socket->write(c->request);
}

void HttpSender::onData(Connection *c)
{
    const QByteArray data = c->socket->readAll();
    if (!c->busy)
        return drop(c); // an idle connection has nothing to say; treat it as closing
    const qsizetype used = c->parser.feed(data);
    if (c->parser.failed())
        return finish(c, {0, c->parser.problem()}, false);
    if (c->parser.done()) // bytes beyond the answer would be a second answer: do not reuse
        finish(c, {c->parser.status(), {}}, c->parser.keepAlive() && used == data.size());
}

void HttpSender::onClosed(Connection *c, const QString &problem)
{
    if (!m_connections.contains(c))
        return;
    if (!c->busy)
        return drop(c);
    c->parser.endOfStream();
    if (c->parser.done())
        return finish(c, {c->parser.status(), {}}, false);
    // A kept-alive connection the receiver had already closed: the request never reached it.
    if (c->reused && !c->parser.started() && !c->retried) {
        Done done = std::move(c->done);
        QTimer *timer = std::exchange(c->timer, nullptr);
        QByteArray request = std::move(c->request);
        const QUrl url = c->url;
        c->busy = false;
        drop(c);
        Connection *fresh = open(url, keyOf(url));
        fresh->busy = true;
        fresh->retried = true;
        fresh->request = std::move(request);
        fresh->done = std::move(done);
        fresh->timer = timer; // the original deadline still holds
        disconnect(timer, nullptr, this, nullptr);
        connect(timer, &QTimer::timeout, this, [this, fresh] {
            finish(fresh, {0, QStringLiteral("no response within %1 ms").arg(m_timeoutMs)}, false);
        });
        return;
    }
    finish(c, {0, c->parser.started() ? c->parser.problem() : problem}, false);
}

void HttpSender::finish(Connection *c, const Result &result, bool reusable)
{
    if (!m_connections.contains(c) || !c->busy)
        return;
    Done done = std::move(c->done);
    c->busy = false;
    c->request.clear();
    if (c->timer) {
        c->timer->stop();
        c->timer->deleteLater();
        c->timer = nullptr;
    }
    if (reusable) { // back to the pool before the caller may send the next request
        c->reused = true;
        c->idleSince.start();
        m_idle[c->key].push_back(c);
    } else {
        drop(c);
    }
    done(result);
}

void HttpSender::drop(Connection *c)
{
    if (!m_connections.remove(c))
        return;
    auto it = m_idle.find(c->key);
    if (it != m_idle.end()) {
        it->removeAll(c);
        if (it->isEmpty())
            m_idle.erase(it);
    }
    if (c->timer) {
        c->timer->stop();
        c->timer->deleteLater();
    }
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    delete c;
}

void HttpSender::sweepIdle()
{
    QList<Connection *> stale;
    for (const auto &list : std::as_const(m_idle))
        for (Connection *c : list)
            if (c->idleSince.elapsed() > kIdleMs)
                stale.push_back(c);
    for (Connection *c : stale)
        drop(c);
}

void HttpSender::abortAll()
{
    const auto all = m_connections.keys();
    for (Connection *c : all) {
        c->done = nullptr;
        c->busy = false;
        drop(c);
    }
}

} // namespace core::webhooks
