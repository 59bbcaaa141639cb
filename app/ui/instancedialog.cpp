#include "ui/instancedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ui {

InstanceDialog::InstanceDialog(const QString &title, const QString &name, const QString &description, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(name)), m_description(new QPlainTextEdit(description)), m_error(new QLabel)
{
    setWindowTitle(title);
    m_name->setMaxLength(MaxName);
    m_name->setPlaceholderText(tr("e.g. Support desk"));
    m_name->setAccessibleName(tr("Instance name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstanceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString InstanceDialog::name() const
{
    return m_name->text().trimmed();
}

QString InstanceDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

QString InstanceDialog::problem() const
{
    if (name().isEmpty())
        return tr("Give the instance a name.");
    if (description().size() > MaxDescription)
        return tr("The description is %1 characters long; at most %2 fit.").arg(description().size()).arg(MaxDescription);
    return {};
}

void InstanceDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ui
