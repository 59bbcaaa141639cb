#pragma once
// Table model of the instances (name, status, description, created), fed by InstanceManager's
// signals on the GUI thread. The full instance page, QR widget and chats come with the desktop
// window issue; this model is what the main window lists today.
#include <QAbstractTableModel>
#include <QStringList>

namespace core::instances {
class InstanceManager;
}

namespace ui {

class InstanceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, Description, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit InstanceListModel(core::instances::InstanceManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString idAt(int row) const { return m_ids.value(row); }

private:
    void reload();
    void onChanged(const QString &id);
    core::instances::InstanceManager *m_manager;
    QStringList m_ids; // in creation order
};

} // namespace ui
