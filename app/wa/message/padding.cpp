#include "wa/message/padding.h"

namespace wa::message {

QByteArray pad(QByteArrayView plaintext, crypto::RandomSource &random)
{
    uint8_t r = 0;
    random.fill(&r, 1);
    const int n = (r & 0x0F) + 1; // Baileys: 1..16
    QByteArray out;
    out.reserve(plaintext.size() + n);
    out.append(plaintext);
    out.append(n, char(n));
    return out;
}

std::optional<QByteArray> unpad(QByteArrayView padded)
{
    if (padded.isEmpty())
        return std::nullopt;
    const int n = quint8(padded.back());
    if (n == 0 || n > padded.size())
        return std::nullopt;
    for (qsizetype i = padded.size() - n; i < padded.size(); ++i)
        if (quint8(padded[i]) != n)
            return std::nullopt;
    return padded.first(padded.size() - n).toByteArray();
}

} // namespace wa::message
