#pragma once
// The Chats tab of an instance: the chat list (with search) on the left, the conversation on the
// right. Media with a stored file opens in the desktop's own application (Enter or double
// click); documents not stored here say so.
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace ui {

class ChatListModel;
class ConversationView;
class MessageModel;
class StoreReader;

class ChatsPage : public QWidget
{
    Q_OBJECT
public:
    ChatsPage(StoreReader *reader, const QString &dataDir, QWidget *parent = nullptr);

    void setInstance(const QString &instanceId);
    void openChat(const QString &jid);
    QString currentChat() const { return m_currentJid; }
    // New messages or statuses may exist: re-read what is shown (debounced).
    void refresh();

    ChatListModel *chatModel() const { return m_chats; }
    MessageModel *messageModel() const { return m_messages; }
    QListView *chatList() const { return m_chatList; }
    ConversationView *conversation() const { return m_conversation; }
    QSplitter *splitter() const { return m_splitter; }
    // Where the composer goes (under the conversation).
    void setComposer(QWidget *composer);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void chatOpened(const QString &jid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openMedia(const QModelIndex &viewIndex);
    void updateHeader();

    ChatListModel *m_chats;
    MessageModel *m_messages;
    QLineEdit *m_search;
    QListView *m_chatList;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_empty;
    QStackedWidget *m_right;
    ConversationView *m_conversation;
    QWidget *m_conversationPane;
    QSplitter *m_splitter;
    QTimer m_searchDelay;
    QTimer m_refreshDelay;
    QString m_currentJid;
};

} // namespace ui
