#pragma once
// The instance list of the main window: name, phone, status (with its dot), unread count and last
// activity. Rows come from InstanceManager's in-memory snapshot (no SQL), so even 1,000 instances
// are held whole and search sees them all. Manager signals are not applied one by one: they are
// collected and applied in one batch at most every BatchIntervalMs, so a burst (a thousand
// instances reconnecting) costs a few model updates, not thousands. Unread counts and the time of
// the newest message come from one grouped query on the StoreReader thread, debounced.
#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QTimer>
#include <QVector>

namespace core::instances {
class InstanceManager;
}

namespace ui {

class StoreReader;

class InstanceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Unread comes second so that a narrow list still shows it.
    enum Column { Name, Unread, Status, Phone, LastActivity, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, SortRole, SearchRole };
    static constexpr int BatchIntervalMs = 250;
    static constexpr int InboxIntervalMs = 1000;

    // `reader` may be null: unread counts then stay 0.
    InstanceListModel(core::instances::InstanceManager *manager, StoreReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString(); }
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }
    // Applies collected manager signals now instead of at the next batch tick.
    void flushPending();
    // Asks for fresh unread counts (debounced; e.g. after messages arrived or were read).
    void requestInboxRefresh();
    int batchesApplied() const { return m_batches; }
    // Status words and headers are translated: the window calls this after a language switch.
    void retranslate();

Q_SIGNALS:
    void inboxRefreshed();

private:
    struct Row {
        QString id;
        QString name;
        QString description;
        QString phone;
        QString status;
        qint64 lastActivity = 0;
        qint64 unread = 0;
        qint64 lastMessageAt = 0;
    };
    void reload();
    void fill(Row &row) const; // from the manager's snapshot
    void rebuildIndex();
    void schedule();
    void applyInbox(const QHash<QString, QPair<qint64, qint64>> &inbox);
    QIcon dot(const QString &status) const;

    core::instances::InstanceManager *m_manager;
    StoreReader *m_reader;
    QVector<Row> m_rows; // in creation order; views sort through a proxy
    QHash<QString, int> m_rowOf;
    QSet<QString> m_added, m_changed, m_removed;
    QTimer m_batch;
    QTimer m_inboxTimer;
    bool m_inboxLoading = false;
    bool m_inboxAgain = false;
    int m_batches = 0;
    mutable QHash<QString, QIcon> m_dots;
};

} // namespace ui
