#include "core/webhooks/deliverylog.h"

#include "core/store/sqlhelpers.h"
#include "core/webhooks/outbox.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace core::webhooks {

namespace {

const char *const kColumns =
    "delivery_id, instance_id, event, state, attempts, replays, next_attempt_at, last_attempt_at, last_status_code,"
    " last_error, last_latency_ms, delivered_at, created_at";

Delivery readDelivery(const QSqlQuery &q, bool withPayload)
{
    Delivery d;
    d.deliveryId = q.value(0).toString();
    d.instanceId = q.value(1).toString();
    d.event = q.value(2).toString();
    d.state = q.value(3).toString();
    d.attempts = q.value(4).toInt();
    d.replays = q.value(5).toInt();
    d.nextAttemptAt = q.value(6).toLongLong();
    d.lastAttemptAt = store::optionalInt(q.value(7));
    if (!q.value(8).isNull())
        d.lastStatusCode = q.value(8).toInt();
    d.lastError = q.value(9).toString();
    d.latencyMs = store::optionalInt(q.value(10));
    d.deliveredAt = store::optionalInt(q.value(11));
    d.createdAt = q.value(12).toLongLong();
    if (withPayload)
        d.payload = q.value(13).toByteArray();
    return d;
}

} // namespace

std::optional<DeliveryPage> DeliveryLog::list(const DeliveryQuery &query, QString *error)
{
    QString where = QStringLiteral("instance_id = ?");
    QVariantList binds{query.instanceId};
    if (!query.states.isEmpty()) {
        where += QStringLiteral(" AND state IN (%1)").arg(store::placeholders(query.states.size()));
        for (const QString &s : query.states)
            binds << s;
    }
    if (!query.events.isEmpty()) {
        where += QStringLiteral(" AND event IN (%1)").arg(store::placeholders(query.events.size()));
        for (const QString &e : query.events)
            binds << e;
    }
    if (query.sinceMs) {
        where += QStringLiteral(" AND created_at >= ?");
        binds << *query.sinceMs;
    }
    if (query.untilMs) {
        where += QStringLiteral(" AND created_at <= ?");
        binds << *query.untilMs;
    }
    DeliveryPage page;
    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE %1").arg(where));
    const auto total = store::countOf(count, binds, error);
    if (!total)
        return std::nullopt;
    page.total = *total;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 FROM webhook_outbox WHERE %3 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), query.withPayload ? QStringLiteral(", payload") : QString(), where));
    store::bindAll(q, binds);
    q.bindValue(int(binds.size()), query.limit);
    q.bindValue(int(binds.size()) + 1, query.skip);
    if (!store::execOrError(q, error))
        return std::nullopt;
    while (q.next())
        page.deliveries.push_back(readDelivery(q, query.withPayload));
    return page;
}

std::optional<Delivery> DeliveryLog::find(const QString &instanceId, const QString &deliveryId, bool withPayload)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 FROM webhook_outbox WHERE delivery_id = ? AND instance_id = ?")
                  .arg(QLatin1String(kColumns), withPayload ? QStringLiteral(", payload") : QString()));
    q.addBindValue(deliveryId);
    q.addBindValue(instanceId);
    if (q.exec() && q.next())
        return readDelivery(q, withPayload);
    return std::nullopt;
}

DeliveryLog::Replay DeliveryLog::replay(const QString &instanceId, const QString &deliveryId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE webhook_outbox SET state = 'pending', attempt_base = attempts, replays = replays + 1,"
        " next_attempt_at = ? WHERE delivery_id = ? AND instance_id = ? AND state <> 'pending'"));
    q.addBindValue(nowMs);
    q.addBindValue(deliveryId);
    q.addBindValue(instanceId);
    if (!q.exec())
        return Replay::Failed;
    if (q.numRowsAffected() == 1)
        return Replay::Queued;
    return find(instanceId, deliveryId) ? Replay::StillPending : Replay::NotFound;
}

bool DeliveryLog::enqueue(const QString &instanceId, const QString &eventType, const QJsonObject &data,
                          qint64 createdAtMs, QString *deliveryId, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!Outbox::enqueue(m_db, instanceId, eventType, data, createdAtMs, error, deliveryId) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace core::webhooks
