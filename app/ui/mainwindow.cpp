#include "ui/mainwindow.h"

#include "core/instances/instancemanager.h"
#include "core/runtime/appruntime.h"
#include "core/users/userservice.h"
#include "ui/chatspage.h"
#include "ui/deliverypanel.h"
#include "ui/instanceactions.h"
#include "ui/instancelistmodel.h"
#include "ui/instancepage.h"
#include "ui/languagecontroller.h"
#include "ui/qrtracker.h"
#include "ui/sandboxpanel.h"
#include "ui/settingspage.h"
#include "ui/statspage.h"
#include "ui/storereader.h"
#include "ui/themecontroller.h"
#include "ui/traycontroller.h"
#include "ui/userspage.h"
#include "ui/webhookpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(core::runtime::AppRuntime *runtime, QWidget *parent)
    : QMainWindow(parent), m_runtime(runtime),
      m_reader(std::make_unique<StoreReader>(runtime->config().databasePath, runtime->writer())),
      m_ui(std::make_unique<QSettings>(runtime->config().dataDir + QStringLiteral("/ui.ini"), QSettings::IniFormat)),
      m_language(std::make_unique<LanguageController>()), m_theme(std::make_unique<ThemeController>()),
      m_model(new InstanceListModel(runtime->instances(), m_reader.get(), this)), m_proxy(new QSortFilterProxyModel(this)),
      m_qr(new QrTracker(runtime->instances(), this)), m_tray(new TrayController(runtime->instances(), this)),
      m_sections(new QTabWidget), m_splitter(new QSplitter(Qt::Horizontal)), m_search(new QLineEdit), m_view(new QTableView),
      m_instanceTabs(new QTabWidget), m_apiLabel(new QLabel)
{
    auto *manager = runtime->instances();
    const auto &config = runtime->config();
    resize(1280, 800);
    m_actions = new InstanceActions(manager, this, [this] { return currentInstanceId(); }, [this] { return operatorId(); }, this);
    connect(m_actions, &InstanceActions::created, this, [this](const QString &id) {
        m_model->flushPending();
        selectInstance(id);
    });

    // The instance list: every column sortable, search over name, phone, description and state.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InstanceListModel::SortRole);
    m_proxy->setFilterRole(InstanceListModel::SearchRole);
    m_proxy->setFilterKeyColumn(InstanceListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // The name keeps a readable width; the last column takes what is left.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(InstanceListModel::Name, 150);
    for (int c : {InstanceListModel::Phone, InstanceListModel::Status, InstanceListModel::Unread})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentInstanceChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        // The first instance to appear (from the API, say) is shown rather than an empty page.
        if (currentInstanceId().isEmpty() && m_proxy->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_view, &QTableView::activated, this, [this] { showInstanceTab(OverviewTab); });
    m_view->addAction(m_actions->remove()); // its Del shortcut works in the list only
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view);

    m_instancePage = new InstancePage(manager, m_qr, m_reader.get());
    m_instancePage->setActions(m_actions->pageActions());
    m_chats = new ChatsPage(m_reader.get(), config.dataDir, manager, config.maxMediaBytes);
    m_webhooks = new WebhookPage(manager);
    // Forms scroll rather than force their width on the list beside them.
    auto scrolled = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_instanceTabs->addTab(m_instancePage, QString());
    m_instanceTabs->addTab(m_chats, QString());
    // Webhooks: the settings over the delivery log.
    m_deliveries = new DeliveryPanel(manager, runtime->deliveries(), runtime->dispatcher(), m_reader.get());
    auto *webhookSplit = new QSplitter(Qt::Vertical);
    webhookSplit->addWidget(scrolled(m_webhooks));
    webhookSplit->addWidget(m_deliveries);
    webhookSplit->setChildrenCollapsible(false);
    m_instanceTabs->addTab(webhookSplit, QString());
    connect(m_chats, &ChatsPage::statusMessage, this, &MainWindow::notice);
    connect(m_webhooks, &WebhookPage::saved, this, [this] { notice(tr("Webhook settings saved.")); });
    m_splitter->setObjectName(QStringLiteral("instancesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_instanceTabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_stats = new StatsPage(manager, runtime->stats(), runtime->users());
    m_stats->setAdmin(true); // the window's operator is an admin (operatorId())
    m_users = new UsersPage(runtime->users(), manager, [this] { return operatorId(); });
    m_settings = new SettingsPage(config, runtime->apiUrl(), runtime->users(), [this] { return operatorId(); });
    connect(m_settings, &SettingsPage::languageRequested, this, &MainWindow::applyLanguage);
    connect(m_settings, &SettingsPage::themeRequested, this, &MainWindow::applyTheme);
    connect(m_users, &UsersPage::usersChanged, m_stats, &StatsPage::refresh);
    m_sections->addTab(m_splitter, QString());
    m_sections->addTab(m_stats, QString());
    m_sections->addTab(m_users, QString());
    m_sections->addTab(m_settings, QString());
    m_sections->setDocumentMode(true);
    setCentralWidget(m_sections);

    if (config.sandbox && !config.sandboxControlUrl.isEmpty()) {
        m_sandbox = new SandboxPanel(config.sandboxControlUrl, manager);
        m_sandboxDock = new QDockWidget;
        m_sandboxDock->setObjectName(QStringLiteral("sandboxDock"));
        auto *area = new QScrollArea;
        area->setWidget(m_sandbox);
        area->setWidgetResizable(true);
        area->setMinimumWidth(300);
        m_sandboxDock->setWidget(area);
        m_sandboxDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::RightDockWidgetArea, m_sandboxDock);
    }

    connect(m_tray, &TrayController::notified, this, [this](const QString &title, const QString &text) {
        notice(title + QStringLiteral(". ") + text);
    });
    connect(m_tray, &TrayController::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayController::quitRequested, this, &QWidget::close);
    connect(m_tray, &TrayController::instanceChosen, this, [this](const QString &id) {
        showNormal();
        showSection(InstancesSection);
        selectInstance(id);
    });
    // History changes: the list's unread counts, and the chats of the instance on screen. Both
    // are debounced, so a burst of messages costs a few reads.
    using core::instances::InstanceManager;
    connect(manager, &InstanceManager::messageStored, this, [this](const QString &id) {
        m_model->requestInboxRefresh();
        if (id == currentInstanceId())
            m_chats->refresh();
    });
    connect(manager, &InstanceManager::statusesChanged, this, [this](const QString &id) {
        m_model->requestInboxRefresh();
        if (id == currentInstanceId())
            m_chats->refresh();
    });

    m_apiLabel->setText(runtime->apiUrl() + QStringLiteral("/api"));
    m_apiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_apiLabel);
    buildMenus();
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_instanceTabs);
    retranslateUi();
    restoreUiState();
    if (!manager->engineAvailable()) {
        m_engineOff = new QLabel;
        statusBar()->addWidget(m_engineOff);
        retranslateUi();
    }
}

