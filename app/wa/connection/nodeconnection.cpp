#include "wa/connection/nodeconnection.h"

#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"
#include "wa/socket/framesocket.h"
#include "wa/socket/noisesocket.h"
#include "wa/walogging.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace wa::connection {

using binary::Node;

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

NodeConnection::NodeConnection(ConnectionOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<wa::connection::Disconnect>();
    qRegisterMetaType<wa::binary::Node>();
    m_keepAlive.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, &NodeConnection::onKeepAlive);
}

NodeConnection::~NodeConnection()
{
    m_finished = true; // no signals from a dying object
    if (m_socket)
        m_socket->close();
}

void NodeConnection::open(const crypto::KeyPair &noiseKey, const QByteArray &clientPayload)
{
    auto *frames = new socket::FrameSocket(socket::FrameSocket::Role::Client);
    m_socket = new socket::NoiseSocket(frames, this);
    m_socket->setHandshakeTimeout(m_options.handshakeTimeoutMs);
    connect(m_socket, &socket::NoiseSocket::handshakeCompleted, this, [this](const QByteArray &) {
        m_connected = true;
        m_lastReceived = now();
        scheduleKeepAlive();
        Q_EMIT connected();
    });
    connect(m_socket, &socket::NoiseSocket::messageReceived, this, &NodeConnection::onMessage);
    connect(m_socket, &socket::NoiseSocket::disconnected, this,
            [this](const socket::Error &error) { finish(fromSocketError(error)); });
    socket::InitiatorConfig config;
    config.staticKey = noiseKey;
    config.certPolicy = m_options.certPolicy;
    frames->open(m_options.url);
    m_socket->startInitiator(config, clientPayload);
}

bool NodeConnection::send(const Node &node)
{
    if (!m_connected || !m_socket)
        return false;
    const auto frame = binary::Encoder::encodeFrame(node);
    if (!frame) {
        qCWarning(lcWaClient, "cannot encode <%s>: %s", node.tag().c_str(), frame.error().detail.c_str());
        return false;
    }
    return bool(m_socket->sendMessage(frame.value()));
}

QString NodeConnection::sendIq(Node iq, IqTracker::Callback callback, int timeoutMs)
{
    const QString id = m_iqs.nextId();
    iq.setAttribute("id", id.toStdString());
    if (!iq.hasAttribute("to"))
        iq.setAttribute("to", "s.whatsapp.net");
    m_iqs.track(id, timeoutMs > 0 ? timeoutMs : m_options.iqTimeoutMs, std::move(callback));
    if (!send(iq))
        m_iqs.fail(id, QStringLiteral("not connected"));
    return id;
}

void NodeConnection::close()
{
    finish(make(reason::ConnectionClosed, QStringLiteral("closed locally")));
}

void NodeConnection::onMessage(const QByteArray &plaintext)
{
    m_lastReceived = now();
    const auto decoded = binary::Decoder().decodeFrame(plaintext);
    if (!decoded) {
        // Protocol garbage: log the reason (never the bytes) and drop this connection only.
        qCWarning(lcWaClient, "closing the connection: undecodable node (%s at offset %zu: %s)",
                  binary::errorCodeName(decoded.error().code), decoded.error().offset, decoded.error().detail.c_str());
        finish(make(reason::BadSession, QStringLiteral("undecodable node from the server")));
        return;
    }
    const Node &node = decoded.value();
    const std::string &tag = node.tag();
    if (tag == "stream:error") {
        finish(fromStreamError(node));
        return;
    }
    if (tag == "failure") {
        finish(fromFailure(node));
        return;
    }
    if (tag == "xmlstreamend") {
        finish(make(reason::ConnectionClosed, QStringLiteral("the server ended the stream")));
        return;
    }
    if (tag == "iq") {
        const std::string_view type = node.attributeOr("type", "");
        if ((type == "result" || type == "error") && m_iqs.resolve(node))
            return;
        if (type == "get" && node.attributeOr("xmlns", "") == "urn:xmpp:ping") { // server ping
            Node pong("iq", {{"to", std::string(node.attributeOr("from", "s.whatsapp.net"))},
                             {"id", std::string(node.attributeOr("id", ""))},
                             {"type", "result"}});
            send(pong);
            return;
        }
    }
    Q_EMIT nodeReceived(node);
}

void NodeConnection::scheduleKeepAlive()
{
    const int span = std::max(0, m_options.keepAliveMaxMs - m_options.keepAliveMinMs);
    m_keepAliveInterval = m_options.keepAliveMinMs + (span ? int(QRandomGenerator::global()->bounded(span + 1)) : 0);
    m_keepAlive.start(m_keepAliveInterval);
}

void NodeConnection::onKeepAlive()
{
    if (!m_connected)
        return;
    const qint64 silent = now() - m_lastReceived;
    if (silent > m_keepAliveInterval + m_options.keepAliveGraceMs) {
        finish(make(reason::ConnectionLost, QStringLiteral("nothing received for %1 ms").arg(silent)));
        return;
    }
    Node ping("iq", {{"xmlns", "w:p"}, {"type", "get"}}, std::vector<Node>{Node("ping", {})});
    sendIq(ping, [](const IqResponse &) {}, m_keepAliveInterval);
    scheduleKeepAlive();
}

void NodeConnection::finish(const Disconnect &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connected = false;
    m_keepAlive.stop();
    qCInfo(lcWaClient, "disconnected: %s (%d) %s", qPrintable(why.name), why.code, qPrintable(why.detail));
    m_iqs.failAll(why.name);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
    }
    Q_EMIT disconnected(why);
}

} // namespace wa::connection
