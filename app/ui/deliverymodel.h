#pragma once
// The webhook delivery log of one instance (GET .../webhooks/deliveries in the API): each event
// with its state (pending, delivered, dead), attempts, the receiver's last answer and latency,
// newest first, in pages of PageSize read on the StoreReader thread; optionally only some states.
#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include "core/webhooks/deliverylog.h"
#include "ui/pagedrows.h"

namespace ui {

class StoreReader;

class DeliveryModel : public PagedRows<QAbstractTableModel, core::webhooks::Delivery>
{
    Q_OBJECT
public:
    enum Column { Time, Event, State, Attempts, Latency, Answer, ColumnCount }; // the answer, longest, last
    enum Role { IdRole = Qt::UserRole + 1, StateRole };
    explicit DeliveryModel(StoreReader *reader, QObject *parent = nullptr);

    void setInstance(const QString &instanceId) { switchInstance(instanceId); }
    void setStates(const QStringList &states); // empty = all
    const core::webhooks::Delivery &delivery(int row) const { return m_rows[row]; }
    void retranslate();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    void load(int skip, int limit, bool replace) override;
    void pageTaken() override { Q_EMIT loaded(); }

    StoreReader *m_reader;
    QStringList m_states;
};

} // namespace ui
