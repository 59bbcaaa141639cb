#pragma once
// The commands on instances, as actions the menu, toolbar and instance page share: new, edit
// (name and description), reconnect, log out and delete, each confirming what cannot be undone
// and saying in a message box why it failed. They act through InstanceManager, in process.
#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace core::instances {
class InstanceManager;
}

namespace ui {

class InstanceActions : public QObject
{
    Q_OBJECT
public:
    // `current` gives the selected instance's id (or ""), `owner` the id of the account that
    // owns what the window creates (its operator, the first active admin).
    InstanceActions(core::instances::InstanceManager *manager, QWidget *dialogParent, std::function<QString()> current,
                    std::function<QString()> owner, QObject *parent = nullptr);

    QAction *newInstance() const { return m_new; }
    QAction *edit() const { return m_edit; }
    QAction *reconnect() const { return m_reconnect; }
    QAction *logout() const { return m_logout; }
    QAction *remove() const { return m_remove; }
    QList<QAction *> pageActions() const { return {m_reconnect, m_logout, m_edit, m_remove}; }

    // Creates an instance owned by the operator. Returns its id, or "" with *error set.
    QString create(const QString &name, const QString &description, QString *error = nullptr);
    // Dialog-free forms of the actions, for scripted use; "" = done, else the reason.
    QString rename(const QString &id, const QString &name, const QString &description);
    QString reconnectNow(const QString &id);
    QString logoutNow(const QString &id);
    QString removeNow(const QString &id);

    void updateEnabled(); // after the selection or the instance's state changed
    void retranslate();
    // Tests answer confirmations themselves; true = every question is answered "yes".
    void setAssumeYes(bool yes) { m_assumeYes = yes; }

Q_SIGNALS:
    void created(const QString &id);

private:
    void onNew();
    void onEdit();
    void onReconnect();
    void onLogout();
    void onRemove();
    bool confirm(const QString &title, const QString &question);
    void report(const QString &title, const QString &problem);

    core::instances::InstanceManager *m_manager;
    QWidget *m_dialogParent;
    std::function<QString()> m_current;
    std::function<QString()> m_owner;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_reconnect;
    QAction *m_logout;
    QAction *m_remove;
    bool m_assumeYes = false;
};

} // namespace ui
