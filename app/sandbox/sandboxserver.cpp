#include "sandbox/sandboxserver.h"

#include "sandbox/controlapi.h"
#include "sandbox/devicesession.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QWebSocket>

namespace sandbox {

SandboxServer::SandboxServer(QObject *parent) : QAbstractHttpServer(parent)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &SandboxServer::onWebSocket);
}

SandboxServer::~SandboxServer()
{
    for (DeviceSession *s : std::as_const(m_sessions))
        s->disconnect(this);
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    m_keys = SandboxKeys::create(options.rootKeyFile, error);
    if (!m_keys)
        return false;
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(options.host, options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(options.host.toString()).arg(options.port).arg(tcp->errorString());
        return false;
    }
    bind(tcp);
    m_host = options.host;
    m_port = tcp->serverPort();
    return true;
}

QString SandboxServer::baseUrl() const
{
    const QString host = m_host == QHostAddress::Any || m_host == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : m_host.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QString SandboxServer::wsUrl() const
{
    QString url = baseUrl();
    url.replace(0, 4, QStringLiteral("ws"));
    return url + QStringLiteral("/ws/chat");
}

QJsonObject SandboxServer::info() const
{
    return {{QStringLiteral("wsUrl"), wsUrl()},
            {QStringLiteral("rootPublicKey"), QString::fromLatin1(m_keys->root.publicKey.toHex())},
            {QStringLiteral("mediaUrl"), baseUrl() + QStringLiteral("/media")}};
}

QJsonObject SandboxServer::stats() const
{
    return {{QStringLiteral("connections"), double(m_sessions.size())},
            {QStringLiteral("connectionsTotal"), double(m_connectionsTotal)},
            {QStringLiteral("registrations"), double(m_registrations)},
            {QStringLiteral("loginsRefused"), double(m_loginsRefused)},
            {QStringLiteral("phones"), double(m_phones.all().size())},
            {QStringLiteral("devices"), double(m_phones.deviceCount())},
            {QStringLiteral("messagesRouted"), 0},
            {QStringLiteral("offlineQueueDepth"), 0}};
}

void SandboxServer::onWebSocket()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (socket->requestUrl().path() != QLatin1String("/ws/chat")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown endpoint"));
            continue;
        }
        auto *session = new DeviceSession(socket.release(), *m_keys, this);
        m_sessions.insert(session);
        ++m_connectionsTotal;
        connect(session, &DeviceSession::registered, this, [this](const QStringList &refs) {
            ++m_registrations;
            Q_EMIT deviceRegistering(refs);
        });
        connect(session, &DeviceSession::loginRefused, this, [this] { ++m_loginsRefused; });
        connect(session, &DeviceSession::finished, this, [this, session] {
            m_sessions.remove(session);
            session->deleteLater();
        });
    }
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    // Qt 6.4 asks the handler about WebSocket upgrades first: accepting means writing nothing and
    // returning true, after which Qt hands the socket to newWebSocketConnection.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return path == QLatin1String("/ws/chat");
    auto responder = makeResponder(request, socket);
    static const QHash<QHttpServerRequest::Method, QByteArray> names{
        {QHttpServerRequest::Method::Get, "GET"}, {QHttpServerRequest::Method::Post, "POST"},
        {QHttpServerRequest::Method::Put, "PUT"}, {QHttpServerRequest::Method::Delete, "DELETE"}};
    const ControlReply reply = handleControl(*this, names.value(request.method(), "OTHER"), path, request.body());
    const QByteArray bytes = reply.body.isArray() ? QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    responder.write(bytes, "application/json", QHttpServerResponder::StatusCode(reply.status));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

} // namespace sandbox
