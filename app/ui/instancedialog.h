#pragma once
// Creating an instance or editing its name and description (the webhook settings have their own
// tab). A name is required; the limits are those of the API (200 and 2,000 characters).
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ui {

class InstanceDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxName = 200;
    static constexpr int MaxDescription = 2000;

    InstanceDialog(const QString &title, const QString &name, const QString &description, QWidget *parent = nullptr);
    QString name() const;
    QString description() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLabel *errorLabel() const { return m_error; }
    // Why the input cannot be saved, or "".
    QString problem() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_error;
};

} // namespace ui
