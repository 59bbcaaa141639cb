#include "sandbox/devicesession.h"

#include "sandbox/sandboxkeys.h"
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"
#include "wa/socket/framesocket.h"
#include "wa/socket/noisesocket.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcSandbox, "sandbox.session", QtInfoMsg)

namespace sandbox {

using wa::binary::Node;

namespace {
QString newRef()
{
    QByteArray random(18, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return QStringLiteral("2@") + QString::fromLatin1(random.toBase64());
}
} // namespace

DeviceSession::DeviceSession(QWebSocket *socket, const SandboxKeys &keys, QObject *parent) : QObject(parent)
{
    auto *frames = new wa::socket::FrameSocket(wa::socket::FrameSocket::Role::Server);
    frames->attach(socket);
    m_noise = new wa::socket::NoiseSocket(frames, this);
    connect(m_noise, &wa::socket::NoiseSocket::handshakeCompleted, this, &DeviceSession::onHandshake);
    connect(m_noise, &wa::socket::NoiseSocket::messageReceived, this, &DeviceSession::onMessage);
    connect(m_noise, &wa::socket::NoiseSocket::disconnected, this, [this](const wa::socket::Error &e) {
        qCDebug(lcSandbox, "connection ended: %s", qPrintable(e.toString()));
        close();
    });
    wa::socket::ResponderConfig config;
    config.staticKey = keys.serverStatic;
    config.certChain = keys.certChain;
    m_noise->startResponder(config);
}

DeviceSession::~DeviceSession()
{
    m_finished = true;
    if (m_noise)
        m_noise->close();
}

bool DeviceSession::send(const Node &node)
{
    if (!m_noise || !m_noise->isReady())
        return false;
    const auto frame = wa::binary::Encoder::encodeFrame(node);
    return frame.ok() && bool(m_noise->sendMessage(frame.value()));
}

void DeviceSession::close()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_noise)
        m_noise->close();
    Q_EMIT finished();
}

void DeviceSession::onHandshake(const QByteArray &clientPayload)
{
    m_payload = wa::connection::parseClientPayload(clientPayload);
    if (!m_payload) {
        qCWarning(lcSandbox, "closing: the ClientPayload is not valid");
        close();
        return;
    }
    if (m_payload->registration) {
        for (int i = 0; i < 6; ++i)
            m_refs << newRef();
        std::vector<Node> refs;
        for (const QString &ref : std::as_const(m_refs))
            refs.push_back(Node("ref", {}, QByteArrayView(ref.toLatin1())));
        Node pairDevice("pair-device", {}, std::move(refs));
        send(Node("iq", {{"from", "s.whatsapp.net"}, {"type", "set"}, {"id", std::to_string(++m_nextId)}},
                  std::vector<Node>{std::move(pairDevice)}));
        Q_EMIT registered(m_refs);
        return;
    }
    // No phone of this sandbox has linked this device (phones arrive with the next step).
    send(Node("failure", {{"reason", "401"}, {"location", "sandbox"}}));
    Q_EMIT loginRefused();
    close();
}

void DeviceSession::onMessage(const QByteArray &plaintext)
{
    const auto node = wa::binary::Decoder().decodeFrame(plaintext);
    if (!node) {
        qCWarning(lcSandbox, "closing: undecodable node (%s at offset %zu)",
                  wa::binary::errorCodeName(node.error().code), node.error().offset);
        close();
        return;
    }
    if (node.value().tag() == "iq")
        answerIq(node.value());
}

void DeviceSession::answerIq(const Node &iq)
{
    const std::string_view type = iq.attributeOr("type", "");
    if (type != "get" && type != "set")
        return; // a client's result to our pair-device, etc.
    const std::string id(iq.attributeOr("id", ""));
    Node result("iq", {{"from", "s.whatsapp.net"}, {"type", "result"}, {"id", id}});
    if (iq.attributeOr("xmlns", "") == "encrypt" && iq.child("count"))
        result.addChild(Node("count", {{"value", "0"}}));
    send(result);
}

} // namespace sandbox
