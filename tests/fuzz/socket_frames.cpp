// libFuzzer target: FrameDecoder on untrusted bytes, in both roles and with arbitrary chunking.
// Byte 0 picks the role, byte 1 the chunk size; the rest is the stream.
#include "wa/socket/framedecoder.h"
#include "wa/socket/frameencoder.h"

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace wa::socket;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Every rejected input logs a warning; that is noise at millions of runs.
    QLoggingCategory::setFilterRules(QStringLiteral("wa.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool server = data[0] & 1;
    const bool smallCap = data[0] & 2;
    const size_t chunk = 1 + data[1];
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    FrameDecoder decoder(server ? FrameDecoder::HeaderMode::Expect : FrameDecoder::HeaderMode::None);
    if (smallCap)
        decoder.setMaxFrameSize(64);
    qsizetype delivered = 0;
    for (qsizetype offset = 0; offset < stream.size(); offset += qsizetype(chunk)) {
        const auto frames = decoder.feed(stream.sliced(offset, std::min<qsizetype>(qsizetype(chunk), stream.size() - offset)));
        if (!frames.ok()) {
            if (!decoder.hasFailed() || decoder.feed("x").ok())
                std::abort(); // failure must be sticky
            return 0;
        }
        for (const QByteArray &frame : *frames) {
            if (frame.size() > decoder.maxFrameSize())
                std::abort();
            delivered += frame.size() + 3;
        }
    }
    // Every byte is either part of a delivered frame, the header, or still pending.
    if (delivered + decoder.pendingBytes() > stream.size())
        std::abort();
    // Round trip: re-encoding what was delivered is always possible.
    FrameEncoder encoder;
    if (!encoder.encode(stream.first(std::min<qsizetype>(stream.size(), 1000))).ok())
        std::abort();
    return 0;
}
