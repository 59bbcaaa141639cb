#include "core/api/httpserver.h"

#include <QTcpSocket>

namespace core::api {

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new HttpGuard(socket, m_limits); // connects to readyRead before QHttpServer does
    addPendingConnection(socket);
}

HttpServer::HttpServer(GuardLimits limits, Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent), m_limits(limits), m_dispatch(std::move(dispatch))
{
}

quint16 HttpServer::listenOn(const QHostAddress &host, quint16 port, QString *error)
{
    m_tcp = new GuardedTcpServer(m_limits, this);
    if (!m_tcp->listen(host, port)) {
        if (error)
            *error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return 0;
    }
    bind(m_tcp);
    return m_tcp->serverPort();
}

void HttpServer::stopListening()
{
    if (m_tcp)
        m_tcp->close();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_dispatch(request, makeResponder(request, socket));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_dispatch(request, makeResponder(request, socket));
}

} // namespace core::api
