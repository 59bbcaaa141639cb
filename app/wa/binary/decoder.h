#pragma once
// Decoder of the WhatsApp binary XML format, dictionary version 3, for untrusted input. It accepts
// what the reference client (Baileys' decodeBinaryNode) accepts and yields the same strings (JIDs
// come back in text form, device 0 omitted), but it never reads out of bounds, bounds nesting,
// element count and allocations by the remaining input, and reports garbage as an Error.
//
// Deliberate differences from the reference: nesting and element limits (DecodeLimits), a cap on
// re-reading input for nested INTEROP_JIDs (exponential in the reference), bytes left after the
// root node are an error unless allowTrailingBytes, and strings are returned as the raw bytes
// received (the reference replaces invalid UTF-8 with U+FFFD).
#include "wa/binary/node.h"
#include "wa/binary/result.h"

#include <QByteArrayView>

#include <cstddef>

namespace wa::binary {

struct DecodeLimits {
    // Nesting of nodes (the root is level 1); nested JID encodings count as levels too.
    int maxDepth = 64;
    // Nodes plus attributes in one frame; bounds memory to a small multiple of this number.
    std::size_t maxElements = std::size_t(1) << 19;
    // Output cap for zlib-compressed frames.
    std::size_t maxInflatedSize = std::size_t(16) << 20;
    bool allowTrailingBytes = false;
};

class Decoder
{
public:
    explicit Decoder(DecodeLimits limits = {});

    // A decrypted frame: flag byte (bit 0x02 = zlib payload), then one node.
    Result<Node> decodeFrame(QByteArrayView frame) const;
    // One node without flag byte (already inflated).
    Result<Node> decodeNode(QByteArrayView data) const;

    const DecodeLimits &limits() const noexcept { return m_limits; }

private:
    DecodeLimits m_limits;
};

} // namespace wa::binary
