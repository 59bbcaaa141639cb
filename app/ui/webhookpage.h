#pragma once
// The Webhooks tab of an instance: every webhook setting of the spec (URL, enabled, the four
// notify switches, retries and their interval, secret, extra headers, payload format), checked
// by the same rules as PUT /api/instances/{id} and saved through InstanceManager::update. The
// secret is never shown unless asked for. (The delivery log, replay and test-fire arrive with
// the webhooks engine; until then this tab holds the settings only.)
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace core::instances {
class InstanceManager;
}

namespace ui {

class WebhookPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookPage(core::instances::InstanceManager *manager, QWidget *parent = nullptr);

    void setInstance(const QString &instanceId);
    // Validates and saves; on failure shows the reason and returns false.
    bool save();
    void revert(); // back to the stored settings
    QString lastError() const;

    QLineEdit *urlEdit() const { return m_url; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *notifyBox(int i) const { return m_notify[i]; } // 0 received, 1 sent, 2 delivery, 3 read
    QSpinBox *retriesBox() const { return m_retries; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *clearSecretBox() const { return m_clearSecret; }
    QTableWidget *headersTable() const { return m_headers; }
    QComboBox *formatBox() const { return m_format; }
    void addHeaderRow(const QString &name, const QString &value);

Q_SIGNALS:
    void saved(const QString &instanceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSecretState();

    core::instances::InstanceManager *m_manager;
    QString m_id;
    bool m_hasSecret = false;
    QGroupBox *m_endpoint;
    QGroupBox *m_events;
    QGroupBox *m_delivery;
    enum FormLabel { UrlLabel, FormatLabel, RetriesLabel, IntervalLabel, SecretLabel, LabelCount };
    QLabel *m_labels[LabelCount];
    QLineEdit *m_url;
    QCheckBox *m_enabled;
    QCheckBox *m_notify[4];
    QSpinBox *m_retries;
    QSpinBox *m_interval;
    QLineEdit *m_secret;
    QPushButton *m_showSecret;
    QCheckBox *m_clearSecret;
    QLabel *m_secretState;
    QLabel *m_headersLabel;
    QTableWidget *m_headers;
    QPushButton *m_addHeader;
    QPushButton *m_removeHeader;
    QComboBox *m_format;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace ui
