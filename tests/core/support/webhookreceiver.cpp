#include "webhookreceiver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>

namespace testsupport {

QByteArray WebhookReceiver::Hit::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QJsonObject WebhookReceiver::Hit::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WebhookReceiver::WebhookReceiver()
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Hit hit;
        hit.path = request.url().path();
        hit.headers = request.headers();
        hit.body = request.body();
        hit.receivedAt = QDateTime::currentMSecsSinceEpoch();
        const int index = int(hits.size());
        hits.push_back(hit);
        const Answer a = m_script ? m_script(hit, index) : Answer{};
        const auto code = QHttpServerResponder::StatusCode(a.status);
        if (!a.location.isEmpty())
            responder.write(a.body, {{"Content-Type", "text/plain"}, {"Location", a.location}}, code);
        else
            responder.write(a.body, "text/plain", code);
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
}

QString WebhookReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QList<WebhookReceiver::Hit> WebhookReceiver::hitsOn(const QString &path) const
{
    QList<Hit> out;
    for (const Hit &h : hits)
        if (h.path == path)
            out.push_back(h);
    return out;
}

BlackHole::BlackHole()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            ++connections;
            connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

} // namespace testsupport
