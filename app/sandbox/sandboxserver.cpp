#include "sandbox/sandboxserver.h"

#include "sandbox/controlapi.h"
#include "sandbox/devicesession.h"
#include "sandbox/simphone.h"
#include "wa/binary/jid.h"
#include "wa/crypto/digest.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrlQuery>
#include <QWebSocket>

namespace sandbox {

namespace {
QJsonObject problem(const char *code, const QString &message)
{
    return {{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}};
}
} // namespace

SandboxServer::SandboxServer(QObject *parent) : QAbstractHttpServer(parent), m_router(*this)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &SandboxServer::onWebSocket);
}

SandboxServer::~SandboxServer()
{
    // Sessions and phones go before the router and books they use (members die before the
    // QObject children would).
    qDeleteAll(m_simPhones);
    m_simPhones.clear();
    const auto sessions = std::exchange(m_sessions, {});
    for (DeviceSession *s : sessions) {
        s->disconnect(this);
        delete s;
    }
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
    m_handshakeTimeoutMs = options.handshakeTimeoutMs;
    m_maxFrameBytes = options.maxFrameBytes;
    m_port = tcp->serverPort();
    return true;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://%1").arg(mediaHost());
}

QString SandboxServer::mediaHost() const
{
    const QString host = m_host == QHostAddress::Any || m_host == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : m_host.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_port);
}

QString SandboxServer::wsUrl() const
{
    return QStringLiteral("ws://%1/ws/chat").arg(mediaHost());
}

QJsonObject SandboxServer::info() const
{
    return {{QStringLiteral("wsUrl"), wsUrl()},
            {QStringLiteral("rootPublicKey"), QString::fromLatin1(m_keys->root.publicKey.toHex())},
            {QStringLiteral("mediaUrl"), baseUrl() + QStringLiteral("/mms")}};
}

QJsonObject SandboxServer::stats() const
{
    return {{QStringLiteral("connections"), double(m_sessions.size())},
            {QStringLiteral("connectionsTotal"), double(m_connectionsTotal)},
            {QStringLiteral("registrations"), double(m_registrations)},
            {QStringLiteral("loginsRefused"), double(m_loginsRefused)},
            {QStringLiteral("phones"), double(m_phones.all().size())},
            {QStringLiteral("devices"), double(m_phones.deviceCount())},
            {QStringLiteral("groups"), double(m_groups.size())},
            {QStringLiteral("messagesRouted"), double(m_router.messagesRouted())},
            {QStringLiteral("copiesDelivered"), double(m_router.copiesDelivered())},
            {QStringLiteral("offlineQueueDepth"), double(m_router.queueDepth())},
            {QStringLiteral("mediaFiles"), double(m_media.count())},
            {QStringLiteral("mediaBytes"), double(m_media.totalBytes())}};
}

PhoneBook::AddResult SandboxServer::addPhone(const QString &number, const QString &pushName, Phone *added)
{
    Phone created;
    const PhoneBook::AddResult r = m_phones.add(number, pushName, &created);
    if (r != PhoneBook::AddResult::Added)
        return r;
    Phone *phone = m_phones.find(created.number);
    auto *sim = new SimPhone(*phone, *this, this);
    m_simPhones.insert(phone->number, sim);
    sim->start();
    if (added)
        *added = *phone;
    return r;
}

Group *SandboxServer::createGroup(const QString &subject, const QString &owner, const QStringList &participants)
{
    return m_groups.create(subject, owner, participants);
}

DeviceSession *SandboxServer::connectedSession(const QString &jid) const
{
    const QString device = m_router.canonicalDevice(jid);
    return device.isEmpty() ? nullptr : m_router.session(device);
}

bool SandboxServer::kickDevice(const QString &jid, int code)
{
    DeviceSession *s = connectedSession(jid);
    if (!s)
        return false;
    s->kick(code);
    return true;
}

bool SandboxServer::dropDevice(const QString &jid)
{
    DeviceSession *s = connectedSession(jid);
    if (!s)
        return false;
    s->drop();
    return true;
}

