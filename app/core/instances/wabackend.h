#pragma once
// The InstanceBackend of a real WhatsApp account: a wa::client::Client whose credentials live in
// the instance's key store. Maps the client's states and events to the instance's status, QR
// code and activity log entries (qr_received, paired, connected, disconnected, logged_out).
#include "core/instances/instancebackend.h"
#include "wa/client/client.h"

#include <memory>

namespace core::store {
class SqlKeyStore;
}

namespace core::instances {

class WaBackend : public InstanceBackend
{
    Q_OBJECT
public:
    // `keys` is owned by the backend (deleted with it).
    WaBackend(const QString &instanceId, wa::client::ClientConfig config,
              std::unique_ptr<store::SqlKeyStore> keys, QObject *parent = nullptr);
    ~WaBackend() override;

    void start() override;
    void stop() override;
    void logout() override;

private:
    void publish();

    QString m_instanceId;
    std::unique_ptr<store::SqlKeyStore> m_keys;
    wa::client::Client *m_client;
    int m_qrAttempt = 0;
};

} // namespace core::instances
