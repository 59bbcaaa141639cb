#include "core/webhooks/outbox.h"

#include "core/common/ids.h"
#include "core/webhooks/payloads.h"

#include <QSqlError>
#include <QSqlQuery>

namespace core::webhooks {

namespace {

const char *flagColumn(NotifyFlag flag)
{
    switch (flag) {
    case NotifyFlag::Received: return "w.notify_received";
    case NotifyFlag::Sent: return "w.notify_sent";
    case NotifyFlag::Delivery: return "w.notify_delivery";
    case NotifyFlag::Read: return "w.notify_read";
    case NotifyFlag::Always: break;
    }
    return "1";
}

QString statement(NotifyFlag flag)
{
    // Positional parameters: 1 delivery id, 2 legacy event, 3 standard event, 4 legacy payload,
    // 5 standard payload, 6 created_at, 7 created_at, 8 instance id, 9 legacy event.
    return QStringLiteral(
               "INSERT INTO webhook_outbox (delivery_id, instance_id, event, payload, state, next_attempt_at, created_at)"
               " SELECT ?, i.id,"
               " CASE WHEN w.format = 'legacy' THEN ? ELSE ? END,"
               " CASE WHEN w.format = 'legacy' THEN ? ELSE ? END,"
               " 'pending', ?, ?"
               " FROM instances i JOIN webhook_settings w ON w.instance_id = i.id"
               " WHERE i.id = ? AND i.webhook_enabled = 1 AND COALESCE(i.webhook_url, '') <> ''"
               " AND (w.format <> 'legacy' OR ? IS NOT NULL)"
               " AND %1 = 1")
        .arg(QLatin1String(flagColumn(flag)));
}

} // namespace

bool Outbox::enqueue(QSqlDatabase &db, const QString &instanceId, const QString &eventType, const QJsonObject &data,
                     qint64 createdAtMs, QString *error, QString *deliveryId)
{
    if (deliveryId)
        deliveryId->clear();
    if (!Payloads::isValidEventName(eventType)) {
        if (error)
            *error = QStringLiteral("invalid webhook event name \"%1\"").arg(eventType.left(80));
        return false;
    }
    const QString id = newId();
    const QString legacyName = Payloads::legacyEvent(eventType);
    const QVariant legacyEvent = legacyName.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(legacyName);
    const QByteArray legacyBody = Payloads::legacy(instanceId, eventType, data, createdAtMs);
    QSqlQuery q(db);
    if (!q.prepare(statement(Payloads::notifyFlag(eventType, data)))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.addBindValue(id);
    q.addBindValue(legacyEvent);
    q.addBindValue(eventType);
    q.addBindValue(legacyBody.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(legacyBody));
    q.addBindValue(Payloads::standard(instanceId, eventType, data, createdAtMs));
    q.addBindValue(createdAtMs);
    q.addBindValue(createdAtMs);
    q.addBindValue(instanceId);
    q.addBindValue(legacyEvent);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (deliveryId && q.numRowsAffected() == 1)
        *deliveryId = id;
    return true;
}

} // namespace core::webhooks
