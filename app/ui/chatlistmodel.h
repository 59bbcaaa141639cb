#pragma once
// The chats of one instance (people and groups) with their last message, time and unread count,
// most recent first, read in pages of PageSize on the StoreReader thread (the grouping query
// walks the instance's history, so it never runs on the GUI thread). fetchMore loads the next
// page as the list scrolls; refresh() re-reads what is loaded after new messages.
#include <QAbstractListModel>
#include <QVector>

#include "ui/pagedrows.h"

namespace ui {

class StoreReader;

struct ChatRow {
    QString jid;
    QString name; // contact or push name; empty = unknown
    bool isGroup = false;
    qint64 unread = 0;
    qint64 lastAt = 0;
    QString lastType; // of the last message: text, image, document, ...
    QString lastText;
    QString lastFileName;
    bool lastFromMe = false;
    QString lastStatus;
};

class ChatListModel : public PagedRows<QAbstractListModel, ChatRow>
{
    Q_OBJECT
public:
    enum Role { JidRole = Qt::UserRole + 1, NameRole, PreviewRole, LastAtRole, UnreadRole, IsGroupRole, LastFromMeRole, LastStatusRole };
    explicit ChatListModel(StoreReader *reader, QObject *parent = nullptr);

    void setInstance(const QString &instanceId) { switchInstance(instanceId); }
    void setSearch(const QString &text); // in the chat's number and the contact's names
    int rowOf(const QString &jid) const;
    // A chat's title: its contact name, else +number, else the group id.
    static QString titleOf(const ChatRow &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    struct Page {
        QVector<ChatRow> rows;
        qint64 total = 0;
    };
    void load(int skip, int limit, bool replace) override;
    void pageTaken() override { Q_EMIT loaded(); }

    StoreReader *m_reader;
    QString m_search;
};

// One line for a message in a list: its text, or a word for its kind of media.
QString messagePreview(const QString &type, const QString &text, const QString &fileName);

} // namespace ui
