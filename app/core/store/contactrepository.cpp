#include "core/store/contactrepository.h"

#include "core/common/ids.h"
#include "core/store/sqlhelpers.h"

namespace core::store {

namespace {

const char *const Columns = "id, instance_id, remote_jid, number, name, push_name, is_group, profile_picture, about,"
                            " last_activity, created_at, updated_at";

ContactRecord readContact(const QSqlQuery &q)
{
    ContactRecord c;
    c.id = q.value(0).toString();
    c.instanceId = q.value(1).toString();
    c.remoteJid = q.value(2).toString();
    c.number = q.value(3).toString();
    c.name = q.value(4).toString();
    c.pushName = q.value(5).toString();
    c.isGroup = q.value(6).toBool();
    c.profilePicture = q.value(7).toString();
    c.about = q.value(8).toString();
    c.lastActivity = optionalInt(q.value(9));
    c.createdAt = q.value(10).toLongLong();
    c.updatedAt = q.value(11).toLongLong();
    return c;
}

std::optional<ContactRecord> findOn(QSqlDatabase &db, const QString &instanceId, const QString &remoteJid, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE instance_id=? AND remote_jid=?").arg(QLatin1String(Columns)));
    q.addBindValue(instanceId);
    q.addBindValue(remoteJid);
    if (execOrError(q, error) && q.next())
        return readContact(q);
    return std::nullopt;
}

} // namespace

std::optional<ContactRecord> ContactRepository::save(QSqlDatabase &db, const ContactRecord &c, QString *error)
{
    // COALESCE keeps the stored value where the caller left a field unset (NULL).
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO contacts (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(instance_id, remote_jid) DO UPDATE SET"
        " name=COALESCE(excluded.name, name), push_name=COALESCE(excluded.push_name, push_name),"
        " is_group=excluded.is_group, profile_picture=COALESCE(excluded.profile_picture, profile_picture),"
        " about=COALESCE(excluded.about, about), last_activity=COALESCE(excluded.last_activity, last_activity),"
        " updated_at=excluded.updated_at")
                  .arg(QLatin1String(Columns)));
    const qint64 now = c.updatedAt;
    for (const QVariant &v : {QVariant(c.id.isEmpty() ? newId() : c.id), QVariant(c.instanceId), QVariant(c.remoteJid),
                              QVariant(c.number), nullableText(c.name), nullableText(c.pushName), QVariant(c.isGroup ? 1 : 0),
                              nullableText(c.profilePicture), nullableText(c.about), optionalValue(c.lastActivity),
                              QVariant(c.createdAt ? c.createdAt : now), QVariant(now)})
        q.addBindValue(v);
    if (!execOrError(q, error))
        return std::nullopt;
    return findOn(db, c.instanceId, c.remoteJid, error);
}

bool ContactRepository::touch(QSqlDatabase &db, const QString &instanceId, const QString &remoteJid, const QString &pushName,
                              bool isGroup, qint64 atMs, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO contacts (id, instance_id, remote_jid, number, push_name, is_group, last_activity, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(instance_id, remote_jid) DO UPDATE SET"
        " push_name=COALESCE(excluded.push_name, push_name), last_activity=MAX(COALESCE(last_activity, 0), excluded.last_activity),"
        " updated_at=excluded.updated_at"));
    q.addBindValue(newId());
    q.addBindValue(instanceId);
    q.addBindValue(remoteJid);
    q.addBindValue(remoteJid.section(QLatin1Char('@'), 0, 0));
    q.addBindValue(pushName.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(pushName));
    q.addBindValue(isGroup ? 1 : 0);
    q.addBindValue(atMs);
    q.addBindValue(atMs);
    q.addBindValue(atMs);
    return execOrError(q, error);
}

int ContactRepository::importFromHistory(QSqlDatabase &db, const QString &instanceId, qint64 atMs, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT m.remote_jid FROM messages m WHERE m.instance_id=? AND NOT EXISTS"
                             " (SELECT 1 FROM contacts c WHERE c.instance_id=m.instance_id AND c.remote_jid=m.remote_jid)"));
    q.addBindValue(instanceId);
    if (!execOrError(q, error))
        return -1;
    QStringList jids;
    while (q.next())
        jids << q.value(0).toString();
    int added = 0;
    for (const QString &jid : std::as_const(jids)) {
        if (!touch(db, instanceId, jid, {}, jid.endsWith(QLatin1String("@g.us")), atMs, error))
            return -1;
        ++added;
    }
    return added;
}

ContactPage ContactRepository::list(const ContactQuery &query, QString *error)
{
    ContactPage page;
    QString where = QStringLiteral("instance_id=?");
    QVariantList binds{query.instanceId};
    if (query.onlyGroups)
        where += QStringLiteral(" AND is_group=1");
    if (!query.search.isEmpty()) {
        const QString pattern = containsPattern(query.search);
        where += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR push_name LIKE ? ESCAPE '\\' OR number LIKE ? ESCAPE '\\')");
        binds << pattern << pattern << pattern;
    }
    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE %1").arg(where));
    const auto total = countOf(count, binds, error);
    if (!total)
        return page;
    page.total = *total;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE %2 ORDER BY COALESCE(NULLIF(name, ''), push_name, number) COLLATE NOCASE,"
                             " number LIMIT ? OFFSET ?")
                  .arg(QLatin1String(Columns), where));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(query.limit);
    q.addBindValue(query.skip);
    if (!execOrError(q, error))
        return page;
    while (q.next())
        page.contacts.push_back(readContact(q));
    return page;
}

std::optional<ContactRecord> ContactRepository::find(const QString &instanceId, const QString &remoteJid, QString *error)
{
    return findOn(m_db, instanceId, remoteJid, error);
}

} // namespace core::store
