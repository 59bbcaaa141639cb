#pragma once
// The conversation of one chat, oldest row first as it is shown. Only the newest page
// (PageSize messages) is read when the chat opens; canFetchMore()/fetchMore() read the page
// before the oldest loaded row (MessageRepository::chatMessages with beforeMs/beforeId) and
// prepend it, so a chat of 100,000 messages costs what the operator scrolls through. Pages are
// read on the StoreReader thread, with image thumbnails scaled there too. refresh() merges the
// newest page: new messages are appended and status changes (ticks) update their rows.
#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QVector>

namespace ui {

class StoreReader;

struct MessageItem {
    QString id; // our row id
    QString messageId;
    bool fromMe = false;
    QString type;
    QString text;
    QString status;
    qint64 at = 0;
    bool hasMedia = false;
    QString mediaFile; // absolute path inside the data directory, or empty
    QString fileName;
    QString mimeType;
    qint64 mediaSize = 0;
    QString sender; // in groups: who wrote it (push name or number)
    QImage thumbnail;
};

class MessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, MessageIdRole, FromMeRole, TextRole, TypeRole, StatusRole, TimeRole,
        HasMediaRole, MediaFileRole, FileNameRole, MimeTypeRole, MediaSizeRole, SenderRole, ThumbnailRole
    };
    static constexpr int PageSize = 50;
    static constexpr int ThumbnailSide = 240;

    // `dataDir`: where media paths are relative to (files outside it are never opened).
    MessageModel(StoreReader *reader, QString dataDir, QObject *parent = nullptr);

    void setChat(const QString &instanceId, const QString &jid);
    QString instanceId() const { return m_instanceId; }
    QString jid() const { return m_jid; }
    void refresh();
    bool isLoading() const { return m_loading; }
    bool hasOlder() const { return m_hasOlder; }
    const MessageItem &item(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded(int prepended, int appended); // rows added at the top / at the bottom

private:
    struct Page {
        QVector<MessageItem> items; // newest first, as read
        bool more = false;          // older messages exist beyond these
    };
    enum class Kind { First, Older, Newest };
    void load(Kind kind);
    void apply(const Page &page, Kind kind, quint64 epoch);

    StoreReader *m_reader;
    QString m_dataDir;
    QString m_instanceId;
    QString m_jid;
    QVector<MessageItem> m_rows;
    // Row id -> sequence number; row = seq - m_firstSeq. Prepending a page only moves m_firstSeq,
    // so no index is rebuilt (QList prepends in amortised constant time).
    QHash<QString, qint64> m_seqOfId;
    qint64 m_firstSeq = 0;
    int rowOfId(const QString &id) const;
    bool m_loading = false;
    bool m_hasOlder = false;
    bool m_refreshAgain = false;
    quint64 m_epoch = 0;
};

} // namespace ui
