#include "ui/statspage.h"

#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/stats/statsrecorder.h"
#include "core/users/userservice.h"
#include "ui/uitext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ui {

namespace {
const QStringList kTotals{QStringLiteral("messagesSent"), QStringLiteral("messagesReceived"), QStringLiteral("mediaSent"),
                          QStringLiteral("mediaReceived"), QStringLiteral("totalMediaSize"), QStringLiteral("apiCalls"),
                          QStringLiteral("webhookSent")};
const QStringList kSystem{QStringLiteral("system.instances"), QStringLiteral("system.connected"), QStringLiteral("system.users"),
                          QStringLiteral("system.activeUsers"), QStringLiteral("system.messagesSent"),
                          QStringLiteral("system.messagesReceived"), QStringLiteral("system.media"),
                          QStringLiteral("system.apiCalls"), QStringLiteral("system.webhookSent")};

QString fromDayOf(const QString &period)
{
    const qint64 now = core::nowMs();
    if (period == QLatin1String("today"))
        return core::firstDayOfSpan(now, 1);
    if (period == QLatin1String("week"))
        return core::firstDayOfSpan(now, 7);
    if (period == QLatin1String("month"))
        return core::firstDayOfSpan(now, 30);
    if (period == QLatin1String("year"))
        return core::firstDayOfSpan(now, 365);
    return QString();
}
} // namespace

StatsPage::StatsPage(core::instances::InstanceManager *manager, core::stats::StatsRecorder *stats,
                     core::users::UserService *users, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_stats(stats), m_users(users), m_scopeLabel(new QLabel), m_scope(new QComboBox),
      m_periodLabel(new QLabel), m_period(new QComboBox), m_refresh(new QPushButton), m_chart(new QChart),
      m_chartView(new QChartView(m_chart)), m_totalsBox(new QGroupBox), m_systemBox(new QGroupBox)
{
    m_scopeLabel->setBuddy(m_scope);
    m_periodLabel->setBuddy(m_period);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(m_refresh);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    auto figures = [this](QGroupBox *box, const QStringList &keys) {
        auto *grid = new QGridLayout(box);
        for (int i = 0; i < keys.size(); ++i) {
            auto *caption = new QLabel;
            auto *value = new QLabel(QStringLiteral("0"));
            QFont f = value->font();
            f.setBold(true);
            value->setFont(f);
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(caption, i, 0);
            grid->addWidget(value, i, 1);
            m_captions.insert(keys[i], caption);
            m_values.insert(keys[i], value);
        }
        grid->setRowStretch(int(keys.size()), 1);
    };
    figures(m_totalsBox, kTotals);
    figures(m_systemBox, kSystem);
    m_systemBox->hide();

    auto *side = new QVBoxLayout;
    side->addWidget(m_totalsBox);
    side->addWidget(m_systemBox);
    side->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_chartView, 3);
    body->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    connect(m_scope, &QComboBox::activated, this, [this] {
        m_wantedScope = m_scope->currentData().toString();
        fillPeriods();
        refresh();
    });
    connect(m_period, &QComboBox::activated, this, &StatsPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &StatsPage::refresh);
    m_autoRefresh.setInterval(5000);
    connect(&m_autoRefresh, &QTimer::timeout, this, &StatsPage::refresh);
    m_scopesDelay.setSingleShot(true);
    m_scopesDelay.setInterval(500);
    connect(&m_scopesDelay, &QTimer::timeout, this, &StatsPage::fillScopes);
    using core::instances::InstanceManager;
    for (auto signal : {&InstanceManager::instanceAdded, &InstanceManager::instanceRemoved, &InstanceManager::instanceChanged})
        connect(manager, signal, &m_scopesDelay, qOverload<>(&QTimer::start));
    retranslateUi();
    fillScopes();
    applyChartTheme();
}

void StatsPage::setAdmin(bool admin)
{
    m_admin = admin;
    m_systemBox->setVisible(admin);
    refresh();
}

void StatsPage::setScope(const QString &instanceId)
{
    m_wantedScope = instanceId;
    fillScopes();
    refresh();
}

void StatsPage::setPeriod(const QString &period)
{
    const int i = m_period->findData(period);
    if (i >= 0)
        m_period->setCurrentIndex(i);
    refresh();
}

