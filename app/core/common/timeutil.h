#pragma once
// Time in the API: ISO 8601 UTC with milliseconds ("2023-01-01T12:00:00.000Z"), stored as
// milliseconds since the epoch; usage days are 'YYYY-MM-DD' in UTC.
#include <QByteArray>
#include <QString>
#include <optional>

namespace core {

qint64 nowMs();
QString isoFromMs(qint64 ms);
QByteArray isoBytesFromMs(qint64 ms); // the same, as Latin-1 bytes for the JSON writer
// Accepts "2023-01-01", "2023-01-01T12:00:00Z", with fractional seconds and +hh:mm offsets.
std::optional<qint64> msFromIso(const QString &text);
QString dayFromMs(qint64 ms);
// The first day ('YYYY-MM-DD') of a span ending today: days=1 is today only.
QString firstDayOfSpan(qint64 nowMs, int days);

} // namespace core
