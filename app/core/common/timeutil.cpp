#include "core/common/timeutil.h"

#include <QDateTime>

namespace core {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<qint64> msFromIso(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    QDateTime dt;
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else {
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!dt.isValid())
            return std::nullopt;
        if (dt.timeSpec() == Qt::LocalTime) // no offset given: the API speaks UTC
            dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    }
    return dt.toMSecsSinceEpoch();
}

QString dayFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QString firstDayOfSpan(qint64 now, int days)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    return today.addDays(-(days - 1)).toString(Qt::ISODate);
}

} // namespace core
