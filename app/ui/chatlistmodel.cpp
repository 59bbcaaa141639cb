#include "ui/chatlistmodel.h"

#include "core/store/messagerepository.h"
#include "ui/storereader.h"

#include <QCoreApplication>

namespace ui {

QString messagePreview(const QString &type, const QString &text, const QString &fileName)
{
    QString kind;
    if (type == QLatin1String("image"))
        kind = QCoreApplication::translate("ui::Preview", "Photo");
    else if (type == QLatin1String("video"))
        kind = QCoreApplication::translate("ui::Preview", "Video");
    else if (type == QLatin1String("audio") || type == QLatin1String("ptt"))
        kind = QCoreApplication::translate("ui::Preview", "Voice message");
    else if (type == QLatin1String("sticker"))
        kind = QCoreApplication::translate("ui::Preview", "Sticker");
    else if (type == QLatin1String("document"))
        kind = fileName.isEmpty() ? QCoreApplication::translate("ui::Preview", "Document") : fileName;
    QString line = text.simplified();
    if (kind.isEmpty())
        return line;
    return line.isEmpty() ? QStringLiteral("[%1]").arg(kind) : QStringLiteral("[%1] %2").arg(kind, line);
}

ChatListModel::ChatListModel(StoreReader *reader, QObject *parent) : PagedRows(parent), m_reader(reader) {}

QString ChatListModel::titleOf(const ChatRow &row)
{
    if (!row.name.isEmpty())
        return row.name;
    const QString user = row.jid.section(QLatin1Char('@'), 0, 0);
    return row.isGroup ? user : QLatin1Char('+') + user;
}

void ChatListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    restart();
}

int ChatListModel::rowOf(const QString &jid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].jid == jid)
            return i;
    return -1;
}

void ChatListModel::load(int skip, int limit, bool replace)
{
    const quint64 epoch = startLoad();
    core::store::ChatQuery q;
    q.instanceId = m_instanceId;
    q.search = m_search;
    q.limit = limit;
    q.skip = skip;
    m_reader->read(this, [q](ReadSession &s) {
        s.waitForWrites();
        const auto page = s.messages().chats(q);
        Page out;
        out.total = page.total;
        for (const auto &c : page.chats) {
            ChatRow row;
            row.jid = c.remoteJid;
            row.name = c.name;
            row.isGroup = c.isGroup;
            row.unread = c.unread;
            row.lastAt = c.lastAt;
            row.lastType = c.last.messageType;
            row.lastText = c.last.content.isEmpty() ? c.last.caption : c.last.content;
            row.lastFileName = c.last.fileName;
            row.lastFromMe = c.last.fromMe;
            row.lastStatus = c.last.status;
            out.rows.push_back(row);
        }
        return out;
    }, [this, epoch, replace](const Page &page) { takePage(epoch, page.rows, page.total, replace); });
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChatRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return titleOf(r);
    case Qt::AccessibleTextRole:
        return r.unread > 0 ? tr("%1, %n unread", nullptr, int(r.unread)).arg(titleOf(r)) : titleOf(r);
    case Qt::ToolTipRole: return r.jid;
    case JidRole: return r.jid;
    case PreviewRole: return messagePreview(r.lastType, r.lastText, r.lastFileName); // translated now
    case LastAtRole: return r.lastAt;
    case UnreadRole: return r.unread;
    case IsGroupRole: return r.isGroup;
    case LastFromMeRole: return r.lastFromMe;
    case LastStatusRole: return r.lastStatus;
    default: return {};
    }
}

} // namespace ui
