#include "ui/userdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

UserDialog::UserDialog(const core::store::UserRecord *existing, Submit submit, QWidget *parent)
    : QDialog(parent), m_editing(existing != nullptr), m_submit(std::move(submit)), m_email(new QLineEdit),
      m_password(new QLineEdit), m_firstName(new QLineEdit), m_lastName(new QLineEdit), m_role(new QComboBox),
      m_active(new QCheckBox(tr("&Active (may log in and use the API)"))), m_limitMessages(new QCheckBox(tr("Limit"))),
      m_maxMessages(new QSpinBox), m_limitCalls(new QCheckBox(tr("Limit"))), m_maxCalls(new QSpinBox), m_error(new QLabel)
{
    setWindowTitle(m_editing ? tr("Edit user") : tr("New user"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(m_editing ? tr("leave empty to keep the password") : tr("at least 8 characters"));
    m_role->addItem(tr("User"), QStringLiteral("user"));
    m_role->addItem(tr("Admin"), QStringLiteral("admin"));
    m_active->setChecked(true);
    for (QSpinBox *box : {m_maxMessages, m_maxCalls}) {
        box->setRange(0, std::numeric_limits<int>::max());
        box->setEnabled(false);
        box->setGroupSeparatorShown(true);
    }
    connect(m_limitMessages, &QCheckBox::toggled, m_maxMessages, &QWidget::setEnabled);
    connect(m_limitCalls, &QCheckBox::toggled, m_maxCalls, &QWidget::setEnabled);
    if (existing) {
        m_email->setText(existing->email);
        m_firstName->setText(existing->firstName);
        m_lastName->setText(existing->lastName);
        m_role->setCurrentIndex(existing->isAdmin() ? 1 : 0);
        m_active->setChecked(existing->isActive);
        if (existing->maxMessagesSent) {
            m_limitMessages->setChecked(true);
            m_maxMessages->setValue(int(std::min<qint64>(*existing->maxMessagesSent, m_maxMessages->maximum())));
        }
        if (existing->maxApiCalls) {
            m_limitCalls->setChecked(true);
            m_maxCalls->setValue(int(std::min<qint64>(*existing->maxApiCalls, m_maxCalls->maximum())));
        }
    }
    auto limitRow = [](QCheckBox *box, QSpinBox *spin) {
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(spin, 1);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_active);
    form->addRow(tr("Max &messages sent:"), limitRow(m_limitMessages, m_maxMessages));
    form->addRow(tr("Max API &calls:"), limitRow(m_limitCalls, m_maxCalls));
    m_email->setAccessibleName(tr("Email"));
    m_password->setAccessibleName(tr("Password"));
    m_firstName->setAccessibleName(tr("First name"));
    m_lastName->setAccessibleName(tr("Last name"));
    m_role->setAccessibleName(tr("Role"));
    m_maxMessages->setAccessibleName(tr("Max messages sent"));
    m_maxCalls->setAccessibleName(tr("Max API calls"));
    m_limitMessages->setAccessibleName(tr("Limit messages sent"));
    m_limitCalls->setAccessibleName(tr("Limit API calls"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

core::users::UserInput UserDialog::input() const
{
    core::users::UserInput in;
    in.email = m_email->text().trimmed();
    if (!m_editing || !m_password->text().isEmpty())
        in.password = m_password->text();
    in.firstName = m_firstName->text().trimmed();
    in.lastName = m_lastName->text().trimmed();
    in.role = m_role->currentData().toString();
    in.isActive = m_active->isChecked();
    in.maxMessagesSent = m_limitMessages->isChecked() ? std::optional<qint64>(m_maxMessages->value()) : std::nullopt;
    in.maxApiCalls = m_limitCalls->isChecked() ? std::optional<qint64>(m_maxCalls->value()) : std::nullopt;
    return in;
}

void UserDialog::accept()
{
    const QString problem = m_submit ? m_submit(input()) : QString();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ui
