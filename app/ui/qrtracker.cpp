#include "ui/qrtracker.h"

#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "wa/client/pairingqr.h"

namespace ui {

using core::instances::InstanceManager;

QrTracker::QrTracker(InstanceManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
    connect(manager, &InstanceManager::stateChanged, this, [this](const QString &id, const QString &) { onState(id); });
    connect(manager, &InstanceManager::instanceRemoved, this, [this](const QString &id) {
        if (m_shown.remove(id))
            Q_EMIT qrChanged(id);
    });
    // Instances already showing a code when the window opens: their place in the round is not
    // known, so they count as a first code from now (at worst the countdown runs long once).
    for (const auto &r : manager->list())
        onState(r.id);
}

std::optional<QrShown> QrTracker::current(const QString &instanceId) const
{
    auto it = m_shown.find(instanceId);
    if (it == m_shown.end())
        return std::nullopt;
    return *it;
}

void QrTracker::onState(const QString &id)
{
    const auto state = m_manager->state(id);
    auto it = m_shown.find(id);
    if (state.qrCode.isEmpty()) {
        if (it != m_shown.end()) {
            m_shown.erase(it);
            Q_EMIT qrChanged(id);
        }
        return;
    }
    if (it != m_shown.end() && it->code == state.qrCode)
        return;
    QrShown shown;
    shown.code = state.qrCode;
    shown.index = it == m_shown.end() ? 0 : it->index + 1;
    shown.shownAt = core::nowMs();
    shown.lifetimeMs = wa::client::qrLifetime(shown.index).count();
    m_shown.insert(id, shown);
    Q_EMIT qrChanged(id);
}

} // namespace ui
