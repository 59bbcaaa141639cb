#include "ui/conversationview.h"

#include "ui/bubbledelegate.h"
#include "ui/messagemodel.h"

#include <QIdentityProxyModel>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

namespace ui {

class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

ConversationView::ConversationView(QWidget *parent)
    : QListView(parent), m_proxy(new NoAutoFetchProxy(this)), m_delegate(new BubbleDelegate(this))
{
    setItemDelegate(m_delegate);
    setModel(m_proxy);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(0);
    setAccessibleName(tr("Conversation"));
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_keepAnchor) {
            m_keepAnchor = false;
            verticalScrollBar()->setValue(max - m_anchorFromBottom);
        } else if (m_stickToBottom) {
            verticalScrollBar()->setValue(max);
        }
        // A first page shorter than the viewport leaves no scroll bar to reach the top with.
        if (max == 0)
            fetchOlderIfAtTop();
    });
}

void ConversationView::setMessageModel(MessageModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    m_stickToBottom = true;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_stickToBottom = true;
        m_keepAnchor = false;
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int) {
        if (first == 0 && m_model->rowCount() > 0 && !m_stickToBottom) {
            // Older messages go above: keep the distance to the bottom, so nothing jumps.
            m_keepAnchor = true;
            m_anchorFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
        }
    });
    connect(model, &MessageModel::loaded, this, [this](int, int) {
        if (verticalScrollBar()->maximum() == 0)
            fetchOlderIfAtTop();
    });
}

bool ConversationView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

QModelIndex ConversationView::sourceIndex(const QModelIndex &viewIndex) const
{
    return m_proxy->mapToSource(viewIndex);
}

void ConversationView::fetchOlderIfAtTop()
{
    if (m_model && verticalScrollBar()->value() == verticalScrollBar()->minimum() && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void ConversationView::verticalScrollbarValueChanged(int value)
{
    // Deliberately not QListView's: it would fetch when the bottom (the newest message) shows.
    m_stickToBottom = isAtBottom();
    if (value == verticalScrollBar()->minimum())
        fetchOlderIfAtTop();
}

void ConversationView::paintEvent(QPaintEvent *event)
{
    // A tinted wall behind the bubbles, so that white bubbles stand out as in WhatsApp.
    {
        QPainter p(viewport());
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        p.fillRect(event->rect(), dark ? QColor(0x0b, 0x14, 0x1a) : QColor(0xef, 0xea, 0xe2));
    }
    QListView::paintEvent(event);
}

bool ConversationView::viewportEvent(QEvent *event)
{
    // The viewport narrows when the scroll bar appears; bubbles of ours hug its right edge.
    if (event->type() == QEvent::Resize && viewport()->width() != m_delegate->rowWidth()) {
        m_delegate->setRowWidth(viewport()->width());
        scheduleDelayedItemsLayout();
    }
    return QListView::viewportEvent(event);
}

} // namespace ui
