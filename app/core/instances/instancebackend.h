#pragma once
// What an instance needs from a WhatsApp engine. The protocol engine (wa::Client, its own issue)
// implements this; InstanceManager owns one backend per instance. Without an engine (no factory)
// instances honestly stay "disconnected" and connection requests answer "engine unavailable".
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace core::instances {

// Connection states, as the API names them.
namespace status {
inline const QString disconnected = QStringLiteral("disconnected");
inline const QString connecting = QStringLiteral("connecting");
inline const QString qr = QStringLiteral("qr");
inline const QString connected = QStringLiteral("connected");
inline const QString loggedOut = QStringLiteral("logged_out");
} // namespace status

class InstanceBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~InstanceBackend() override = default;

    virtual void start() = 0;  // connect; begins QR pairing when the instance is not linked
    virtual void stop() = 0;   // close the connection, keep the credentials
    virtual void logout() = 0; // unlink the device and wipe its keys

Q_SIGNALS:
    // status is one of core::instances::status; qrCode is the current QR payload or empty.
    void stateChanged(const QString &status, const QString &qrCode);
    // Something the activity log should record (qr_received, connected, disconnected, ...).
    void activity(const QString &action, const QJsonObject &details);
    // The account's own JID became known (after pairing or login).
    void accountKnown(const QString &jid);
};

using InstanceBackendFactory = std::function<std::unique_ptr<InstanceBackend>(const QString &instanceId)>;

} // namespace core::instances