QString StatsPage::period() const
{
    return m_period->currentData().toString();
}

void StatsPage::fillScopes()
{
    m_scope->clear();
    m_scope->addItem(tr("All instances"), QString());
    for (const auto &r : m_manager->list())
        m_scope->addItem(r.name, r.id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(m_wantedScope)));
    fillPeriods();
}

void StatsPage::fillPeriods()
{
    const QString keep = m_period->currentData().toString();
    m_period->clear();
    const bool one = !m_scope->currentData().toString().isEmpty();
    if (one)
        m_period->addItem(tr("Today"), QStringLiteral("today"));
    m_period->addItem(tr("Last 7 days"), QStringLiteral("week"));
    m_period->addItem(tr("Last 30 days"), QStringLiteral("month"));
    if (!one)
        m_period->addItem(tr("Last 365 days"), QStringLiteral("year"));
    m_period->addItem(tr("All time"), QStringLiteral("all"));
    // The spec's defaults: today for an instance, month for all of them.
    const int i = m_period->findData(keep);
    m_period->setCurrentIndex(i >= 0 ? i : m_period->findData(one ? QStringLiteral("today") : QStringLiteral("month")));
}

void StatsPage::refresh()
{
    const QString id = m_scope->currentData().toString();
    const QString from = fromDayOf(period());
    const core::store::UsageCounters totals = id.isEmpty() ? m_stats->systemTotals(from) : m_stats->instanceTotals(id, from);
    const QVector<core::store::DailyCounters> days = id.isEmpty() ? m_stats->dailyTotals(from) : m_stats->instanceDaily(id, from);

    // Every day of the span gets a bar group, empty or not; long spans are grouped by month.
    const QDate today = QDate::fromString(core::dayFromMs(core::nowMs()), Qt::ISODate);
    QDate first = from.isEmpty() ? (days.isEmpty() ? today : QDate::fromString(days.first().day, Qt::ISODate))
                                 : QDate::fromString(from, Qt::ISODate);
    const bool monthly = first.daysTo(today) > 62;
    QStringList keys;
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        const QString key = monthly ? d.toString(QStringLiteral("yyyy-MM")) : d.toString(Qt::ISODate);
        if (keys.isEmpty() || keys.last() != key)
            keys << key;
    }
    QHash<QString, core::store::UsageCounters> byKey;
    for (const auto &d : days)
        byKey[monthly ? d.day.left(7) : d.day] += d.counters;

    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *series = new QBarSeries;
    QBarSet *sets[4] = {new QBarSet(tr("Sent")), new QBarSet(tr("Received")), new QBarSet(tr("Media sent")),
                        new QBarSet(tr("Media received"))};
    const QColor colors[4] = {QColor(0x25, 0xa2, 0x44), QColor(0x1e, 0x88, 0xe5), QColor(0x8e, 0x24, 0xaa), QColor(0xfb, 0x8c, 0x00)};
    qint64 highest = 0;
    m_categories.clear();
    const QLocale locale;
    for (const QString &key : std::as_const(keys)) {
        const auto c = byKey.value(key);
        *sets[0] << c.messagesSent;
        *sets[1] << c.messagesReceived;
        *sets[2] << c.mediaSent;
        *sets[3] << c.mediaReceived;
        highest = std::max({highest, c.messagesSent, c.messagesReceived, c.mediaSent, c.mediaReceived});
        m_categories << (monthly ? locale.toString(QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yyyy"))
                                 : locale.toString(QDate::fromString(key, Qt::ISODate), QStringLiteral("d MMM")));
    }
    for (int i = 0; i < 4; ++i) {
        sets[i]->setColor(colors[i]);
        series->append(sets[i]);
    }
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_categories);
    // A month of days does not fit side by side: stand the dates up instead of eliding them.
    x->setTruncateLabels(false);
    if (m_categories.size() > 12)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qint64>(4, highest + highest / 10 + 1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setTitle(id.isEmpty() ? tr("Messages per day, all instances") : tr("Messages per day: %1").arg(m_scope->currentText()));
    m_chartView->setAccessibleDescription(tr("%1 sent, %2 received, %3 media sent, %4 media received")
                                              .arg(totals.messagesSent).arg(totals.messagesReceived)
                                              .arg(totals.mediaSent).arg(totals.mediaReceived));

    auto show = [this](const QString &key, qint64 value, const QString &text = {}) {
        m_shown.insert(key, value);
        m_values.value(key)->setText(text.isEmpty() ? QLocale().toString(value) : text);
    };
    show(QStringLiteral("messagesSent"), totals.messagesSent);
    show(QStringLiteral("messagesReceived"), totals.messagesReceived);
    show(QStringLiteral("mediaSent"), totals.mediaSent);
    show(QStringLiteral("mediaReceived"), totals.mediaReceived);
    show(QStringLiteral("totalMediaSize"), totals.mediaBytes, text::byteSize(totals.mediaBytes));
    show(QStringLiteral("apiCalls"), totals.apiCalls);
    show(QStringLiteral("webhookSent"), totals.webhookSent);
    if (m_admin) {
        const auto all = m_stats->systemTotals(QString());
        show(QStringLiteral("system.instances"), m_manager->count());
        show(QStringLiteral("system.connected"), m_manager->countConnected());
        show(QStringLiteral("system.users"), m_users->count());
        show(QStringLiteral("system.activeUsers"), m_users->countActive());
        show(QStringLiteral("system.messagesSent"), all.messagesSent);
        show(QStringLiteral("system.messagesReceived"), all.messagesReceived);
        show(QStringLiteral("system.media"), all.mediaSent + all.mediaReceived);
        show(QStringLiteral("system.apiCalls"), all.apiCalls);
        show(QStringLiteral("system.webhookSent"), all.webhookSent);
    }
}

