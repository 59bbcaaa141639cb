#include "frameencoder.h"

#include "framing.h"

namespace wa::socket {

FrameEncoder::FrameEncoder(QByteArray header)
    : m_header(std::move(header))
    , m_headerSent(m_header.isEmpty())
{
}

Result<QByteArray> FrameEncoder::encode(QByteArrayView payload)
{
    if (payload.size() >= FrameSizeLimit)
        return Error {ErrorCode::FrameTooLarge, QStringLiteral("frame of %1 bytes is too large to send").arg(payload.size())};
    QByteArray out;
    out.reserve((m_headerSent ? 0 : m_header.size()) + FrameLengthSize + payload.size());
    if (!m_headerSent) {
        out.append(m_header);
        m_headerSent = true;
    }
    const auto size = static_cast<quint32>(payload.size());
    out.append(static_cast<char>((size >> 16) & 0xff));
    out.append(static_cast<char>((size >> 8) & 0xff));
    out.append(static_cast<char>(size & 0xff));
    out.append(payload);
    return out;
}

} // namespace wa::socket
