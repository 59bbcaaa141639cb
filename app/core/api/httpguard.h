#pragma once
// Byte-level guard in front of QHttpServer 6.4, which buffers whole bodies without a limit and
// never closes idle keep-alive connections. The guard sees every byte before Qt's parser does
// (its readyRead slot is connected first), tracks request framing (header block, Content-Length,
// chunked encoding) and rejects, before the bytes pile up in memory:
//   - header blocks over maxHeaderBytes        -> 431
//   - bodies over maxBodyBytes (declared or streamed) -> 413
// It also closes connections idle for longer than idleTimeoutMs.
#include <QByteArray>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace core::api {

struct GuardLimits {
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    int maxHeaderBytes = 64 * 1024;
    int idleTimeoutMs = 60000;
};

// Framing tracker: pure, so it can be unit-tested and fuzzed without sockets.
class RequestFramer
{
public:
    enum class Verdict { Ok, BodyTooLarge, HeaderTooLarge, Malformed };
    explicit RequestFramer(GuardLimits limits) : m_limits(limits) {}
    Verdict feed(const char *data, qint64 size);
    bool inRequest() const { return m_state != State::Idle; }

private:
    enum class State { Idle, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };
    Verdict startBody();
    GuardLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_line;      // current header block / chunk-size line
    qint64 m_remaining = 0; // bytes left in the body or the current chunk
    qint64 m_bodyBytes = 0;
};

class HttpGuard : public QObject
{
    Q_OBJECT
public:
    HttpGuard(QTcpSocket *socket, GuardLimits limits);

private:
    void onReadyRead();
    void reject(int status, const char *code, const char *message);
    QTcpSocket *m_socket;
    RequestFramer m_framer;
    QTimer *m_idle;
    bool m_rejected = false;
};

} // namespace core::api
