#pragma once
// Drives a Noise handshake (NoiseInitiator or NoiseResponder) over a FrameSocket and then
// carries encrypted transport messages. The handshake state machines stay pure; this class
// only moves their bytes, enforces the handshake timeout and turns every failure into one
// disconnected() with a reason.
#include "framesocket.h"
#include "noiseinitiator.h"
#include "noiseresponder.h"
#include "result.h"
#include "transportcipher.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>

namespace wa::socket {

class NoiseSocket : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `frames`.
    explicit NoiseSocket(FrameSocket *frames, QObject *parent = nullptr);

    // Client: sends ClientHello once the frame socket is connected (immediately if it is).
    void startInitiator(InitiatorConfig config, QByteArray clientPayload,
                        crypto::RandomSource &random = crypto::systemRandom());
    // Server: waits for the client's ClientHello.
    void startResponder(ResponderConfig config, crypto::RandomSource &random = crypto::systemRandom());

    // Encrypts and sends one transport message (flag byte + binary node, built by the caller).
    Result<void> sendMessage(QByteArrayView plaintext);
    void close();

    bool isReady() const { return m_cipher.has_value(); }
    FrameSocket *frameSocket() const { return m_frames; }
    // whatsmeow and Baileys both give up after 20 s.
    void setHandshakeTimeout(int milliseconds) { m_timeout.setInterval(milliseconds); }
    // Server's static key (initiator) or client's static key (responder), once known.
    QByteArray peerStaticKey() const;

Q_SIGNALS:
    // Responder: the client's decrypted ClientPayload; initiator: empty.
    void handshakeCompleted(const QByteArray &peerPayload);
    void messageReceived(const QByteArray &plaintext);
    void disconnected(const wa::socket::Error &reason);

private:
    void sendHello();
    void onFrame(const QByteArray &frame);
    void handleHandshakeFrame(const QByteArray &frame);
    void finishHandshake(const Result<TransportCipher> &cipher, const QByteArray &peerPayload);
    void abort(const Error &reason);

    FrameSocket *m_frames;
    std::optional<NoiseInitiator> m_initiator;
    std::optional<NoiseResponder> m_responder;
    std::optional<TransportCipher> m_cipher;
    QByteArray m_clientPayload;
    QTimer m_timeout;
    bool m_closed = false;
};

} // namespace wa::socket
