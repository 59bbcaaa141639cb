#include "core/webhooks/payloads.h"

#include "core/common/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace core::webhooks {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A JSON string literal, escaped exactly as QJsonDocument escapes strings.
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Keys in the order people read them (event first), which QJsonObject's sorted keys would lose.
QByteArray envelope(const QString &type, const QString *instanceId, const QJsonObject &data, qint64 createdAtMs)
{
    QByteArray out;
    out.reserve(96 + type.size());
    out += "{\"event\":";
    out += jsonString(type);
    if (instanceId) {
        out += ",\"instanceId\":";
        out += jsonString(*instanceId);
    }
    out += ",\"data\":";
    out += compact(data);
    out += ",\"timestamp\":\"";
    out += isoBytesFromMs(createdAtMs);
    out += "\"}";
    return out;
}

} // namespace

bool Payloads::isValidEventName(const QString &type)
{
    if (type.isEmpty() || type.size() > kMaxEventNameLength)
        return false;
    for (QChar c : type) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || u == '.'))
            return false;
    }
    return true;
}

QByteArray Payloads::standard(const QString &instanceId, const QString &type, const QJsonObject &data, qint64 createdAtMs)
{
    QJsonObject d = data;
    d.insert(QStringLiteral("instanceId"), instanceId); // the instance the row belongs to, always
    return envelope(type, nullptr, d, createdAtMs);
}

QString Payloads::legacyEvent(const QString &type)
{
    if (type == event::connected)
        return QStringLiteral("connection.open");
    if (type == event::disconnected)
        return QStringLiteral("connection.close");
    if (type == event::qrReceived)
        return QStringLiteral("qr.update");
    if (type == event::messageReceived)
        return QStringLiteral("message.received");
    if (type == event::messageSent)
        return QStringLiteral("message.sent");
    if (type == event::webhookTest)
        return QStringLiteral("webhook.test");
    return {};
}

QByteArray Payloads::legacy(const QString &instanceId, const QString &type, const QJsonObject &data, qint64 createdAtMs)
{
    const QString name = legacyEvent(type);
    if (name.isNull())
        return {};
    // The instance is named once, in the envelope; the data keeps the standard fields, except that
    // connection and QR events take the shape of the legacy (Baileys-style) server's updates.
    QJsonObject d = data;
    d.remove(QStringLiteral("instanceId"));
    if (type == event::connected) {
        d.insert(QStringLiteral("connection"), QStringLiteral("open"));
    } else if (type == event::disconnected) {
        d.insert(QStringLiteral("connection"), QStringLiteral("close"));
    } else if (type == event::qrReceived) {
        d.insert(QStringLiteral("qr"), d.take(QStringLiteral("qrCode")));
    }
    return envelope(name, &instanceId, d, createdAtMs);
}

NotifyFlag Payloads::notifyFlag(const QString &type, const QJsonObject &data)
{
    if (type == event::messageReceived)
        return NotifyFlag::Received;
    if (type == event::messageSent)
        return NotifyFlag::Sent;
    if (type == event::messageStatus) {
        const QString status = data.value(QStringLiteral("status")).toString().toLower();
        return status == QLatin1String("read") || status == QLatin1String("played") ? NotifyFlag::Read
                                                                                     : NotifyFlag::Delivery;
    }
    return NotifyFlag::Always;
}

} // namespace core::webhooks
