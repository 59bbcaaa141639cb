#include "ui/bubbledelegate.h"

#include "ui/chatlistmodel.h"
#include "ui/messagemodel.h"
#include "ui/uitext.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {
constexpr int Margin = 6;    // around the bubble, inside the row
constexpr int Padding = 8;   // inside the bubble
constexpr int Radius = 8;
constexpr int DocHeight = 40;

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QString footerText(const QModelIndex &index)
{
    return text::shortTime(index.data(MessageModel::TimeRole).toLongLong());
}

void drawTick(QPainter *p, QPointF at, const QColor &c)
{
    QPainterPath path;
    path.moveTo(at + QPointF(0, 4));
    path.lineTo(at + QPointF(3, 7));
    path.lineTo(at + QPointF(9, 0));
    p->setPen(QPen(c, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
}

// Returns the width the ticks take.
int drawStatus(QPainter *p, QPoint right, const QString &status, const QColor &grey)
{
    const QPointF origin(right.x() - 14, right.y() - 9);
    if (status == QLatin1String("sent")) {
        drawTick(p, origin + QPointF(4, 0), grey);
    } else if (status == QLatin1String("delivered") || status == QLatin1String("read") || status == QLatin1String("played")) {
        const QColor c = status == QLatin1String("delivered") ? grey : QColor(0x34, 0xb7, 0xf1);
        drawTick(p, origin, c);
        drawTick(p, origin + QPointF(4, 0), c);
    } else if (status == QLatin1String("failed")) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xd3, 0x2f, 0x2f));
        p->drawEllipse(QRectF(origin.x() + 2, origin.y() - 1, 10, 10));
        p->setPen(QPen(Qt::white, 1.6));
        p->drawLine(QPointF(origin.x() + 7, origin.y() + 1), QPointF(origin.x() + 7, origin.y() + 5));
        p->drawPoint(QPointF(origin.x() + 7, origin.y() + 7));
    } else { // pending: a small clock
        p->setPen(QPen(grey, 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QRectF(origin.x() + 3, origin.y() - 1, 9, 9));
        p->drawLine(QPointF(origin.x() + 7.5, origin.y() + 3.5), QPointF(origin.x() + 7.5, origin.y() + 1));
        p->drawLine(QPointF(origin.x() + 7.5, origin.y() + 3.5), QPointF(origin.x() + 9.5, origin.y() + 3.5));
    }
    return 16;
}
} // namespace

BubbleDelegate::BubbleDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void BubbleDelegate::setRowWidth(int width)
{
    width = std::max(160, width);
    if (width == m_rowWidth)
        return;
    m_rowWidth = width;
    m_sizes.clear();
}

BubbleDelegate::Layout BubbleDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const QFontMetrics fm(option.font);
    const int rowWidth = m_rowWidth; // QListView hands sizeHint() no useful width: the view tells us
    const int maxBubble = std::max(120, std::min(rowWidth * 3 / 4, 560));
    const int inner = maxBubble - 2 * Padding;
    const bool fromMe = index.data(MessageModel::FromMeRole).toBool();
    const QString text = index.data(MessageModel::TextRole).toString();
    const QString sender = index.data(MessageModel::SenderRole).toString();
    const QString type = index.data(MessageModel::TypeRole).toString();
    const QImage thumb = index.data(MessageModel::ThumbnailRole).value<QImage>();
    const bool media = index.data(MessageModel::HasMediaRole).toBool() || !thumb.isNull() || type == QLatin1String("document");

    int y = Padding;
    int width = 0;
    QFont bold = option.font;
    bold.setBold(true);
    if (!sender.isEmpty()) {
        const QFontMetrics bfm(bold);
        l.sender = QRect(Padding, y, std::min(inner, bfm.horizontalAdvance(sender)), bfm.height());
        width = std::max(width, l.sender.width());
        y += bfm.height() + 2;
    }
    if (!thumb.isNull()) {
        const QSize s = thumb.size().scaled(std::min(inner, thumb.width()), thumb.height(), Qt::KeepAspectRatio);
        l.media = QRect(Padding, y, s.width(), s.height());
        width = std::max(width, s.width());
        y += s.height() + 4;
    } else if (media) {
        l.media = QRect(Padding, y, std::min(inner, 260), DocHeight);
        width = std::max(width, l.media.width());
        y += DocHeight + 4;
    }
    if (!text.isEmpty()) {
        const QRect r = fm.boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, text);
        l.text = QRect(Padding, y, r.width(), r.height());
        width = std::max(width, r.width());
        y += r.height() + 2;
    }
    const int footerWidth = fm.horizontalAdvance(footerText(index)) + (fromMe ? 20 : 4);
    width = std::max(width, footerWidth);
    l.footer = QRect(Padding, y, width, fm.height());
    y += fm.height() + Padding;

    const int bubbleWidth = width + 2 * Padding;
    const int x = fromMe ? rowWidth - Margin - bubbleWidth : Margin;
    l.bubble = QRect(x, Margin / 2, bubbleWidth, y);
    // Parts are relative to the bubble so far; move them into row coordinates.
    for (QRect *r : {&l.sender, &l.media, &l.text, &l.footer})
        if (!r->isNull())
            r->translate(l.bubble.topLeft());
    l.footer.setLeft(l.bubble.left() + Padding);
    l.footer.setRight(l.bubble.right() - Padding);
    return l;
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString key = index.data(MessageModel::IdRole).toString();
    auto it = m_sizes.constFind(key);
    if (it != m_sizes.constEnd())
        return *it;
    const Layout l = layoutFor(option, index);
    const QSize size(m_rowWidth, l.bubble.height() + Margin);
    m_sizes.insert(key, size);
    return size;
}

