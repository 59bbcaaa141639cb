#include "ui/instancepage.h"

#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "ui/activitymodel.h"
#include "ui/qrtracker.h"
#include "ui/qrwidget.h"
#include "ui/uitext.h"

#include <QAction>
#include <QEvent>
#include <QShowEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace st = core::instances::status;
using core::instances::InstanceManager;

InstancePage::InstancePage(InstanceManager *manager, QrTracker *qr, StoreReader *reader, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_tracker(qr), m_name(new QLabel), m_statusDot(new QLabel),
      m_status(new QLabel), m_description(new QLabel), m_stack(new QStackedWidget), m_qrPage(new QWidget),
      m_qr(new QrWidget), m_progress(new QProgressBar), m_countdown(new QLabel), m_qrHint(new QLabel),
      m_pairLabel(new QLabel), m_pairNumber(new QLineEdit), m_pairButton(new QPushButton), m_pairCode(new QLabel),
      m_pairHint(new QLabel),
      m_linkedPage(new QWidget), m_account(new QLabel), m_accountCaption(new QLabel), m_message(new QLabel),
      m_buttons(new QWidget), m_activityTitle(new QLabel), m_activity(new ActivityModel(reader, this)),
      m_activityView(new QTableView)
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusDot);
    statusRow->addWidget(m_status, 1);

    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_qrHint->setWordWrap(true);
    m_qrHint->setAlignment(Qt::AlignCenter);
    auto *qrLayout = new QVBoxLayout(m_qrPage);
    qrLayout->addWidget(m_qr, 1);
    qrLayout->addWidget(m_progress);
    qrLayout->addWidget(m_countdown);
    qrLayout->addWidget(m_qrHint);
    m_pairLabel->setBuddy(m_pairNumber);
    m_pairNumber->setPlaceholderText(QStringLiteral("5511999990000"));
    QFont codeFont = m_pairCode->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_pairCode->setFont(codeFont);
    m_pairCode->setAlignment(Qt::AlignCenter);
    m_pairCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pairCode->setWordWrap(true);
    m_pairCode->hide();
    m_pairHint->setWordWrap(true);
    m_pairHint->setAlignment(Qt::AlignCenter);
    m_pairHint->hide();
    auto *pairRow = new QHBoxLayout;
    pairRow->addWidget(m_pairLabel);
    pairRow->addWidget(m_pairNumber, 1);
    pairRow->addWidget(m_pairButton);
    qrLayout->addLayout(pairRow);
    qrLayout->addWidget(m_pairCode);
    qrLayout->addWidget(m_pairHint);
    connect(m_pairButton, &QPushButton::clicked, this, [this] { requestPairingCode(m_pairNumber->text()); });
    connect(m_pairNumber, &QLineEdit::returnPressed, m_pairButton, &QPushButton::click);
    connect(manager, &InstanceManager::pairingCodeReady, this, [this](const QString &id, const QString &code, const QString &error) {
        if (id != m_id)
            return;
        m_pairCode->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #d32f2f"));
        // Shown as WhatsApp shows it, in two groups of four.
        const QString shown = code.size() == 8 ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
        m_pairCode->setText(error.isEmpty() ? shown : tr("No pairing code: %1").arg(error));
        m_pairHint->setText(tr("On the phone: Linked devices > Link a device > Link with phone number instead, then type this code."));
        m_pairHint->setVisible(error.isEmpty());
        m_pairCode->setAccessibleName(error.isEmpty() ? tr("Pairing code %1").arg(shown) : m_pairCode->text());
        m_pairCode->show();
    });

    QFont accountFont = m_account->font();
    accountFont.setPointSizeF(accountFont.pointSizeF() * 1.3);
    m_account->setFont(accountFont);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setAlignment(Qt::AlignCenter);
    m_accountCaption->setAlignment(Qt::AlignCenter);
    auto *linkedLayout = new QVBoxLayout(m_linkedPage);
    linkedLayout->addStretch();
    linkedLayout->addWidget(m_accountCaption);
    linkedLayout->addWidget(m_account);
    linkedLayout->addStretch();

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_qrPage);
    m_stack->addWidget(m_linkedPage);
    m_stack->setMinimumHeight(260);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();

    m_activityView->setModel(m_activity);
    m_activityView->verticalHeader()->hide();
    m_activityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activityView->horizontalHeader()->setStretchLastSection(true);
    // ResizeToContents would measure once, while the lazily filled model is still empty, and then
    // never again: the columns are fitted by hand whenever rows arrive or the page is shown.
    m_activityView->setWordWrap(false);
    m_activityView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_activity, &QAbstractItemModel::modelReset, this, &InstancePage::fitActivityColumns,
            Qt::QueuedConnection);
    connect(m_activity, &QAbstractItemModel::layoutChanged, this, &InstancePage::fitActivityColumns,
            Qt::QueuedConnection);
    connect(m_activity, &QAbstractItemModel::rowsInserted, this, &InstancePage::fitActivityColumns,
            Qt::QueuedConnection);
    QFont sub = m_activityTitle->font();
    sub.setBold(true);
    m_activityTitle->setFont(sub);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(statusRow);
    layout->addWidget(m_description);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_buttons);
    layout->addWidget(m_activityTitle);
    layout->addWidget(m_activityView, 2);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &InstancePage::updateCountdown);
    m_activityDelay.setSingleShot(true);
    m_activityDelay.setInterval(300);
    connect(&m_activityDelay, &QTimer::timeout, m_activity, &ActivityModel::refresh);
    connect(qr, &QrTracker::qrChanged, this, [this](const QString &id) {
        if (id == m_id)
            refreshView();
    });
    connect(manager, &InstanceManager::stateChanged, this, [this](const QString &id, const QString &) {
        if (id != m_id)
            return;
        refreshView();
        m_activityDelay.start(); // a state change writes an activity entry
    });
    connect(manager, &InstanceManager::instanceChanged, this, [this](const QString &id) {
        if (id != m_id)
            return;
        refreshView();
        m_activityDelay.start();
    });
    retranslateUi();
    refreshView();
}

