#include "core/common/timeutil.h"

#include <QDateTime>

namespace core {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {
// Proleptic Gregorian date of a day count since 1970-01-01 (the era-based method: 400-year eras of
// 146097 days). Integer arithmetic only: QDateTime::toString goes through locale and calendar
// code and dominated list replies with hundreds of timestamps.
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

void putDigits(char *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}
} // namespace

QByteArray isoBytesFromMs(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    if (y < 0 || y > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    char buf[24];
    putDigits(buf, unsigned(y), 4);
    buf[4] = '-';
    putDigits(buf + 5, m, 2);
    buf[7] = '-';
    putDigits(buf + 8, d, 2);
    buf[10] = 'T';
    putDigits(buf + 11, unsigned(rest / 3600000), 2);
    buf[13] = ':';
    putDigits(buf + 14, unsigned(rest / 60000 % 60), 2);
    buf[16] = ':';
    putDigits(buf + 17, unsigned(rest / 1000 % 60), 2);
    buf[19] = '.';
    putDigits(buf + 20, unsigned(rest % 1000), 3);
    buf[23] = 'Z';
    return QByteArray(buf, 24);
}

QString isoFromMs(qint64 ms)
{
    return QString::fromLatin1(isoBytesFromMs(ms));
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
    return QString::fromLatin1(isoBytesFromMs(ms).left(10));
}

QString firstDayOfSpan(qint64 now, int days)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    return today.addDays(-(days - 1)).toString(Qt::ISODate);
}

} // namespace core
