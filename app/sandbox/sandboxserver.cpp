#include "sandbox/sandboxserver.h"

#include "sandbox/controlapi.h"
#include "sandbox/devicesession.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
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

bool SandboxServer::kickDevice(const QString &jid, int code)
{
    for (DeviceSession *s : std::as_const(m_sessions))
        if (s->deviceJid() == jid) {
            s->kick(code);
            return true;
        }
    return false;
}

bool SandboxServer::dropDevice(const QString &jid)
{
    for (DeviceSession *s : std::as_const(m_sessions))
        if (s->deviceJid() == jid) {
            s->drop();
            return true;
        }
    return false;
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
        auto *session = new DeviceSession(socket.release(), *m_keys, &m_phones, this);
        m_sessions.insert(session);
        ++m_connectionsTotal;
        connect(session, &DeviceSession::registered, this, [this, session](const QStringList &refs) {
            ++m_registrations;
            for (const QString &ref : refs)
                m_refIndex.insert(ref, session);
            Q_EMIT deviceRegistering(refs);
        });
        connect(session, &DeviceSession::loginRefused, this, [this] { ++m_loginsRefused; });
        connect(session, &DeviceSession::finished, this, [this, session] {
            m_sessions.remove(session);
            for (const QString &ref : session->refs())
                m_refIndex.remove(ref);
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
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method() == QHttpServerRequest::Method::Post && parts.size() == 4 && parts[0] == QLatin1String("sandbox")
        && parts[1] == QLatin1String("phones") && parts[3] == QLatin1String("scan")) {
        // Deferred answer (platform-notes.md): the responder lives in a shared pointer and the
        // callback writes only while the client's socket still exists.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> alive(socket);
        auto answer = [responder, alive](int status, const QJsonObject &body) {
            if (alive)
                responder->write(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                                 QHttpServerResponder::StatusCode(status));
        };
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        if (!body.value(QStringLiteral("qr")).isString())
            answer(400, {{QStringLiteral("error"), QStringLiteral("validation_error")},
                         {QStringLiteral("message"), QStringLiteral("qr: is required (the string the device shows)")}});
        else
            scan(parts[2], body.value(QStringLiteral("qr")).toString(), answer);
        return true;
    }
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
