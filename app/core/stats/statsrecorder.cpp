#include "core/stats/statsrecorder.h"

#include "core/common/timeutil.h"
#include "core/store/dbwriter.h"

namespace core::stats {

using store::UsageCounters;

StatsRecorder::StatsRecorder(store::DbWriter *writer, store::StatsRepository reader, QObject *parent)
    : QObject(parent), m_writer(writer), m_reader(std::move(reader))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StatsRecorder::flush);
    m_timer.start();
}

StatsRecorder::~StatsRecorder()
{
    flush();
}

const QString &StatsRecorder::today()
{
    const qint64 now = nowMs();
    if (now >= m_dayEndsAt || now < m_dayEndsAt - 86400000) {
        m_today = dayFromMs(now);
        m_dayEndsAt = (now / 86400000 + 1) * 86400000;
    }
    return m_today;
}

void StatsRecorder::countApiCall(const QString &userId, const QString &instanceId)
{
    const QString &day = today();
    if (!userId.isEmpty())
        m_pending.users[{userId, day}].first += 1;
    if (!instanceId.isEmpty())
        m_pending.instances[{instanceId, day}].apiCalls += 1;
}

void StatsRecorder::addInstanceUsage(const QString &instanceId, const UsageCounters &delta)
{
    m_pending.instances[{instanceId, today()}] += delta;
}

void StatsRecorder::addUserMessagesSent(const QString &userId, qint64 count)
{
    m_pending.users[{userId, today()}].second += count;
}

void StatsRecorder::flush()
{
    if (m_pending.isEmpty())
        return;
    auto batch = std::make_shared<Counts>(std::move(m_pending));
    m_pending = {};
    m_inFlight.push_back(batch);
    m_writer->submit(
        [batch](QSqlDatabase &db, QString *error) {
            for (auto it = batch->instances.cbegin(); it != batch->instances.cend(); ++it)
                if (!store::StatsRepository::addInstance(db, it.key().first, it.key().second, it.value(), error))
                    return false;
            for (auto it = batch->users.cbegin(); it != batch->users.cend(); ++it)
                if (!store::StatsRepository::addUser(db, it.key().first, it.key().second, it.value().first,
                                                     it.value().second, error))
                    return false;
            return true;
        },
        this, [this, batch](bool, const QString &) { m_inFlight.remove(batch); });
}

template <typename Fn> void StatsRecorder::forEachUncommitted(Fn fn) const
{
    fn(m_pending);
    for (const auto &b : m_inFlight)
        fn(*b);
}

UsageCounters StatsRecorder::instanceTotals(const QString &instanceId, const QString &fromDay)
{
    UsageCounters total = m_reader.instanceTotals(instanceId, fromDay);
    forEachUncommitted([&](const Counts &c) {
        for (auto it = c.instances.cbegin(); it != c.instances.cend(); ++it)
            if (it.key().first == instanceId && it.key().second >= fromDay)
                total += it.value();
    });
    return total;
}

QVector<store::DailyCounters> StatsRecorder::instanceDaily(const QString &instanceId, const QString &fromDay)
{
    return withUncommittedDays(m_reader.instanceDaily(instanceId, fromDay), instanceId, fromDay);
}

QVector<store::DailyCounters> StatsRecorder::dailyTotals(const QString &fromDay)
{
    return withUncommittedDays(m_reader.dailyTotals(fromDay), QString(), fromDay);
}

QVector<store::DailyCounters> StatsRecorder::withUncommittedDays(QVector<store::DailyCounters> days,
                                                                 const QString &instanceId, const QString &fromDay) const
{
    forEachUncommitted([&](const Counts &c) {
        for (auto it = c.instances.cbegin(); it != c.instances.cend(); ++it) {
            if ((!instanceId.isEmpty() && it.key().first != instanceId) || it.key().second < fromDay)
                continue;
            auto found = std::find_if(days.begin(), days.end(),
                                      [&](const store::DailyCounters &d) { return d.day == it.key().second; });
            if (found != days.end())
                found->counters += it.value();
            else
                days.push_back({it.key().second, it.value()});
        }
    });
    std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    return days;
}

QHash<QString, UsageCounters> StatsRecorder::totalsPerInstance(const QString &fromDay)
{
    QHash<QString, UsageCounters> totals = m_reader.totalsPerInstance(fromDay);
    forEachUncommitted([&](const Counts &c) {
        for (auto it = c.instances.cbegin(); it != c.instances.cend(); ++it)
            if (it.key().second >= fromDay)
                totals[it.key().first] += it.value();
    });
    return totals;
}

UsageCounters StatsRecorder::systemTotals(const QString &fromDay)
{
    UsageCounters total = m_reader.systemTotals(fromDay);
    forEachUncommitted([&](const Counts &c) {
        for (auto it = c.instances.cbegin(); it != c.instances.cend(); ++it)
            if (it.key().second >= fromDay)
                total += it.value();
    });
    return total;
}

qint64 StatsRecorder::userApiCalls(const QString &userId, const QString &fromDay)
{
    qint64 total = m_reader.userApiCalls(userId, fromDay);
    forEachUncommitted([&](const Counts &c) {
        for (auto it = c.users.cbegin(); it != c.users.cend(); ++it)
            if ((userId.isEmpty() || it.key().first == userId) && it.key().second >= fromDay)
                total += it.value().first;
    });
    return total;
}

qint64 StatsRecorder::userMessagesSent(const QString &userId, const QString &fromDay)
{
    qint64 total = m_reader.userMessagesSent(userId, fromDay);
    forEachUncommitted([&](const Counts &c) {
        for (auto it = c.users.cbegin(); it != c.users.cend(); ++it)
            if (it.key().first == userId && it.key().second >= fromDay)
                total += it.value().second;
    });
    return total;
}

} // namespace core::stats
