#pragma once
// Writing a message: the text (Enter sends, Shift+Enter starts a new line), attachments chosen
// with the paper clip or dropped onto the conversation, shown as removable chips, and a line that
// says why the last message could not be sent. It only collects; ChatsPage sends.
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ui {

class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    QStringList attachments() const { return m_files; }
    void addAttachments(const QStringList &files); // local paths; folders and duplicates are skipped
    void clear();                                  // after a successful send
    void setBusy(bool busy);                       // while a send is on its way
    void showError(const QString &message);        // empty hides it
    QString error() const;
    void setTarget(const QString &chatTitle);      // "" = no chat: disabled

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *attachButton() const { return m_attach; }

Q_SIGNALS:
    void sendRequested(const QString &text, const QStringList &files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void updateChips();

    QPlainTextEdit *m_edit;
    QToolButton *m_attach;
    QPushButton *m_send;
    QListWidget *m_chips;
    QLabel *m_error;
    QStringList m_files;
    QString m_target;
    bool m_busy = false;
};

} // namespace ui
