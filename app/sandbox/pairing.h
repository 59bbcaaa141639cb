#pragma once
// What a simulated phone does when it scans a QR: find the connected device showing it, check the
// QR belongs to that device, issue its identity signed by the phone's account key, send
// <pair-success>, verify the device's countersignature and record the link, then make the device
// restart and log in (as the real server and phone do).
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace sandbox {

struct QrContent {
    QString ref;
    QByteArray noisePublicKey;
    QByteArray identityPublicKey;
    QByteArray advSecret;
};

// Accepts the current format (https://wa.me/settings/linked_devices#ref,noise,identity,adv,platform)
// and the legacy 4-part one. nullopt when the parts or key sizes are wrong.
std::optional<QrContent> parseQr(const QString &qr);

// status + JSON body, as the control API answers.
using ScanReply = std::function<void(int status, const QJsonObject &body)>;

} // namespace sandbox
