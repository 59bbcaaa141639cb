#include "noiseresponder.h"

#include "framing.h"
#include "wa/walogging.h"

#include "handshakeproto_p.h"

namespace wa::socket {

using detail::malformed;
using detail::toStd;
using detail::view;

NoiseResponder::NoiseResponder(ResponderConfig config, crypto::RandomSource &random)
    : m_config(std::move(config))
{
    if (!m_config.ephemeralKey.isValid())
        m_config.ephemeralKey = crypto::generateKeyPair(random);
}

Error NoiseResponder::fail(const Error &error)
{
    qCWarning(lcWaHandshake).noquote() << "server handshake failed:" << error.toString();
    m_stage = Stage::Failed;
    return error;
}

Result<QByteArray> NoiseResponder::readClientHello(QByteArrayView bytes)
{
    if (m_stage != Stage::AwaitingClientHello)
        return fail(Error {ErrorCode::InvalidState, QStringLiteral("unexpected ClientHello")});
    if (!m_config.staticKey.isValid())
        return fail(Error {ErrorCode::InvalidArgument, QStringLiteral("no valid server static key")});
    proto::HandshakeMessage message;
    if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return fail(malformed(QStringLiteral("ClientHello frame of %1 bytes is not a HandshakeMessage").arg(bytes.size())));
    if (!message.has_clienthello() || message.clienthello().ephemeral().size() != crypto::CurveKeySize)
        return fail(malformed(QStringLiteral("ClientHello lacks a 32-byte ephemeral key")));
    m_clientEphemeral = view(message.clienthello().ephemeral()).toByteArray();

    m_state.mixHash(connectionHeader());
    m_state.mixHash(m_clientEphemeral);
    m_state.mixHash(m_config.ephemeralKey.publicKey);
    if (auto r = m_state.mixSharedSecret(m_config.ephemeralKey.privateKey, m_clientEphemeral); !r)
        return fail(r.error());
    auto encryptedStatic = m_state.encryptAndHash(m_config.staticKey.publicKey);
    if (!encryptedStatic)
        return fail(encryptedStatic.error());
    if (auto r = m_state.mixSharedSecret(m_config.staticKey.privateKey, m_clientEphemeral); !r)
        return fail(r.error());
    auto encryptedCertificate = m_state.encryptAndHash(m_config.certChain);
    if (!encryptedCertificate)
        return fail(encryptedCertificate.error());

    proto::HandshakeMessage reply;
    auto *hello = reply.mutable_serverhello();
    hello->set_ephemeral(toStd(m_config.ephemeralKey.publicKey));
    hello->set_static_(toStd(*encryptedStatic));
    hello->set_payload(toStd(*encryptedCertificate));
    m_stage = Stage::AwaitingClientFinish;
    return QByteArray::fromStdString(reply.SerializeAsString());
}

Result<QByteArray> NoiseResponder::readClientFinish(QByteArrayView bytes)
{
    if (m_stage != Stage::AwaitingClientFinish)
        return fail(Error {ErrorCode::InvalidState, QStringLiteral("unexpected ClientFinish")});
    proto::HandshakeMessage message;
    if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return fail(malformed(QStringLiteral("ClientFinish frame of %1 bytes is not a HandshakeMessage").arg(bytes.size())));
    const auto &finish = message.clientfinish();
    if (!message.has_clientfinish() || !finish.has_static_() || !finish.has_payload())
        return fail(malformed(QStringLiteral("ClientFinish lacks static or payload")));
    // Nonce 1 under the key that encrypted the certificate: the counter is shared.
    auto clientStatic = m_state.decryptAndHash(view(finish.static_()));
    if (!clientStatic)
        return fail(Error {clientStatic.error().code, QStringLiteral("client static key: ") + clientStatic.error().detail});
    if (clientStatic->size() != crypto::CurveKeySize)
        return fail(malformed(QStringLiteral("client static key of %1 bytes").arg(clientStatic->size())));
    if (auto r = m_state.mixSharedSecret(m_config.ephemeralKey.privateKey, *clientStatic); !r)
        return fail(r.error());
    auto payload = m_state.decryptAndHash(view(finish.payload()));
    if (!payload)
        return fail(Error {payload.error().code, QStringLiteral("client payload: ") + payload.error().detail});
    m_clientStatic = *clientStatic;
    m_stage = Stage::Finished;
    return *payload;
}

Result<TransportCipher> NoiseResponder::split() const
{
    if (m_stage != Stage::Finished)
        return Error {ErrorCode::InvalidState, QStringLiteral("handshake not finished")};
    return m_state.split(false);
}

} // namespace wa::socket
