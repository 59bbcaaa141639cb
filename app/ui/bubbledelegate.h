#pragma once
// Paints one message of a conversation as a bubble: right and green for ours, left for theirs;
// the sender's name in groups, an image thumbnail or a document line for media, the text, and a
// footer with the time and, for ours, the status ticks (one grey: sent; two grey: delivered; two
// blue: read or played; a clock: waiting; a red mark: not sent). Sizes are cached per message and
// width, so scrolling a long conversation does not lay text out again and again.
#include <QHash>
#include <QStyledItemDelegate>

namespace ui {

class BubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BubbleDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width of a row (the view's viewport): ours go to its right edge. Clears the size cache.
    void setRowWidth(int width);
    int rowWidth() const { return m_rowWidth; }

    // Where the parts of a bubble go, for painting and for tests.
    struct Layout {
        QRect bubble;
        QRect sender;
        QRect media;    // thumbnail or document line
        QRect text;
        QRect footer;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    int m_rowWidth = 400;
    mutable QHash<QString, QSize> m_sizes; // row id -> size at m_rowWidth
};

} // namespace ui
