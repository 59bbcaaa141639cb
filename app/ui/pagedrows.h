#pragma once
// The paging the chat list and the delivery log share: the rows of one instance, read in pages on
// the StoreReader thread, the next page on fetchMore, refresh() re-reading what is loaded, and an
// epoch so that a page read for an earlier instance or filter is dropped when it arrives late.
// Base is QAbstractListModel or QAbstractTableModel; the model supplies the query (load) and says
// when a page went in (pageTaken, where it emits its own signal).
#include <QModelIndex>
#include <QString>
#include <QVector>

#include <algorithm>
#include <utility>

namespace ui {

template <class Base, class Row>
class PagedRows : public Base
{
public:
    static constexpr int PageSize = 50;

    QString instanceId() const { return m_instanceId; }
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }

    // Re-reads every loaded row (statuses and counts move on); once more after a read in flight.
    void refresh()
    {
        if (m_instanceId.isEmpty())
            return;
        if (m_loading) {
            m_refreshAgain = true;
            return;
        }
        load(0, std::max(PageSize, int(m_rows.size())), true);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_instanceId.isEmpty() && !m_loading && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            load(int(m_rows.size()), PageSize, false);
    }

protected:
    using Base::Base;

    // Starts reading rows [skip, skip + limit): calls startLoad(), then takePage() when read.
    virtual void load(int skip, int limit, bool replace) = 0;
    virtual void pageTaken() = 0;

    // Another instance: every row goes, and the first page of the new one is read.
    void switchInstance(const QString &instanceId)
    {
        if (instanceId == m_instanceId)
            return;
        m_instanceId = instanceId;
        this->beginResetModel();
        m_rows.clear();
        m_total = 0;
        this->endResetModel();
        restart();
    }

    // The filter changed: the first page is read again and any page in flight is ignored.
    void restart()
    {
        ++m_epoch;
        m_loading = false;
        if (!m_instanceId.isEmpty())
            load(0, PageSize, true);
    }

    // Marks a read as under way; the returned epoch goes back into takePage().
    quint64 startLoad()
    {
        m_loading = true;
        return m_epoch;
    }

    void takePage(quint64 epoch, const QVector<Row> &rows, qint64 total, bool replace)
    {
        if (epoch != m_epoch)
            return;
        // m_loading stays set while rows go in: views and testers call fetchMore() from the row
        // signals, and a page asked for then would start from the old row count.
        m_total = total;
        if (replace) {
            this->beginResetModel();
            m_rows = rows;
            this->endResetModel();
        } else if (!rows.isEmpty()) {
            this->beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
            m_rows += rows;
            this->endInsertRows();
        }
        m_loading = false;
        pageTaken();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    }

    QString m_instanceId;
    QVector<Row> m_rows;
    qint64 m_total = 0;

private:
    bool m_loading = false;
    bool m_refreshAgain = false;
    quint64 m_epoch = 0;
};

} // namespace ui
