#include "ui/uitext.h"

#include "core/instances/instancebackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ui::text {

namespace st = core::instances::status;

QString status(const QString &s)
{
    if (s == st::connected)
        return QCoreApplication::translate("ui::Status", "Connected");
    if (s == st::connecting)
        return QCoreApplication::translate("ui::Status", "Connecting");
    if (s == st::qr)
        return QCoreApplication::translate("ui::Status", "Waiting for QR scan");
    if (s == st::loggedOut)
        return QCoreApplication::translate("ui::Status", "Logged out");
    if (s == st::disconnected)
        return QCoreApplication::translate("ui::Status", "Disconnected");
    return s;
}

QString statusHint(const QString &s)
{
    if (s == st::connected)
        return QCoreApplication::translate("ui::Status", "Linked to WhatsApp: messages are sent and received.");
    if (s == st::connecting)
        return QCoreApplication::translate("ui::Status", "Connecting to WhatsApp…");
    if (s == st::qr)
        return QCoreApplication::translate("ui::Status", "On the phone: WhatsApp > Settings > Linked devices > Link a device, then scan this code.");
    if (s == st::loggedOut)
        return QCoreApplication::translate("ui::Status", "The phone unlinked this device. Reconnect to show a new QR code.");
    return QCoreApplication::translate("ui::Status", "Not connected. Reconnect to try again.");
}

QString activity(const QString &a)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("instance_created"), QT_TRANSLATE_NOOP("ui::Activity", "Instance created")},
        {QStringLiteral("instance_updated"), QT_TRANSLATE_NOOP("ui::Activity", "Settings changed")},
        {QStringLiteral("reconnect_requested"), QT_TRANSLATE_NOOP("ui::Activity", "Reconnect requested")},
        {QStringLiteral("logout_requested"), QT_TRANSLATE_NOOP("ui::Activity", "Logout requested")},
        {QStringLiteral("qr_received"), QT_TRANSLATE_NOOP("ui::Activity", "QR code shown")},
        {QStringLiteral("paired"), QT_TRANSLATE_NOOP("ui::Activity", "Linked to a phone")},
        {QStringLiteral("connected"), QT_TRANSLATE_NOOP("ui::Activity", "Connected")},
        {QStringLiteral("disconnected"), QT_TRANSLATE_NOOP("ui::Activity", "Disconnected")},
        {QStringLiteral("logged_out"), QT_TRANSLATE_NOOP("ui::Activity", "Logged out")},
    };
    const char *name = names.value(a);
    return name ? QCoreApplication::translate("ui::Activity", name) : a;
}

QString messageStatus(const QString &s)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Waiting to be sent")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Sent")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Delivered")},
        {QStringLiteral("read"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Read")},
        {QStringLiteral("played"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Played")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Not sent")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("ui::MessageStatus", "Unread")},
    };
    const char *name = names.value(s);
    return name ? QCoreApplication::translate("ui::MessageStatus", name) : s;
}

QString relativeTime(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return QString();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QLocale locale;
    if (when.date() == today)
        return shortTime(ms);
    if (when.date() == today.addDays(-1))
        return QCoreApplication::translate("ui::Time", "yesterday");
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QString shortTime(qint64 ms)
{
    // Some locales' short time format (the C locale's, for one) carries seconds: drop them.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), format);
}

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QColor statusColor(const QString &s)
{
    if (s == st::connected)
        return QColor(0x25, 0xa2, 0x44);
    if (s == st::connecting)
        return QColor(0xe0, 0x9b, 0x12);
    if (s == st::qr)
        return QColor(0x1e, 0x88, 0xe5);
    if (s == st::loggedOut)
        return QColor(0xd3, 0x2f, 0x2f);
    return QColor(0x9e, 0x9e, 0x9e);
}

QIcon statusDot(const QString &s)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(statusColor(s));
    p.drawEllipse(QRectF(6, 6, 20, 20));
    p.end();
    return QIcon(pm);
}

QIcon paperclip(const QColor &ink)
{
    QPixmap pm(48, 48);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.translate(24, 24);
    p.rotate(40);
    QPainterPath clip; // an outer loop and an inner one, open at the top like a real clip
    clip.moveTo(6, -8);
    clip.lineTo(6, 12);
    clip.arcTo(-8, 5, 14, 14, 0, -180);
    clip.lineTo(-8, -14);
    clip.arcTo(-8, -21, 10, 10, 180, -180);
    clip.lineTo(2, 8);
    clip.arcTo(-4, 5, 6, 6, 0, -180);
    clip.lineTo(-4, -8);
    p.drawPath(clip);
    p.end();
    return QIcon(pm);
}

} // namespace ui::text
