#pragma once
// Reads a receiver's HTTP/1.x answer to a webhook POST from bytes as they arrive: the status line
// (1xx answers are skipped), the headers, and the body framed by Content-Length, by chunked
// transfer coding, or by the end of the connection (RFC 9112). Only what delivery needs is kept:
// the status and whether the connection can carry the next request. Everything is bounded: 64 KiB
// of status and header lines, 200 header fields, 8 KiB per line; the body is counted, never
// stored, and after 1 MiB reading stops (the status already decided the outcome).
#include <QByteArray>
#include <QString>

namespace core::webhooks {

class HttpResponseParser
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxHeaderFields = 200;
    static constexpr qsizetype kMaxLineBytes = 8 * 1024;
    static constexpr qint64 kMaxBodyBytes = 1 << 20;

    // Consumes as much of `data` as belongs to this response and returns how much that was.
    qsizetype feed(const char *data, qsizetype size);
    qsizetype feed(const QByteArray &data) { return feed(data.constData(), data.size()); }
    // The peer closed the connection: ends a body that runs to the close, fails anything else.
    void endOfStream();

    bool done() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    bool started() const { return m_started; } // any byte of a response arrived
    QString problem() const { return m_problem; }
    int status() const { return m_status; } // the final (non-1xx) status, once the headers are in
    // The connection may carry another request: a complete, length- or chunk-framed HTTP/1.1
    // answer without "Connection: close" (HTTP/1.0: only with "Connection: keep-alive").
    bool keepAlive() const { return done() && m_keepAlive && !m_truncated; }
    bool bodyTruncated() const { return m_truncated; } // stopped reading after kMaxBodyBytes
    qint64 bodyBytes() const { return m_bodyBytes; }

private:
    enum class State { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done, Failed };
    enum class Framing { None, Length, Chunked, UntilClose };

    // Appends to the current line; true when a whole line (without CR LF) is in m_line.
    bool takeLine(const char *data, qsizetype size, qsizetype &used);
    void onStatusLine();
    void onHeaderLine();
    void onHeadersEnd();
    void onChunkSizeLine();
    void countBody(qint64 n);
    void fail(const QString &problem);

    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    int m_fields = 0;
    int m_status = 0;
    bool m_http10 = false;
    bool m_keepAlive = true;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_chunked = false;
    bool m_otherCoding = false;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    bool m_truncated = false;
    bool m_started = false;
    QString m_problem;
};

} // namespace core::webhooks
