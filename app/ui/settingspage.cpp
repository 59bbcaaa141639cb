#include "ui/settingspage.h"

#include "core/settings/appconfig.h"
#include "core/users/userservice.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

namespace {
const QString kHidden = QStringLiteral("••••••••••••••••");
}

SettingsPage::SettingsPage(const core::settings::AppConfig &config, QString runningApiUrl, core::users::UserService *users,
                           std::function<QString()> operatorId, QWidget *parent)
    : QWidget(parent), m_settingsFile(config.dataDir + QStringLiteral("/wamulti.ini")), m_dataDir(config.dataDir),
      m_databasePath(config.databasePath), m_runningUrl(std::move(runningApiUrl)), m_users(users),
      m_operatorId(std::move(operatorId)), m_apiBox(new QGroupBox), m_hostLabel(new QLabel), m_host(new QLineEdit),
      m_portLabel(new QLabel), m_port(new QSpinBox), m_apiNote(new QLabel), m_apiMessage(new QLabel),
      m_saveApi(new QPushButton), m_keyBox(new QGroupBox), m_keyOwner(new QLabel), m_key(new QLabel(kHidden)),
      m_showKey(new QPushButton), m_copyKey(new QPushButton), m_regenerateKey(new QPushButton), m_storageBox(new QGroupBox),
      m_dataDirCaption(new QLabel), m_databaseCaption(new QLabel), m_dataDirLabel(new QLabel(config.dataDir)), m_openDataDir(new QPushButton), m_database(new QLabel),
      m_lookBox(new QGroupBox), m_languageLabel(new QLabel), m_language(new QComboBox), m_themeLabel(new QLabel),
      m_theme(new QComboBox)
{
    // What the next start will use from the file (flags and environment variables still win).
    const QSettings ini(m_settingsFile, QSettings::IniFormat);
    m_host->setText(ini.value(QStringLiteral("api/host"), config.host.toString()).toString());
    m_port->setRange(0, 65535);
    m_port->setValue(ini.value(QStringLiteral("api/port"), config.port).toInt());
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_apiNote->setWordWrap(true);
    m_apiMessage->setWordWrap(true);
    auto *apiForm = new QFormLayout(m_apiBox);
    apiForm->addRow(m_hostLabel, m_host);
    apiForm->addRow(m_portLabel, m_port);
    apiForm->addRow(nullptr, m_apiNote);
    apiForm->addRow(nullptr, m_apiMessage);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveApi);
    apiForm->addRow(nullptr, saveRow);
    connect(m_saveApi, &QPushButton::clicked, this, &SettingsPage::saveApiAddress);

    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setFont(QFont(QStringLiteral("monospace")));
    m_showKey->setCheckable(true);
    connect(m_showKey, &QPushButton::toggled, this, &SettingsPage::showApiKey);
    connect(m_copyKey, &QPushButton::clicked, this, &SettingsPage::copyApiKey);
    connect(m_regenerateKey, &QPushButton::clicked, this, [this] { regenerateApiKey(true); });
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_showKey);
    keyButtons->addWidget(m_copyKey);
    keyButtons->addWidget(m_regenerateKey);
    keyButtons->addStretch();
    auto *keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->addWidget(m_keyOwner);
    keyLayout->addWidget(m_key);
    keyLayout->addLayout(keyButtons);

    m_dataDirLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataDirLabel->setWordWrap(true);
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_openDataDir, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir)); });
    auto *storage = new QFormLayout(m_storageBox);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDirLabel, 1);
    dirRow->addWidget(m_openDataDir);
    storage->addRow(m_dataDirCaption, dirRow);
    storage->addRow(m_databaseCaption, m_database);

    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    // Each language under its own name, so that it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    connect(m_language, &QComboBox::activated, this, [this] { Q_EMIT languageRequested(m_language->currentData().toString()); });
    connect(m_theme, &QComboBox::activated, this, [this] { Q_EMIT themeRequested(m_theme->currentData().toString()); });
    auto *look = new QFormLayout(m_lookBox);
    look->addRow(m_languageLabel, m_language);
    look->addRow(m_themeLabel, m_theme);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_apiBox);
    left->addWidget(m_keyBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_lookBox);
    right->addWidget(m_storageBox);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch();
    retranslateUi();
}

