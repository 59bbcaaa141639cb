#include "framedecoder.h"

#include "framing.h"
#include "wa/walogging.h"

namespace wa::socket {

namespace {

// "ED" 00 01 + 3-byte length of the routing info, then the info, then the normal header.
constexpr qsizetype RoutingPrefixSize = 7;
// Routing info is a few dozen bytes in practice; anything near this is garbage.
constexpr qsizetype MaxRoutingInfoSize = 4096;

quint32 readUint24(const char *p)
{
    return (quint32(uchar(p[0])) << 16) | (quint32(uchar(p[1])) << 8) | quint32(uchar(p[2]));
}

} // namespace

FrameDecoder::FrameDecoder(HeaderMode mode)
    : m_mode(mode)
    , m_maxFrameSize(FrameSizeLimit - 1)
{
}

Error FrameDecoder::fail(ErrorCode code, const QString &detail)
{
    qCWarning(lcWaSocket).noquote() << "frame decoder failed:" << errorCodeName(code) << detail;
    m_error = Error {code, detail};
    m_buffer.clear();
    m_offset = 0;
    return *m_error;
}

std::optional<Result<void>> FrameDecoder::consumeHeader()
{
    const QByteArrayView pending = QByteArrayView(m_buffer).sliced(m_offset);
    const QByteArray header = connectionHeader();
    qsizetype headerStart = 0;
    if (!pending.isEmpty() && pending.front() == 'E') {
        if (pending.size() >= 4 && !pending.startsWith(QByteArrayView("ED\x00\x01", 4)))
            return Result<void>(fail(ErrorCode::BadHeader, QStringLiteral("unknown routing prefix")));
        if (pending.size() < RoutingPrefixSize)
            return std::nullopt;
        const qsizetype infoSize = readUint24(pending.data() + 4);
        if (infoSize > MaxRoutingInfoSize)
            return Result<void>(fail(ErrorCode::BadHeader, QStringLiteral("routing info of %1 bytes").arg(infoSize)));
        if (pending.size() < RoutingPrefixSize + infoSize)
            return std::nullopt;
        m_routingInfo = pending.sliced(RoutingPrefixSize, infoSize).toByteArray();
        headerStart = RoutingPrefixSize + infoSize;
    }
    // Compare what is there already, so a wrong header fails before the rest arrives.
    const qsizetype available = std::min(pending.size() - headerStart, ConnectionHeaderSize);
    if (pending.sliced(headerStart, available) != QByteArrayView(header).first(available))
        return Result<void>(fail(ErrorCode::BadHeader, QStringLiteral("missing or unsupported connection header")));
    if (available < ConnectionHeaderSize)
        return std::nullopt;
    m_offset += headerStart + ConnectionHeaderSize;
    m_headerDone = true;
    return Result<void>();
}

Result<QList<QByteArray>> FrameDecoder::feed(QByteArrayView data)
{
    if (m_error)
        return *m_error;
    m_buffer.append(data);
    QList<QByteArray> frames;
    if (m_mode == HeaderMode::Expect && !m_headerDone) {
        const auto header = consumeHeader();
        if (!header)
            return frames;
        if (!header->ok())
            return header->error();
    }
    while (m_buffer.size() - m_offset >= FrameLengthSize) {
        const qsizetype size = readUint24(m_buffer.constData() + m_offset);
        if (size > m_maxFrameSize)
            return fail(ErrorCode::FrameTooLarge, QStringLiteral("frame of %1 bytes exceeds limit %2").arg(size).arg(m_maxFrameSize));
        if (m_buffer.size() - m_offset - FrameLengthSize < size)
            break;
        frames.append(m_buffer.mid(m_offset + FrameLengthSize, size));
        m_offset += FrameLengthSize + size;
    }
    // Compact lazily: only when the consumed prefix dominates, so a burst of small frames
    // does not turn into quadratic copying.
    if (m_offset > 0 && (m_offset == m_buffer.size() || m_offset > m_buffer.size() / 2)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return frames;
}

} // namespace wa::socket
