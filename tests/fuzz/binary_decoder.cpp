// libFuzzer target for the binary node decoder, including zlib frames (flag byte 0x02). Besides
// crash freedom under ASan/UBSan it checks that whatever decodes can be encoded again.
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace wa::binary;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    DecodeLimits limits;
    // Small cap so that bombs are cheap to reject and iterations stay fast.
    limits.maxInflatedSize = std::size_t(1) << 20;
    const Decoder strict(limits);
    Result<Node> frame = strict.decodeFrame(input);
    if (frame) {
        Result<QByteArray> encoded = Encoder::encodeFrame(*frame);
        if (!encoded)
            std::abort();
    }

    // The same bytes as a bare node, tolerating trailing bytes like the reference client.
    limits.allowTrailingBytes = true;
    limits.maxDepth = 16;
    const Decoder lenient(limits);
    Result<Node> node = lenient.decodeNode(input);
    if (node && !Encoder::encodeNode(*node))
        std::abort();
    return 0;
}
