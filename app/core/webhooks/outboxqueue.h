#pragma once
// The dispatcher's SQL over the outbox, on the dispatcher thread's own connection: which
// instances have pending events, the next events of one instance in delivery order, where and how
// to deliver them (the instance's current webhook settings), and the outcome of attempts, written
// in one transaction together with the webhookSent counters of delivered events.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>
#include <vector>

namespace core::webhooks {

struct QueuedEvent {
    qint64 id = 0;
    QString deliveryId;
    QString event;
    QByteArray payload;
    int attempts = 0;    // made so far (X-Webhook-Attempt of the next one is attempts + 1)
    int attemptBase = 0; // attempts at the last replay: the retry budget counts from here
    qint64 nextAttemptAt = 0;
};

struct DeliveryTarget {
    bool enabled = false;
    QString url;
    int maxRetries = 3;
    qint64 retryIntervalMs = 60000;
    QByteArray secretSealed; // empty: no secret, send unsigned
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct AttemptResult {
    enum class State { Pending, Delivered, Dead };
    qint64 id = 0;
    QString instanceId;
    State state = State::Pending;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    qint64 attemptedAt = 0;
    int statusCode = 0; // 0: no HTTP response
    QString error;      // empty on success
    qint64 latencyMs = 0;
};

class OutboxQueue
{
public:
    explicit OutboxQueue(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<qint64> highWater(QString *error);
    std::optional<QStringList> instancesWithPending(QString *error);
    // Instances with rows of id > `after`, each with its largest such id; nullopt on error.
    std::optional<QHash<QString, qint64>> newSince(qint64 after, QString *error);
    // Pending events of the instance with id > `afterId`, in delivery order.
    std::optional<QVector<QueuedEvent>> pending(const QString &instanceId, qint64 afterId, int limit, QString *error);
    // nullopt with an empty *error: the instance no longer exists.
    std::optional<DeliveryTarget> target(const QString &instanceId, QString *error);
    // One transaction; rows that are no longer pending (deleted, replayed meanwhile) are left alone.
    bool apply(const std::vector<AttemptResult> &results, QString *error);
    // Deletes up to maxRows delivered rows created before `deliveredBefore` and dead rows created
    // before `deadBefore`; returns the number deleted or -1.
    int prune(qint64 deliveredBefore, qint64 deadBefore, int maxRows, QString *error);

private:
    QSqlQuery &prepared(const char *sql);
    QSqlDatabase m_db;
    QHash<const char *, QSqlQuery> m_statements;
};

} // namespace core::webhooks
