#pragma once
// One row of the chat list: an avatar with the chat's initials (a group gets a square one), the
// title, the last message on one line, its time, and a green badge with the unread count.
#include <QStyledItemDelegate>

namespace ui {

class ChatItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ui
