#pragma once
// Encoder of the WhatsApp binary XML format, dictionary version 3. Produces exactly the bytes of
// the reference client (Baileys' encodeBinaryNode) for every node it accepts: strings are written
// as single/double-byte tokens, nibble- or hex-packed, as JIDs when they contain '@', or raw; byte
// content is BINARY_8/20/32. Where the reference writes unreadable or truncated output (nodes
// without tag, lists above 65535 entries) this encoder returns an error instead.
#include "wa/binary/node.h"
#include "wa/binary/result.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace wa::binary {

class Encoder
{
public:
    // Nesting limit for trees built in code; a deeper tree is almost certainly a cycle-like bug.
    static constexpr int MaxDepth = 1024;

    // A complete uncompressed frame: flag byte 0x00, then the node.
    static Result<QByteArray> encodeFrame(const Node &node);
    // The node alone, without the flag byte.
    static Result<QByteArray> encodeNode(const Node &node);
    // Appends the node to `out` (no flag byte). On error `out` holds a partial encoding.
    static std::optional<Error> encodeInto(const Node &node, std::string &out);
};

} // namespace wa::binary