void BubbleDelegate::paint(QPainter *p, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    const QPoint rowOrigin = option.rect.topLeft();
    option.rect.moveTopLeft(QPoint(0, 0));
    const Layout l = layoutFor(option, index);
    const bool fromMe = index.data(MessageModel::FromMeRole).toBool();
    const bool dark = isDark(option.palette);
    const QColor bubble = fromMe ? (dark ? QColor(0x00, 0x5c, 0x4b) : QColor(0xd9, 0xfd, 0xd3))
                                 : (dark ? QColor(0x20, 0x2c, 0x33) : QColor(0xff, 0xff, 0xff));
    const QColor ink = dark ? QColor(0xe9, 0xed, 0xef) : QColor(0x11, 0x1b, 0x21);
    const QColor grey = dark ? QColor(0x8f, 0x9d, 0xa6) : QColor(0x66, 0x77, 0x81);

    p->save();
    p->translate(rowOrigin);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(option.state & QStyle::State_HasFocus ? QPen(option.palette.color(QPalette::Highlight), 2)
                                                    : QPen(bubble.darker(dark ? 80 : 108), 1));
    p->setBrush(bubble);
    p->drawRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);

    QFont bold = option.font;
    bold.setBold(true);
    if (!l.sender.isNull()) {
        p->setFont(bold);
        p->setPen(QColor(0x1f, 0x8a, 0x70));
        p->drawText(l.sender, Qt::AlignLeft | Qt::AlignVCenter, index.data(MessageModel::SenderRole).toString());
    }
    p->setFont(option.font);
    const QImage thumb = index.data(MessageModel::ThumbnailRole).value<QImage>();
    if (!thumb.isNull()) {
        p->drawImage(l.media, thumb);
    } else if (!l.media.isNull()) {
        // A document (or media not stored here): an icon, the file name and its size.
        const QString file = index.data(MessageModel::MediaFileRole).toString();
        const QRect icon(l.media.left(), l.media.top() + 4, 28, 32);
        p->setPen(Qt::NoPen);
        p->setBrush(file.isEmpty() ? grey : QColor(0x1e, 0x88, 0xe5));
        p->drawRoundedRect(icon, 3, 3);
        p->setPen(Qt::white);
        const QString ext = index.data(MessageModel::FileNameRole).toString().section(QLatin1Char('.'), -1).left(4).toUpper();
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.7));
        p->setFont(small);
        p->drawText(icon, Qt::AlignCenter, ext);
        p->setFont(option.font);
        p->setPen(ink);
        QString name = index.data(MessageModel::FileNameRole).toString();
        if (name.isEmpty())
            name = messagePreview(index.data(MessageModel::TypeRole).toString(), QString(), QString());
        const QRect label(icon.right() + 8, l.media.top(), l.media.width() - icon.width() - 8, l.media.height() / 2 + 2);
        p->drawText(label, Qt::AlignLeft | Qt::AlignBottom, QFontMetrics(option.font).elidedText(name, Qt::ElideMiddle, label.width()));
        p->setPen(grey);
        const qint64 size = index.data(MessageModel::MediaSizeRole).toLongLong();
        const QString detail = file.isEmpty() ? tr("not stored on this computer") : (size > 0 ? text::byteSize(size) : QString());
        p->drawText(QRect(label.left(), label.bottom() + 2, label.width(), l.media.height() / 2 - 4), Qt::AlignLeft | Qt::AlignTop, detail);
    }
    if (!l.text.isNull()) {
        p->setPen(ink);
        p->drawText(l.text, Qt::TextWordWrap, index.data(MessageModel::TextRole).toString());
    }
    p->setPen(grey);
    int right = l.footer.right();
    if (fromMe)
        right -= drawStatus(p, QPoint(right, l.footer.bottom()), index.data(MessageModel::StatusRole).toString(), grey);
    p->setPen(grey);
    p->drawText(QRect(l.footer.left(), l.footer.top(), right - l.footer.left(), l.footer.height()),
                Qt::AlignRight | Qt::AlignVCenter, footerText(index));
    p->restore();
}

} // namespace ui
