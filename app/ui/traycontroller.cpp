#include "ui/traycontroller.h"

#include "core/instances/instancemanager.h"
#include "ui/uitext.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace ui {

namespace st = core::instances::status;
using core::instances::InstanceManager;

namespace {
QIcon appIcon()
{
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x25, 0xa2, 0x44));
    p.drawEllipse(QRectF(4, 4, 56, 56));
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(30);
    p.setFont(f);
    p.drawText(QRect(0, 0, 64, 64), Qt::AlignCenter, QStringLiteral("W"));
    return QIcon(pm);
}
} // namespace

TrayController::TrayController(InstanceManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
    for (const auto &r : manager->list())
        m_last.insert(r.id, manager->state(r.id).status);
    connect(manager, &InstanceManager::stateChanged, this, &TrayController::onState);
    connect(manager, &InstanceManager::instanceRemoved, this, [this](const QString &id) { m_last.remove(id); });
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherMs);
    connect(&m_gather, &QTimer::timeout, this, &TrayController::flushNotices);
    m_tooltip.setSingleShot(true);
    m_tooltip.setInterval(250);
    connect(&m_tooltip, &QTimer::timeout, this, &TrayController::updateToolTip);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(appIcon(), this);
    m_menu = new QMenu;
    // Built when opened: a thousand instances cost nothing until someone looks.
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::rebuildMenu);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindowRequested);
    rebuildMenu();
    updateToolTip();
    m_icon->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

QStringList TrayController::menuLines() const
{
    QStringList lines;
    const auto all = m_manager->list();
    for (int i = 0; i < all.size() && i < MenuInstances; ++i)
        lines << tr("%1: %2").arg(all[i].name, text::status(m_manager->state(all[i].id).status));
    if (all.size() > MenuInstances)
        lines << tr("… and %n more", nullptr, int(all.size() - MenuInstances));
    return lines;
}

void TrayController::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    m_menu->addAction(tr("&Show WaMulti"), this, &TrayController::showWindowRequested);
    m_menu->addSeparator();
    const auto all = m_manager->list();
    const QStringList lines = menuLines();
    for (int i = 0; i < lines.size(); ++i) {
        if (i < all.size() && i < MenuInstances) {
            const QString id = all[i].id;
            QAction *a = m_menu->addAction(text::statusDot(m_manager->state(id).status), lines[i]);
            connect(a, &QAction::triggered, this, [this, id] { Q_EMIT instanceChosen(id); });
        } else {
            m_menu->addAction(lines[i])->setEnabled(false);
        }
    }
    if (all.isEmpty())
        m_menu->addAction(tr("No instances yet"))->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
}

void TrayController::updateToolTip()
{
    if (m_icon)
        m_icon->setToolTip(tr("WaMulti: %1 of %2 instances connected").arg(m_manager->countConnected()).arg(m_manager->count()));
}

void TrayController::retranslate()
{
    rebuildMenu();
    updateToolTip();
}

void TrayController::onState(const QString &id, const QString &status)
{
    const QString before = m_last.value(id);
    m_last.insert(id, status);
    if (m_icon && !m_tooltip.isActive())
        m_tooltip.start();
    if (before == status)
        return;
    const auto record = m_manager->get(id);
    const QString name = record ? record->name : id;
    if (status == st::loggedOut)
        m_loggedOut << name;
    else if (before == st::connected && status != st::connected)
        m_disconnected << name;
    else
        return;
    if (!m_gather.isActive())
        m_gather.start();
}

void TrayController::flushNotices()
{
    m_gather.stop();
    auto raise = [this](const QString &title, const QString &text, QSystemTrayIcon::MessageIcon kind) {
        Q_EMIT notified(title, text);
        if (m_icon && QSystemTrayIcon::supportsMessages())
            m_icon->showMessage(title, text, kind, 10000);
    };
    if (!m_loggedOut.isEmpty()) {
        raise(m_loggedOut.size() == 1 ? tr("%1 was logged out").arg(m_loggedOut.first())
                                      : tr("%n instances were logged out", nullptr, int(m_loggedOut.size())),
              tr("Link it again with a new QR code: %1").arg(m_loggedOut.join(QStringLiteral(", "))),
              QSystemTrayIcon::Warning);
        m_loggedOut.clear();
    }
    if (!m_disconnected.isEmpty()) {
        raise(m_disconnected.size() == 1 ? tr("%1 disconnected").arg(m_disconnected.first())
                                         : tr("%n instances disconnected", nullptr, int(m_disconnected.size())),
              tr("WaMulti reconnects by itself when it can: %1").arg(m_disconnected.join(QStringLiteral(", "))),
              QSystemTrayIcon::Information);
        m_disconnected.clear();
    }
}

} // namespace ui
