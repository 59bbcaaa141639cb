#include "sandbox/devicesession.h"

#include "sandbox/iqhandlers.h"
#include "sandbox/phonebook.h"
#include "sandbox/router.h"
#include "sandbox/sandboxkeys.h"
#include "sandbox/sandboxserver.h"
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

DeviceSession::DeviceSession(QWebSocket *socket, SandboxServer &server, QObject *parent)
    : QObject(parent), m_server(server)
{
    m_pairTimeout.setSingleShot(true);
    m_pairTimeout.setInterval(15000);
    connect(&m_pairTimeout, &QTimer::timeout, this, [this] {
        if (auto done = std::exchange(m_pairDone, {}))
            done({}, QStringLiteral("the device did not answer pair-success in time"));
    });
    auto *frames = new wa::socket::FrameSocket(wa::socket::FrameSocket::Role::Server);
    frames->attach(socket);
    frames->setMaxFrameSize(server.maxFrameBytes());
    m_noise = new wa::socket::NoiseSocket(frames, this);
    m_noise->setHandshakeTimeout(server.handshakeTimeoutMs());
    connect(m_noise, &wa::socket::NoiseSocket::handshakeCompleted, this, &DeviceSession::onHandshake);
    connect(m_noise, &wa::socket::NoiseSocket::messageReceived, this, &DeviceSession::onMessage);
    connect(m_noise, &wa::socket::NoiseSocket::disconnected, this, [this](const wa::socket::Error &e) {
        qCDebug(lcSandbox, "connection ended: %s", qPrintable(e.toString()));
        close("the connection ended");
    });
    wa::socket::ResponderConfig config;
    config.staticKey = server.keys().serverStatic;
    config.certChain = server.keys().certChain;
    m_noise->startResponder(config);
}

