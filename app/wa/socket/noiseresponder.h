#pragma once
// Server side of WhatsApp's Noise XX handshake as a pure state machine, for the sandbox and
// tests: readClientHello(frame) -> ServerHello to send; readClientFinish(frame) -> the
// client's decrypted ClientPayload; split() -> transport keys.
#include "noisestate.h"
#include "result.h"
#include "transportcipher.h"

#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"

namespace wa::socket {

struct ResponderConfig
{
    // The server's Noise static key; the certificate chain's leaf must certify it.
    crypto::KeyPair staticKey;
    // Generated from the random source when left invalid.
    crypto::KeyPair ephemeralKey;
    // Serialised CertChain sent (encrypted) in ServerHello.payload; see issueCertChain().
    QByteArray certChain;
};

class NoiseResponder
{
public:
    enum class Stage { AwaitingClientHello, AwaitingClientFinish, Finished, Failed };

    explicit NoiseResponder(ResponderConfig config, crypto::RandomSource &random = crypto::systemRandom());

    Result<QByteArray> readClientHello(QByteArrayView message);
    Result<QByteArray> readClientFinish(QByteArrayView message);
    Result<TransportCipher> split() const;

    Stage stage() const { return m_stage; }
    const QByteArray &clientStaticKey() const { return m_clientStatic; }
    const QByteArray &clientEphemeralKey() const { return m_clientEphemeral; }
    const QByteArray &handshakeHash() const { return m_state.handshakeHash(); }

private:
    Error fail(const Error &error);

    ResponderConfig m_config;
    NoiseState m_state;
    Stage m_stage = Stage::AwaitingClientHello;
    QByteArray m_clientEphemeral;
    QByteArray m_clientStatic;
};

} // namespace wa::socket