qint64 StatsPage::shownTotal(const QString &key) const
{
    return m_shown.value(key, -1);
}

QStringList StatsPage::chartCategories() const
{
    return m_categories;
}

qint64 StatsPage::chartSum(int set) const
{
    const auto series = m_chart->series();
    if (series.isEmpty())
        return 0;
    const auto sets = static_cast<QBarSeries *>(series.first())->barSets();
    if (set < 0 || set >= sets.size())
        return 0;
    return qint64(sets[set]->sum());
}

void StatsPage::applyChartTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    refresh(); // the theme resets the bar colours
}

void StatsPage::showEvent(QShowEvent *event)
{
    refresh();
    m_autoRefresh.start();
    QWidget::showEvent(event);
}

void StatsPage::hideEvent(QHideEvent *event)
{
    m_autoRefresh.stop();
    QWidget::hideEvent(event);
}

void StatsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillScopes();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        applyChartTheme();
    }
    QWidget::changeEvent(event);
}

void StatsPage::retranslateUi()
{
    m_scopeLabel->setText(tr("Instan&ce:"));
    m_periodLabel->setText(tr("&Period:"));
    m_scope->setAccessibleName(tr("Instance"));
    m_period->setAccessibleName(tr("Period"));
    m_refresh->setText(tr("&Refresh"));
    m_chartView->setAccessibleName(tr("Messages per day"));
    m_totalsBox->setTitle(tr("Totals for the period"));
    m_systemBox->setTitle(tr("System (all users, all time)"));
    const QHash<QString, QString> captions{
        {QStringLiteral("messagesSent"), tr("Messages sent")},
        {QStringLiteral("messagesReceived"), tr("Messages received")},
        {QStringLiteral("mediaSent"), tr("Media sent")},
        {QStringLiteral("mediaReceived"), tr("Media received")},
        {QStringLiteral("totalMediaSize"), tr("Media size")},
        {QStringLiteral("apiCalls"), tr("API calls")},
        {QStringLiteral("webhookSent"), tr("Webhooks sent")},
        {QStringLiteral("system.instances"), tr("Instances")},
        {QStringLiteral("system.connected"), tr("Connected now")},
        {QStringLiteral("system.users"), tr("Users")},
        {QStringLiteral("system.activeUsers"), tr("Active users")},
        {QStringLiteral("system.messagesSent"), tr("Messages sent")},
        {QStringLiteral("system.messagesReceived"), tr("Messages received")},
        {QStringLiteral("system.media"), tr("Media sent and received")},
        {QStringLiteral("system.apiCalls"), tr("API calls")},
        {QStringLiteral("system.webhookSent"), tr("Webhooks sent")}};
    for (auto it = captions.begin(); it != captions.end(); ++it)
        m_captions.value(it.key())->setText(it.value());
}

} // namespace ui
