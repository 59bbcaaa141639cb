#pragma once
// Creating or editing a user account: email, password (required to create; empty keeps it when
// editing), names, role, active, and the two usage limits (or none). The dialog stays open with
// the reason shown when the service refuses the input.
#include <QDialog>
#include <functional>

#include "core/store/records.h"
#include "core/users/userservice.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui {

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // `submit` applies the input and returns why it failed, or "" on success.
    using Submit = std::function<QString(const core::users::UserInput &)>;
    UserDialog(const core::store::UserRecord *existing, Submit submit, QWidget *parent = nullptr);

    core::users::UserInput input() const;
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *activeBox() const { return m_active; }
    QCheckBox *messageLimitBox() const { return m_limitMessages; }
    QSpinBox *messageLimit() const { return m_maxMessages; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    bool m_editing;
    Submit m_submit;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QComboBox *m_role;
    QCheckBox *m_active;
    QCheckBox *m_limitMessages;
    QSpinBox *m_maxMessages;
    QCheckBox *m_limitCalls;
    QSpinBox *m_maxCalls;
    QLabel *m_error;
};

} // namespace ui