bool SettingsPage::saveApiAddress()
{
    const QString host = m_host->text().trimmed();
    QHostAddress parsed;
    if (host != QLatin1String("localhost") && !parsed.setAddress(host)) {
        m_apiMessage->setText(tr("\"%1\" is not an IP address. Use e.g. 127.0.0.1 (this computer only) or 0.0.0.0 (every network).").arg(host));
        return false;
    }
    QSettings ini(m_settingsFile, QSettings::IniFormat);
    ini.setValue(QStringLiteral("api/host"), host);
    ini.setValue(QStringLiteral("api/port"), m_port->value());
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        m_apiMessage->setText(tr("Could not write %1.").arg(m_settingsFile));
        return false;
    }
    m_apiMessage->setText(tr("Saved. WaMulti will listen on %1 port %2 from its next start.").arg(host).arg(m_port->value()));
    return true;
}

QString SettingsPage::currentKey() const
{
    const auto user = m_users->find(m_operatorId());
    return user ? m_users->apiKeyOf(*user) : QString();
}

bool SettingsPage::isApiKeyShown() const
{
    return m_showKey->isChecked();
}

void SettingsPage::showApiKey(bool show)
{
    if (m_showKey->isChecked() != show)
        m_showKey->setChecked(show); // comes back here through toggled
    m_key->setText(show ? currentKey() : kHidden);
}

void SettingsPage::copyApiKey()
{
    QApplication::clipboard()->setText(currentKey());
    m_keyOwner->setText(tr("API key of %1: copied to the clipboard.").arg(m_users->find(m_operatorId()) ? m_users->find(m_operatorId())->email : QString()));
}

bool SettingsPage::regenerateApiKey(bool confirm)
{
    if (confirm && QMessageBox::question(this, tr("Regenerate API key"),
                                         tr("Scripts using the current key stop working at once. Create a new key?"))
            != QMessageBox::Yes)
        return false;
    const auto done = m_users->regenerateApiKey(m_operatorId());
    if (!done.ok()) {
        QMessageBox::warning(this, tr("Regenerate API key"), done.failure().message);
        return false;
    }
    showApiKey(isApiKeyShown());
    m_keyOwner->setText(tr("A new API key was created; the old one no longer works."));
    return true;
}

void SettingsPage::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void SettingsPage::setTheme(const QString &theme)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_apiBox->setTitle(tr("REST API"));
    m_hostLabel->setText(tr("&Address:"));
    m_portLabel->setText(tr("P&ort:"));
    m_host->setAccessibleName(tr("API address"));
    m_port->setAccessibleName(tr("API port"));
    m_apiNote->setText(tr("Running now at %1. Changes are written to %2 and apply on the next start "
                          "(command-line flags and environment variables take precedence).").arg(m_runningUrl, m_settingsFile));
    m_saveApi->setText(tr("&Save address"));
    m_keyBox->setTitle(tr("API key"));
    const auto user = m_users->find(m_operatorId());
    m_keyOwner->setText(tr("API key of %1 (send it as the x-api-key header):").arg(user ? user->email : QString()));
    m_key->setAccessibleName(tr("API key"));
    m_showKey->setText(tr("Sho&w"));
    m_copyKey->setText(tr("&Copy"));
    m_regenerateKey->setText(tr("&Regenerate…"));
    m_storageBox->setTitle(tr("Storage"));
    m_openDataDir->setText(tr("Op&en folder"));
    m_dataDirCaption->setText(tr("Data directory:"));
    m_databaseCaption->setText(tr("Database:"));
    m_database->setText(tr("SQLite, %1. (MongoDB mirroring is not available in this version.)").arg(m_databasePath));
    m_lookBox->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_language->setAccessibleName(tr("Language"));
    m_theme->setAccessibleName(tr("Theme"));
    const QString theme = m_theme->currentData().toString();
    m_theme->clear();
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    setTheme(theme.isEmpty() ? QStringLiteral("system") : theme);
}

} // namespace ui