void SandboxServer::unlinkDevice(const QString &deviceJid)
{
    const auto jid = wa::binary::Jid::parse(deviceJid.toStdString());
    if (!jid || jid->device == 0)
        return;
    m_phones.removeDevice(QString::fromStdString(jid->user), jid->device);
    m_router.forget(deviceJid);
    // The account's other devices refresh their device lists.
    const QString user = QString::fromStdString(jid->toNonAd().toString());
    for (const QString &device : m_router.devicesOf(user))
        m_router.deliver(device, wa::binary::Node("notification", {{"from", user.toStdString()}, {"type", "devices"},
                                                                   {"id", QString::number(QRandomGenerator::global()->generate()).toStdString()}},
                                                  std::vector<wa::binary::Node>{wa::binary::Node("remove", {})}));
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
        auto *session = new DeviceSession(socket.release(), *this, this);
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

bool SandboxServer::handleMedia(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    auto json = [&responder](int status, const QJsonObject &body) {
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", QHttpServerResponder::StatusCode(status));
    };
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Get) {
        const auto blob = m_media.get(path);
        if (!blob)
            json(404, problem("not_found", QStringLiteral("no media at %1").arg(path.left(120))));
        else
            responder.write(*blob, "application/octet-stream");
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        json(405, problem("method_not_allowed", QStringLiteral("GET a direct path or POST an upload")));
        return true;
    }
    // POST /mms/<type>/<token>?auth=...&token=...
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QUrlQuery query(request.url());
    const QByteArray body = request.body();
    if (parts.size() != 3) {
        json(404, problem("not_found", QStringLiteral("upload to /mms/<type>/<token>")));
    } else if (!m_media.isValidAuth(query.queryItemValue(QStringLiteral("auth"), QUrl::FullyDecoded))) {
        json(401, problem("unauthorized", QStringLiteral("auth: not a token from media_conn")));
    } else if (body.size() > MediaStore::MaxFileBytes) {
        json(413, problem("too_large", QStringLiteral("the sandbox keeps files up to %1 bytes").arg(MediaStore::MaxFileBytes)));
    } else if (QString::fromLatin1(wa::crypto::sha256(body).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
               != QString(parts[2]).remove(QLatin1Char('='))) {
        json(400, problem("hash_mismatch", QStringLiteral("the token is not the SHA-256 of the body")));
    } else {
        const QString directPath = m_media.store(parts[1], body);
        json(200, {{QStringLiteral("url"), baseUrl() + directPath}, {QStringLiteral("direct_path"), directPath}});
    }
    return true;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    // Qt 6.4 asks the handler about WebSocket upgrades first: accepting means writing nothing and
    // returning true, after which Qt hands the socket to newWebSocketConnection.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return path == QLatin1String("/ws/chat");
    if (path.startsWith(QLatin1String("/mms/")))
        return handleMedia(request, socket);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QString action = parts.size() == 4 && parts[0] == QLatin1String("sandbox") && parts[1] == QLatin1String("phones") ? parts[3] : QString();
    if (post && (action == QLatin1String("scan") || action == QLatin1String("pairing-code") || action == QLatin1String("messages"))) {
        // Deferred answer (platform-notes.md): the responder lives in a shared pointer and the
        // callback writes only while the client's socket still exists.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> alive(socket);
        auto answer = [responder, alive](int status, const QJsonObject &body) {
            if (alive)
                responder->write(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                                 QHttpServerResponder::StatusCode(status));
        };
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        const QJsonObject body = doc.object();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            answer(400, problem("invalid_json", QStringLiteral("the body must be a JSON object")));
        else if (!m_phones.find(parts[2]))
            answer(404, problem("not_found", QStringLiteral("no phone %1").arg(parts[2].left(32))));
        else if (action == QLatin1String("messages"))
            m_simPhones.value(m_phones.find(parts[2])->number)->send(body, answer);
        else if (!body.value(action == QLatin1String("scan") ? QStringLiteral("qr") : QStringLiteral("code")).isString())
            answer(400, problem("validation_error", action == QLatin1String("scan") ? QStringLiteral("qr: is required (the string the device shows)")
                                                                                     : QStringLiteral("code: is required (the 8 characters the device shows)")));
        else if (action == QLatin1String("scan"))
            scan(parts[2], body.value(QStringLiteral("qr")).toString(), answer);
        else
            enterPairingCode(parts[2], body.value(QStringLiteral("code")).toString(), answer);
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
