#pragma once
// A real local HTTP receiver for webhook tests: a QHttpServer on 127.0.0.1:0 (not a mock of our
// client) that records every request it gets (path, headers, raw body bytes) and answers what
// the test's script says. BlackHole is a TCP server that accepts and never answers (timeouts).
#include <QByteArray>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <functional>

namespace testsupport {

class WebhookReceiver : public QObject
{
public:
    struct Hit {
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAt = 0;
        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QByteArray id() const { return header("X-Webhook-Id"); }
        int attempt() const { return header("X-Webhook-Attempt").toInt(); }
    };
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray location; // for redirects
        static Answer of(int status, QByteArray body = {}, QByteArray location = {})
        {
            Answer a;
            a.status = status;
            a.body = std::move(body);
            a.location = std::move(location);
            return a;
        }
    };
    // `index` counts the requests this receiver got, from 0.
    using Script = std::function<Answer(const Hit &hit, int index)>;

    WebhookReceiver();

    quint16 port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/hook")) const;
    void setScript(Script script) { m_script = std::move(script); }

    QList<Hit> hits;
    QList<Hit> hitsOn(const QString &path) const;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    Script m_script;
};

// Accepts connections, reads what arrives, never writes a byte.
class BlackHole : public QTcpServer
{
public:
    BlackHole();
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(serverPort()); }
    int connections = 0;
};

} // namespace testsupport
