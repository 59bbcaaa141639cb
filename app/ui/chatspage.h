#pragma once
// The Chats tab of an instance: the chat list (with search) on the left, the conversation and the
// composer on the right. Messages go out through InstanceManager::send, one after the other so
// they arrive in order, attachments read off the GUI thread first. Opening a chat marks its
// received messages read (read receipts go to the sender, as on a phone). Media with a stored
// file opens in the desktop's own application (Enter or double click).
#include <QTimer>
#include <memory>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace core::instances {
class InstanceManager;
}

namespace ui {

class ChatListModel;
class Composer;
class ConversationView;
class MessageModel;
class StoreReader;

class ChatsPage : public QWidget
{
    Q_OBJECT
public:
    // `manager` may be null (no composer, no read receipts): the conversation only.
    ChatsPage(StoreReader *reader, const QString &dataDir, core::instances::InstanceManager *manager = nullptr,
              qint64 maxMediaBytes = 100LL * 1024 * 1024, QWidget *parent = nullptr);

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
    Composer *composer() const { return m_composer; }
    // Sends `text` and then each file (the text as the first file's caption) to the open chat.
    void send(const QString &text, const QStringList &files);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void chatOpened(const QString &jid);
    void sent(const QString &jid, const QString &messageId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void openMedia(const QModelIndex &viewIndex);
    void updateHeader();
    void markReadIfShown();
    struct Outgoing;
    void sendNext(std::shared_ptr<Outgoing> job);

    core::instances::InstanceManager *m_manager;
    qint64 m_maxMediaBytes;
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
    Composer *m_composer = nullptr;
    QSplitter *m_splitter;
    QTimer m_searchDelay;
    QTimer m_refreshDelay;
    QString m_currentJid;
};

} // namespace ui
