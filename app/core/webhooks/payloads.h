#pragma once
// Webhook payloads: the bodies of the two formats an instance can choose, and which notify flag
// lets an event through. "standard" sends the reference spec's events as
// {"event": type, "data": {...}, "timestamp": ISO}; "legacy" sends the legacy instances API's
// dotted names (connection.open, connection.close, qr.update, message.received, message.sent,
// plus webhook.test) as {"event", "instanceId", "data", "timestamp"}; events without a legacy
// name are not sent to legacy instances. docs/webhooks.md shows every shape.
//
// The bytes built here are stored in the outbox once and are exactly what is signed and sent on
// every attempt and replay.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace core::webhooks {

namespace event {
inline const QString messageReceived = QStringLiteral("message_received");
inline const QString messageSent = QStringLiteral("message_sent");
inline const QString messageStatus = QStringLiteral("message_status");
inline const QString connected = QStringLiteral("connected");
inline const QString disconnected = QStringLiteral("disconnected");
inline const QString qrReceived = QStringLiteral("qr_received");
inline const QString limitExceeded = QStringLiteral("limit_exceeded");
inline const QString webhookUpdated = QStringLiteral("webhook_updated");
inline const QString webhookTest = QStringLiteral("webhook_test"); // POST .../webhooks/test
} // namespace event

// The per-instance setting that decides whether an event is sent.
enum class NotifyFlag {
    Always,   // connection, QR, limits, settings, test: sent whenever webhooks are enabled
    Received, // notifyReceived: message_received
    Sent,     // notifySent: message_sent
    Delivery, // notifyDelivery: message_status with any status other than read/played
    Read,     // notifyRead: message_status with status read or played
};

class Payloads
{
public:
    static constexpr qsizetype kMaxEventNameLength = 64;

    // Event names are lower-case ASCII letters, digits, '_' and '.', 1-64 characters.
    static bool isValidEventName(const QString &type);

    // {"event": type, "data": data with "instanceId" set to `instanceId`, "timestamp": ISO of createdAtMs}
    static QByteArray standard(const QString &instanceId, const QString &type, const QJsonObject &data,
                               qint64 createdAtMs);
    // The legacy name of a standard event, or a null QString when the legacy API has none.
    static QString legacyEvent(const QString &type);
    // The legacy body, or an empty array when legacyEvent(type) is null.
    static QByteArray legacy(const QString &instanceId, const QString &type, const QJsonObject &data,
                             qint64 createdAtMs);

    static NotifyFlag notifyFlag(const QString &type, const QJsonObject &data);
};

} // namespace core::webhooks
