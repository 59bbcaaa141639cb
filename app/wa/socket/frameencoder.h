#pragma once
// Frame encoder: 3-byte big-endian length + payload, with an optional header glued once in
// front of the very first frame (the client's "WA 06 03"; the server sends none).
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wa::socket {

class FrameEncoder
{
public:
    explicit FrameEncoder(QByteArray header = {});

    // Fails with FrameTooLarge for payloads of FrameSizeLimit bytes or more.
    Result<QByteArray> encode(QByteArrayView payload);

    bool headerSent() const { return m_headerSent; }

private:
    QByteArray m_header;
    bool m_headerSent = false;
};

} // namespace wa::socket
