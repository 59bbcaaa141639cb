#pragma once
// QAbstractHttpServer subclass: every request goes to one dispatch function (ApiServer), every
// accepted socket gets an HttpGuard first (body cap, header cap, idle timeout).
#include "core/api/httpguard.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <functional>

namespace core::api {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(GuardLimits limits, QObject *parent) : QTcpServer(parent), m_limits(limits) {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    GuardLimits m_limits;
};

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    HttpServer(GuardLimits limits, Dispatch dispatch, QObject *parent = nullptr);

    // Listens on host:port (port 0 = any free port); returns the port or 0 with *error set.
    quint16 listenOn(const QHostAddress &host, quint16 port, QString *error);
    void stopListening();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    GuardLimits m_limits;
    Dispatch m_dispatch;
    GuardedTcpServer *m_tcp = nullptr;
};

} // namespace core::api
