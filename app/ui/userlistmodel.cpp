#include "ui/userlistmodel.h"

#include "core/users/userservice.h"

#include <QDateTime>
#include <QLocale>

namespace ui {

UserListModel::UserListModel(core::users::UserService *users, QObject *parent) : QAbstractTableModel(parent), m_users(users)
{
    reload();
}

void UserListModel::reload()
{
    const int keep = std::max<int>(PageSize, int(m_rows.size()));
    beginResetModel();
    m_total = m_users->count();
    m_rows = m_users->list(keep, 0);
    endResetModel();
}

void UserListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_users->list(PageSize, int(m_rows.size()));
    if (page.isEmpty()) {
        m_total = m_rows.size(); // deleted meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &u = m_rows[index.row()];
    if (role == IdRole)
        return u.id;
    if (role == Qt::CheckStateRole && index.column() == Active)
        return u.isActive ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Email: return u.email;
    case Name: return QStringLiteral("%1 %2").arg(u.firstName, u.lastName).trimmed();
    case Role: return u.isAdmin() ? tr("Admin") : tr("User");
    case Active: return u.isActive ? tr("Active") : tr("Inactive");
    case Limits: {
        const QString messages = u.maxMessagesSent ? QLocale().toString(*u.maxMessagesSent) : tr("no limit");
        const QString calls = u.maxApiCalls ? QLocale().toString(*u.maxApiCalls) : tr("no limit");
        return tr("messages: %1, API calls: %2").arg(messages, calls);
    }
    case LastLogin:
        return u.lastLoginAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*u.lastLoginAt), QLocale::ShortFormat) : tr("never");
    default: return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Email: return tr("Email");
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Active: return tr("Status");
    case Limits: return tr("Limits");
    case LastLogin: return tr("Last login");
    default: return {};
    }
}

} // namespace ui
