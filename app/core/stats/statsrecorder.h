#pragma once
// Usage counters (messages, media, API calls, webhooks) are counted in memory on the main thread
// and written by the DbWriter once a second in one batched UPSERT, so counting an API call costs
// a hash increment, not a transaction. Reads add the not-yet-committed part, so the API never
// shows a count going backwards. A kill -9 can lose at most the last second of counts; messages
// and events themselves are never counted this loosely.
#include "core/store/records.h"
#include "core/store/statsrepository.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <list>
#include <memory>

namespace core::store {
class DbWriter;
}

namespace core::stats {

class StatsRecorder : public QObject
{
    Q_OBJECT
public:
    StatsRecorder(store::DbWriter *writer, store::StatsRepository reader, QObject *parent = nullptr);
    ~StatsRecorder() override;

    void countApiCall(const QString &userId, const QString &instanceId);
    void addInstanceUsage(const QString &instanceId, const store::UsageCounters &delta);
    void addUserMessagesSent(const QString &userId, qint64 count);
    void flush(); // hands pending counts to the writer now

    store::UsageCounters instanceTotals(const QString &instanceId, const QString &fromDay);
    QVector<store::DailyCounters> instanceDaily(const QString &instanceId, const QString &fromDay);
    QHash<QString, store::UsageCounters> totalsPerInstance(const QString &fromDay);
    QVector<store::DailyCounters> dailyTotals(const QString &fromDay); // every instance, per day
    store::UsageCounters systemTotals(const QString &fromDay);
    qint64 userApiCalls(const QString &userId, const QString &fromDay); // empty userId = all users
    qint64 userMessagesSent(const QString &userId, const QString &fromDay);

private:
    struct Counts {
        QHash<QPair<QString, QString>, store::UsageCounters> instances; // (instance, day)
        QHash<QPair<QString, QString>, QPair<qint64, qint64>> users;    // (user, day) -> apiCalls, sent
        bool isEmpty() const { return instances.isEmpty() && users.isEmpty(); }
    };
    template <typename Fn> void forEachUncommitted(Fn fn) const;
    // Adds the counts not yet committed to `days` (one instance, or all when instanceId is empty).
    QVector<store::DailyCounters> withUncommittedDays(QVector<store::DailyCounters> days, const QString &instanceId,
                                                      const QString &fromDay) const;
    const QString &today(); // 'YYYY-MM-DD' (UTC), recomputed only when the day changes

    QString m_today;
    qint64 m_dayEndsAt = 0;
    store::DbWriter *m_writer;
    store::StatsRepository m_reader;
    Counts m_pending;
    std::list<std::shared_ptr<Counts>> m_inFlight;
    QTimer m_timer;
};

} // namespace core::stats
