#include "pairingqr.h"

#include "wa/crypto/curve25519.h"

namespace wa::client {

namespace {

PairingError invalid(const QString &detail)
{
    return PairingError {PairingErrorCode::InvalidArgument, detail};
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Shared validation and the comma-joined core of both formats.
PairingResult<QString> joinParts(const QString &ref, const QrKeys &keys)
{
    if (ref.isEmpty() || ref.contains(QLatin1Char(',')))
        return invalid(QStringLiteral("ref is empty or contains a comma"));
    if (keys.noisePublicKey.size() != crypto::CurveKeySize)
        return invalid(QStringLiteral("noise public key must be 32 bytes"));
    if (keys.identityPublicKey.size() != crypto::CurveKeySize)
        return invalid(QStringLiteral("identity public key must be 32 bytes (raw, no 0x05)"));
    if (keys.advSecret.size() != 32)
        return invalid(QStringLiteral("ADV secret must be 32 bytes"));
    return QStringList {ref, base64(keys.noisePublicKey), base64(keys.identityPublicKey), base64(keys.advSecret)}
        .join(QLatin1Char(','));
}

} // namespace

QString companionPlatformId(CompanionWebClient client)
{
    return QString::number(static_cast<int>(client));
}

PairingResult<QString> buildQrString(const QString &ref, const QrKeys &keys, const QString &platformId)
{
    if (platformId.isEmpty() || platformId.contains(QLatin1Char(',')))
        return invalid(QStringLiteral("platform id is empty or contains a comma"));
    auto parts = joinParts(ref, keys);
    if (!parts)
        return parts.error();
    return QString::fromLatin1(QrUrlPrefix) + *parts + QLatin1Char(',') + platformId;
}

PairingResult<QString> buildLegacyQrString(const QString &ref, const QrKeys &keys)
{
    return joinParts(ref, keys);
}

std::chrono::milliseconds qrLifetime(qsizetype index, const QrTiming &timing)
{
    return index == 0 ? timing.first : timing.next;
}

std::chrono::milliseconds qrStartTime(qsizetype index, const QrTiming &timing)
{
    if (index <= 0)
        return std::chrono::milliseconds {0};
    return timing.first + timing.next * (index - 1);
}

qsizetype qrIndexAt(qsizetype refCount, std::chrono::milliseconds elapsed, const QrTiming &timing)
{
    if (refCount <= 0 || elapsed.count() < 0)
        return -1;
    if (elapsed < timing.first)
        return 0;
    if (timing.next.count() <= 0)
        return -1;
    // A ref is on screen during [start, start + lifetime): the boundary belongs to the next one.
    const qsizetype index = 1 + static_cast<qsizetype>((elapsed - timing.first) / timing.next);
    return index < refCount ? index : -1;
}

QString qrRefAt(const QStringList &refs, std::chrono::milliseconds elapsed, const QrTiming &timing)
{
    const qsizetype index = qrIndexAt(refs.size(), elapsed, timing);
    return index < 0 ? QString() : refs.at(index);
}

} // namespace wa::client
