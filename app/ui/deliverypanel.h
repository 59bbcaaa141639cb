#pragma once
// Under the webhook settings: the delivery log of the instance with a state filter, "Replay" for
// a delivered or failed event (same bytes, same X-Webhook-Id, a fresh retry budget) and "Send test
// event" (webhook_test), as POST .../webhooks/deliveries/{id}/replay and .../webhooks/test do. The
// log is re-read every 2 s while shown, since the dispatcher thread moves states on by itself.
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace core::instances {
class InstanceManager;
}
namespace core::webhooks {
class DeliveryLog;
class Dispatcher;
}

namespace ui {

class DeliveryModel;
class StoreReader;

class DeliveryPanel : public QWidget
{
    Q_OBJECT
public:
    DeliveryPanel(core::instances::InstanceManager *manager, core::webhooks::DeliveryLog *log,
                  core::webhooks::Dispatcher *dispatcher, StoreReader *reader, QWidget *parent = nullptr);

    void setInstance(const QString &instanceId);
    // "" = done; else why not (shown under the log too).
    QString replaySelected();
    QString sendTest();

    DeliveryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString say(const QString &text); // shows and returns it

    core::instances::InstanceManager *m_manager;
    core::webhooks::DeliveryLog *m_log;
    core::webhooks::Dispatcher *m_dispatcher;
    QString m_id;
    DeliveryModel *m_model;
    QLabel *m_title;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTableView *m_view;
    QPushButton *m_replay;
    QPushButton *m_test;
    QPushButton *m_refresh;
    QLabel *m_message;
    QTimer m_poll;
};

} // namespace ui
