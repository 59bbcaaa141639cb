#include "ui/sandboxpanel.h"

#include "core/instances/instancemanager.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace ui {

namespace st = core::instances::status;

SandboxPanel::SandboxPanel(QString controlUrl, core::instances::InstanceManager *manager, QWidget *parent)
    : QWidget(parent), m_controlUrl(std::move(controlUrl)), m_manager(manager), m_net(new QNetworkAccessManager(this)),
      m_intro(new QLabel), m_phones(new QTableWidget(0, 3)), m_numberLabel(new QLabel), m_number(new QLineEdit),
      m_nameLabel(new QLabel), m_name(new QLineEdit), m_add(new QPushButton), m_refresh(new QPushButton),
      m_scan(new QPushButton), m_codeLabel(new QLabel), m_code(new QLineEdit), m_typeCode(new QPushButton), m_replyLabel(new QLabel), m_autoReply(new QComboBox), m_textLabel(new QLabel),
      m_text(new QLineEdit), m_send(new QPushButton), m_log(new QPlainTextEdit)
{
    m_intro->setWordWrap(true);
    m_phones->verticalHeader()->hide();
    m_phones->horizontalHeader()->setStretchLastSection(true);
    m_phones->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_phones->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phones->setSelectionMode(QAbstractItemView::SingleSelection);
    m_phones->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_phones->setMinimumHeight(90);
    connect(m_phones, &QTableWidget::itemSelectionChanged, this, &SandboxPanel::updateButtons);
    m_number->setPlaceholderText(QStringLiteral("5511999990000"));
    m_numberLabel->setBuddy(m_number);
    m_nameLabel->setBuddy(m_name);
    m_replyLabel->setBuddy(m_autoReply);
    m_textLabel->setBuddy(m_text);
    auto *form = new QFormLayout;
    form->addRow(m_numberLabel, m_number);
    form->addRow(m_nameLabel, m_name);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addWidget(m_refresh);
    addRow->addStretch();
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyLabel);
    replyRow->addWidget(m_autoReply, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_text, 1);
    sendRow->addWidget(m_send);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_phones, 1);
    layout->addWidget(m_scan);
    m_codeLabel->setBuddy(m_code);
    m_code->setPlaceholderText(QStringLiteral("ABCD-1234"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_typeCode);
    layout->addLayout(codeRow);
    layout->addLayout(replyRow);
    layout->addWidget(m_textLabel);
    layout->addLayout(sendRow);
    layout->addWidget(m_log, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { createPhone(m_number->text(), m_name->text()); });
    connect(m_number, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_refresh, &QPushButton::clicked, this, &SandboxPanel::refreshPhones);
    connect(m_scan, &QPushButton::clicked, this, &SandboxPanel::scanWithSelectedPhone);
    connect(m_typeCode, &QPushButton::clicked, this, [this] { enterPairingCode(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, m_typeCode, &QPushButton::click);
    connect(manager, &core::instances::InstanceManager::pairingCodeReady, this,
            [this](const QString &id, const QString &code, const QString &) {
                if (id == m_instanceId && !code.isEmpty())
                    m_code->setText(code); // what the instance shows: ready for the phone to type
            });
    connect(m_send, &QPushButton::clicked, this, [this] { sendAsSelectedPhone(m_text->text()); });
    connect(m_text, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_autoReply, &QComboBox::activated, this, [this] { setAutoReply(m_autoReply->currentData().toString()); });
    connect(manager, &core::instances::InstanceManager::stateChanged, this, [this](const QString &id, const QString &) {
        if (id == m_instanceId)
            updateButtons();
    });
    connect(manager, &core::instances::InstanceManager::instanceChanged, this, [this](const QString &id) {
        if (id == m_instanceId)
            updateButtons();
    });
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &SandboxPanel::refreshPhones);
    retranslateUi();
    updateButtons();
    refreshPhones();
}

void SandboxPanel::showEvent(QShowEvent *event)
{
    m_poll.start();
    QWidget::showEvent(event);
}

void SandboxPanel::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

void SandboxPanel::setInstance(const QString &instanceId)
{
    m_instanceId = instanceId;
    updateButtons();
}

QString SandboxPanel::selectedPhone() const
{
    const int row = m_phones->currentRow();
    return row >= 0 && m_phones->item(row, 0) ? m_phones->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void SandboxPanel::selectPhone(const QString &number)
{
    for (int row = 0; row < m_phones->rowCount(); ++row)
        if (m_phones->item(row, 0)->data(Qt::UserRole).toString() == number)
            m_phones->selectRow(row);
}

QStringList SandboxPanel::phoneNumbers() const
{
    QStringList out;
    for (int row = 0; row < m_phones->rowCount(); ++row)
        out << m_phones->item(row, 0)->data(Qt::UserRole).toString();
    return out;
}

QString SandboxPanel::logText() const
{
    return m_log->toPlainText();
}

void SandboxPanel::updateButtons()
{
    const auto record = m_instanceId.isEmpty() ? std::nullopt : m_manager->get(m_instanceId);
    const auto state = m_manager->state(m_instanceId);
    const bool phone = !selectedPhone().isEmpty();
    m_scan->setEnabled(phone && record && state.hasQr());
    m_typeCode->setEnabled(phone && record && state.hasQr());
    m_scan->setText(tr("S&can the QR code with this phone"));
    m_scan->setToolTip(record ? tr("The phone scans the QR code that \"%1\" shows").arg(record->name) : QString());
    m_send->setEnabled(phone && record && !record->phone.isEmpty());
    m_autoReply->setEnabled(phone);
    m_text->setPlaceholderText(record && !record->phone.isEmpty() ? tr("to +%1 (%2)").arg(record->phone, record->name)
                                                                 : tr("link the instance first"));
    if (phone)
        for (int row = 0; row < m_phones->rowCount(); ++row)
            if (m_phones->item(row, 0)->data(Qt::UserRole).toString() == selectedPhone())
                m_autoReply->setCurrentIndex(std::max(0, m_autoReply->findData(m_phones->item(row, 2)->data(Qt::UserRole))));
}

void SandboxPanel::refreshPhones()
{
    if (m_listing) {
        m_listAgain = true; // the answer on its way may predate what the caller just did
        return;
    }
    m_listing = true;
    call("GET", QStringLiteral("/phones"), {}, [this](int status, const QJsonValue &body) {
        m_listing = false;
        if (std::exchange(m_listAgain, false))
            QTimer::singleShot(0, this, &SandboxPanel::refreshPhones);
        if (status != 200 || !body.isArray())
            return;
        const QString keep = m_selectAfterRefresh.isEmpty() ? selectedPhone() : std::exchange(m_selectAfterRefresh, QString());
        m_phones->setRowCount(0);
        for (const QJsonValue &v : body.toArray()) {
            const QJsonObject p = v.toObject();
            const int row = m_phones->rowCount();
            m_phones->insertRow(row);
            auto *number = new QTableWidgetItem(QLatin1Char('+') + p.value(QStringLiteral("number")).toString());
            number->setData(Qt::UserRole, p.value(QStringLiteral("number")).toString());
            m_phones->setItem(row, 0, number);
            m_phones->setItem(row, 1, new QTableWidgetItem(p.value(QStringLiteral("pushName")).toString()));
            const QString mode = p.value(QStringLiteral("autoReply")).toString();
            const int linked = int(p.value(QStringLiteral("devices")).toArray().size());
            auto *devices = new QTableWidgetItem(mode == QLatin1String("echo") ? tr("linked: %1, echoes").arg(linked)
                                                                               : tr("linked: %1").arg(linked));
            devices->setData(Qt::UserRole, mode);
            m_phones->setItem(row, 2, devices);
        }
        selectPhone(keep.isEmpty() && m_phones->rowCount() > 0 ? m_phones->item(0, 0)->data(Qt::UserRole).toString() : keep);
        updateButtons();
    });
}

void SandboxPanel::createPhone(const QString &number, const QString &pushName)
{
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[+\\s-]")));
    static const QRegularExpression valid(QStringLiteral("^[0-9]{6,15}$"));
    if (!valid.match(digits).hasMatch()) {
        log(tr("\"%1\" is not a phone number: use 6 to 15 digits with the country code, e.g. 5511999990000.").arg(number));
        return;
    }
    const QJsonObject body{{QStringLiteral("number"), digits}, {QStringLiteral("pushName"), pushName.trimmed()}};
    call("POST", QStringLiteral("/phones"), body, [this, digits](int status, const QJsonValue &) {
        if (status != 201)
            return;
        log(tr("Phone +%1 is on the simulated network.").arg(digits));
        m_number->clear();
        m_name->clear();
        m_selectAfterRefresh = digits;
        refreshPhones();
    });
}

void SandboxPanel::scanWithSelectedPhone()
{
    const QString phone = selectedPhone();
    const QString qr = m_manager->state(m_instanceId).qrCode;
    if (phone.isEmpty() || qr.isEmpty()) {
        log(tr("Choose a phone, and an instance that shows a QR code."));
        return;
    }
    call("POST", QStringLiteral("/phones/%1/scan").arg(phone), QJsonObject{{QStringLiteral("qr"), qr}},
         [this, phone](int status, const QJsonValue &body) {
             if (status == 200)
                 log(tr("+%1 scanned the code: linked as %2.").arg(phone, body.toObject().value(QStringLiteral("jid")).toString()));
             refreshPhones();
         });
}

void SandboxPanel::enterPairingCode(const QString &code)
{
    const QString phone = selectedPhone();
    const QString typed = code.trimmed();
    if (phone.isEmpty() || typed.isEmpty()) {
        log(tr("Choose a phone, and ask the instance for a pairing code for that phone's number first."));
        return;
    }
    call("POST", QStringLiteral("/phones/%1/pairing-code").arg(phone), QJsonObject{{QStringLiteral("code"), typed}},
         [this, phone](int status, const QJsonValue &body) {
             if (status == 200)
                 log(tr("+%1 typed the code: linked as %2.").arg(phone, body.toObject().value(QStringLiteral("jid")).toString()));
             refreshPhones();
         });
}

void SandboxPanel::sendAsSelectedPhone(const QString &text)
{
    const QString phone = selectedPhone();
    const auto record = m_manager->get(m_instanceId);
    if (phone.isEmpty() || !record || record->phone.isEmpty()) {
        log(tr("Choose a phone and a linked instance to send to."));
        return;
    }
    if (text.trimmed().isEmpty()) {
        log(tr("Type the message to send first."));
        return;
    }
    if (phone == record->phone)
        log(tr("+%1 is the instance's own account (it scanned the code): what it sends shows as sent by the instance "
               "from another device. Add another phone to play a contact.").arg(phone));
    const QJsonObject body{{QStringLiteral("to"), record->phone}, {QStringLiteral("text"), text}};
    call("POST", QStringLiteral("/phones/%1/messages").arg(phone), body, [this, phone](int status, const QJsonValue &) {
        if (status >= 200 && status < 300) {
            log(tr("+%1 sent the message.").arg(phone));
            m_text->clear();
        }
    });
}

void SandboxPanel::setAutoReply(const QString &mode)
{
    const QString phone = selectedPhone();
    if (phone.isEmpty())
        return;
    call("PUT", QStringLiteral("/phones/%1").arg(phone), QJsonObject{{QStringLiteral("autoReply"), mode}},
         [this](int, const QJsonValue &) { refreshPhones(); });
}

void SandboxPanel::call(const QByteArray &method, const QString &path, const QJsonValue &body, Reply done)
{
    QNetworkRequest request(QUrl(m_controlUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20000);
    const QByteArray payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_net->sendCustomRequest(request, method, payload);
    ++m_inFlight;
    const QString route = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    connect(reply, &QNetworkReply::finished, this, [this, reply, route, done = std::move(done)] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (status == 0) {
            log(tr("%1: the sandbox did not answer (%2).").arg(route, reply->errorString()));
        } else if (status >= 400) {
            const QJsonObject e = value.toObject();
            log(tr("%1 answered %2 %3: %4").arg(route).arg(status).arg(e.value(QStringLiteral("error")).toString(),
                                                                    e.value(QStringLiteral("message")).toString()));
        }
        Q_EMIT replied(route, status, value);
        done(status, value);
    });
}

void SandboxPanel::log(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void SandboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxPanel::retranslateUi()
{
    m_intro->setText(tr("A simulated WhatsApp network runs inside WaMulti (sandbox mode, %1). Add a phone, let it scan "
                        "the selected instance's QR code, then send messages as that phone.").arg(m_controlUrl));
    m_numberLabel->setText(tr("Phone n&umber:"));
    m_nameLabel->setText(tr("Na&me shown:"));
    m_number->setAccessibleName(tr("Phone number"));
    m_name->setAccessibleName(tr("Name shown"));
    m_add->setText(tr("&Add phone"));
    m_refresh->setText(tr("Re&load"));
    m_phones->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Devices")});
    m_phones->horizontalHeaderItem(2)->setToolTip(tr("Devices linked to this phone (WaMulti instances)"));
    m_phones->setAccessibleName(tr("Simulated phones"));
    m_replyLabel->setText(tr("Replies:"));
    m_codeLabel->setText(tr("&Pairing code:"));
    m_code->setAccessibleName(tr("Pairing code the instance shows"));
    m_typeCode->setText(tr("T&ype it on this phone"));
    const int reply = m_autoReply->currentIndex();
    m_autoReply->clear();
    m_autoReply->addItem(tr("Only what I send"), QStringLiteral("off"));
    m_autoReply->addItem(tr("Echo every message back"), QStringLiteral("echo"));
    m_autoReply->setCurrentIndex(std::max(0, reply));
    m_autoReply->setAccessibleName(tr("Automatic replies"));
    m_textLabel->setText(tr("Send a messa&ge as this phone:"));
    m_text->setAccessibleName(tr("Message to send as the phone"));
    m_send->setText(tr("Sen&d"));
    m_log->setAccessibleName(tr("Sandbox log"));
    updateButtons();
}

} // namespace ui