DeviceSession::DeviceSession(SandboxServer &server, const QString &number, quint32 device, QObject *parent)
    : QObject(parent), m_server(server)
{
    m_pairTimeout.setSingleShot(true);
    wa::connection::ParsedClientPayload payload;
    payload.username = number.toULongLong();
    payload.device = device;
    m_payload = payload;
    m_loggedIn = true;
    m_deviceJid = device ? QStringLiteral("%1:%2@s.whatsapp.net").arg(number).arg(device) : number + QStringLiteral("@s.whatsapp.net");
    m_server.router().attach(m_deviceJid, this);
    m_server.router().activate(m_deviceJid);
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

void DeviceSession::close(const char *why)
{
    if (m_finished)
        return;
    qCDebug(lcSandbox, "closing %s: %s", m_deviceJid.isEmpty() ? "a registering device" : qPrintable(m_deviceJid), why);
    m_finished = true;
    if (m_loggedIn)
        m_server.router().detach(m_deviceJid, this);
    if (m_noise)
        m_noise->close();
    Q_EMIT finished();
}

void DeviceSession::onHandshake(const QByteArray &clientPayload)
{
    m_payload = wa::connection::parseClientPayload(clientPayload);
    if (!m_payload) {
        close("the ClientPayload is not valid");
        return;
    }
    if (m_payload->registration) {
        for (int i = 0; i < 6; ++i)
            m_refs << newRef();
        std::vector<Node> refs;
        for (const QString &ref : std::as_const(m_refs))
            refs.push_back(Node("ref", {}, QByteArrayView(ref.toLatin1())));
        Node pairDevice("pair-device", {}, std::move(refs));
        send(Node("iq", {{"from", "s.whatsapp.net"}, {"type", "set"}, {"id", nextId().toStdString()}},
                  std::vector<Node>{std::move(pairDevice)}));
        Q_EMIT registered(m_refs);
        return;
    }
    login();
}

void DeviceSession::login()
{
    const Phone *phone = m_server.phones().findByDevice(m_payload->username, m_payload->device);
    const CompanionDevice *device = phone ? m_server.phones().device(m_payload->username, m_payload->device) : nullptr;
    if (!phone || !device || device->noisePublicKey != clientNoiseKey()) { // not a device of this sandbox
        send(Node("failure", {{"reason", "401"}, {"location", "sandbox"}}));
        Q_EMIT loginRefused();
        close("login refused (401)");
        return;
    }
    m_loggedIn = true;
    m_deviceJid = m_payload->device ? QStringLiteral("%1:%2@s.whatsapp.net").arg(phone->number).arg(m_payload->device) : phone->jid();
    m_server.router().attach(m_deviceJid, this);
    const std::string lid = m_payload->device ? QStringLiteral("%1:%2@lid").arg(phone->lid).arg(m_payload->device).toStdString()
                                              : phone->lidJid().toStdString();
    send(Node("success", {{"t", std::to_string(QDateTime::currentSecsSinceEpoch())}, {"lid", lid},
                          {"location", "sandbox"}, {"props", "0"}}));
}

QByteArray DeviceSession::clientNoiseKey() const
{
    return m_noise ? m_noise->peerStaticKey() : QByteArray();
}

void DeviceSession::sendPairSuccess(const QByteArray &deviceIdentityHmac, const QString &jid, const QString &lid, PairDone done)
{
    m_pairIqId = nextId().toStdString();
    m_pairDone = std::move(done);
    Node success("pair-success", {},
                 std::vector<Node>{Node("device-identity", {}, deviceIdentityHmac),
                                   Node("device", {{"jid", jid.toStdString()}, {"lid", lid.toStdString()}}),
                                   Node("platform", {{"name", "android"}})});
    send(Node("iq", {{"from", "s.whatsapp.net"}, {"type", "set"}, {"id", m_pairIqId},
                     {"t", std::to_string(QDateTime::currentSecsSinceEpoch())}},
              std::vector<Node>{std::move(success)}));
    m_pairTimeout.start();
}

void DeviceSession::requireRestart()
{
    send(Node("stream:error", {{"code", "515"}}));
    closeSoon("restart required after pairing (515)");
}

void DeviceSession::closeSoon(const char *why)
{
    // The client closes on a stream error itself; closing at once can overtake the error in a
    // client that reads frames asynchronously (it would see a bare close). Close only if it lingers.
    QTimer::singleShot(1000, this, [this, why] { close(why); });
}

void DeviceSession::kick(int code)
{
    if (code == 440) {
        send(Node("stream:error", {}, std::vector<Node>{Node("conflict", {{"type", "replaced"}})}));
    } else if (code == 401) {
        send(Node("stream:error", {{"code", "401"}}, std::vector<Node>{Node("conflict", {{"type", "device_removed"}})}));
    } else {
        send(Node("stream:error", {{"code", std::to_string(code)}}));
    }
    if (m_loggedIn)
        m_server.router().detach(m_deviceJid, this); // nothing more goes to this connection
    closeSoon("kicked (fault injection)");
}

void DeviceSession::drop()
{
    if (m_noise && m_noise->frameSocket())
        m_noise->frameSocket()->abort();
    close("dropped (fault injection)");
}

void DeviceSession::onIqAnswer(const Node &iq)
{
    if (m_pairIqId.empty() || iq.attributeOr("id", "") != m_pairIqId)
        return;
    m_pairIqId.clear();
    m_pairTimeout.stop();
    auto done = std::exchange(m_pairDone, {});
    if (!done)
        return;
    if (iq.attributeOr("type", "") == "error") {
        const Node *error = iq.child("error");
        done({}, QStringLiteral("the device refused pair-success: %1")
                     .arg(QString::fromStdString(std::string(error ? error->attributeOr("text", "?") : "?"))));
        return;
    }
    const Node *sign = iq.child("pair-device-sign");
    const Node *identity = sign ? sign->child("device-identity") : nullptr;
    if (!identity) {
        done({}, QStringLiteral("the device's answer has no pair-device-sign"));
        return;
    }
    done(identity->toByteArray(), {});
}

void DeviceSession::onMessage(const QByteArray &plaintext)
{
    const auto decoded = wa::binary::Decoder().decodeFrame(plaintext);
    if (!decoded) {
        qCWarning(lcSandbox, "closing: undecodable node (%s at offset %zu)",
                  wa::binary::errorCodeName(decoded.error().code), decoded.error().offset);
        close("undecodable node");
        return;
    }
    handleNode(decoded.value());
}

void DeviceSession::handleNode(const Node &node)
{
    const std::string &tag = node.tag();
    if (tag == "iq") {
        const std::string_view type = node.attributeOr("type", "");
        if (type != "get" && type != "set")
            return onIqAnswer(node); // a client's answer to our pair-device / pair-success
        if (std::optional<Node> answer = answerIq(m_server, *this, node))
            send(*answer);
        return;
    }
    if (!m_loggedIn)
        return; // before login only IQs make sense
    if (tag == "message")
        m_server.router().routeMessage(*this, node);
    else if (tag == "receipt")
        m_server.router().routeReceipt(*this, node);
    else if (tag == "ack")
        m_server.router().acknowledged(m_deviceJid, node);
    else if (tag == "chatstate")
        m_server.router().routeChatState(*this, node);
    else if (tag == "presence")
        answerPresence(m_server, *this, node);
}

} // namespace sandbox