MainWindow::~MainWindow()
{
    // Ended without a close (SIGTERM, the session ending): remember the layout all the same.
    if (isVisible())
        saveUiState();
    // Pages hold models whose jobs run on the reader: delete them while the reader still exists.
    delete takeCentralWidget();
    if (m_sandboxDock)
        delete m_sandboxDock;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->newInstance());
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_instanceMenu = menuBar()->addMenu(QString());
    m_instanceMenu->addActions({m_actions->edit(), m_actions->reconnect(), m_actions->logout()});
    m_instanceMenu->addSeparator();
    m_instanceMenu->addAction(m_actions->remove());
    m_viewMenu = menuBar()->addMenu(QString());
    m_find = m_viewMenu->addAction(QString(), this, [this] {
        showSection(InstancesSection);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_find->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
    for (int i = 0; i < 4; ++i) {
        m_sectionActions[i] = m_viewMenu->addAction(QString(), this, [this, i] { showSection(Section(i)); });
        m_sectionActions[i]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    if (m_sandboxDock) {
        QAction *toggle = m_sandboxDock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
        m_viewMenu->addSeparator();
        m_viewMenu->addAction(toggle);
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About WaMulti"),
                           tr("<p><b>WaMulti %1</b></p><p>Many WhatsApp accounts from one native process, with a local REST API at %2.</p>")
                               .arg(QStringLiteral(WAMULTI_VERSION), m_runtime->apiUrl() + QStringLiteral("/api")));
    });
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("instancesToolbar"));
    toolbar->addActions({m_actions->newInstance(), m_actions->edit(), m_actions->reconnect(), m_actions->logout(), m_actions->remove()});
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

QString MainWindow::operatorId() const
{
    for (const auto &u : m_runtime->users()->list(1000, 0))
        if (u.isAdmin() && u.isActive)
            return u.id;
    return {};
}

QString MainWindow::createInstance(const QString &name, QString *error)
{
    return m_actions->create(name, QString(), error);
}

QString MainWindow::currentInstanceId() const
{
    if (!m_view->selectionModel()) // still being built
        return {};
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(InstanceListModel::IdRole).toString() : QString();
}

