#include "ui/userspage.h"

#include "core/instances/instancemanager.h"
#include "core/users/userservice.h"
#include "ui/userdialog.h"
#include "ui/userlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
QString describe(const core::Failure &f)
{
    return f.field.isEmpty() ? f.message : QStringLiteral("%1: %2").arg(f.field, f.message);
}
} // namespace

UsersPage::UsersPage(core::users::UserService *users, core::instances::InstanceManager *instances,
                     std::function<QString()> operatorId, QWidget *parent)
    : QWidget(parent), m_users(users), m_instances(instances), m_operatorId(std::move(operatorId)), m_model(new UserListModel(users, this)),
      m_view(new QTableView), m_new(new QPushButton), m_edit(new QPushButton), m_delete(new QPushButton)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = UserListModel::Email; c < UserListModel::LastLogin; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_view, &QTableView::activated, this, &UsersPage::editUser);
    connect(m_new, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::deleteUser);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    retranslateUi();
}

int UsersPage::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void UsersPage::newUser()
{
    QString apiKey;
    UserDialog dialog(nullptr, [&](const core::users::UserInput &in) {
        const auto created = m_users->create(in);
        if (!created.ok())
            return describe(created.failure());
        apiKey = created.value().apiKey;
        return QString();
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    Q_EMIT usersChanged();
    // The new key is handed over on request only (copied, never displayed or logged).
    QMessageBox box(QMessageBox::Information, tr("New user"),
                    tr("The account was created with its own API key. Copy it now to give it to its owner; "
                       "it can be replaced later in Settings or through the API."),
                    QMessageBox::Close, this);
    QPushButton *copy = box.addButton(tr("&Copy API key"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == copy)
        QApplication::clipboard()->setText(apiKey);
    apiKey.fill(QLatin1Char('\0'));
}

void UsersPage::editUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const core::store::UserRecord user = m_model->user(row);
    UserDialog dialog(&user, [&](const core::users::UserInput &in) {
        const auto updated = m_users->update(user.id, in, m_operatorId());
        return updated.ok() ? QString() : describe(updated.failure());
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    Q_EMIT usersChanged();
}

void UsersPage::deleteUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const core::store::UserRecord user = m_model->user(row);
    if (const auto why = m_users->checkRemovable(user.id, m_operatorId())) {
        QMessageBox::information(this, tr("Delete user"), tr("%1 cannot be deleted: %2").arg(user.email, why->message));
        return;
    }
    if (QMessageBox::question(this, tr("Delete user"), tr("Delete %1 and every instance it owns?").arg(user.email)) != QMessageBox::Yes)
        return;
    // As DELETE /api/users/{id}: the instances first, through the manager, so their connections
    // stop and its snapshot forgets them; then the account.
    for (const auto &instance : m_instances->list(user.id))
        if (const auto gone = m_instances->remove(instance.id); !gone.ok()) {
            QMessageBox::warning(this, tr("Delete user"), describe(gone.failure()));
            return;
        }
    const auto removed = m_users->remove(user.id, m_operatorId());
    if (!removed.ok()) {
        QMessageBox::warning(this, tr("Delete user"), describe(removed.failure()));
        return;
    }
    m_model->reload();
    Q_EMIT usersChanged();
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_new->setText(tr("&New user…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_view->setAccessibleName(tr("Users"));
    m_model->retranslate();
}

} // namespace ui
