#include "ui/instancelistmodel.h"

#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/store/messagerepository.h"
#include "ui/storereader.h"
#include "ui/uitext.h"

#include <algorithm>

namespace ui {

using core::instances::InstanceManager;

InstanceListModel::InstanceListModel(InstanceManager *manager, StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_manager(manager), m_reader(reader)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &InstanceListModel::flushPending);
    m_inboxTimer.setSingleShot(true);
    m_inboxTimer.setInterval(InboxIntervalMs);
    connect(&m_inboxTimer, &QTimer::timeout, this, [this] {
        if (!m_reader)
            return;
        if (m_inboxLoading) {
            m_inboxAgain = true;
            return;
        }
        m_inboxLoading = true;
        m_reader->read(this, [](ReadSession &s) {
            QHash<QString, QPair<qint64, qint64>> out;
            const auto inboxes = s.messages().inboxes();
            for (auto it = inboxes.cbegin(); it != inboxes.cend(); ++it)
                out.insert(it.key(), {it->unread, it->lastAt});
            return out;
        }, [this](const QHash<QString, QPair<qint64, qint64>> &inbox) {
            m_inboxLoading = false;
            applyInbox(inbox);
            if (std::exchange(m_inboxAgain, false))
                m_inboxTimer.start();
        });
    });

    connect(manager, &InstanceManager::instanceAdded, this, [this](const QString &id) {
        m_removed.remove(id);
        m_added.insert(id);
        schedule();
    });
    connect(manager, &InstanceManager::instanceRemoved, this, [this](const QString &id) {
        m_added.remove(id);
        m_changed.remove(id);
        m_removed.insert(id);
        schedule();
    });
    connect(manager, &InstanceManager::instanceChanged, this, [this](const QString &id) {
        m_changed.insert(id);
        schedule();
    });
    connect(manager, &InstanceManager::stateChanged, this, [this](const QString &id, const QString &) {
        m_changed.insert(id);
        schedule();
    });
    reload();
    requestInboxRefresh();
}

void InstanceListModel::schedule()
{
    if (!m_batch.isActive())
        m_batch.start();
}

void InstanceListModel::fill(Row &row) const
{
    const auto record = m_manager->get(row.id);
    if (!record)
        return;
    row.name = record->name;
    row.description = record->description;
    row.phone = record->phone;
    row.status = m_manager->state(row.id).status;
    row.lastActivity = record->lastActivity.value_or(record->createdAt);
}

void InstanceListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const auto &r : m_manager->list()) {
        Row row;
        row.id = r.id;
        fill(row);
        m_rows.push_back(row);
    }
    rebuildIndex();
    endResetModel();
}

void InstanceListModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
}

void InstanceListModel::flushPending()
{
    m_batch.stop();
    if (m_added.isEmpty() && m_changed.isEmpty() && m_removed.isEmpty())
        return;
    ++m_batches;
    // Removals, bottom up so that the rows still to remove keep their numbers.
    QVector<int> gone;
    for (const QString &id : std::as_const(m_removed))
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            gone.push_back(row);
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (const int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        rebuildIndex();
    // Additions, appended in the manager's creation order.
    QVector<Row> fresh;
    if (!m_added.isEmpty())
        for (const auto &r : m_manager->list())
            if (m_added.contains(r.id) && !m_rowOf.contains(r.id)) {
                Row row;
                row.id = r.id;
                fill(row);
                fresh.push_back(row);
            }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (Row &row : fresh) {
            m_rowOf.insert(row.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    // Changes: one dataChanged over the span of changed rows.
    int top = INT_MAX, bottom = -1;
    for (const QString &id : std::as_const(m_changed)) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0)
            continue;
        fill(m_rows[row]);
        top = std::min(top, row);
        bottom = std::max(bottom, row);
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    const bool membership = !gone.isEmpty() || !fresh.isEmpty();
    m_added.clear();
    m_changed.clear();
    m_removed.clear();
    if (membership)
        requestInboxRefresh();
}

void InstanceListModel::requestInboxRefresh()
{
    if (!m_reader)
        return;
    if (!m_inboxTimer.isActive())
        m_inboxTimer.start();
}

void InstanceListModel::applyInbox(const QHash<QString, QPair<qint64, qint64>> &inbox)
{
    int top = INT_MAX, bottom = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const auto found = inbox.value(row.id, {0, 0});
        if (row.unread == found.first && row.lastMessageAt == found.second)
            continue;
        row.unread = found.first;
        row.lastMessageAt = found.second;
        top = std::min(top, i);
        bottom = std::max(bottom, i);
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    Q_EMIT inboxRefreshed();
}

void InstanceListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon InstanceListModel::dot(const QString &status) const
{
    auto it = m_dots.find(status);
    if (it == m_dots.end())
        it = m_dots.insert(status, text::statusDot(status));
    return *it;
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const qint64 last = std::max(r.lastActivity, r.lastMessageAt);
    switch (role) {
    case IdRole: return r.id;
    case StatusRole: return r.status;
    case SearchRole: return QStringList{r.name, r.phone, r.description, text::status(r.status)}.join(QLatin1Char('\n'));
    case Qt::ToolTipRole: return r.description.isEmpty() ? r.name : r.name + QLatin1Char('\n') + r.description;
    case Qt::DecorationRole: return index.column() == Name ? QVariant(dot(r.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Unread ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return index.column() == Name ? text::status(r.status) : QString();
    case SortRole:
        switch (index.column()) {
        case Name: return r.name.toLower();
        case Phone: return r.phone;
        case Status: return text::status(r.status);
        case Unread: return r.unread;
        case LastActivity: return last;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r.name;
        case Phone: return r.phone.isEmpty() ? QString() : QLatin1Char('+') + r.phone;
        case Status: return text::status(r.status);
        case Unread: return r.unread > 0 ? QString::number(r.unread) : QString();
        case LastActivity: return text::relativeTime(last, core::nowMs());
        default: return {};
        }
    default: return {};
    }
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    case Unread: return tr("Unread");
    case LastActivity: return tr("Last activity");
    default: return {};
    }
}

} // namespace ui
