#include "ui/activitymodel.h"

#include "core/store/activityrepository.h"
#include "ui/storereader.h"
#include "ui/uitext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ui {

namespace {
QString describe(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        QString value = v.isString() ? v.toString()
            : v.isBool()             ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : v.isDouble()           ? QString::number(v.toDouble())
                                     : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ActivityModel::ActivityModel(StoreReader *reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader) {}

void ActivityModel::setInstance(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        return;
    beginResetModel();
    m_instanceId = instanceId;
    m_rows.clear();
    m_ids.clear();
    m_total = 0;
    m_loading = false;
    m_refreshAgain = false;
    ++m_epoch;
    endResetModel();
    if (!instanceId.isEmpty())
        load(0, true);
}

void ActivityModel::refresh()
{
    if (m_instanceId.isEmpty())
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    load(0, true);
}

void ActivityModel::load(int skip, bool newest)
{
    m_loading = true;
    const QString id = m_instanceId;
    const quint64 epoch = m_epoch;
    m_reader->read(this, [id, skip](ReadSession &s) {
        // The entry that triggered this read was queued on the writer just before: wait for it.
        s.waitForWrites();
        core::store::ActivityQuery q;
        q.instanceId = id;
        q.limit = PageSize;
        q.skip = skip;
        const auto page = s.activity().activity(q);
        Page out;
        out.total = page.total;
        for (const auto &r : page.logs)
            out.entries.push_back({r.id, r.action, describe(r.detailsJson), r.createdAt});
        return out;
    }, [this, newest, epoch](const Page &page) { apply(page, newest, epoch); });
}

void ActivityModel::apply(const Page &page, bool newest, quint64 epoch)
{
    if (epoch != m_epoch)
        return;
    // m_loading stays set while rows go in: views and testers call fetchMore() from the row
    // signals, and a page asked for then would start from the old row count.
    m_total = page.total;
    QVector<Entry> fresh;
    for (const Entry &e : page.entries)
        if (!m_ids.contains(e.id))
            fresh.push_back(e);
    if (newest && !m_rows.isEmpty() && fresh.size() == PageSize) {
        // More new entries than a page: what lies between them and the old top is unknown, so
        // start over from this page rather than show a gap.
        beginResetModel();
        m_rows = fresh;
        m_ids.clear();
        for (const Entry &e : std::as_const(m_rows))
            m_ids.insert(e.id);
        endResetModel();
        fresh.clear();
    }
    if (!fresh.isEmpty()) {
        // A refresh brings entries newer than the top row; a page brings older ones.
        const int at = newest ? 0 : int(m_rows.size());
        if (newest)
            fresh.erase(std::remove_if(fresh.begin(), fresh.end(),
                                       [this](const Entry &e) { return !m_rows.isEmpty() && e.id < m_rows.first().id; }),
                        fresh.end());
        if (!fresh.isEmpty()) {
            beginInsertRows({}, at, at + int(fresh.size()) - 1);
            for (int i = 0; i < fresh.size(); ++i) {
                m_ids.insert(fresh[i].id);
                m_rows.insert(at + i, fresh[i]);
            }
            endInsertRows();
        }
    }
    m_loading = false;
    Q_EMIT loaded();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void ActivityModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Event), index(int(m_rows.size()) - 1, Event));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_instanceId.isEmpty() && !m_loading && m_rows.size() < m_total;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_rows.size()), false);
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows[index.row()];
    if (role == ActionRole)
        return e.action;
    if (role == IdRole)
        return e.id;
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat);
    case Event: return text::activity(e.action);
    case Details: return e.details;
    default: return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Event: return tr("Event");
    case Details: return tr("Details");
    default: return {};
    }
}

} // namespace ui
