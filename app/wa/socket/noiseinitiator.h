#pragma once
// Client side of WhatsApp's Noise XX handshake as a pure state machine: it produces and
// consumes serialised HandshakeMessages (frame payloads) and never touches a socket.
//   clientHello() -> send;  readServerHello(frame) -> verifies the certificate chain;
//   clientFinish(payload) -> send;  split() -> transport keys.
#include "certchain.h"
#include "noisestate.h"
#include "result.h"
#include "transportcipher.h"

#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"

namespace wa::socket {

struct InitiatorConfig
{
    // The long-term "noise key" of the account (the client's Noise static).
    crypto::KeyPair staticKey;
    // A fresh key per connection; generated from the random source when left invalid.
    crypto::KeyPair ephemeralKey;
    CertPolicy certPolicy;
};

class NoiseInitiator
{
public:
    enum class Stage { Initial, AwaitingServerHello, ServerHelloRead, Finished, Failed };

    explicit NoiseInitiator(InitiatorConfig config, crypto::RandomSource &random = crypto::systemRandom());

    Result<QByteArray> clientHello();
    Result<void> readServerHello(QByteArrayView message);
    // `clientPayload` is the serialised ClientPayload (login or registration).
    Result<QByteArray> clientFinish(QByteArrayView clientPayload);
    Result<TransportCipher> split() const;

    Stage stage() const { return m_stage; }
    const QByteArray &serverStaticKey() const { return m_serverStatic; }
    const QByteArray &ephemeralPublicKey() const { return m_config.ephemeralKey.publicKey; }
    const QByteArray &handshakeHash() const { return m_state.handshakeHash(); }

private:
    Error fail(const Error &error);

    InitiatorConfig m_config;
    NoiseState m_state;
    Stage m_stage = Stage::Initial;
    QByteArray m_serverEphemeral;
    QByteArray m_serverStatic;
};

} // namespace wa::socket
