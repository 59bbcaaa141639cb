#pragma once
// Pure frame decoder: feed it the bytes of WebSocket messages as they arrive and it returns
// every complete frame (3-byte big-endian length + payload), however the bytes were split or
// glued together. No socket is involved, so the same code serves the client, the sandbox's
// server side (which must also strip the client's connection header) and the fuzzers.
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace wa::socket {

class FrameDecoder
{
public:
    enum class HeaderMode {
        None,   // client side: the server sends no header
        Expect, // server side: the first bytes are the client's connection header
    };

    explicit FrameDecoder(HeaderMode mode = HeaderMode::None);

    // Frames larger than this are rejected (the decoder then fails). Defaults to the
    // protocol's limit; tests lower it.
    void setMaxFrameSize(qsizetype size) { m_maxFrameSize = size; }
    qsizetype maxFrameSize() const { return m_maxFrameSize; }

    // Appends `data` and returns the frames it completed (possibly none). After an error the
    // decoder stays failed and returns the same error, because the stream can no longer be
    // re-synchronised.
    Result<QList<QByteArray>> feed(QByteArrayView data);

    bool hasFailed() const { return m_error.has_value(); }
    bool headerSeen() const { return m_mode == HeaderMode::None || m_headerDone; }
    // Edge routing info a client put in front of its header ("ED" prefix); empty if none.
    const QByteArray &routingInfo() const { return m_routingInfo; }
    // Bytes received but not yet part of a complete frame.
    qsizetype pendingBytes() const { return m_buffer.size() - m_offset; }

private:
    // nullopt while more bytes are needed; true once the header is consumed.
    std::optional<Result<void>> consumeHeader();
    Error fail(ErrorCode code, const QString &detail);

    HeaderMode m_mode;
    bool m_headerDone = false;
    qsizetype m_maxFrameSize;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    QByteArray m_routingInfo;
    std::optional<Error> m_error;
};

} // namespace wa::socket
