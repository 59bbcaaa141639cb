#include "core/webhooks/outboxqueue.h"

#include "core/common/timeutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

namespace core::webhooks {

namespace {

bool failed(QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    q.finish();
    return false;
}

const char *stateName(AttemptResult::State s)
{
    switch (s) {
    case AttemptResult::State::Delivered: return "delivered";
    case AttemptResult::State::Dead: return "dead";
    case AttemptResult::State::Pending: break;
    }
    return "pending";
}

} // namespace

QSqlQuery &OutboxQueue::prepared(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(sql));
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

std::optional<qint64> OutboxQueue::highWater(QString *error)
{
    QSqlQuery &q = prepared("SELECT COALESCE(MAX(id), 0) FROM webhook_outbox");
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}

std::optional<QStringList> OutboxQueue::instancesWithPending(QString *error)
{
    // One index probe per instance instead of a scan of every pending row.
    QSqlQuery &q = prepared("SELECT i.id FROM instances i WHERE EXISTS (SELECT 1 FROM webhook_outbox o"
                            " WHERE o.instance_id = i.id AND o.state = 'pending')");
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

std::optional<QHash<QString, qint64>> OutboxQueue::newSince(qint64 after, QString *error)
{
    // A range of the primary key, aggregated here: with GROUP BY, SQLite would rather walk a
    // whole index that is sorted by instance than the few new rows.
    QSqlQuery &q = prepared("SELECT instance_id, id FROM webhook_outbox WHERE id > ? ORDER BY id LIMIT 4096");
    QHash<QString, qint64> out;
    for (qint64 from = after;;) {
        q.bindValue(0, from);
        if (!q.exec()) {
            failed(q, error);
            return std::nullopt;
        }
        int rows = 0;
        while (q.next()) {
            ++rows;
            from = q.value(1).toLongLong();
            out.insert(q.value(0).toString(), from);
        }
        q.finish();
        if (rows < 4096)
            return out;
    }
}

std::optional<QVector<QueuedEvent>> OutboxQueue::pending(const QString &instanceId, qint64 afterId, int limit,
                                                         QString *error)
{
    QSqlQuery &q = prepared("SELECT id, delivery_id, event, payload, attempts, attempt_base, next_attempt_at"
                            " FROM webhook_outbox WHERE instance_id = ? AND state = 'pending' AND id > ? ORDER BY id LIMIT ?");
    q.bindValue(0, instanceId);
    q.bindValue(1, afterId);
    q.bindValue(2, limit);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<QueuedEvent> out;
    while (q.next()) {
        QueuedEvent e;
        e.id = q.value(0).toLongLong();
        e.deliveryId = q.value(1).toString();
        e.event = q.value(2).toString();
        e.payload = q.value(3).toByteArray();
        e.attempts = q.value(4).toInt();
        e.attemptBase = q.value(5).toInt();
        e.nextAttemptAt = q.value(6).toLongLong();
        out.push_back(std::move(e));
    }
    q.finish();
    return out;
}

std::optional<DeliveryTarget> OutboxQueue::target(const QString &instanceId, QString *error)
{
    if (error)
        error->clear();
    QSqlQuery &q = prepared("SELECT i.webhook_url, i.webhook_enabled, w.max_retries, w.retry_interval, w.secret_sealed,"
                            " w.headers FROM instances i JOIN webhook_settings w ON w.instance_id = i.id WHERE i.id = ?");
    q.bindValue(0, instanceId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    DeliveryTarget t;
    t.url = q.value(0).toString();
    t.enabled = q.value(1).toBool();
    t.maxRetries = q.value(2).toInt();
    t.retryIntervalMs = q.value(3).toLongLong();
    t.secretSealed = q.value(4).toString().toLatin1();
    const QJsonObject headers = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        t.headers.push_back({it.key().toLatin1(), it.value().toString().toUtf8()});
    q.finish();
    return t;
}

bool OutboxQueue::apply(const std::vector<AttemptResult> &results, QString *error)
{
    if (results.empty())
        return true;
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery &update = prepared(
        "UPDATE webhook_outbox SET state = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?,"
        " last_status_code = ?, last_error = ?, last_latency_ms = ?,"
        " delivered_at = CASE WHEN ? = 'delivered' THEN ? ELSE delivered_at END"
        " WHERE id = ? AND state = 'pending'");
    // webhookSent per instance and UTC day, counted in the same transaction as the delivery, so the
    // statistics match the delivery log exactly (none for an instance deleted meanwhile).
    QSqlQuery &count = prepared(
        "INSERT INTO daily_stats (instance_id, day, webhook_sent) SELECT ?, ?, ?"
        " WHERE EXISTS (SELECT 1 FROM instances WHERE id = ?)"
        " ON CONFLICT(instance_id, day) DO UPDATE SET webhook_sent = webhook_sent + excluded.webhook_sent");
    QHash<QPair<QString, QString>, qint64> sent;
    bool ok = true;
    for (const AttemptResult &r : results) {
        const QString state = QString::fromLatin1(stateName(r.state));
        update.bindValue(0, state);
        update.bindValue(1, r.attempts);
        update.bindValue(2, r.nextAttemptAt);
        update.bindValue(3, r.attemptedAt);
        update.bindValue(4, r.statusCode > 0 ? QVariant(r.statusCode) : QVariant(QMetaType(QMetaType::Int)));
        update.bindValue(5, r.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.error));
        update.bindValue(6, r.latencyMs);
        update.bindValue(7, state);
        update.bindValue(8, r.attemptedAt);
        update.bindValue(9, r.id);
        if (!update.exec()) {
            ok = failed(update, error);
            break;
        }
        if (r.state == AttemptResult::State::Delivered && update.numRowsAffected() == 1)
            sent[{r.instanceId, dayFromMs(r.attemptedAt)}] += 1;
        update.finish();
    }
    for (auto it = sent.cbegin(); ok && it != sent.cend(); ++it) {
        count.bindValue(0, it.key().first);
        count.bindValue(1, it.key().second);
        count.bindValue(2, it.value());
        count.bindValue(3, it.key().first);
        ok = count.exec() || failed(count, error);
        count.finish();
    }
    if (ok && m_db.commit())
        return true;
    if (ok && error)
        *error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

int OutboxQueue::prune(qint64 deliveredBefore, qint64 deadBefore, int maxRows, QString *error)
{
    QSqlQuery &ids = prepared("SELECT id FROM instances");
    if (!ids.exec()) {
        failed(ids, error);
        return -1;
    }
    QStringList instances;
    while (ids.next())
        instances << ids.value(0).toString();
    ids.finish();
    // Per instance, so the (instance_id, created_at) index limits the work to old rows.
    QSqlQuery &q = prepared(
        "DELETE FROM webhook_outbox WHERE id IN (SELECT id FROM webhook_outbox WHERE instance_id = ?"
        " AND created_at < ? AND ((state = 'delivered' AND created_at < ?) OR (state = 'dead' AND created_at < ?))"
        " LIMIT ?)");
    int deleted = 0;
    for (const QString &instance : std::as_const(instances)) {
        if (deleted >= maxRows)
            break;
        q.bindValue(0, instance);
        q.bindValue(1, std::max(deliveredBefore, deadBefore));
        q.bindValue(2, deliveredBefore);
        q.bindValue(3, deadBefore);
        q.bindValue(4, maxRows - deleted);
        if (!q.exec()) {
            failed(q, error);
            return -1;
        }
        deleted += q.numRowsAffected();
        q.finish();
    }
    return deleted;
}

} // namespace core::webhooks
