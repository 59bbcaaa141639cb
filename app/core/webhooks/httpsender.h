#pragma once
// POSTs webhooks over HTTP/1.1 keep-alive connections (plain TCP or TLS with the system's
// certificate authorities and host name checks), on the thread that owns it. The dispatcher uses
// this instead of QNetworkAccessManager: Qt 6.4's HTTP backend reads the answer's status line and
// headers with one read() system call per byte and hands every request to a thread of its own,
// about 130 system calls and a dozen thread wake-ups per delivery (docs/benchmarks.md measures
// it). Here an answer costs one or two reads, and nothing leaves the dispatcher thread.
//
// Deliberately small: no redirects (a signed body goes only where it was sent), no proxies, no
// cookies, no compression; the answer's body is read and discarded (HttpResponseParser bounds).
// The caller limits concurrency per host; idle connections are reused for 30 s, and a request
// whose reused connection turns out to be closed before any answer arrives is sent once more on
// a new connection.
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <functional>

class QTimer;

namespace core::webhooks {

class HttpSender : public QObject
{
    Q_OBJECT
public:
    struct Result {
        int status = 0;  // 0: no HTTP answer
        QString problem; // empty when an answer (of any status) arrived
    };
    using Done = std::function<void(const Result &)>;

    explicit HttpSender(int timeoutMs, QObject *parent = nullptr);
    ~HttpSender() override;

    // `headers` are sent as given (Host, Content-Length and Connection are added). `done` runs
    // exactly once, from the event loop, never inside post() - unless abortAll() comes first.
    void post(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, Done done);
    void abortAll(); // drops every connection; pending `done`s are not called
    // TLS settings of new connections; default: the system's CAs, peer and host name verified.
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }
    int connectionCount() const { return int(m_connections.size()); }

private:
    struct Connection;
    Connection *open(const QUrl &url, const QString &key);
    Connection *takeIdle(const QString &key);
    void start(Connection *c);
    void onData(Connection *c);
    void onClosed(Connection *c, const QString &problem);
    void finish(Connection *c, const Result &result, bool reusable);
    void drop(Connection *c);
    void sweepIdle();

    int m_timeoutMs;
    QSslConfiguration m_tls = QSslConfiguration::defaultConfiguration();
    QHash<Connection *, bool> m_connections; // owned
    QHash<QString, QList<Connection *>> m_idle;
    QTimer *m_sweep;
};

} // namespace core::webhooks
