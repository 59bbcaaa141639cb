#include "hkdf.h"

#include "digest.h"

namespace wa::crypto {

QByteArray hkdfExtract(QByteArrayView salt, QByteArrayView ikm)
{
    const QByteArray zeros(Sha256Size, '\0');
    return hmacSha256(salt.isEmpty() ? QByteArrayView(zeros) : salt, ikm);
}

std::optional<QByteArray> hkdfExpand(QByteArrayView prk, QByteArrayView info, qsizetype length)
{
    if (length <= 0 || length > 255 * Sha256Size || prk.isEmpty())
        return std::nullopt;
    QByteArray out;
    out.reserve(length);
    QByteArray previous;
    for (int i = 1; out.size() < length; ++i) {
        HmacSha256 mac(prk);
        mac.update(previous);
        mac.update(info);
        const char counter = static_cast<char>(i);
        mac.update(QByteArrayView(&counter, 1));
        previous = mac.final();
        if (previous.isEmpty())
            return std::nullopt;
        out.append(previous);
    }
    out.truncate(length);
    return out;
}

std::optional<QByteArray> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    const QByteArray prk = hkdfExtract(salt, ikm);
    if (prk.isEmpty())
        return std::nullopt;
    return hkdfExpand(prk, info, length);
}

} // namespace wa::crypto
