#pragma once
// The Users view (admins): every account with its role, state and limits; create, edit (role,
// active, limits, names, password) and delete. The window acts as its operator, the first active
// admin, so it cannot delete itself or the last active admin (the service's own rules).
#include <QWidget>
#include <functional>

class QPushButton;
class QTableView;

namespace core::users {
class UserService;
}
namespace core::instances {
class InstanceManager;
}

namespace ui {

class UserListModel;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    // `operatorId` returns the acting admin's id at the time of the call.
    UsersPage(core::users::UserService *users, core::instances::InstanceManager *instances,
              std::function<QString()> operatorId, QWidget *parent = nullptr);

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void newUser();
    void editUser();
    void deleteUser();

Q_SIGNALS:
    void usersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    int currentRow() const;

    core::users::UserService *m_users;
    core::instances::InstanceManager *m_instances;
    std::function<QString()> m_operatorId;
    UserListModel *m_model;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace ui
