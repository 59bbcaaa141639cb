#pragma once
// Big-endian integers of the widths the protocol uses (3-byte prekey ids, 4-byte registration
// ids), which qToBigEndian/qFromBigEndian do not cover.
#include <QByteArray>
#include <QByteArrayView>

namespace wa {

inline QByteArray bigEndianBytes(quint32 value, int width)
{
    QByteArray out(width, '\0');
    for (int i = width - 1; i >= 0; --i, value >>= 8)
        out[i] = char(value & 0xff);
    return out;
}

// The bytes as an unsigned big-endian number (the last 4 bytes count).
inline quint32 fromBigEndian(QByteArrayView bytes)
{
    quint32 v = 0;
    for (char c : bytes)
        v = (v << 8) | quint8(c);
    return v;
}

} // namespace wa
