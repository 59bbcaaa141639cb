#include "ui/chatitemdelegate.h"

#include "core/common/timeutil.h"
#include "ui/chatlistmodel.h"
#include "ui/uitext.h"

#include <QApplication>
#include <QPainter>

namespace ui {

namespace {
constexpr int Avatar = 40;
constexpr int Pad = 8;

QString initials(const QString &title)
{
    QString out;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = word.at(0);
        if (c.isLetterOrNumber())
            out += c.toUpper();
        if (out.size() == 2)
            break;
    }
    if (out.isEmpty() && !title.isEmpty())
        out = title.right(2);
    return out;
}
} // namespace

QSize ChatItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {160, std::max(Avatar, 2 * fm.height() + 4) + 2 * Pad}; // rows take the list's width
}

void ChatItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The standard background gives selection, hover and focus in the style's own colours.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    base.icon = QIcon();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, p, option.widget);

    const QString title = index.data(ChatListModel::NameRole).toString();
    const QString jid = index.data(ChatListModel::JidRole).toString();
    const bool group = index.data(ChatListModel::IsGroupRole).toBool();
    const qint64 unread = index.data(ChatListModel::UnreadRole).toLongLong();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor grey = ink;
    grey.setAlphaF(0.62);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(Pad, Pad, -Pad, -Pad);
    const QRect avatar(r.left(), r.top() + (r.height() - Avatar) / 2, Avatar, Avatar);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor::fromHsl(int(qHash(jid) % 360), 110, 120));
    if (group)
        p->drawRoundedRect(avatar, 8, 8);
    else
        p->drawEllipse(avatar);
    p->setPen(Qt::white);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->drawText(avatar, Qt::AlignCenter, initials(title));

    const QFontMetrics fm(option.font);
    const int textLeft = avatar.right() + Pad;
    const QString when = text::relativeTime(index.data(ChatListModel::LastAtRole).toLongLong(), core::nowMs());
    const int whenWidth = fm.horizontalAdvance(when) + 4;
    const QRect top(textLeft, r.top() + (r.height() - 2 * fm.height()) / 2, r.right() - textLeft, fm.height());
    p->setPen(ink);
    p->drawText(top.adjusted(0, 0, -whenWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(title, Qt::ElideRight, top.width() - whenWidth));
    p->setFont(option.font);
    p->setPen(unread > 0 && !selected ? QColor(0x25, 0xa2, 0x44) : grey);
    p->drawText(top, Qt::AlignRight | Qt::AlignVCenter, when);

    QRect bottom = top.translated(0, fm.height() + 2);
    if (unread > 0) {
        const QString count = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        const int w = std::max(fm.height() + 2, fm.horizontalAdvance(count) + 10);
        const QRect badge(bottom.right() - w, bottom.top(), w, fm.height() + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x25, 0xa2, 0x44));
        p->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, count);
        bottom.setRight(badge.left() - Pad);
    }
    p->setPen(grey);
    p->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(ChatListModel::PreviewRole).toString(), Qt::ElideRight, bottom.width()));
    p->restore();
}

} // namespace ui
