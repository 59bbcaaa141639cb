#include "noisesocket.h"

#include "wa/walogging.h"

namespace wa::socket {

NoiseSocket::NoiseSocket(FrameSocket *frames, QObject *parent)
    : QObject(parent)
    , m_frames(frames)
{
    m_frames->setParent(this);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(20000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        abort(Error {ErrorCode::Timeout, QStringLiteral("handshake did not complete in %1 ms").arg(m_timeout.interval())});
    });
    connect(m_frames, &FrameSocket::frameReceived, this, &NoiseSocket::onFrame);
    connect(m_frames, &FrameSocket::disconnected, this, [this](const Error &reason) {
        if (m_closed)
            return;
        m_closed = true;
        m_timeout.stop();
        Q_EMIT disconnected(reason);
    });
}

void NoiseSocket::startInitiator(InitiatorConfig config, QByteArray clientPayload, crypto::RandomSource &random)
{
    m_initiator.emplace(std::move(config), random);
    m_clientPayload = std::move(clientPayload);
    m_timeout.start();
    if (m_frames->isOpen())
        sendHello();
    else
        connect(m_frames, &FrameSocket::connected, this, &NoiseSocket::sendHello, Qt::SingleShotConnection);
}

void NoiseSocket::startResponder(ResponderConfig config, crypto::RandomSource &random)
{
    m_responder.emplace(std::move(config), random);
    m_timeout.start();
}

void NoiseSocket::sendHello()
{
    auto hello = m_initiator->clientHello();
    if (!hello) {
        abort(hello.error());
        return;
    }
    if (auto sent = m_frames->sendFrame(*hello); !sent)
        abort(sent.error());
}

QByteArray NoiseSocket::peerStaticKey() const
{
    if (m_initiator)
        return m_initiator->serverStaticKey();
    if (m_responder)
        return m_responder->clientStaticKey();
    return {};
}

void NoiseSocket::onFrame(const QByteArray &frame)
{
    if (m_closed)
        return;
    if (!m_cipher) {
        handleHandshakeFrame(frame);
        return;
    }
    auto plaintext = m_cipher->decrypt(frame);
    if (!plaintext) {
        // As whatsmeow does: drop the frame, keep the (advanced) counter and the connection.
        qCWarning(lcWaSocket).noquote() << "dropping transport frame:" << plaintext.error().toString();
        return;
    }
    Q_EMIT messageReceived(*plaintext);
}

void NoiseSocket::handleHandshakeFrame(const QByteArray &frame)
{
    if (m_initiator) {
        if (auto read = m_initiator->readServerHello(frame); !read) {
            abort(read.error());
            return;
        }
        auto finish = m_initiator->clientFinish(m_clientPayload);
        if (!finish) {
            abort(finish.error());
            return;
        }
        if (auto sent = m_frames->sendFrame(*finish); !sent) {
            abort(sent.error());
            return;
        }
        finishHandshake(m_initiator->split(), QByteArray());
        return;
    }
    if (!m_responder) {
        abort(Error {ErrorCode::InvalidState, QStringLiteral("frame received before the handshake was started")});
        return;
    }
    if (m_responder->stage() == NoiseResponder::Stage::AwaitingClientHello) {
        auto reply = m_responder->readClientHello(frame);
        if (!reply) {
            abort(reply.error());
            return;
        }
        if (auto sent = m_frames->sendFrame(*reply); !sent)
            abort(sent.error());
        return;
    }
    auto payload = m_responder->readClientFinish(frame);
    if (!payload) {
        abort(payload.error());
        return;
    }
    finishHandshake(m_responder->split(), *payload);
}

void NoiseSocket::finishHandshake(const Result<TransportCipher> &cipher, const QByteArray &peerPayload)
{
    if (!cipher) {
        abort(cipher.error());
        return;
    }
    m_timeout.stop();
    m_cipher = *cipher;
    qCInfo(lcWaHandshake) << "noise handshake complete";
    Q_EMIT handshakeCompleted(peerPayload);
}

Result<void> NoiseSocket::sendMessage(QByteArrayView plaintext)
{
    if (!m_cipher || m_closed)
        return Error {ErrorCode::InvalidState, QStringLiteral("transport not ready")};
    auto ciphertext = m_cipher->encrypt(plaintext);
    if (!ciphertext)
        return ciphertext.error();
    return m_frames->sendFrame(*ciphertext);
}

void NoiseSocket::close()
{
    m_frames->close();
}

void NoiseSocket::abort(const Error &reason)
{
    if (m_closed)
        return;
    qCWarning(lcWaHandshake).noquote() << "closing connection:" << reason.toString();
    m_closed = true;
    m_timeout.stop();
    m_frames->close();
    Q_EMIT disconnected(reason);
}

} // namespace wa::socket
