#pragma once
// Which QR code each instance shows, since when, and for how long. InstanceManager hands out
// only the current QR payload; the window needs a countdown, so it follows every rotation from
// the start: the first code of a pairing round lives 60 s, each following one 20 s (the
// schedule of wa/client/pairingqr.h, which the engine rotates by). A round starts whenever an
// instance enters the "qr" state with a code.
#include <QHash>
#include <QObject>
#include <optional>

namespace core::instances {
class InstanceManager;
}

namespace ui {

struct QrShown {
    QString code;
    int index = 0;       // 0 = first code of the round
    qint64 shownAt = 0;  // ms since the epoch
    qint64 lifetimeMs = 0;
    qint64 expiresAt() const { return shownAt + lifetimeMs; }
};

class QrTracker : public QObject
{
    Q_OBJECT
public:
    explicit QrTracker(core::instances::InstanceManager *manager, QObject *parent = nullptr);
    std::optional<QrShown> current(const QString &instanceId) const;

Q_SIGNALS:
    void qrChanged(const QString &instanceId); // a new code, or none any more

private:
    void onState(const QString &id);
    core::instances::InstanceManager *m_manager;
    QHash<QString, QrShown> m_shown;
};

} // namespace ui
