#include "ui/instanceactions.h"

#include "core/instances/instancemanager.h"
#include "ui/instancedialog.h"

#include <QAction>
#include <QMessageBox>

namespace ui {

namespace st = core::instances::status;

InstanceActions::InstanceActions(core::instances::InstanceManager *manager, QWidget *dialogParent,
                                 std::function<QString()> current, std::function<QString()> owner, QObject *parent)
    : QObject(parent), m_manager(manager), m_dialogParent(dialogParent), m_current(std::move(current)),
      m_owner(std::move(owner)), m_new(new QAction(this)), m_edit(new QAction(this)), m_reconnect(new QAction(this)),
      m_logout(new QAction(this)), m_remove(new QAction(this))
{
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Del deletes an instance only where instances are listed (the window adds this action to the
    // list); elsewhere, in the Users table say, it must not.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_new, &QAction::triggered, this, &InstanceActions::onNew);
    connect(m_edit, &QAction::triggered, this, &InstanceActions::onEdit);
    connect(m_reconnect, &QAction::triggered, this, &InstanceActions::onReconnect);
    connect(m_logout, &QAction::triggered, this, &InstanceActions::onLogout);
    connect(m_remove, &QAction::triggered, this, &InstanceActions::onRemove);
    connect(manager, &core::instances::InstanceManager::stateChanged, this, &InstanceActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void InstanceActions::retranslate()
{
    m_new->setText(tr("&New instance…"));
    m_new->setToolTip(tr("Create an instance and show its QR code (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Change the name and description"));
    m_reconnect->setText(tr("&Reconnect"));
    m_reconnect->setToolTip(tr("Drop the connection and connect again"));
    m_logout->setText(tr("&Log out"));
    m_logout->setToolTip(tr("Unlink this device from the phone; a new QR code follows"));
    m_remove->setText(tr("&Delete"));
    m_remove->setToolTip(tr("Delete the instance and its history"));
}

void InstanceActions::updateEnabled()
{
    const QString id = m_current();
    const bool any = !id.isEmpty() && m_manager->get(id).has_value();
    const bool engine = m_manager->engineAvailable();
    const QString status = any ? m_manager->state(id).status : QString();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_reconnect->setEnabled(any && engine);
    m_logout->setEnabled(any && engine && status != st::loggedOut);
}

bool InstanceActions::confirm(const QString &title, const QString &question)
{
    return m_assumeYes || QMessageBox::question(m_dialogParent, title, question) == QMessageBox::Yes;
}

void InstanceActions::report(const QString &title, const QString &problem)
{
    if (!problem.isEmpty() && !m_assumeYes)
        QMessageBox::warning(m_dialogParent, title, problem);
}

QString InstanceActions::create(const QString &name, const QString &description, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const QString owner = m_owner();
    if (owner.isEmpty())
        return failed(tr("There is no active admin account to own the instance."));
    core::store::InstanceRecord record;
    record.userId = owner;
    record.name = name.trimmed().left(InstanceDialog::MaxName);
    record.description = description.trimmed().left(InstanceDialog::MaxDescription);
    if (record.name.isEmpty())
        return failed(tr("Give the instance a name."));
    const auto made = m_manager->create(record, QString());
    if (!made.ok())
        return failed(made.failure().message);
    Q_EMIT created(made.value().id);
    return made.value().id;
}

QString InstanceActions::rename(const QString &id, const QString &name, const QString &description)
{
    auto record = m_manager->get(id);
    if (!record)
        return tr("This instance no longer exists.");
    if (name.trimmed().isEmpty())
        return tr("Give the instance a name.");
    record->name = name.trimmed().left(InstanceDialog::MaxName);
    record->description = description.trimmed().left(InstanceDialog::MaxDescription);
    const auto updated = m_manager->update(*record, std::nullopt);
    return updated.ok() ? QString() : updated.failure().message;
}

QString InstanceActions::reconnectNow(const QString &id)
{
    const auto done = m_manager->reconnect(id);
    return done.ok() ? QString() : done.failure().message;
}

QString InstanceActions::logoutNow(const QString &id)
{
    const auto done = m_manager->logout(id);
    return done.ok() ? QString() : done.failure().message;
}

QString InstanceActions::removeNow(const QString &id)
{
    const auto done = m_manager->remove(id);
    return done.ok() ? QString() : done.failure().message;
}

void InstanceActions::onNew()
{
    InstanceDialog dialog(tr("New instance"), QString(), QString(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (create(dialog.name(), dialog.description(), &error).isEmpty())
        report(tr("New instance"), error);
}

void InstanceActions::onEdit()
{
    const auto record = m_manager->get(m_current());
    if (!record)
        return;
    InstanceDialog dialog(tr("Edit instance"), record->name, record->description, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Edit instance"), rename(record->id, dialog.name(), dialog.description()));
}

void InstanceActions::onReconnect()
{
    const QString id = m_current();
    if (!id.isEmpty())
        report(tr("Reconnect"), reconnectNow(id));
}

void InstanceActions::onLogout()
{
    const auto record = m_manager->get(m_current());
    if (!record || !confirm(tr("Log out"), tr("Unlink \"%1\" from its phone? Linking it again needs a new QR scan.").arg(record->name)))
        return;
    report(tr("Log out"), logoutNow(record->id));
}

void InstanceActions::onRemove()
{
    const auto record = m_manager->get(m_current());
    if (!record || !confirm(tr("Delete instance"), tr("Delete \"%1\" and all its history?").arg(record->name)))
        return;
    report(tr("Delete instance"), removeNow(record->id));
}

} // namespace ui
