#pragma once
// The user accounts (admins' Users view): email, name, role, active, limits, last login. Read
// through UserService a page of PageSize at a time as the view scrolls (fetchMore).
#include <QAbstractTableModel>
#include <QVector>

#include "core/store/records.h"

namespace core::users {
class UserService;
}

namespace ui {

class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Email, Name, Role, Active, Limits, LastLogin, ColumnCount };
    enum RoleId { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 100;

    explicit UserListModel(core::users::UserService *users, QObject *parent = nullptr);

    void reload(); // after a change: re-reads as many rows as are loaded
    void retranslate();
    const core::store::UserRecord &user(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    core::users::UserService *m_users;
    QVector<core::store::UserRecord> m_rows;
    qint64 m_total = 0;
};

} // namespace ui
