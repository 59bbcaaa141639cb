#include "ui/webhookpage.h"

#include "core/api/apierror.h"
#include "core/api/webhookinput.h"
#include "core/instances/instancemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

WebhookPage::WebhookPage(core::instances::InstanceManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_endpoint(new QGroupBox), m_events(new QGroupBox), m_delivery(new QGroupBox),
      m_url(new QLineEdit), m_enabled(new QCheckBox),
      m_retries(new QSpinBox), m_interval(new QSpinBox), m_secret(new QLineEdit), m_showSecret(new QPushButton),
      m_clearSecret(new QCheckBox), m_secretState(new QLabel), m_headersLabel(new QLabel), m_headers(new QTableWidget(0, 2)),
      m_addHeader(new QPushButton), m_removeHeader(new QPushButton), m_format(new QComboBox), m_error(new QLabel),
      m_save(new QPushButton), m_revert(new QPushButton)
{
    for (QLabel *&label : m_labels)
        label = new QLabel;
    m_url->setPlaceholderText(QStringLiteral("https://example.com/webhook"));
    auto *endpointForm = new QFormLayout(m_endpoint);
    endpointForm->addRow(m_labels[UrlLabel], m_url);
    endpointForm->addRow(nullptr, m_enabled);
    endpointForm->addRow(m_labels[FormatLabel], m_format);

    auto *events = new QVBoxLayout(m_events);
    for (QCheckBox *&box : m_notify) {
        box = new QCheckBox;
        events->addWidget(box);
    }

    m_retries->setRange(0, 50);
    m_interval->setRange(1000, 86'400'000);
    m_interval->setSingleStep(1000);
    m_interval->setSuffix(QStringLiteral(" ms"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret->setCheckable(true);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    m_secretState->setWordWrap(true);
    auto *deliveryForm = new QFormLayout(m_delivery);
    deliveryForm->addRow(m_labels[RetriesLabel], m_retries);
    deliveryForm->addRow(m_labels[IntervalLabel], m_interval);
    deliveryForm->addRow(m_labels[SecretLabel], secretRow);
    deliveryForm->addRow(nullptr, m_secretState);
    deliveryForm->addRow(nullptr, m_clearSecret);
    m_labels[UrlLabel]->setBuddy(m_url);
    m_labels[FormatLabel]->setBuddy(m_format);
    m_labels[RetriesLabel]->setBuddy(m_retries);
    m_labels[IntervalLabel]->setBuddy(m_interval);
    m_labels[SecretLabel]->setBuddy(m_secret);
    connect(m_showSecret, &QPushButton::toggled, this, [this](bool on) {
        // Shown only on request: the stored secret is opened into the field, never logged.
        if (on && m_secret->text().isEmpty() && m_hasSecret)
            m_secret->setText(m_manager->webhookSecret(m_id));
        m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_clearSecret, &QCheckBox::toggled, m_secret, &QWidget::setDisabled);

    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMinimumHeight(110);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch();
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow(QString(), QString());
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
    });

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->hide();
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &WebhookPage::save);
    connect(m_revert, &QPushButton::clicked, this, &WebhookPage::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_endpoint);
    left->addWidget(m_events);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_delivery);
    right->addWidget(m_headersLabel);
    right->addWidget(m_headers, 1);
    right->addLayout(headerButtons);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    retranslateUi();
    setEnabled(false);
}

void WebhookPage::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void WebhookPage::setInstance(const QString &instanceId)
{
    m_id = instanceId;
    revert();
}

void WebhookPage::revert()
{
    m_error->hide();
    m_secret->clear();
    m_showSecret->setChecked(false);
    m_clearSecret->setChecked(false);
    m_headers->setRowCount(0);
    const auto r = m_id.isEmpty() ? std::nullopt : m_manager->get(m_id);
    setEnabled(r.has_value());
    if (!r)
        return;
    m_url->setText(r->webhookUrl);
    m_enabled->setChecked(r->webhookEnabled);
    m_notify[0]->setChecked(r->webhook.notifyReceived);
    m_notify[1]->setChecked(r->webhook.notifySent);
    m_notify[2]->setChecked(r->webhook.notifyDelivery);
    m_notify[3]->setChecked(r->webhook.notifyRead);
    m_retries->setValue(r->webhook.maxRetries);
    m_interval->setValue(int(r->webhook.retryInterval));
    m_format->setCurrentIndex(std::max(0, m_format->findData(r->webhook.format)));
    for (auto it = r->webhook.headers.begin(); it != r->webhook.headers.end(); ++it)
        addHeaderRow(it.key(), it.value().toString());
    m_hasSecret = !r->webhook.secretSealed.isEmpty();
    updateSecretState();
}

