#pragma once
// The activity log of one instance (connected, QR shown, settings changed, ...), newest first,
// read in pages of PageSize on the StoreReader thread: the first page when the instance is
// chosen, older pages through fetchMore as the view scrolls down, and newer entries prepended by
// refresh() (the window calls it, debounced, when the instance's state changes).
#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace ui {

class StoreReader;

class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Event, Details, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, IdRole };
    static constexpr int PageSize = 50;

    explicit ActivityModel(StoreReader *reader, QObject *parent = nullptr);

    void setInstance(const QString &instanceId); // "" = empty
    QString instanceId() const { return m_instanceId; }
    void refresh();
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded(); // a page or a refresh arrived

private:
    struct Entry {
        qint64 id = 0;
        QString action;
        QString details; // "key: value · key: value"
        qint64 at = 0;
    };
    struct Page {
        QVector<Entry> entries;
        qint64 total = 0;
    };
    void load(int skip, bool newest);
    void apply(const Page &page, bool newest, quint64 epoch);

    StoreReader *m_reader;
    QString m_instanceId;
    QVector<Entry> m_rows;
    QSet<qint64> m_ids;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_refreshAgain = false;
    quint64 m_epoch = 0; // bumped by setInstance: late pages of the previous instance are dropped
};

} // namespace ui
