#pragma once
// The desktop window. Sections (tabs): Instances (the list with search beside the selected
// instance's Overview, Chats and Webhooks tabs), Statistics, Users and Settings; in sandbox mode a
// "Simulated phones" dock. A tray icon reports states and disconnections. It talks to the core
// services in process (never through HTTP loopback); store reads go through one StoreReader
// thread. Geometry, splitters, the section and the selected instance persist in
// <data-dir>/ui.ini, next to the data they describe and away from the user's global settings.
#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace core::runtime {
class AppRuntime;
}

namespace ui {

class ChatsPage;
class DeliveryPanel;
class InstanceActions;
class InstanceListModel;
class InstancePage;
class LanguageController;
class QrTracker;
class SandboxPanel;
class SettingsPage;
class StatsPage;
class StoreReader;
class ThemeController;
class TrayController;
class UsersPage;
class WebhookPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Section { InstancesSection, StatisticsSection, UsersSection, SettingsSection };
    enum InstanceTab { OverviewTab, ChatsTab, WebhooksTab };

    explicit MainWindow(core::runtime::AppRuntime *runtime, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Creates an instance owned by the operator (the first active admin). Returns its id or "".
    QString createInstance(const QString &name, QString *error = nullptr);
    QString currentInstanceId() const;
    void selectInstance(const QString &id);
    void showSection(Section section);
    void showInstanceTab(InstanceTab tab);
    QString operatorId() const; // the first active admin, whom the window acts as
    void saveUiState();

    QTableView *instanceView() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    InstanceListModel *instanceModel() const { return m_model; }
    InstancePage *instancePage() const { return m_instancePage; }
    ChatsPage *chatsPage() const { return m_chats; }
    StatsPage *statsPage() const { return m_stats; }
    UsersPage *usersPage() const { return m_users; }
    SettingsPage *settingsPage() const { return m_settings; }
    SandboxPanel *sandboxPanel() const { return m_sandbox; } // null unless --sandbox
    QDockWidget *sandboxDock() const { return m_sandboxDock; }
    TrayController *tray() const { return m_tray; }
    InstanceActions *actions() const { return m_actions; }
    LanguageController *language() const { return m_language.get(); }
    ThemeController *theme() const { return m_theme.get(); }
    QTabWidget *sections() const { return m_sections; }
    QSplitter *splitter() const { return m_splitter; }
    StoreReader *reader() const { return m_reader.get(); }
    QString lastNotice() const { return m_lastNotice; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreUiState();
    void retranslateUi();
    void onCurrentInstanceChanged();
    void applyLanguage(const QString &code);
    void applyTheme(const QString &theme);
    void notice(const QString &text);

    core::runtime::AppRuntime *m_runtime;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<QSettings> m_ui;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<ThemeController> m_theme;
    InstanceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QrTracker *m_qr;
    InstanceActions *m_actions;
    TrayController *m_tray;
    QTabWidget *m_sections;
    QSplitter *m_splitter;
    QLineEdit *m_search;
    QTableView *m_view;
    QTabWidget *m_instanceTabs;
    InstancePage *m_instancePage;
    ChatsPage *m_chats;
    WebhookPage *m_webhooks;
    DeliveryPanel *m_deliveries;
    StatsPage *m_stats;
    UsersPage *m_users;
    SettingsPage *m_settings;
    SandboxPanel *m_sandbox = nullptr;
    QDockWidget *m_sandboxDock = nullptr;
    QLabel *m_apiLabel;
    QLabel *m_engineOff = nullptr; // shown while there is no engine
    QMenu *m_fileMenu;
    QMenu *m_instanceMenu;
    QMenu *m_viewMenu;
    QMenu *m_helpMenu;
    QAction *m_quit;
    QAction *m_find;
    QAction *m_sectionActions[4];
    QAction *m_about;
    QString m_lastNotice;
    QString m_currentId;
};

} // namespace ui
