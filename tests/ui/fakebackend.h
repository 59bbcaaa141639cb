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
    // Messaging: what the window asked for is recorded; sends answer with `sendAnswer`.
    void send(const QString &to, const wa::message::MessageContent &content, const QByteArray &media, QObject *,
              core::instances::SendDone done) override
    {
        sent.push_back({to, content, media});
        done(sendAnswer);
    }
    void markRead(const QString &chat, const QStringList &ids, const QString &) override { reads.push_back({chat, ids}); }
    void checkNumbers(const QStringList &, QObject *, core::instances::NumberCheckDone done) override { done({}, QStringLiteral("not scripted")); }
    void requestPairingCode(const QString &phoneNumber) override
    {
        pairingNumbers << phoneNumber;
        Q_EMIT pairingCodeReady(QStringLiteral("K7QZ2M4P"), {});
    }
    struct Sent {
        QString to;
        wa::message::MessageContent content;
        QByteArray media;
    };
    QVector<Sent> sent;
    QVector<QPair<QString, QStringList>> reads;
    QStringList pairingNumbers;
    core::instances::SendOutcome sendAnswer{true, QStringLiteral("3EB0FAKE"), 1, 0, {}, {}};
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
