#include "core/store/messagerepository.h"

#include "core/store/sqlhelpers.h"

#include <QDateTime>

namespace core::store {

namespace {

const char *const Columns = "id, instance_id, remote_jid, message_id, from_me, message_type, content, has_media,"
                            " media_url, media_path, caption, mime_type, file_name, media_size, status, metadata,"
                            " created_at, updated_at, status_updated_at";

// The rank of a status as SQL, so that "only forward" is decided inside the UPDATE itself.
const char *const RankSql = "CASE status WHEN 'pending' THEN 0 WHEN 'received' THEN 0 WHEN 'sent' THEN 1"
                            " WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'played' THEN 4"
                            " WHEN 'failed' THEN 5 ELSE 0 END";

MessageRecord readMessage(const QSqlQuery &q, int at = 0)
{
    MessageRecord m;
    m.id = q.value(at + 0).toString();
    m.instanceId = q.value(at + 1).toString();
    m.remoteJid = q.value(at + 2).toString();
    m.messageId = q.value(at + 3).toString();
    m.fromMe = q.value(at + 4).toBool();
    m.messageType = q.value(at + 5).toString();
    m.content = q.value(at + 6).toString();
    m.hasMedia = q.value(at + 7).toBool();
    m.mediaUrl = q.value(at + 8).toString();
    m.mediaPath = q.value(at + 9).toString();
    m.caption = q.value(at + 10).toString();
    m.mimeType = q.value(at + 11).toString();
    m.fileName = q.value(at + 12).toString();
    m.mediaSize = optionalInt(q.value(at + 13));
    m.status = q.value(at + 14).toString();
    m.metadata = jsonColumn(q.value(at + 15));
    m.createdAt = q.value(at + 16).toLongLong();
    m.updatedAt = q.value(at + 17).toLongLong();
    m.statusUpdatedAt = optionalInt(q.value(at + 18));
    return m;
}

void bindDated(QString &where, QVariantList &binds, const MessageQuery &query)
{
    if (query.startMs) {
        where += QStringLiteral(" AND created_at >= ?");
        binds << *query.startMs;
    }
    if (query.endMs) {
        where += QStringLiteral(" AND created_at <= ?");
        binds << *query.endMs;
    }
    if (query.beforeMs) {
        // The first bound is implied by the second, but SQLite only turns a plain comparison into
        // an index range: without it every older page walked all the newer rows of the chat.
        where += QStringLiteral(" AND created_at <= ? AND (created_at < ? OR (created_at = ? AND id < ?))");
        binds << *query.beforeMs << *query.beforeMs << *query.beforeMs << query.beforeId;
    }
}

} // namespace

int MessageRepository::statusRank(const QString &status)
{
    static const QHash<QString, int> ranks{{QStringLiteral("pending"), 0}, {QStringLiteral("received"), 0},
                                           {QStringLiteral("sent"), 1},    {QStringLiteral("delivered"), 2},
                                           {QStringLiteral("read"), 3},    {QStringLiteral("played"), 4},
                                           {QStringLiteral("failed"), 5}};
    return ranks.value(status, -1);
}

MessageRepository::InsertResult MessageRepository::insert(QSqlDatabase &db, const MessageRecord &m, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO messages (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                             " ON CONFLICT(instance_id, message_id, remote_jid, from_me) DO NOTHING")
                  .arg(QLatin1String(Columns)));
    for (const QVariant &v : {QVariant(m.id), QVariant(m.instanceId), QVariant(m.remoteJid), QVariant(m.messageId),
                              QVariant(m.fromMe ? 1 : 0), QVariant(m.messageType), nullableText(m.content),
                              QVariant(m.hasMedia ? 1 : 0), nullableText(m.mediaUrl), nullableText(m.mediaPath),
                              nullableText(m.caption), nullableText(m.mimeType), nullableText(m.fileName),
                              optionalValue(m.mediaSize), QVariant(m.status), QVariant(jsonText(m.metadata)),
                              QVariant(m.createdAt), QVariant(m.updatedAt), optionalValue(m.statusUpdatedAt)})
        q.addBindValue(v);
    if (!execOrError(q, error))
        return InsertResult::Failed;
    return q.numRowsAffected() > 0 ? InsertResult::Inserted : InsertResult::Duplicate;
}

