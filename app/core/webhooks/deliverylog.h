#pragma once
// The delivery log as the API shows it (GET .../webhooks/deliveries), replay of one delivery, and
// enqueueing a test event: control-plane reads and small writes on the connection it is given (the
// main thread's), each committed before the caller answers.
#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace core::webhooks {

struct Delivery {
    QString deliveryId;
    QString instanceId;
    QString event;
    QString state; // pending | delivered | dead
    int attempts = 0;
    int replays = 0;
    qint64 nextAttemptAt = 0;
    std::optional<qint64> lastAttemptAt;
    std::optional<int> lastStatusCode;
    QString lastError;
    std::optional<qint64> latencyMs;
    std::optional<qint64> deliveredAt;
    qint64 createdAt = 0;
    QByteArray payload; // only when asked for
};

struct DeliveryQuery {
    QString instanceId;
    QStringList states; // empty = all
    QStringList events; // empty = all
    std::optional<qint64> sinceMs; // created_at >= since
    std::optional<qint64> untilMs; // created_at <= until
    int limit = 100;
    int skip = 0;
    bool withPayload = false;
};

struct DeliveryPage {
    QVector<Delivery> deliveries; // newest first
    qint64 total = 0;
};

class DeliveryLog
{
public:
    explicit DeliveryLog(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<DeliveryPage> list(const DeliveryQuery &query, QString *error);
    std::optional<Delivery> find(const QString &instanceId, const QString &deliveryId, bool withPayload = false);

    enum class Replay { Queued, NotFound, StillPending, Failed };
    // Puts a delivered or dead event back in the queue with a fresh retry budget; its bytes and
    // X-Webhook-Id stay the same and X-Webhook-Attempt keeps counting. Wake the dispatcher (and
    // invalidate the instance) afterwards.
    Replay replay(const QString &instanceId, const QString &deliveryId, qint64 nowMs);

    // Outbox::enqueue in a transaction of its own; *deliveryId is empty if the settings let nothing
    // through. Wake the dispatcher afterwards.
    bool enqueue(const QString &instanceId, const QString &eventType, const QJsonObject &data, qint64 createdAtMs,
                 QString *deliveryId, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace core::webhooks