void WebhookPage::updateSecretState()
{
    m_secretState->setText(m_hasSecret ? tr("A secret is set: requests carry X-Webhook-Signature. Leave the field empty to keep it.")
                                       : tr("No secret: requests are not signed."));
    m_clearSecret->setEnabled(m_hasSecret);
    m_showSecret->setEnabled(m_hasSecret || !m_secret->text().isEmpty());
}

QString WebhookPage::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool WebhookPage::save()
{
    auto fail = [this](const QString &why) {
        m_error->setText(why);
        m_error->show();
        return false;
    };
    auto record = m_manager->get(m_id);
    if (!record)
        return fail(tr("This instance no longer exists."));
    QJsonObject headers;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty())
            return fail(tr("Header row %1 has a value but no name.").arg(row + 1));
        if (headers.contains(name))
            return fail(tr("The header \"%1\" is listed twice.").arg(name));
        headers.insert(name, value);
    }
    QJsonObject settings{{QStringLiteral("notifyReceived"), m_notify[0]->isChecked()},
                         {QStringLiteral("notifySent"), m_notify[1]->isChecked()},
                         {QStringLiteral("notifyDelivery"), m_notify[2]->isChecked()},
                         {QStringLiteral("notifyRead"), m_notify[3]->isChecked()},
                         {QStringLiteral("maxRetries"), m_retries->value()},
                         {QStringLiteral("retryInterval"), m_interval->value()},
                         {QStringLiteral("headers"), headers},
                         {QStringLiteral("webhookFormat"), m_format->currentData().toString()}};
    if (m_clearSecret->isChecked())
        settings.insert(QStringLiteral("secret"), QJsonValue::Null);
    else if (!m_secret->text().isEmpty() && (!m_hasSecret || m_secret->text() != m_manager->webhookSecret(m_id)))
        settings.insert(QStringLiteral("secret"), m_secret->text());
    const QJsonObject body{{QStringLiteral("webhookUrl"), m_url->text().trimmed()},
                           {QStringLiteral("webhookEnabled"), m_enabled->isChecked()},
                           {QStringLiteral("webhookSettings"), settings}};
    core::api::WebhookInput input;
    try {
        // The REST API's own rules, so the window accepts exactly what PUT /api/instances does.
        input = core::api::applyWebhookFields(body, *record);
    } catch (const core::api::ApiError &e) {
        return fail(tr("Not saved: %1").arg(e.message));
    }
    const auto updated = m_manager->update(*record, input.secret);
    if (!updated.ok())
        return fail(tr("Not saved: %1").arg(updated.failure().message));
    revert();
    Q_EMIT saved(m_id);
    return true;
}

void WebhookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WebhookPage::retranslateUi()
{
    // Mnemonics avoid the menu bar's letters (F, I, V, H) and each other.
    m_endpoint->setTitle(tr("Endpoint"));
    m_labels[UrlLabel]->setText(tr("Webhook &URL:"));
    m_labels[FormatLabel]->setText(tr("Pa&yload format:"));
    m_enabled->setText(tr("Send webhoo&ks for this instance"));
    m_url->setAccessibleName(tr("Webhook URL"));
    const int format = m_format->currentIndex();
    m_format->clear();
    m_format->addItem(tr("Standard (this API's events)"), QStringLiteral("standard"));
    m_format->addItem(tr("Legacy (message.received style)"), QStringLiteral("legacy"));
    m_format->setCurrentIndex(std::max(0, format));
    m_format->setAccessibleName(tr("Payload format"));
    m_events->setTitle(tr("Events"));
    m_notify[0]->setText(tr("Messages &received"));
    m_notify[1]->setText(tr("Messages se&nt"));
    m_notify[2]->setText(tr("&Delivery receipts"));
    m_notify[3]->setText(tr("Read recei&pts"));
    m_delivery->setTitle(tr("Delivery"));
    m_labels[RetriesLabel]->setText(tr("Ma&x retries:"));
    m_labels[IntervalLabel]->setText(tr("Retry interva&l:"));
    m_labels[SecretLabel]->setText(tr("Si&gning secret:"));
    m_retries->setAccessibleName(tr("Max retries"));
    m_interval->setAccessibleName(tr("Retry interval in milliseconds"));
    m_secret->setAccessibleName(tr("Signing secret"));
    m_secret->setPlaceholderText(tr("new secret (HMAC SHA-256)"));
    m_showSecret->setText(tr("Show"));
    m_showSecret->setAccessibleName(tr("Show the signing secret"));
    m_clearSecret->setText(tr("Remove the se&cret"));
    m_headersLabel->setText(tr("Extra head&ers sent with each request:"));
    m_headersLabel->setBuddy(m_headers);
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->setAccessibleName(tr("Extra headers"));
    m_addHeader->setText(tr("&Add header"));
    m_removeHeader->setText(tr("Re&move header"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Discard changes"));
    updateSecretState();
}

} // namespace ui
