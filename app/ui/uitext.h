#pragma once
// The words the window shows for values that core hands out as identifiers (connection states,
// activity actions, message statuses), translated, and the colours and status dots that go with
// them. Unknown identifiers are shown as they are rather than hidden.
#include <QColor>
#include <QIcon>
#include <QString>

namespace ui::text {

QString status(const QString &status);             // "connected" -> "Connected"
QString statusHint(const QString &status);         // one sentence saying what the state means
QString activity(const QString &action);           // "qr_received" -> "QR code shown"
QString messageStatus(const QString &status);      // "delivered" -> "Delivered"
QString relativeTime(qint64 ms, qint64 nowMs);     // "12:04", "yesterday", "2024-03-01"
QString shortTime(qint64 ms);                      // "12:04" in the locale's manner, without seconds
QString byteSize(qint64 bytes);                    // "1.2 MB"

QColor statusColor(const QString &status);
QIcon statusDot(const QString &status); // a filled circle in statusColor (callers cache it)
QIcon paperclip(const QColor &ink);      // drawn, so that no icon theme or emoji font is needed

} // namespace ui::text
