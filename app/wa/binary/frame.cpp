#include "wa/binary/frame.h"

#include "wa/binary/tags.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace wa::binary {

bool Frame::isCompressed(QByteArrayView frame) noexcept
{
    return !frame.isEmpty() && (std::uint8_t(frame[0]) & tags::FlagCompressed) != 0;
}

Result<QByteArray> Frame::payload(QByteArrayView frame, std::size_t maxInflatedSize)
{
    if (frame.isEmpty())
        return Error{ErrorCode::EmptyFrame, 0, "frame without flag byte"};
    if (isCompressed(frame))
        return inflate(frame.sliced(1), maxInflatedSize);
    return frame.sliced(1).toByteArray();
}

Result<QByteArray> Frame::inflate(QByteArrayView zlibData, std::size_t maxOutput)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return Error{ErrorCode::InflateFailed, 0, "zlib initialisation failed"};

    // Grow the output geometrically from a guess; never beyond maxOutput + 1 so that "exactly at
    // the cap" and "above the cap" can be told apart without inflating further.
    const std::size_t hardLimit = std::min<std::size_t>(maxOutput, std::numeric_limits<int>::max() - 1);
    QByteArray out;
    std::size_t capacity = std::min<std::size_t>(hardLimit + 1,
                                                 std::max<std::size_t>(4096, std::size_t(zlibData.size()) * 4));
    out.resize(qsizetype(capacity));

    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zlibData.data()));
    std::size_t inputLeft = std::size_t(zlibData.size());
    std::size_t produced = 0;
    int rc = Z_OK;
    while (true) {
        if (produced == capacity) {
            if (capacity > hardLimit)
                break;
            capacity = std::min(hardLimit + 1, capacity * 2);
            out.resize(qsizetype(capacity));
        }
        // zlib counts in uInt; feed at most 1 GiB per call.
        const uInt inChunk = uInt(std::min<std::size_t>(inputLeft, 1u << 30));
        const uInt outChunk = uInt(std::min<std::size_t>(capacity - produced, 1u << 30));
        stream.avail_in = inChunk;
        stream.next_out = reinterpret_cast<Bytef *>(out.data()) + produced;
        stream.avail_out = outChunk;
        rc = ::inflate(&stream, Z_NO_FLUSH);
        inputLeft -= inChunk - stream.avail_in;
        produced += outChunk - stream.avail_out;
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_BUF_ERROR && stream.avail_out != 0) {
            // No progress possible with output room left: the input ended inside the stream.
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            break;
    }
    const std::size_t consumed = std::size_t(zlibData.size()) - inputLeft;
    inflateEnd(&stream);

    if (produced > hardLimit)
        return Error{ErrorCode::InflatedTooLarge, consumed, "inflated frame above the size limit"};
    if (rc != Z_STREAM_END)
        return Error{ErrorCode::InflateFailed, consumed, "corrupt or truncated zlib stream"};
    if (inputLeft != 0)
        return Error{ErrorCode::InflateFailed, consumed, "data after the end of the zlib stream"};
    out.resize(qsizetype(produced));
    return out;
}

} // namespace wa::binary
