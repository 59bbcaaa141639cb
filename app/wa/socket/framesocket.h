#pragma once
// Frame socket over QWebSocket: binary messages in, whole frames out (reassembled with
// FrameDecoder), frames in, length-prefixed binary messages out (FrameEncoder). The client
// role glues the "WA 06 03" header in front of its first frame; the server role (sandbox)
// expects that header from the peer and sends none. Any framing error closes the connection.
#include "framedecoder.h"
#include "frameencoder.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebSocket;

namespace wa::socket {

class FrameSocket : public QObject
{
    Q_OBJECT

public:
    enum class Role { Client, Server };

    explicit FrameSocket(Role role = Role::Client, QObject *parent = nullptr);
    ~FrameSocket() override;

    // Client role: opens `url` with the WhatsApp Web Origin header.
    void open(const QUrl &url);
    // Server role: takes ownership of a socket a QWebSocketServer accepted.
    void attach(QWebSocket *socket);

    Result<void> sendFrame(QByteArrayView payload);
    // Closes without a further disconnected() reason than "closed locally".
    void close();
    // Cuts the TCP connection without a WebSocket close frame (the peer sees a dropped line);
    // the sandbox uses it for fault injection.
    void abort();

    bool isOpen() const;
    Role role() const { return m_role; }
    // Below the protocol's 16 MB: the sandbox caps what clients may send; tests exercise the limit.
    void setMaxFrameSize(qsizetype size) { m_decoder.setMaxFrameSize(size); }

Q_SIGNALS:
    void connected();
    void frameReceived(const QByteArray &frame);
    // Emitted exactly once per connection, whatever ended it.
    void disconnected(const wa::socket::Error &reason);

private:
    void wire(QWebSocket *socket);
    void onBinaryMessage(const QByteArray &message);
    void onTextMessage(const QString &message);
    void onSocketError();
    void onSocketDisconnected();
    void shutdown(const Error &reason);

    Role m_role;
    QPointer<QWebSocket> m_socket;
    FrameDecoder m_decoder;
    FrameEncoder m_encoder;
    bool m_everConnected = false;
    bool m_reported = false;
};

} // namespace wa::socket
