#pragma once
// The Settings view: the API address and port (written to <data-dir>/wamulti.ini, the settings
// file AppConfig reads, and applied on the next start), the operator's API key (hidden until
// shown, copied on request, regenerated after a confirmation), the data directory, the database
// in use, and the window's language and theme (applied at once).
#include <QWidget>
#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace core::settings {
struct AppConfig;
}
namespace core::users {
class UserService;
}

namespace ui {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const core::settings::AppConfig &config, QString runningApiUrl, core::users::UserService *users,
                 std::function<QString()> operatorId, QWidget *parent = nullptr);

    // Writes host and port to the settings file; false (with the reason shown) on bad input.
    bool saveApiAddress();
    QString settingsFile() const { return m_settingsFile; }
    void setLanguage(const QString &code); // updates the selector without signalling
    void setTheme(const QString &theme);
    bool isApiKeyShown() const;
    void showApiKey(bool show);
    void copyApiKey();
    bool regenerateApiKey(bool confirm = true);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLabel *apiKeyLabel() const { return m_key; }
    QLabel *apiMessage() const { return m_apiMessage; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

Q_SIGNALS:
    void languageRequested(const QString &code); // "en", "ru", "pt_BR", "es"
    void themeRequested(const QString &theme);   // "system", "light", "dark"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString currentKey() const;

    QString m_settingsFile;
    QString m_dataDir;
    QString m_databasePath;
    QString m_runningUrl;
    core::users::UserService *m_users;
    std::function<QString()> m_operatorId;
    QGroupBox *m_apiBox;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_apiNote;
    QLabel *m_apiMessage;
    QPushButton *m_saveApi;
    QGroupBox *m_keyBox;
    QLabel *m_keyOwner;
    QLabel *m_key;
    QPushButton *m_showKey;
    QPushButton *m_copyKey;
    QPushButton *m_regenerateKey;
    QGroupBox *m_storageBox;
    QLabel *m_dataDirCaption;
    QLabel *m_databaseCaption;
    QLabel *m_dataDirLabel;
    QPushButton *m_openDataDir;
    QLabel *m_database;
    QGroupBox *m_lookBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
};

} // namespace ui
