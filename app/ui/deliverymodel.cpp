#include "ui/deliverymodel.h"

#include "ui/storereader.h"
#include "ui/uitext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QColor>
#include <QLocale>

namespace ui {

namespace {
QString stateWord(const QString &state)
{
    if (state == QLatin1String("pending"))
        return QCoreApplication::translate("ui::DeliveryModel", "Pending");
    if (state == QLatin1String("delivered"))
        return QCoreApplication::translate("ui::DeliveryModel", "Delivered");
    if (state == QLatin1String("dead"))
        return QCoreApplication::translate("ui::DeliveryModel", "Failed (no more retries)");
    return state;
}
} // namespace

DeliveryModel::DeliveryModel(StoreReader *reader, QObject *parent) : PagedRows(parent), m_reader(reader) {}

void DeliveryModel::setStates(const QStringList &states)
{
    if (states == m_states)
        return;
    m_states = states;
    restart();
}

void DeliveryModel::load(int skip, int limit, bool replace)
{
    const quint64 epoch = startLoad();
    core::webhooks::DeliveryQuery q;
    q.instanceId = m_instanceId;
    q.states = m_states;
    q.limit = limit;
    q.skip = skip;
    m_reader->read(this, [q](ReadSession &s) {
        QString error;
        return s.deliveries().list(q, &error).value_or(core::webhooks::DeliveryPage{});
    }, [this, epoch, replace](const core::webhooks::DeliveryPage &page) {
        takePage(epoch, page.deliveries, page.total, replace);
    });
}

void DeliveryModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &d = m_rows[index.row()];
    if (role == IdRole)
        return d.deliveryId;
    if (role == StateRole)
        return d.state;
    if (role == Qt::ToolTipRole)
        return d.lastError.isEmpty() ? d.deliveryId : d.deliveryId + QLatin1Char('\n') + d.lastError;
    if (role == Qt::ForegroundRole && index.column() == State)
        return d.state == QLatin1String("dead") ? QVariant(QColor(0xd3, 0x2f, 0x2f))
            : d.state == QLatin1String("delivered") ? QVariant(QColor(0x25, 0xa2, 0x44)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.createdAt), QLocale::ShortFormat);
    case Event: return d.event;
    case State: return stateWord(d.state);
    case Attempts: return d.replays > 0 ? tr("%1 (replayed %2×)").arg(d.attempts).arg(d.replays) : QString::number(d.attempts);
    case Answer:
        if (d.lastStatusCode && (d.lastError.isEmpty() || !d.lastError.contains(QString::number(*d.lastStatusCode))))
            return d.lastError.isEmpty() ? QStringLiteral("HTTP %1").arg(*d.lastStatusCode)
                                         : QStringLiteral("HTTP %1: %2").arg(*d.lastStatusCode).arg(d.lastError);
        return d.lastError; // it names the status itself
    case Latency: return d.latencyMs ? tr("%1 ms").arg(*d.latencyMs) : QString();
    default: return {};
    }
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Event: return tr("Event");
    case State: return tr("State");
    case Attempts: return tr("Attempts");
    case Answer: return tr("Receiver's answer");
    case Latency: return tr("Latency");
    default: return {};
    }
}

} // namespace ui
