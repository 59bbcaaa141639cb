#pragma once
// Plain value types stored by the repositories. Times are milliseconds since the epoch (UTC).
#include <QJsonObject>
#include <QString>
#include <optional>

namespace core::store {

struct UserRecord {
    QString id;
    QString email;
    QString passwordHash;
    QString firstName;
    QString lastName;
    QString role = QStringLiteral("user"); // "admin" | "user"
    bool isActive = true;
    QByteArray apiKeyHash;
    QString apiKeySealed;
    std::optional<qint64> maxMessagesSent;
    std::optional<qint64> maxApiCalls;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastLoginAt;

    bool isAdmin() const { return role == QLatin1String("admin"); }
};

struct WebhookSettingsRecord {
    bool notifyReceived = true;
    bool notifySent = true;
    bool notifyDelivery = false;
    bool notifyRead = false;
    int maxRetries = 3;
    qint64 retryInterval = 60000;
    QString secretSealed; // empty = no secret
    QJsonObject headers;
    QString format = QStringLiteral("standard"); // "standard" | "legacy"
    qint64 updatedAt = 0;
};

struct InstanceRecord {
    QString id;
    QString userId;
    QString name;
    QString description;
    QString webhookUrl;
    bool webhookEnabled = false;
    QString status = QStringLiteral("disconnected");
    QString phone;
    QString pushName;
    std::optional<qint64> lastActivity;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    WebhookSettingsRecord webhook;
};

struct ActivityRecord {
    qint64 id = 0;
    QString instanceId;
    QString action;
    QJsonObject details;     // written
    QByteArray detailsJson;  // read: the stored compact JSON, handed to clients without re-parsing
    qint64 createdAt = 0;
};

struct EventRecord {
    qint64 id = 0;
    QString instanceId;
    QString type;
    QJsonObject data;
    qint64 createdAt = 0;
};

// Counters of one instance (or a sum over several) for a span of days.
struct UsageCounters {
    qint64 messagesSent = 0;
    qint64 messagesReceived = 0;
    qint64 mediaSent = 0;
    qint64 mediaReceived = 0;
    qint64 mediaBytes = 0;
    qint64 apiCalls = 0;
    qint64 webhookSent = 0;

    UsageCounters &operator+=(const UsageCounters &o)
    {
        messagesSent += o.messagesSent;
        messagesReceived += o.messagesReceived;
        mediaSent += o.mediaSent;
        mediaReceived += o.mediaReceived;
        mediaBytes += o.mediaBytes;
        apiCalls += o.apiCalls;
        webhookSent += o.webhookSent;
        return *this;
    }
};

} // namespace core::store
