#pragma once
// The webhook delivery log of one instance (GET .../webhooks/deliveries in the API): each event
// with its state (pending, delivered, dead), attempts, the receiver's last answer and latency,
// newest first, in pages of PageSize read on the StoreReader thread; optionally only some states.
#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include "core/webhooks/deliverylog.h"

namespace ui {

class StoreReader;

class DeliveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Event, State, Attempts, Latency, Answer, ColumnCount }; // the answer, longest, last
    enum Role { IdRole = Qt::UserRole + 1, StateRole };
    static constexpr int PageSize = 50;

    explicit DeliveryModel(StoreReader *reader, QObject *parent = nullptr);

    void setInstance(const QString &instanceId);
    void setStates(const QStringList &states); // empty = all
    void refresh();                            // re-reads what is loaded (states move on)
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }
    const core::webhooks::Delivery &delivery(int row) const { return m_rows[row]; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();

private:
    void load(int skip, int limit, bool replace);

    StoreReader *m_reader;
    QString m_instanceId;
    QStringList m_states;
    QVector<core::webhooks::Delivery> m_rows;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_refreshAgain = false;
    quint64 m_epoch = 0;
};

} // namespace ui
