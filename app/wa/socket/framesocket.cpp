#include "framesocket.h"

#include "framing.h"
#include "wa/walogging.h"

#include <QNetworkRequest>
#include <QWebSocket>

namespace wa::socket {

FrameSocket::FrameSocket(Role role, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_decoder(role == Role::Server ? FrameDecoder::HeaderMode::Expect : FrameDecoder::HeaderMode::None)
    , m_encoder(role == Role::Client ? connectionHeader() : QByteArray())
{
    qRegisterMetaType<wa::socket::Error>();
}

FrameSocket::~FrameSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void FrameSocket::wire(QWebSocket *socket)
{
    m_socket = socket;
    socket->setParent(this);
    // A message may hold several frames, so allow a full frame plus its length prefix.
    socket->setMaxAllowedIncomingMessageSize(quint64(FrameSizeLimit) + FrameLengthSize);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &FrameSocket::onBinaryMessage);
    connect(socket, &QWebSocket::textMessageReceived, this, &FrameSocket::onTextMessage);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &FrameSocket::onSocketError);
    connect(socket, &QWebSocket::disconnected, this, &FrameSocket::onSocketDisconnected);
}

void FrameSocket::open(const QUrl &url)
{
    if (m_role != Role::Client || m_socket) {
        qCWarning(lcWaSocket) << "open() needs an unused client-role FrameSocket";
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    wire(socket);
    connect(socket, &QWebSocket::connected, this, [this] {
        m_everConnected = true;
        Q_EMIT connected();
    });
    QNetworkRequest request(url);
    request.setRawHeader("Origin", WaOrigin);
    request.setRawHeader("Cache-Control", "no-cache");
    request.setRawHeader("Pragma", "no-cache");
    qCInfo(lcWaSocket) << "connecting to" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    socket->open(request);
}

void FrameSocket::attach(QWebSocket *socket)
{
    if (m_role != Role::Server || m_socket || !socket) {
        qCWarning(lcWaSocket) << "attach() needs an unused server-role FrameSocket and a socket";
        return;
    }
    wire(socket);
    m_everConnected = true;
}

bool FrameSocket::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_reported;
}

Result<void> FrameSocket::sendFrame(QByteArrayView payload)
{
    if (!isOpen())
        return Error {ErrorCode::ConnectionClosed, QStringLiteral("socket is not connected")};
    auto frame = m_encoder.encode(payload);
    if (!frame)
        return frame.error();
    const qint64 sent = m_socket->sendBinaryMessage(*frame);
    if (sent != frame->size())
        return Error {ErrorCode::ConnectionFailed, QStringLiteral("sent %1 of %2 bytes").arg(sent).arg(frame->size())};
    return {};
}

void FrameSocket::close()
{
    shutdown(Error {ErrorCode::ConnectionClosed, QStringLiteral("closed locally")});
}

void FrameSocket::abort()
{
    if (m_socket)
        m_socket->abort();
    shutdown(Error {ErrorCode::ConnectionClosed, QStringLiteral("aborted locally")});
}

void FrameSocket::onBinaryMessage(const QByteArray &message)
{
    if (m_reported)
        return;
    auto frames = m_decoder.feed(message);
    if (!frames) {
        shutdown(frames.error());
        return;
    }
    // The receiver may close us from a slot: stop delivering as soon as it does.
    const QPointer<FrameSocket> self(this);
    for (const QByteArray &frame : std::as_const(*frames)) {
        Q_EMIT frameReceived(frame);
        if (!self || m_reported)
            return;
    }
}

void FrameSocket::onTextMessage(const QString &message)
{
    shutdown(Error {ErrorCode::MalformedHandshake, QStringLiteral("unexpected text message of %1 characters").arg(message.size())});
}

void FrameSocket::onSocketError()
{
    if (!m_socket)
        return;
    shutdown(Error {ErrorCode::ConnectionFailed, m_socket->errorString()});
}

void FrameSocket::onSocketDisconnected()
{
    // Qt may report a refused or failed upgrade only as a disconnect, without error().
    if (!m_everConnected) {
        shutdown(Error {ErrorCode::ConnectionFailed, m_socket ? m_socket->errorString() : QStringLiteral("connection failed")});
        return;
    }
    QString detail = QStringLiteral("closed by peer");
    if (m_socket && m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal)
        detail += QStringLiteral(" (code %1)").arg(int(m_socket->closeCode()));
    shutdown(Error {ErrorCode::ConnectionClosed, detail});
}

void FrameSocket::shutdown(const Error &reason)
{
    if (m_reported)
        return;
    m_reported = true;
    if (reason.code == ErrorCode::ConnectionClosed)
        qCInfo(lcWaSocket).noquote() << "disconnected:" << reason.toString();
    else
        qCWarning(lcWaSocket).noquote() << "disconnected:" << reason.toString();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        const auto code = reason.code == ErrorCode::ConnectionClosed ? QWebSocketProtocol::CloseCodeNormal
                                                                     : QWebSocketProtocol::CloseCodeProtocolError;
        m_socket->close(code);
    }
    Q_EMIT disconnected(reason);
}

} // namespace wa::socket
