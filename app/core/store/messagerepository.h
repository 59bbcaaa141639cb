#pragma once
// Chat history of every instance: one row per message in or out (the `messages` table of
// migration 1), keyed by the WhatsApp message id within (instance, chat, direction). Writes are
// static functions on the caller's connection so that they join the caller's transaction: a
// received message is inserted in the same transaction as the Signal state that decrypted it,
// and that commit is what allows the <ack>. Reads run on a read connection.
//
// Statuses: outgoing pending -> sent -> delivered -> read -> played, or failed; incoming
// received -> read. A status only moves forward, so a late "delivered" never hides a "read".
#include "core/store/records.h"
#include "core/store/sqlhelpers.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

namespace core::store {

struct MessageRecord {
    QString id; // our row id
    QString instanceId;
    QString remoteJid; // the chat: "<number>@s.whatsapp.net" or "<id>@g.us"
    QString messageId; // WhatsApp's id
    bool fromMe = false;
    QString messageType = QStringLiteral("text"); // text, image, video, audio, ptt, document, sticker, ...
    QString content;                              // text, or the caption of media
    bool hasMedia = false;
    QString mediaUrl;  // where our API serves the file, once stored
    QString mediaPath; // relative to the data directory
    QString caption;
    QString mimeType;
    QString fileName;
    std::optional<qint64> mediaSize;
    QString status; // see above
    QJsonObject metadata; // timestamp (WhatsApp's, seconds), pushName, participant, ...
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> statusUpdatedAt;
};

struct MessageQuery {
    QString instanceId;
    QString remoteJid;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    std::optional<qint64> beforeMs; // strictly older than (lazy loading), with beforeId as tie-break
    QString beforeId;
    int limit = 50;
    int skip = 0;
    // The COUNT walks every matching row (~7 ms for 100,000): a reader paging with beforeMs that
    // only needs "is there more" asks for limit + 1 rows instead and turns this off.
    bool countTotal = true;
};

struct MessagePage {
    QVector<MessageRecord> messages; // newest first
    qint64 total = 0;                // -1 when the query did not count
};

struct ChatSummary {
    QString remoteJid;
    QString name; // contact name, else push name, else empty
    bool isGroup = false;
    qint64 messageCount = 0;
    qint64 unread = 0; // incoming messages still "received"
    qint64 lastAt = 0;
    MessageRecord last;
};

// What the desktop window's instance list shows of an instance's history.
struct InstanceInbox {
    qint64 unread = 0; // incoming messages still "received"
    qint64 lastAt = 0; // the newest message, in or out (0 = none)
};

struct ChatQuery {
    QString instanceId;
    QString search; // in the chat JID or the contact's names
    int limit = 50;
    int skip = 0;
};

struct ChatPage {
    QVector<ChatSummary> chats; // most recent activity first
    qint64 total = 0;
};

class MessageRepository
{
public:
    enum class InsertResult { Inserted, Duplicate, Failed };

    explicit MessageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // A message already stored (same instance, chat, direction and id) is a Duplicate, not an
    // error: the server redelivers what we committed but could not acknowledge before a crash.
    static InsertResult insert(QSqlDatabase &db, const MessageRecord &record, QString *error);
    // Moves an outgoing message forward to `status` (sent, delivered, read, played) or to failed
    // (only from pending or sent). Returns true when the row changed; `chat` receives its chat.
    static bool advanceStatus(QSqlDatabase &db, const QString &instanceId, const QString &messageId,
                              const QString &status, qint64 atMs, QString *chat, QString *error);
    // Incoming messages of a chat up to now become "read"; returns their WhatsApp ids with their
    // senders in groups (empty otherwise), for read receipts, oldest first, at most `limit`.
    struct ReadMessage {
        QString id;
        QString participant;
    };
    static QList<ReadMessage> markChatRead(QSqlDatabase &db, const QString &instanceId, const QString &remoteJid,
                                           qint64 atMs, int limit, QString *error);
    // Incoming messages with these ids become "read" (we read them on another device).
    static int markIncomingRead(QSqlDatabase &db, const QString &instanceId, const QStringList &ids, qint64 atMs, QString *error);
    // Where the file of a message's media is, once downloaded or sent.
    static bool setMedia(QSqlDatabase &db, const QString &instanceId, const QString &messageId, bool fromMe,
                         const QString &mediaPath, const QString &mediaUrl, qint64 size, QString *error);
    static int statusRank(const QString &status);

    MessagePage chatMessages(const MessageQuery &query, QString *error = nullptr);
    ChatPage chats(const ChatQuery &query, QString *error = nullptr);
    std::optional<MessageRecord> find(const QString &instanceId, const QString &messageId, QString *error = nullptr);
    // Every instance that has messages, in one pass over the table (for a worker thread).
    QHash<QString, InstanceInbox> inboxes(QString *error = nullptr);

private:
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(m_db, sql); }
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace core::store