void InstancePage::setActions(const QList<QAction *> &actions)
{
    auto *row = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *a : actions) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->insertWidget(row->count() - 1, b);
    }
}

bool InstancePage::requestPairingCode(const QString &number)
{
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[+\\s-]")));
    static const QRegularExpression valid(QStringLiteral("^[0-9]{6,15}$"));
    m_pairCode->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_pairCode->show();
    m_pairHint->hide();
    if (!valid.match(digits).hasMatch()) {
        m_pairCode->setText(tr("\"%1\" is not a phone number: use 6 to 15 digits with the country code.").arg(number));
        return false;
    }
    // Said before asking: the answer may come back before requestPairingCode() returns.
    m_pairCode->setStyleSheet(QString());
    m_pairCode->setText(tr("Asking WhatsApp for a code for +%1…").arg(digits));
    const auto asked = m_manager->requestPairingCode(m_id, digits);
    if (!asked.ok()) {
        m_pairCode->setStyleSheet(QStringLiteral("color: #d32f2f"));
        m_pairCode->setText(tr("No pairing code: %1").arg(asked.failure().message));
        return false;
    }
    return true;
}

void InstancePage::setInstance(const QString &instanceId)
{
    if (instanceId != m_id) {
        m_pairCode->hide();
        m_pairHint->hide();
    }
    m_id = instanceId;
    m_activity->setInstance(instanceId);
    refreshView();
}

bool InstancePage::showsQr() const
{
    return m_stack->currentWidget() == m_qrPage && m_qr->moduleCount() > 0;
}

void InstancePage::refreshView()
{
    const auto record = m_id.isEmpty() ? std::nullopt : m_manager->get(m_id);
    if (!record) {
        m_name->setText(tr("No instance selected"));
        m_status->clear();
        m_statusDot->clear();
        m_description->clear();
        m_message->setText(tr("Create an instance with New instance (Ctrl+N), or choose one in the list."));
        m_stack->setCurrentWidget(m_message);
        m_qr->setPayload(QString());
        m_tick.stop();
        m_buttons->setEnabled(false);
        return;
    }
    m_buttons->setEnabled(true);
    const auto state = m_manager->state(m_id);
    m_name->setText(record->name);
    m_description->setText(record->description);
    m_description->setVisible(!record->description.isEmpty());
    m_statusDot->setPixmap(text::statusDot(state.status).pixmap(14, 14));
    m_status->setText(text::status(state.status));
    m_status->setAccessibleName(tr("Status: %1").arg(text::status(state.status)));
    const auto shown = m_tracker->current(m_id);
    if (state.status == st::qr && shown) {
        m_qr->setPayload(shown->code);
        m_qrHint->setText(text::statusHint(state.status));
        m_stack->setCurrentWidget(m_qrPage);
        updateCountdown();
        m_tick.start();
        return;
    }
    m_tick.stop();
    m_qr->setPayload(QString());
    m_pairCode->hide(); // a code belongs to the linking round that just ended
    m_pairHint->hide();
    if (state.status == st::connected) {
        const QString number = record->phone.isEmpty() ? QString() : QLatin1Char('+') + record->phone;
        const QString name = record->pushName.isEmpty() ? tr("name not known yet") : record->pushName;
        m_account->setText(number.isEmpty() ? name : QStringLiteral("%1\n%2").arg(number, name));
        m_account->setAccessibleName(tr("Linked account: %1, %2").arg(number, name));
        m_stack->setCurrentWidget(m_linkedPage);
        return;
    }
    QString message = text::statusHint(state.status);
    if (!m_manager->engineAvailable())
        message = tr("The WhatsApp engine is off (WAMULTI_ENGINE=off): instances stay disconnected.");
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void InstancePage::updateCountdown()
{
    const auto shown = m_tracker->current(m_id);
    if (!shown) {
        m_tick.stop();
        return;
    }
    const qint64 left = std::max<qint64>(0, shown->expiresAt() - core::nowMs());
    const int secs = int((left + 999) / 1000);
    m_progress->setRange(0, int(shown->lifetimeMs / 1000));
    m_progress->setValue(secs);
    m_countdown->setText(secs > 0 ? tr("A new code in %n s", nullptr, secs) : tr("A new code is coming…"));
    m_progress->setAccessibleName(m_countdown->text());
}

void InstancePage::fitActivityColumns()
{
    m_activityView->resizeColumnToContents(ActivityModel::Time);
    m_activityView->resizeColumnToContents(ActivityModel::Event);
}

void InstancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitActivityColumns();
}

void InstancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshView();
    }
    QWidget::changeEvent(event);
}

void InstancePage::retranslateUi()
{
    m_accountCaption->setText(tr("Linked to the WhatsApp account"));
    m_pairLabel->setText(tr("Or link with a phone num&ber:"));
    m_pairNumber->setAccessibleName(tr("Phone number to link with a pairing code"));
    m_pairButton->setText(tr("Get pairing cod&e"));
    m_activityTitle->setText(tr("Activity"));
    m_activityView->setAccessibleName(tr("Activity log"));
    m_activity->retranslate();
}

} // namespace ui
