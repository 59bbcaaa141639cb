#include "core/webhooks/httpresponseparser.h"

#include <QList>

#include <algorithm>
#include <cstring>

namespace core::webhooks {

namespace {

QByteArray trimmed(const QByteArray &s)
{
    return s.trimmed(); // OWS is SP / HTAB; trimmed() also drops other ASCII space, harmless here
}

// Comma-separated tokens of a header value, lower-cased.
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(','))
        if (const QByteArray t = trimmed(part).toLower(); !t.isEmpty())
            out.push_back(t);
    return out;
}

} // namespace

void HttpResponseParser::fail(const QString &problem)
{
    m_state = State::Failed;
    m_problem = problem;
}

bool HttpResponseParser::takeLine(const char *data, qsizetype size, qsizetype &used)
{
    const char *nl = static_cast<const char *>(memchr(data + used, '\n', size_t(size - used)));
    const qsizetype end = nl ? qsizetype(nl - data) : size;
    const qsizetype n = end - used;
    if (m_line.size() + n > kMaxLineBytes) {
        fail(QStringLiteral("invalid HTTP response (a line over %1 bytes)").arg(kMaxLineBytes));
        return false;
    }
    m_line.append(data + used, n);
    if (m_state == State::StatusLine || m_state == State::Headers) {
        m_headerBytes += n + (nl ? 1 : 0);
        if (m_headerBytes > kMaxHeaderBytes) {
            fail(QStringLiteral("invalid HTTP response (headers over %1 bytes)").arg(kMaxHeaderBytes));
            return false;
        }
    }
    used = nl ? end + 1 : size;
    if (!nl)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size)
{
    qsizetype used = 0;
    if (size > 0)
        m_started = true;
    while (used < size && m_state != State::Done && m_state != State::Failed) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::ChunkSize:
        case State::ChunkEnd:
        case State::Trailers: {
            if (!takeLine(data, size, used))
                break;
            const State at = m_state;
            if (at == State::StatusLine)
                onStatusLine();
            else if (at == State::Headers)
                onHeaderLine();
            else if (at == State::ChunkSize)
                onChunkSizeLine();
            else if (at == State::ChunkEnd)
                m_line.isEmpty() ? void(m_state = State::ChunkSize) : fail(QStringLiteral("invalid HTTP response (bad chunk end)"));
            else if (m_line.isEmpty()) // trailers end
                m_state = State::Done;
            m_line.clear();
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype available = size - used;
            const qsizetype n = m_framing == Framing::UntilClose ? available : qsizetype(std::min<qint64>(available, m_remaining));
            used += n;
            m_remaining -= n;
            countBody(n);
            if (m_state == State::Failed || m_truncated)
                break;
            if (m_framing != Framing::UntilClose && m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            break;
        }
        case State::Done:
        case State::Failed:
            break;
        }
    }
    return used;
}

void HttpResponseParser::countBody(qint64 n)
{
    m_bodyBytes += n;
    if (m_bodyBytes > kMaxBodyBytes) {
        m_truncated = true; // enough: the status decided, the connection will not be reused
        m_state = State::Done;
    }
}

void HttpResponseParser::onStatusLine()
{
    if (m_line.isEmpty() && m_fields == 0 && m_status == 0)
        return; // tolerate a stray empty line before the status line (RFC 9112 section 2.2)
    // HTTP-version SP status-code SP [reason-phrase]
    if (m_line.size() < 12 || !m_line.startsWith("HTTP/1.") || m_line[8] != ' ')
        return fail(QStringLiteral("invalid HTTP response (bad status line)"));
    const char minor = m_line[7];
    if (minor != '0' && minor != '1')
        return fail(QStringLiteral("invalid HTTP response (unsupported version)"));
    int code = 0;
    for (int i = 9; i < 12; ++i) {
        if (m_line[i] < '0' || m_line[i] > '9')
            return fail(QStringLiteral("invalid HTTP response (bad status code)"));
        code = code * 10 + (m_line[i] - '0');
    }
    if (code < 100 || (m_line.size() > 12 && m_line[12] != ' '))
        return fail(QStringLiteral("invalid HTTP response (bad status code)"));
    m_http10 = minor == '0';
    m_status = code;
    m_state = State::Headers;
}

void HttpResponseParser::onHeaderLine()
{
    if (m_line.isEmpty())
        return onHeadersEnd();
    if (++m_fields > kMaxHeaderFields)
        return fail(QStringLiteral("invalid HTTP response (over %1 header fields)").arg(kMaxHeaderFields));
    const qsizetype colon = m_line.indexOf(':');
    if (colon <= 0 || m_line[0] == ' ' || m_line[0] == '\t' || m_line[colon - 1] == ' ')
        return fail(QStringLiteral("invalid HTTP response (bad header line)"));
    const QByteArray name = m_line.left(colon).toLower();
    const QByteArray value = trimmed(m_line.mid(colon + 1));
    if (name == "content-length") {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0 || value.startsWith('+') || (m_contentLength >= 0 && m_contentLength != n))
            return fail(QStringLiteral("invalid HTTP response (bad Content-Length)"));
        m_contentLength = n;
    } else if (name == "transfer-encoding") {
        for (const QByteArray &t : tokens(value)) {
            m_chunked = t == "chunked";
            m_otherCoding = m_otherCoding || t != "chunked";
        }
    } else if (name == "connection") {
        for (const QByteArray &t : tokens(value)) {
            m_connectionClose = m_connectionClose || t == "close";
            m_connectionKeepAlive = m_connectionKeepAlive || t == "keep-alive";
        }
    }
}

void HttpResponseParser::onHeadersEnd()
{
    if (m_status < 200) { // 1xx: informational, the real answer follows
        if (m_status == 101)
            return fail(QStringLiteral("invalid HTTP response (101 Switching Protocols)"));
        m_status = 0;
        m_fields = 0;
        m_contentLength = -1;
        m_chunked = m_otherCoding = m_connectionClose = m_connectionKeepAlive = false;
        m_state = State::StatusLine;
        return;
    }
    m_keepAlive = m_http10 ? m_connectionKeepAlive && !m_connectionClose : !m_connectionClose;
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Done;
    } else if (m_chunked && !m_otherCoding) {
        m_framing = Framing::Chunked;
        m_state = State::ChunkSize;
    } else if (m_chunked || m_otherCoding) { // a coding we do not decode: the body runs to the close
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
        m_state = State::Body;
    } else if (m_contentLength >= 0) {
        m_framing = Framing::Length;
        m_remaining = m_contentLength;
        m_state = m_remaining == 0 ? State::Done : State::Body;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
        m_state = State::Body;
    }
}

void HttpResponseParser::onChunkSizeLine()
{
    // chunk-size [ chunk-ext ] ; the size is hex
    const qsizetype semicolon = m_line.indexOf(';');
    const QByteArray hex = trimmed(semicolon < 0 ? m_line : m_line.left(semicolon));
    if (hex.isEmpty() || hex.size() > 15)
        return fail(QStringLiteral("invalid HTTP response (bad chunk size)"));
    qint64 n = 0;
    for (char c : hex) {
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return fail(QStringLiteral("invalid HTTP response (bad chunk size)"));
        n = n * 16 + d;
    }
    if (n == 0) {
        m_state = State::Trailers;
        return;
    }
    m_remaining = n;
    m_state = State::ChunkData;
}

void HttpResponseParser::endOfStream()
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_state = State::Done;
        return;
    }
    fail(m_started ? QStringLiteral("connection closed by the receiver mid-response")
                   : QStringLiteral("connection closed by the receiver"));
}

} // namespace core::webhooks
