#include "noiseinitiator.h"

#include "framing.h"
#include "wa/walogging.h"

#include "handshakeproto_p.h"

namespace wa::socket {

using detail::malformed;
using detail::toStd;
using detail::view;

NoiseInitiator::NoiseInitiator(InitiatorConfig config, crypto::RandomSource &random)
    : m_config(std::move(config))
{
    if (!m_config.ephemeralKey.isValid())
        m_config.ephemeralKey = crypto::generateKeyPair(random);
}

Error NoiseInitiator::fail(const Error &error)
{
    qCWarning(lcWaHandshake).noquote() << "client handshake failed:" << error.toString();
    m_stage = Stage::Failed;
    return error;
}

Result<QByteArray> NoiseInitiator::clientHello()
{
    if (m_stage != Stage::Initial)
        return fail(Error {ErrorCode::InvalidState, QStringLiteral("ClientHello already sent")});
    if (!m_config.staticKey.isValid())
        return fail(Error {ErrorCode::InvalidArgument, QStringLiteral("no valid static (noise) key")});
    m_state.mixHash(connectionHeader());
    m_state.mixHash(m_config.ephemeralKey.publicKey);
    proto::HandshakeMessage message;
    message.mutable_clienthello()->set_ephemeral(toStd(m_config.ephemeralKey.publicKey));
    m_stage = Stage::AwaitingServerHello;
    return QByteArray::fromStdString(message.SerializeAsString());
}

Result<void> NoiseInitiator::readServerHello(QByteArrayView bytes)
{
    if (m_stage != Stage::AwaitingServerHello)
        return fail(Error {ErrorCode::InvalidState, QStringLiteral("unexpected ServerHello")});
    proto::HandshakeMessage message;
    if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return fail(malformed(QStringLiteral("ServerHello frame of %1 bytes is not a HandshakeMessage").arg(bytes.size())));
    const auto &hello = message.serverhello();
    if (!message.has_serverhello() || hello.ephemeral().size() != crypto::CurveKeySize || !hello.has_static_()
        || !hello.has_payload())
        return fail(malformed(QStringLiteral("ServerHello lacks ephemeral, static or payload")));
    m_serverEphemeral = view(hello.ephemeral()).toByteArray();

    m_state.mixHash(m_serverEphemeral);
    if (auto r = m_state.mixSharedSecret(m_config.ephemeralKey.privateKey, m_serverEphemeral); !r)
        return fail(r.error());
    auto serverStatic = m_state.decryptAndHash(view(hello.static_()));
    if (!serverStatic)
        return fail(Error {serverStatic.error().code, QStringLiteral("server static key: ") + serverStatic.error().detail});
    if (serverStatic->size() != crypto::CurveKeySize)
        return fail(malformed(QStringLiteral("server static key of %1 bytes").arg(serverStatic->size())));
    m_serverStatic = *serverStatic;
    if (auto r = m_state.mixSharedSecret(m_config.ephemeralKey.privateKey, m_serverStatic); !r)
        return fail(r.error());
    auto certificate = m_state.decryptAndHash(view(hello.payload()));
    if (!certificate)
        return fail(Error {certificate.error().code, QStringLiteral("certificate payload: ") + certificate.error().detail});
    if (auto verified = verifyCertChain(*certificate, m_serverStatic, m_config.certPolicy); !verified)
        return fail(verified.error());
    m_stage = Stage::ServerHelloRead;
    return {};
}

Result<QByteArray> NoiseInitiator::clientFinish(QByteArrayView clientPayload)
{
    if (m_stage != Stage::ServerHelloRead)
        return fail(Error {ErrorCode::InvalidState, QStringLiteral("ClientFinish before a verified ServerHello")});
    // Same key as the certificate, next nonce (1): the counter is shared in the handshake.
    auto encryptedStatic = m_state.encryptAndHash(m_config.staticKey.publicKey);
    if (!encryptedStatic)
        return fail(encryptedStatic.error());
    if (auto r = m_state.mixSharedSecret(m_config.staticKey.privateKey, m_serverEphemeral); !r)
        return fail(r.error());
    auto encryptedPayload = m_state.encryptAndHash(clientPayload);
    if (!encryptedPayload)
        return fail(encryptedPayload.error());
    proto::HandshakeMessage message;
    auto *finish = message.mutable_clientfinish();
    finish->set_static_(toStd(*encryptedStatic));
    finish->set_payload(toStd(*encryptedPayload));
    m_stage = Stage::Finished;
    return QByteArray::fromStdString(message.SerializeAsString());
}

Result<TransportCipher> NoiseInitiator::split() const
{
    if (m_stage != Stage::Finished)
        return Error {ErrorCode::InvalidState, QStringLiteral("handshake not finished")};
    return m_state.split(true);
}

} // namespace wa::socket
