#pragma once
// The REST API: one HTTP server, one route table, and the single place where requests are
// authenticated (Bearer JWT or x-api-key), authorised (route access level), counted, dispatched,
// and where every error becomes {"error": code, "message": text} with its status.
#include "core/api/apiservices.h"
#include "core/api/httpguard.h"
#include "core/api/router.h"

#include <QHostAddress>
#include <QObject>

class QHttpServerRequest;
class QHttpServerResponder;

namespace core::api {

class HttpServer;

struct ApiServerOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    GuardLimits limits;
};

class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ApiServices services, ApiServerOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    bool start(QString *error);
    void stopListening(); // graceful shutdown: no new connections
    quint16 port() const { return m_port; }
    const Router &router() const { return m_router; }

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    AuthUser authenticate(const QHttpServerRequest &request);
    void write(QHttpServerResponder &responder, const Reply &reply);

    ApiServices m_services;
    ApiServerOptions m_options;
    Router m_router;
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
};

QByteArray methodName(int method); // QHttpServerRequest::Method -> "GET", ...

} // namespace core::api
