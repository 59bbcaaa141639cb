#pragma once
// The conversation: a list of bubbles, newest at the bottom. Qt's views fetch more when their
// *last* row shows; in a conversation the rows still to load come before the first one, so this
// view hides canFetchMore() from QListView (through an identity proxy) and asks the
// MessageModel for older messages itself when scrolled to the top, keeping the bubble under the
// reader's eyes where it was. New messages scroll into view only when the reader was at the
// bottom already.
#include <QListView>

namespace ui {

class BubbleDelegate;
class MessageModel;
class NoAutoFetchProxy;

class ConversationView : public QListView
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setMessageModel(MessageModel *model);
    MessageModel *messageModel() const { return m_model; }
    BubbleDelegate *bubbleDelegate() const { return m_delegate; }
    bool isAtBottom() const;
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;

protected:
    void verticalScrollbarValueChanged(int value) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fetchOlderIfAtTop();

    MessageModel *m_model = nullptr;
    NoAutoFetchProxy *m_proxy;
    BubbleDelegate *m_delegate;
    bool m_stickToBottom = true;
    bool m_keepAnchor = false;
    int m_anchorFromBottom = 0;
};

} // namespace ui
