#pragma once
// The durable webhook outbox: how a fact becomes a webhook that is never lost.
//
// CONTRACT for code that records facts (InstanceManager, the messaging layer, usage limits):
//
//   1. Inside YOUR open transaction, on YOUR connection (any thread, any QSqlDatabase opened
//      with core::store::Database::open on the WaMulti database), write the fact and call
//
//          QString error;
//          if (!core::webhooks::Outbox::enqueue(db, instanceId, QStringLiteral("message_received"),
//                                               data, createdAtMs, &error))
//              -> roll back your transaction (error says why; nothing was written)
//
//      `data` is the event's "data" object in the standard shape of the reference spec
//      (docs/webhooks.md lists them; "instanceId" is filled in for you). `createdAtMs` is the
//      fact's time, milliseconds since the epoch (UTC); it becomes the payload's "timestamp".
//      enqueue() never begins, commits or rolls back. It runs ONE statement,
//      INSERT ... SELECT over `instances` and `webhook_settings`, so the decision uses the
//      settings as your transaction sees them: nothing is inserted (and true is returned) when
//      the instance has webhooks disabled or no URL, when the event's notify flag is off
//      (notifyReceived: message_received; notifySent: message_sent; notifyDelivery:
//      message_status other than read/played; notifyRead: message_status read/played; every
//      other event always goes), or when the instance uses the legacy format and the event has no
//      legacy name. Otherwise one outbox row holds the payload bytes, in the instance's format,
//      exactly as they will be signed and sent. `*deliveryId` (optional) receives the row's
//      delivery id (the X-Webhook-Id), or an empty string when nothing was inserted.
//
//   2. After YOUR commit succeeded, call Dispatcher::wake() (any thread, cheap, never blocks).
//      It only shortens the wait: the dispatcher also polls the outbox every second, so a lost or
//      forgotten wake delays delivery, it never loses it. Never wake before the commit.
//
// If your transaction rolls back, the outbox row goes with it: no webhook for a fact that did not
// happen. If the process dies after your commit, the row is there at the next start.
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace core::webhooks {

class Outbox
{
public:
    static bool enqueue(QSqlDatabase &db, const QString &instanceId, const QString &eventType,
                        const QJsonObject &data, qint64 createdAtMs, QString *error,
                        QString *deliveryId = nullptr);
};

} // namespace core::webhooks