void MainWindow::selectInstance(const QString &id)
{
    m_model->flushPending();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the search: show everything again
        m_search->clear();
        return selectInstance(id);
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MainWindow::onCurrentInstanceChanged()
{
    const QString id = currentInstanceId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_instancePage->setInstance(id);
    m_chats->setInstance(id);
    m_webhooks->setInstance(id);
    m_deliveries->setInstance(id);
    if (m_sandbox)
        m_sandbox->setInstance(id);
    m_actions->updateEnabled();
}

void MainWindow::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

void MainWindow::showInstanceTab(InstanceTab tab)
{
    showSection(InstancesSection);
    m_instanceTabs->setCurrentIndex(int(tab));
}

void MainWindow::notice(const QString &text)
{
    m_lastNotice = text;
    statusBar()->showMessage(text, 15000);
}

void MainWindow::applyLanguage(const QString &code)
{
    m_language->setLanguage(code);
    m_ui->setValue(QStringLiteral("ui/language"), m_language->language());
}

void MainWindow::applyTheme(const QString &theme)
{
    m_theme->setTheme(theme);
    m_ui->setValue(QStringLiteral("ui/theme"), m_theme->theme());
}

void MainWindow::saveUiState()
{
    m_ui->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_ui->setValue(QStringLiteral("window/state"), saveState());
    m_ui->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_ui->setValue(QStringLiteral("chats/splitter"), m_chats->splitter()->saveState());
    m_ui->setValue(QStringLiteral("window/section"), m_sections->currentIndex());
    m_ui->setValue(QStringLiteral("instance/tab"), m_instanceTabs->currentIndex());
    m_ui->setValue(QStringLiteral("instance/selected"), currentInstanceId());
    m_ui->sync();
}

void MainWindow::restoreUiState()
{
    restoreGeometry(m_ui->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_ui->value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(m_ui->value(QStringLiteral("window/splitter")).toByteArray())) {
        // First start: two fifths for the list, once the window has its real width.
        QTimer::singleShot(0, this, [this] {
            const int width = m_splitter->width();
            m_splitter->setSizes({width * 2 / 5, width - width * 2 / 5});
        });
    }
    if (!m_chats->splitter()->restoreState(m_ui->value(QStringLiteral("chats/splitter")).toByteArray()))
        m_chats->splitter()->setSizes({2, 3}); // proportions: applied to the real width when shown
    m_sections->setCurrentIndex(m_ui->value(QStringLiteral("window/section"), 0).toInt());
    m_instanceTabs->setCurrentIndex(m_ui->value(QStringLiteral("instance/tab"), 0).toInt());
    const QString theme = m_ui->value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    m_theme->setTheme(theme);
    m_settings->setTheme(m_theme->theme());
    const QString language = m_ui->value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
    m_language->setLanguage(language);
    m_settings->setLanguage(m_language->language());
    const QString selected = m_ui->value(QStringLiteral("instance/selected")).toString();
    if (!selected.isEmpty())
        selectInstance(selected);
    if (currentInstanceId().isEmpty() && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onCurrentInstanceChanged();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_runtime->config().sandbox ? tr("WaMulti (sandbox)") : tr("WaMulti"));
    m_search->setPlaceholderText(tr("Search instances (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search instances"));
    m_view->setAccessibleName(tr("Instances"));
    m_instanceTabs->setTabText(OverviewTab, tr("&Overview"));
    m_instanceTabs->setTabText(ChatsTab, tr("Cha&ts"));
    m_instanceTabs->setTabText(WebhooksTab, tr("&Webhooks"));
    m_sections->setTabText(InstancesSection, tr("Instances"));
    m_sections->setTabText(StatisticsSection, tr("Statistics"));
    m_sections->setTabText(UsersSection, tr("Users"));
    m_sections->setTabText(SettingsSection, tr("Settings"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_instanceMenu->setTitle(tr("&Instance"));
    m_viewMenu->setTitle(tr("&View"));
    m_find->setText(tr("&Find instance"));
    const char *sections[4] = {QT_TR_NOOP("&Instances"), QT_TR_NOOP("&Statistics"), QT_TR_NOOP("&Users"), QT_TR_NOOP("S&ettings")};
    for (int i = 0; i < 4; ++i)
        m_sectionActions[i]->setText(tr(sections[i]));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About WaMulti"));
    if (m_sandboxDock)
        m_sandboxDock->setWindowTitle(tr("Simulated phones"));
    m_apiLabel->setToolTip(tr("The REST API of this process"));
    if (m_engineOff)
        m_engineOff->setText(tr("WhatsApp engine off (WAMULTI_ENGINE=off): instances stay disconnected."));
    m_actions->retranslate();
    m_model->retranslate();
    m_tray->retranslate();
}

} // namespace ui
