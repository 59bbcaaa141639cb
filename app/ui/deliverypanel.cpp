#include "ui/deliverypanel.h"

#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/webhooks/deliverylog.h"
#include "core/webhooks/dispatcher.h"
#include "core/webhooks/payloads.h"
#include "ui/deliverymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

DeliveryPanel::DeliveryPanel(core::instances::InstanceManager *manager, core::webhooks::DeliveryLog *log,
                             core::webhooks::Dispatcher *dispatcher, StoreReader *reader, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_log(log), m_dispatcher(dispatcher), m_model(new DeliveryModel(reader, this)),
      m_title(new QLabel), m_filterLabel(new QLabel), m_filter(new QComboBox), m_view(new QTableView), m_replay(new QPushButton),
      m_test(new QPushButton), m_refresh(new QPushButton), m_message(new QLabel)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_filterLabel->setBuddy(m_filter);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < DeliveryModel::Answer; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveryPanel::updateButtons);
    connect(m_model, &DeliveryModel::loaded, this, &DeliveryPanel::updateButtons);
    connect(m_filter, &QComboBox::activated, this, [this] {
        const QString state = m_filter->currentData().toString();
        m_model->setStates(state.isEmpty() ? QStringList() : QStringList{state});
    });
    connect(m_replay, &QPushButton::clicked, this, &DeliveryPanel::replaySelected);
    connect(m_test, &QPushButton::clicked, this, &DeliveryPanel::sendTest);
    connect(m_refresh, &QPushButton::clicked, m_model, &DeliveryModel::refresh);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, m_model, &DeliveryModel::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    retranslateUi();
    updateButtons();
}

void DeliveryPanel::setInstance(const QString &instanceId)
{
    m_id = instanceId;
    m_message->clear();
    m_model->setInstance(instanceId);
    updateButtons();
}

QString DeliveryPanel::say(const QString &text)
{
    m_message->setText(text);
    return text;
}

void DeliveryPanel::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const QString state = current.isValid() ? current.data(DeliveryModel::StateRole).toString() : QString();
    m_replay->setEnabled(current.isValid() && state != QLatin1String("pending"));
    m_test->setEnabled(!m_id.isEmpty());
}

QString DeliveryPanel::replaySelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return say(tr("Choose a delivery in the log first."));
    const QString deliveryId = current.data(DeliveryModel::IdRole).toString();
    switch (m_log->replay(m_id, deliveryId, core::nowMs())) {
    case core::webhooks::DeliveryLog::Replay::Queued: break;
    case core::webhooks::DeliveryLog::Replay::NotFound: return say(tr("That delivery is no longer in the log."));
    case core::webhooks::DeliveryLog::Replay::StillPending: return say(tr("That delivery is still pending: it is retried by itself."));
    case core::webhooks::DeliveryLog::Replay::Failed: return say(tr("The replay could not be queued."));
    }
    // The replayed row sits before the instance's queue: the dispatcher must read it again.
    m_dispatcher->invalidate(m_id);
    m_dispatcher->wake();
    m_model->refresh();
    say(tr("Queued again: the same event, with the same X-Webhook-Id."));
    return {};
}

QString DeliveryPanel::sendTest()
{
    const auto r = m_manager->get(m_id);
    if (!r)
        return say(tr("This instance no longer exists."));
    if (r->webhookUrl.isEmpty() || !r->webhookEnabled)
        return say(tr("Set a webhook URL and turn webhooks on (and save) before sending a test event."));
    const QJsonObject data{{QStringLiteral("instanceId"), r->id},
                           {QStringLiteral("message"), QStringLiteral("Test event from WaMulti")},
                           {QStringLiteral("test"), true}};
    QString deliveryId, error;
    if (!m_log->enqueue(r->id, core::webhooks::event::webhookTest, data, core::nowMs(), &deliveryId, &error) || deliveryId.isEmpty())
        return say(tr("The test event could not be queued."));
    m_dispatcher->wake();
    m_model->refresh();
    say(tr("Test event queued; its delivery appears in the log."));
    return {};
}

void DeliveryPanel::showEvent(QShowEvent *event)
{
    m_model->refresh();
    m_poll.start();
    QWidget::showEvent(event);
}

void DeliveryPanel::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

void DeliveryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeliveryPanel::retranslateUi()
{
    m_title->setText(tr("Deliveries"));
    m_filterLabel->setText(tr("Filter &by state:"));
    const int filter = m_filter->currentIndex();
    m_filter->clear();
    m_filter->addItem(tr("All"), QString());
    m_filter->addItem(tr("Pending"), QStringLiteral("pending"));
    m_filter->addItem(tr("Delivered"), QStringLiteral("delivered"));
    m_filter->addItem(tr("Failed"), QStringLiteral("dead"));
    m_filter->setCurrentIndex(std::max(0, filter));
    m_filter->setAccessibleName(tr("Show deliveries"));
    m_view->setAccessibleName(tr("Webhook deliveries"));
    m_replay->setText(tr("Replay"));
    m_replay->setToolTip(tr("Send the selected event again: same body, same X-Webhook-Id"));
    m_test->setText(tr("Send test event"));
    m_test->setToolTip(tr("Queue a webhook_test event for this instance's webhook URL"));
    m_refresh->setText(tr("Reload"));
    m_model->retranslate();
}

} // namespace ui
