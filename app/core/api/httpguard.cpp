#include "core/api/httpguard.h"

#include "core/logging/logging.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#define WAMULTI_SHUT_WR SD_SEND
#else
#include <sys/socket.h>
#define WAMULTI_SHUT_WR SHUT_WR
#endif

namespace core::api {

namespace {
std::optional<qint64> headerNumber(const QByteArray &block, const QByteArray &name)
{
    const QList<QByteArray> lines = block.split('\n');
    for (const QByteArray &raw : lines) {
        const int colon = raw.indexOf(':');
        if (colon <= 0)
            continue;
        if (raw.left(colon).trimmed().toLower() != name)
            continue;
        bool ok = false;
        const qint64 v = raw.mid(colon + 1).trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            return -1;
        return v;
    }
    return std::nullopt;
}

bool isChunked(const QByteArray &block)
{
    for (const QByteArray &raw : block.split('\n')) {
        const int colon = raw.indexOf(':');
        if (colon > 0 && raw.left(colon).trimmed().toLower() == "transfer-encoding")
            return raw.mid(colon + 1).toLower().contains("chunked");
    }
    return false;
}
} // namespace

RequestFramer::Verdict RequestFramer::startBody()
{
    const QByteArray block = m_line;
    m_line.clear();
    m_bodyBytes = 0;
    if (isChunked(block)) {
        m_state = State::ChunkSize;
        return Verdict::Ok;
    }
    const auto length = headerNumber(block, "content-length");
    if (length && *length < 0)
        return Verdict::Malformed;
    const qint64 n = length.value_or(0);
    if (n > m_limits.maxBodyBytes)
        return Verdict::BodyTooLarge;
    m_remaining = n;
    m_state = n > 0 ? State::Body : State::Idle;
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::feed(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Idle:
            if (data[i] == '\r' || data[i] == '\n') { // stray line breaks between requests
                ++i;
                break;
            }
            m_state = State::Headers;
            break;
        case State::Headers:
        case State::Trailers: {
            const char c = data[i++];
            m_line.append(c);
            if (m_line.size() > m_limits.maxHeaderBytes)
                return Verdict::HeaderTooLarge;
            if (c == '\n' && (m_line.endsWith("\r\n\r\n") || m_line.endsWith("\n\n")
                              || (m_state == State::Trailers && (m_line == "\r\n" || m_line == "\n")))) {
                if (m_state == State::Trailers) {
                    m_line.clear();
                    m_state = State::Idle;
                } else if (const Verdict v = startBody(); v != Verdict::Ok) {
                    return v;
                }
            } else if (c == '\n' && m_state == State::Trailers) {
                m_line.clear(); // one trailer line done; wait for the empty line
            }
            break;
        }
        case State::Body: {
            const qint64 take = std::min(m_remaining, size - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = State::Idle;
            break;
        }
        case State::ChunkSize: {
            const char c = data[i++];
            if (c != '\n') {
                m_line.append(c);
                if (m_line.size() > 1024)
                    return Verdict::Malformed;
                break;
            }
            QByteArray hex = m_line.trimmed();
            m_line.clear();
            const int semi = hex.indexOf(';');
            if (semi >= 0)
                hex.truncate(semi);
            bool ok = false;
            const qint64 chunk = hex.trimmed().toLongLong(&ok, 16);
            if (!ok || chunk < 0 || hex.size() > 15)
                return Verdict::Malformed;
            m_bodyBytes += chunk;
            if (m_bodyBytes > m_limits.maxBodyBytes)
                return Verdict::BodyTooLarge;
            m_remaining = chunk;
            m_state = chunk == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = std::min(m_remaining, size - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (data[i++] == '\n')
                m_state = State::ChunkSize;
            break;
        }
    }
    return Verdict::Ok;
}

HttpGuard::HttpGuard(QTcpSocket *socket, GuardLimits limits)
    : QObject(socket), m_socket(socket), m_framer(limits), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(limits.idleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_rejected)
            return; // the lingering close ends this connection
        if (m_socket->bytesToWrite() > 0) { // still sending a reply: not idle
            m_idle->start();
            return;
        }
        m_socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, m_idle, qOverload<>(&QTimer::start));
    m_idle->start();
}

void HttpGuard::onReadyRead()
{
    m_idle->start();
    if (m_rejected) {
        m_socket->readAll(); // discard; the connection is closing
        return;
    }
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    switch (m_framer.feed(fresh.constData(), fresh.size())) {
    case RequestFramer::Verdict::Ok:
        return;
    case RequestFramer::Verdict::BodyTooLarge:
        reject(413, "payload_too_large", "request body exceeds the configured limit (maxBodyBytes)");
        return;
    case RequestFramer::Verdict::HeaderTooLarge:
        reject(431, "headers_too_large", "request header block exceeds 64 KiB");
        return;
    case RequestFramer::Verdict::Malformed:
        reject(400, "bad_request", "malformed request framing (Content-Length or chunk size)");
        return;
    }
}

void HttpGuard::reject(int status, const char *code, const char *message)
{
    m_rejected = true;
    qCInfo(lcCoreApi, "rejecting request from %s: %s", qPrintable(m_socket->peerAddress().toString()), code);
    const QByteArray body = QByteArrayLiteral("{\"error\":\"") + code + "\",\"message\":\"" + message + "\"}";
    const char *reason = status == 413 ? "Payload Too Large" : status == 431 ? "Request Header Fields Too Large"
                                                                             : "Bad Request";
    // Take the bytes away from Qt's parser so it never buffers them, and answer.
    m_socket->readAll();
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Lingering close: closing while the client is still sending would make the kernel answer
    // with a RST, which can destroy the reply before the client reads it. So half-close our side
    // once the reply is out, keep discarding what arrives, and close after a grace period.
    auto halfClose = [this] {
        if (m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
            ::shutdown(decltype(::socket(0, 0, 0))(m_socket->socketDescriptor()), WAMULTI_SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
    QTimer::singleShot(2000, m_socket, [socket = m_socket] { socket->abort(); });
}

} // namespace core::api
