#pragma once
// A scripted InstanceBackend for window tests that need connection states (QR rotation, linked,
// dropped, logged out) without a network; the end-to-end flow uses the real engine and sandbox.
#include "core/instances/instancebackend.h"

#include <QHash>
#include <QPointer>
#include <memory>

namespace uitest {

class FakeBackend : public core::instances::InstanceBackend
{
    Q_OBJECT
public:
    void start() override { ++starts; }
    void stop() override { ++stops; }
    void logout() override
    {
        ++logouts;
        show(core::instances::status::loggedOut);
    }
    void show(const QString &status, const QString &qr = {})
    {
        Q_EMIT stateChanged(status, qr);
        if (status == core::instances::status::connected)
            Q_EMIT activity(QStringLiteral("connected"), {});
    }
    void link(const QString &jid) { Q_EMIT accountKnown(jid); }
    int starts = 0, stops = 0, logouts = 0;
};

struct FakeEngine {
    QHash<QString, QPointer<FakeBackend>> backends;
    core::instances::InstanceBackendFactory factory()
    {
        return [this](const QString &id) {
            auto b = std::make_unique<FakeBackend>();
            backends.insert(id, b.get());
            return std::unique_ptr<core::instances::InstanceBackend>(std::move(b));
        };
    }
    FakeBackend *of(const QString &id) const { return backends.value(id); }
};

} // namespace uitest
