#pragma once
// "Simulated phones", shown in sandbox mode (--sandbox): create phones on the simulated network,
// let one scan the selected instance's QR code, and send messages to the instance as a phone.
// It talks to the sandbox through its documented HTTP control API (docs/sandbox.md) with
// QNetworkAccessManager, asynchronously, so ui needs no sandbox header and never blocks. Every
// reply, error or not, is written to the panel's log in the sandbox's own words.
#include <QJsonValue>
#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace core::instances {
class InstanceManager;
}

namespace ui {

class SandboxPanel : public QWidget
{
    Q_OBJECT
public:
    // `controlUrl`: the base of the control routes, e.g. http://127.0.0.1:41237/sandbox.
    SandboxPanel(QString controlUrl, core::instances::InstanceManager *manager, QWidget *parent = nullptr);

    void setInstance(const QString &instanceId);
    void refreshPhones();
    void createPhone(const QString &number, const QString &pushName);
    void scanWithSelectedPhone();
    void sendAsSelectedPhone(const QString &text);
    void setAutoReply(const QString &mode); // "off" | "echo"
    // The selected phone's user types a pairing code the selected instance shows.
    void enterPairingCode(const QString &code);
    void selectPhone(const QString &number);
    QString selectedPhone() const;

    QStringList phoneNumbers() const;
    QString logText() const;
    int requestsInFlight() const { return m_inFlight; }
    QLineEdit *numberEdit() const { return m_number; }
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *pairingCodeEdit() const { return m_code; }

Q_SIGNALS:
    // Every control API answer: the route, the HTTP status (0 = no answer), the JSON body.
    void replied(const QString &route, int status, const QJsonValue &body);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    using Reply = std::function<void(int status, const QJsonValue &body)>;
    void call(const QByteArray &method, const QString &path, const QJsonValue &body, Reply done);
    void log(const QString &line);
    void updateButtons();
    void retranslateUi();

    QString m_controlUrl;
    core::instances::InstanceManager *m_manager;
    QString m_instanceId;
    QString m_selectAfterRefresh;
    QNetworkAccessManager *m_net;
    int m_inFlight = 0;
    bool m_listing = false; // a GET /phones is on its way
    bool m_listAgain = false;
    QTimer m_poll;          // phones can also be added through the control API by scripts
    QLabel *m_intro;
    QTableWidget *m_phones;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_refresh;
    QPushButton *m_scan;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QPushButton *m_typeCode;
    QLabel *m_replyLabel;
    QComboBox *m_autoReply;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QPushButton *m_send;
    QPlainTextEdit *m_log;
};

} // namespace ui
