#pragma once
// The Overview tab of an instance: its state in words; while it waits for a scan, the live QR
// code (redrawn on every rotation) with a countdown to the next one, or instead a pairing code
// for a phone number (typed on the phone under "Link with phone number"); once linked, the
// account (number and name); the actions that apply; and the activity log, read page by page.
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace core::instances {
class InstanceManager;
}

namespace ui {

class ActivityModel;
class QrTracker;
class QrWidget;
class StoreReader;

class InstancePage : public QWidget
{
    Q_OBJECT
public:
    InstancePage(core::instances::InstanceManager *manager, QrTracker *qr, StoreReader *reader, QWidget *parent = nullptr);

    // Buttons for these actions (reconnect, log out, edit, delete) sit under the state.
    void setActions(const QList<QAction *> &actions);
    void setInstance(const QString &instanceId);
    QString instanceId() const { return m_id; }

    QrWidget *qrWidget() const { return m_qr; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *accountLabel() const { return m_account; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *pairingNumberEdit() const { return m_pairNumber; }
    QLabel *pairingCodeLabel() const { return m_pairCode; }
    // Asks the engine for a pairing code for `number`; false (with the reason shown) if refused.
    bool requestPairingCode(const QString &number);
    ActivityModel *activityModel() const { return m_activity; }
    QTableView *activityView() const { return m_activityView; }
    bool showsQr() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fitActivityColumns();
    void refreshView();
    void updateCountdown();

    core::instances::InstanceManager *m_manager;
    QrTracker *m_tracker;
    QString m_id;
    QLabel *m_name;
    QLabel *m_statusDot;
    QLabel *m_status;
    QLabel *m_description;
    QStackedWidget *m_stack;
    QWidget *m_qrPage;
    QrWidget *m_qr;
    QProgressBar *m_progress;
    QLabel *m_countdown;
    QLabel *m_qrHint;
    QLabel *m_pairLabel;
    QLineEdit *m_pairNumber;
    QPushButton *m_pairButton;
    QLabel *m_pairCode;
    QLabel *m_pairHint;
    QWidget *m_linkedPage;
    QLabel *m_account;
    QLabel *m_accountCaption;
    QLabel *m_message;
    QWidget *m_buttons;
    QLabel *m_activityTitle;
    ActivityModel *m_activity;
    QTableView *m_activityView;
    QTimer m_tick;
    QTimer m_activityDelay;
};

} // namespace ui
