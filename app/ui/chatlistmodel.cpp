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

ChatListModel::ChatListModel(StoreReader *reader, QObject *parent) : QAbstractListModel(parent), m_reader(reader) {}

QString ChatListModel::titleOf(const ChatRow &row)
{
    if (!row.name.isEmpty())
        return row.name;
    const QString user = row.jid.section(QLatin1Char('@'), 0, 0);
    return row.isGroup ? user : QLatin1Char('+') + user;
}

void ChatListModel::setInstance(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        return;
    m_instanceId = instanceId;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    ++m_epoch;
    m_loading = false;
    if (!instanceId.isEmpty())
        load(0, PageSize, true);
}

void ChatListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    ++m_epoch;
    m_loading = false;
    if (!m_instanceId.isEmpty())
        load(0, PageSize, true);
}

void ChatListModel::refresh()
{
    if (m_instanceId.isEmpty())
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    load(0, std::max(PageSize, int(m_rows.size())), true);
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
    m_loading = true;
    const quint64 epoch = m_epoch;
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
    }, [this, epoch, replace](const Page &page) {
        if (epoch != m_epoch)
            return;
        m_total = page.total; // still loading while rows go in (see ActivityModel::apply)
        if (replace) {
            beginResetModel();
            m_rows = page.rows;
            endResetModel();
        } else if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
            m_rows += page.rows;
            endInsertRows();
        }
        m_loading = false;
        Q_EMIT loaded();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ChatListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_instanceId.isEmpty() && !m_loading && m_rows.size() < m_total;
}

void ChatListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_rows.size()), PageSize, false);
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
