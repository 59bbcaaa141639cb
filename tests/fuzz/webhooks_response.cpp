// Fuzz target for core::webhooks::HttpResponseParser: a receiver's answer is untrusted bytes.
// The first input byte picks the size of the pieces the rest is fed in (answers arrive in
// arbitrary TCP segments); every state must stay within the parser's bounds.
#include "core/webhooks/httpresponseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype total = qsizetype(size - 1);
    core::webhooks::HttpResponseParser parser;
    qsizetype at = 0;
    while (at < total && !parser.done() && !parser.failed()) {
        const qsizetype n = std::min(piece, total - at);
        const qsizetype used = parser.feed(bytes + at, n);
        if (used < 0 || used > n)
            std::abort();
        at += used;
        if (used < n)
            break;
    }
    parser.endOfStream();
    if (!parser.done() && !parser.failed())
        std::abort(); // after the end of the stream the answer is decided one way or the other
    if (parser.keepAlive() && (!parser.done() || parser.status() < 200))
        std::abort();
    if (parser.bodyBytes() > core::webhooks::HttpResponseParser::kMaxBodyBytes + 64)
        std::abort();
    return 0;
}
