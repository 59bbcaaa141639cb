#include "core/store/instancerepository.h"

#include "core/store/sqlhelpers.h"

namespace core::store {

namespace {
const char *const kSelect =
    "SELECT i.id, i.user_id, i.name, i.description, i.webhook_url, i.webhook_enabled, i.status,"
    " i.phone, i.push_name, i.last_activity, i.created_at, i.updated_at,"
    " w.notify_received, w.notify_sent, w.notify_delivery, w.notify_read, w.max_retries,"
    " w.retry_interval, w.secret_sealed, w.headers, w.format, w.updated_at"
    " FROM instances i LEFT JOIN webhook_settings w ON w.instance_id = i.id";

InstanceRecord readInstance(const QSqlQuery &q)
{
    InstanceRecord r;
    r.id = q.value(0).toString();
    r.userId = q.value(1).toString();
    r.name = q.value(2).toString();
    r.description = q.value(3).toString();
    r.webhookUrl = q.value(4).toString();
    r.webhookEnabled = q.value(5).toBool();
    r.status = q.value(6).toString();
    r.phone = q.value(7).toString();
    r.pushName = q.value(8).toString();
    r.lastActivity = optionalInt(q.value(9));
    r.createdAt = q.value(10).toLongLong();
    r.updatedAt = q.value(11).toLongLong();
    if (!q.value(12).isNull()) {
        r.webhook.notifyReceived = q.value(12).toBool();
        r.webhook.notifySent = q.value(13).toBool();
        r.webhook.notifyDelivery = q.value(14).toBool();
        r.webhook.notifyRead = q.value(15).toBool();
        r.webhook.maxRetries = q.value(16).toInt();
        r.webhook.retryInterval = q.value(17).toLongLong();
        r.webhook.secretSealed = q.value(18).toString();
        r.webhook.headers = jsonColumn(q.value(19));
        r.webhook.format = q.value(20).toString();
        r.webhook.updatedAt = q.value(21).toLongLong();
    }
    return r;
}
} // namespace

bool InstanceRepository::writeWebhook(const QString &instanceId, const WebhookSettingsRecord &w, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO webhook_settings (instance_id, notify_received, notify_sent, notify_delivery, notify_read,"
        " max_retries, retry_interval, secret_sealed, headers, format, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(instance_id) DO UPDATE SET notify_received=excluded.notify_received,"
        " notify_sent=excluded.notify_sent, notify_delivery=excluded.notify_delivery,"
        " notify_read=excluded.notify_read, max_retries=excluded.max_retries,"
        " retry_interval=excluded.retry_interval, secret_sealed=excluded.secret_sealed,"
        " headers=excluded.headers, format=excluded.format, updated_at=excluded.updated_at"));
    q.addBindValue(instanceId);
    q.addBindValue(w.notifyReceived);
    q.addBindValue(w.notifySent);
    q.addBindValue(w.notifyDelivery);
    q.addBindValue(w.notifyRead);
    q.addBindValue(w.maxRetries);
    q.addBindValue(w.retryInterval);
    q.addBindValue(w.secretSealed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(w.secretSealed));
    q.addBindValue(jsonText(w.headers));
    q.addBindValue(w.format);
    q.addBindValue(w.updatedAt);
    return execOrError(q, error);
}

bool InstanceRepository::insert(const InstanceRecord &r, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot begin transaction");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO instances (id, user_id, name, description, webhook_url, webhook_enabled, status, phone,"
        " push_name, last_activity, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.userId);
    q.addBindValue(nonNull(r.name));
    q.addBindValue(nonNull(r.description));
    q.addBindValue(nullableText(r.webhookUrl));
    q.addBindValue(r.webhookEnabled);
    q.addBindValue(r.status);
    q.addBindValue(nullableText(r.phone));
    q.addBindValue(nullableText(r.pushName));
    q.addBindValue(optionalValue(r.lastActivity));
    q.addBindValue(r.createdAt);
    q.addBindValue(r.updatedAt);
    if (!execOrError(q, error) || !writeWebhook(r.id, r.webhook, error) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool InstanceRepository::update(const InstanceRecord &r, QString *error)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE instances SET name=?, description=?, webhook_url=?, webhook_enabled=?, phone=?, push_name=?,"
        " updated_at=? WHERE id=?"));
    q.addBindValue(nonNull(r.name));
    q.addBindValue(nonNull(r.description));
    q.addBindValue(nullableText(r.webhookUrl));
    q.addBindValue(r.webhookEnabled);
    q.addBindValue(nullableText(r.phone));
    q.addBindValue(nullableText(r.pushName));
    q.addBindValue(r.updatedAt);
    q.addBindValue(r.id);
    if (!execOrError(q, error) || q.numRowsAffected() == 0 || !writeWebhook(r.id, r.webhook, error)
        || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool InstanceRepository::remove(const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM instances WHERE id=?"));
    q.addBindValue(id);
    return execOrError(q, error) && q.numRowsAffected() > 0;
}

bool InstanceRepository::setStatus(const QString &id, const QString &status, qint64 when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE instances SET status=?, last_activity=? WHERE id=?"));
    q.addBindValue(status);
    q.addBindValue(when);
    q.addBindValue(id);
    return q.exec();
}

std::optional<InstanceRecord> InstanceRepository::findById(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("%1 WHERE i.id=?").arg(QLatin1String(kSelect)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readInstance(q);
    return std::nullopt;
}

QVector<InstanceRecord> InstanceRepository::listAll()
{
    QVector<InstanceRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("%1 ORDER BY i.created_at, i.id").arg(QLatin1String(kSelect))))
        while (q.next())
            out.push_back(readInstance(q));
    return out;
}

} // namespace core::store