bool MessageRepository::advanceStatus(QSqlDatabase &db, const QString &instanceId, const QString &messageId,
                                      const QString &status, qint64 atMs, QString *chat, QString *error)
{
    const int rank = statusRank(status);
    if (rank < 1) {
        if (error)
            *error = QStringLiteral("not an outgoing status: %1").arg(status);
        return false;
    }
    // failed only replaces pending or sent; the others only move forward and never undo failed.
    const QString condition = status == QLatin1String("failed")
        ? QStringLiteral("status IN ('pending','sent')")
        : QStringLiteral("(%1) < ? AND status <> 'failed'").arg(QLatin1String(RankSql));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE messages SET status=?, status_updated_at=?, updated_at=?"
                             " WHERE instance_id=? AND message_id=? AND from_me=1 AND %1")
                  .arg(condition));
    q.addBindValue(status);
    q.addBindValue(atMs);
    q.addBindValue(atMs);
    q.addBindValue(instanceId);
    q.addBindValue(messageId);
    if (status != QLatin1String("failed"))
        q.addBindValue(rank);
    if (!execOrError(q, error) || q.numRowsAffected() <= 0)
        return false;
    if (chat) {
        QSqlQuery c(db);
        c.prepare(QStringLiteral("SELECT remote_jid FROM messages WHERE instance_id=? AND message_id=? AND from_me=1"));
        c.addBindValue(instanceId);
        c.addBindValue(messageId);
        if (execOrError(c, error) && c.next())
            *chat = c.value(0).toString();
    }
    return true;
}

QList<MessageRepository::ReadMessage> MessageRepository::markChatRead(QSqlDatabase &db, const QString &instanceId,
                                                                     const QString &remoteJid, qint64 atMs, int limit, QString *error)
{
    QList<ReadMessage> read;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT message_id, metadata FROM messages WHERE instance_id=? AND remote_jid=? AND from_me=0"
                             " AND status='received' ORDER BY created_at, id LIMIT ?"));
    q.addBindValue(instanceId);
    q.addBindValue(remoteJid);
    q.addBindValue(limit);
    if (!execOrError(q, error))
        return {};
    while (q.next())
        read.append({q.value(0).toString(), jsonColumn(q.value(1)).value(QStringLiteral("participant")).toString()});
    QStringList ids;
    for (const ReadMessage &r : std::as_const(read))
        ids << r.id;
    if (!ids.isEmpty() && markIncomingRead(db, instanceId, ids, atMs, error) < 0)
        return {};
    return read;
}

int MessageRepository::markIncomingRead(QSqlDatabase &db, const QString &instanceId, const QStringList &ids, qint64 atMs, QString *error)
{
    int changed = 0;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE messages SET status='read', status_updated_at=?, updated_at=?"
                             " WHERE instance_id=? AND message_id=? AND from_me=0 AND status='received'"));
    for (const QString &id : ids) {
        u.addBindValue(atMs);
        u.addBindValue(atMs);
        u.addBindValue(instanceId);
        u.addBindValue(id);
        if (!execOrError(u, error))
            return changed;
        changed += qMax(0, u.numRowsAffected());
    }
    return changed;
}

bool MessageRepository::setMedia(QSqlDatabase &db, const QString &instanceId, const QString &messageId, bool fromMe,
                                 const QString &mediaPath, const QString &mediaUrl, qint64 size, QString *error)
{
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE messages SET media_path=?, media_url=?, media_size=?, updated_at=?"
                             " WHERE instance_id=? AND message_id=? AND from_me=?"));
    u.addBindValue(mediaPath);
    u.addBindValue(mediaUrl);
    u.addBindValue(size);
    u.addBindValue(QDateTime::currentMSecsSinceEpoch());
    u.addBindValue(instanceId);
    u.addBindValue(messageId);
    u.addBindValue(fromMe ? 1 : 0);
    return execOrError(u, error) && u.numRowsAffected() > 0;
}

