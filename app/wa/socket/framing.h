#pragma once
// Wire constants of the WhatsApp Web transport (docs/wa-protocol.md §1.2).
#include <QByteArray>

namespace wa::socket {

// "WA", magic 6, binary dictionary version 3: sent once, before the client's first frame.
inline QByteArray connectionHeader()
{
    return QByteArray("WA\x06\x03", 4);
}

inline constexpr qsizetype ConnectionHeaderSize = 4;
inline constexpr qsizetype FrameLengthSize = 3;
// A frame payload must be strictly smaller than this (the 3-byte length's range, and the
// read limit whatsmeow applies).
inline constexpr qsizetype FrameSizeLimit = qsizetype(1) << 24;

inline constexpr char WaOrigin[] = "https://web.whatsapp.com";
inline constexpr char WaWebSocketUrl[] = "wss://web.whatsapp.com/ws/chat";

} // namespace wa::socket
