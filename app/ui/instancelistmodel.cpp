#include "ui/instancelistmodel.h"

#include "core/instances/instancemanager.h"

#include <QColor>
#include <QDateTime>

namespace ui {

InstanceListModel::InstanceListModel(core::instances::InstanceManager *manager, QObject *parent)
    : QAbstractTableModel(parent), m_manager(manager)
{
    using core::instances::InstanceManager;
    connect(manager, &InstanceManager::instanceAdded, this, [this](const QString &id) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
        m_ids.append(id);
        endInsertRows();
    });
    connect(manager, &InstanceManager::instanceRemoved, this, [this](const QString &id) {
        const int row = int(m_ids.indexOf(id));
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(manager, &InstanceManager::instanceChanged, this, &InstanceListModel::onChanged);
    connect(manager, &InstanceManager::stateChanged, this, [this](const QString &id, const QString &) { onChanged(id); });
    reload();
}

void InstanceListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    for (const auto &r : m_manager->list())
        m_ids.append(r.id);
    endResetModel();
}

void InstanceListModel::onChanged(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const QString id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const auto record = m_manager->get(id);
    if (!record)
        return {};
    const auto state = m_manager->state(id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return record->name;
        case Status: return state.status;
        case Description: return record->description;
        case Created: return QDateTime::fromMSecsSinceEpoch(record->createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status)
        return state.ready() ? QColor(Qt::darkGreen) : QColor(Qt::darkGray);
    if (role == Qt::ToolTipRole)
        return id;
    return {};
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Description: return tr("Description");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace ui
