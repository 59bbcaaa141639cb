#pragma once
// The QR payload a companion shows while it waits to be linked, and the schedule on which it
// rotates through the refs of one <pair-device> (docs/protocol-pairing.md). Pure functions:
// PairingQrRotation drives them with a timer; core hands the string to ui, which draws it.
#include "pairingresult.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <chrono>

namespace wa::client {

// Prefix of the current QR format (both reference clients since May 2026).
inline constexpr char QrUrlPrefix[] = "https://wa.me/settings/linked_devices#";

// CompanionWebClientType: the platform id the phone shows for the new linked device.
enum class CompanionWebClient {
    Unknown = 0,
    Chrome = 1,
    Edge = 2,
    Firefox = 3,
    Ie = 4,
    Opera = 5,
    Safari = 6,
    Electron = 7,
    Uwp = 8,
    OtherWebClient = 9,
};

// "1" for Chrome, and so on: the decimal value as the QR and companion_platform_id carry it.
QString companionPlatformId(CompanionWebClient client);

struct QrKeys
{
    QByteArray noisePublicKey;    // 32 bytes, raw
    QByteArray identityPublicKey; // 32 bytes, raw (no 0x05)
    QByteArray advSecret;         // 32 bytes
};

// `prefix + ref,b64(noise),b64(identity),b64(adv),platformId` with standard padded base64.
// Fails with invalid_argument on a wrong key size, an empty ref or platform id, or a comma in
// either (the phone splits on commas).
PairingResult<QString> buildQrString(const QString &ref, const QrKeys &keys,
                                     const QString &platformId = QStringLiteral("1"));

// The four-part format without URL prefix or platform id that older phones and references
// used; kept for tests against older peers.
PairingResult<QString> buildLegacyQrString(const QString &ref, const QrKeys &keys);

// Rotation: the first ref is shown for 60 s, every later one for 20 s; after the last one the
// companion gives up (and reconnects for new refs).
inline constexpr std::chrono::milliseconds FirstQrLifetime {60'000};
inline constexpr std::chrono::milliseconds NextQrLifetime {20'000};

struct QrTiming
{
    std::chrono::milliseconds first = FirstQrLifetime;
    std::chrono::milliseconds next = NextQrLifetime;
};

// How long the ref at `index` is shown.
std::chrono::milliseconds qrLifetime(qsizetype index, const QrTiming &timing = {});
// When the ref at `index` appears, counted from the first one.
std::chrono::milliseconds qrStartTime(qsizetype index, const QrTiming &timing = {});
// Index of the ref on screen `elapsed` after the first appeared, or -1 once all `refCount`
// refs have expired (or before time zero).
qsizetype qrIndexAt(qsizetype refCount, std::chrono::milliseconds elapsed, const QrTiming &timing = {});
// The ref itself, or an empty string when exhausted.
QString qrRefAt(const QStringList &refs, std::chrono::milliseconds elapsed, const QrTiming &timing = {});

} // namespace wa::client
