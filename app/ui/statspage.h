#pragma once
// The Statistics view: messages sent and received and media per day as a bar chart (Qt Charts)
// for one instance or all of them, over the spec's periods (an instance: today, week, month, all;
// all instances: week, month, year, all), with the totals beside it; and, for admins, the system
// figures (instances, users, all-time usage) of GET /api/stats/system. Counts come from
// StatsRecorder, including those not yet written (the same numbers the API answers).
#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace core::instances {
class InstanceManager;
}
namespace core::stats {
class StatsRecorder;
}
namespace core::users {
class UserService;
}

namespace ui {

class StatsPage : public QWidget
{
    Q_OBJECT
public:
    StatsPage(core::instances::InstanceManager *manager, core::stats::StatsRecorder *stats, core::users::UserService *users,
              QWidget *parent = nullptr);

    void setAdmin(bool admin); // shows the system figures
    void setScope(const QString &instanceId); // "" = all instances
    void setPeriod(const QString &period);    // today, week, month, year, all
    QString period() const;
    void refresh();

    // Shown figures, by key ("messagesSent", ..., "system.instances", ...), for tests.
    qint64 shownTotal(const QString &key) const;
    QStringList chartCategories() const;
    QChartView *chartView() const { return m_chartView; }
    // Sum of one bar set (0 sent, 1 received, 2 media sent, 3 media received) over the chart.
    qint64 chartSum(int set) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void fillScopes();
    void fillPeriods();
    void applyChartTheme();

    core::instances::InstanceManager *m_manager;
    core::stats::StatsRecorder *m_stats;
    core::users::UserService *m_users;
    bool m_admin = false;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QPushButton *m_refresh;
    QChart *m_chart;
    QChartView *m_chartView;
    QGroupBox *m_totalsBox;
    QGroupBox *m_systemBox;
    QHash<QString, QLabel *> m_values;  // figure key -> its value label
    QHash<QString, QLabel *> m_captions; // figure key -> its caption
    QHash<QString, qint64> m_shown;
    QStringList m_categories;
    QTimer m_autoRefresh;
    QTimer m_scopesDelay;
    QString m_wantedScope;
};

} // namespace ui
