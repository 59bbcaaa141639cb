#pragma once
// The tray icon: its menu lists the instances with their states, and a notification appears when
// an instance drops its connection or is logged out. Bursts are gathered for a second into one
// notice ("3 instances disconnected: ..."). Where the platform has no tray (offscreen, some
// desktops) there is no icon, but notices are still raised as notified() for the window's status
// bar, so nothing is lost.
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace core::instances {
class InstanceManager;
}

namespace ui {

class TrayController : public QObject
{
    Q_OBJECT
public:
    static constexpr int GatherMs = 1000;
    static constexpr int MenuInstances = 30; // more are summed up in one line

    TrayController(core::instances::InstanceManager *manager, QObject *parent = nullptr);
    ~TrayController() override;

    bool hasIcon() const { return m_icon != nullptr; }
    QSystemTrayIcon *icon() const { return m_icon; }
    // The menu's instance lines as they would be shown now (tests, and the menu itself).
    QStringList menuLines() const;
    void retranslate();
    void flushNotices(); // shows gathered notices now

Q_SIGNALS:
    void notified(const QString &title, const QString &text);
    void showWindowRequested();
    void quitRequested();
    void instanceChosen(const QString &instanceId);

private:
    void onState(const QString &id, const QString &status);
    void rebuildMenu();
    void updateToolTip();

    core::instances::InstanceManager *m_manager;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QHash<QString, QString> m_last; // instance -> last status seen
    QStringList m_disconnected;     // names gathered for the next notice
    QStringList m_loggedOut;
    QTimer m_gather;
    QTimer m_tooltip; // the count walks every instance: at most four times a second
};

} // namespace ui