MessagePage MessageRepository::chatMessages(const MessageQuery &query, QString *error)
{
    MessagePage page;
    QString where = QStringLiteral("instance_id=? AND remote_jid=?");
    QVariantList binds{query.instanceId, query.remoteJid};
    bindDated(where, binds, query);
    page.total = -1;
    if (query.countTotal) {
        const auto total = countOf(prepared(QStringLiteral("SELECT COUNT(*) FROM messages WHERE %1").arg(where)), binds, error);
        page.total = total.value_or(0);
        if (!total)
            return page;
    }
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM messages WHERE %2 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                                .arg(QLatin1String(Columns), where));
    bindAll(q, binds);
    q.bindValue(int(binds.size()), query.limit);
    q.bindValue(int(binds.size()) + 1, query.skip);
    if (!execOrError(q, error))
        return page;
    page.messages.reserve(query.limit);
    while (q.next())
        page.messages.push_back(readMessage(q));
    q.finish();
    return page;
}

ChatPage MessageRepository::chats(const ChatQuery &query, QString *error)
{
    ChatPage page;
    QString where = QStringLiteral("m.instance_id=?");
    QVariantList binds{query.instanceId};
    if (!query.search.isEmpty()) {
        const QString pattern = containsPattern(query.search);
        where += QStringLiteral(" AND (m.remote_jid LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR c.push_name LIKE ? ESCAPE '\\')");
        binds << pattern << pattern << pattern;
    }
    const QString from = QStringLiteral("messages m LEFT JOIN contacts c ON c.instance_id = m.instance_id AND c.remote_jid = m.remote_jid");
    const auto total = countOf(prepared(QStringLiteral("SELECT COUNT(DISTINCT m.remote_jid) FROM %1 WHERE %2").arg(from, where)), binds, error);
    page.total = total.value_or(0);
    if (!total)
        return page;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT m.remote_jid, COUNT(*), SUM(m.from_me = 0 AND m.status = 'received'), MAX(m.created_at),"
                       " COALESCE(NULLIF(MAX(c.name), ''), MAX(c.push_name), ''), MAX(c.is_group)"
                       " FROM %1 WHERE %2 GROUP BY m.remote_jid ORDER BY MAX(m.created_at) DESC, m.remote_jid LIMIT ? OFFSET ?")
            .arg(from, where));
    bindAll(q, binds);
    q.bindValue(int(binds.size()), query.limit);
    q.bindValue(int(binds.size()) + 1, query.skip);
    if (!execOrError(q, error))
        return page;
    while (q.next()) {
        ChatSummary c;
        c.remoteJid = q.value(0).toString();
        c.messageCount = q.value(1).toLongLong();
        c.unread = q.value(2).toLongLong();
        c.lastAt = q.value(3).toLongLong();
        c.name = q.value(4).toString();
        c.isGroup = q.value(5).toBool() || c.remoteJid.endsWith(QLatin1String("@g.us"));
        page.chats.push_back(c);
    }
    q.finish();
    QSqlQuery &last = prepared(QStringLiteral("SELECT %1 FROM messages WHERE instance_id=? AND remote_jid=?"
                                              " ORDER BY created_at DESC, id DESC LIMIT 1")
                                   .arg(QLatin1String(Columns)));
    for (ChatSummary &c : page.chats) {
        last.bindValue(0, query.instanceId);
        last.bindValue(1, c.remoteJid);
        if (execOrError(last, error) && last.next())
            c.last = readMessage(last);
        last.finish();
    }
    return page;
}

std::optional<MessageRecord> MessageRepository::find(const QString &instanceId, const QString &messageId, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM messages WHERE instance_id=? AND message_id=? ORDER BY from_me DESC LIMIT 1")
                                .arg(QLatin1String(Columns)));
    q.bindValue(0, instanceId);
    q.bindValue(1, messageId);
    std::optional<MessageRecord> out;
    if (execOrError(q, error) && q.next())
        out = readMessage(q);
    q.finish();
    return out;
}

QHash<QString, InstanceInbox> MessageRepository::inboxes(QString *error)
{
    QHash<QString, InstanceInbox> out;
    QSqlQuery &q = prepared(QStringLiteral("SELECT instance_id, SUM(from_me = 0 AND status = 'received'), MAX(created_at)"
                                           " FROM messages GROUP BY instance_id"));
    if (!execOrError(q, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

} // namespace core::store
