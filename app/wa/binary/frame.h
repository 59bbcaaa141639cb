#pragma once
// Frame payloads: after the Noise layer every frame starts with a flag byte; bit 0x02 means the
// rest is a zlib stream. Inflation is capped because a few kilobytes of deflate can expand to
// gigabytes.
#include "wa/binary/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wa::binary {

class Frame
{
public:
    static bool isCompressed(QByteArrayView frame) noexcept;
    // The node bytes of a frame: the inflated payload when compressed, else a copy of the bytes
    // after the flag. Errors: EmptyFrame, InflateFailed, InflatedTooLarge.
    static Result<QByteArray> payload(QByteArrayView frame, std::size_t maxInflatedSize);
    // Inflates a zlib stream into at most maxOutput bytes; data after the end of the stream is an
    // error.
    static Result<QByteArray> inflate(QByteArrayView zlibData, std::size_t maxOutput);
};

} // namespace wa::binary
