#pragma once
// Helpers shared by the UI tests: history rows written through the runtime's DbWriter (the way
// the engine writes them), contacts, and screenshots that must not be blank.
#include "core/runtime/appruntime.h"
#include "core/store/contactrepository.h"
#include "core/store/dbwriter.h"
#include "core/store/messagerepository.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace uitest {

inline core::store::MessageRecord message(const QString &instance, const QString &jid, const QString &id, bool fromMe,
                                          qint64 at, const QString &text, const QString &status = {})
{
    core::store::MessageRecord m;
    m.id = QStringLiteral("row-%1-%2").arg(id, fromMe ? QStringLiteral("out") : QStringLiteral("in"));
    m.instanceId = instance;
    m.remoteJid = jid;
    m.messageId = id;
    m.fromMe = fromMe;
    m.content = text;
    m.status = !status.isEmpty() ? status : fromMe ? QStringLiteral("sent") : QStringLiteral("received");
    m.createdAt = m.updatedAt = at;
    return m;
}

inline bool insert(core::runtime::AppRuntime *rt, const QVector<core::store::MessageRecord> &rows)
{
    rt->writer()->submit([rows](QSqlDatabase &db, QString *error) {
        for (const auto &m : rows)
            if (core::store::MessageRepository::insert(db, m, error) == core::store::MessageRepository::InsertResult::Failed)
                return false;
        return true;
    });
    return rt->writer()->flush();
}

inline bool advance(core::runtime::AppRuntime *rt, const QString &instance, const QString &messageId, const QString &status)
{
    rt->writer()->submit([=](QSqlDatabase &db, QString *error) {
        return core::store::MessageRepository::advanceStatus(db, instance, messageId, status, 1, nullptr, error);
    });
    return rt->writer()->flush();
}

inline bool contact(core::runtime::AppRuntime *rt, const QString &instance, const QString &jid, const QString &name, bool group = false)
{
    core::store::ContactRecord c;
    c.id = QStringLiteral("c-") + jid;
    c.instanceId = instance;
    c.remoteJid = jid;
    c.number = jid.section(QLatin1Char('@'), 0, 0);
    c.name = name;
    c.isGroup = group;
    c.createdAt = c.updatedAt = 1;
    rt->writer()->submit([c](QSqlDatabase &db, QString *error) { return core::store::ContactRepository::save(db, c, error).has_value(); });
    return rt->writer()->flush();
}

inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Grabs `widget`, saves it as <WAMULTI_SCREENSHOT_DIR>/<name>.png when that is set, and returns
// the number of distinct colours in it (a blank or one-colour grab has 1-3).
inline int screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(300); // let posted layouts (charts, item views) and the list's batch settle first
    const QImage shot = widget->grab().toImage();
    const QString dir = qEnvironmentVariable("WAMULTI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        shot.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    return distinctColours(shot);
}

} // namespace uitest
