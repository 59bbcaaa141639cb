#pragma once
// wa::client::Client: one WhatsApp account (device) from nothing to a linked, logged-in device
// that stays connected. It loads or creates the device credentials, registers (QR refs rotated on
// the documented schedule, pair-success verified and countersigned) or logs in, reconnects with
// backoff (at once after 515, never after a logout or a replacement), and logs out on request.
// Single-threaded: create it on the thread that will run it. Messaging comes in a later layer.
#include "wa/connection/clientpayload.h"
#include "wa/connection/disconnect.h"
#include "wa/connection/nodeconnection.h"
#include "wa/connection/reconnectpolicy.h"
#include "wa/store/devicecredentials.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace wa::store {
class CredentialStore;
class PreKeyStore;
}

namespace wa::client {

class PairingQrRotation;

struct ClientConfig {
    connection::ConnectionOptions connection; // endpoint, trusted root, timeouts
    connection::ClientIdentity identity;      // version triple, OS name shown on the phone
    connection::ReconnectPolicy reconnect;
    int qrFirstLifetimeMs = 60000; // the documented schedule; tests shorten it
    int qrNextLifetimeMs = 20000;
};

class Client : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, WaitingForScan, LoggingIn, Connected, LoggedOut };
    Q_ENUM(State)

    // `preKeys` may be null (no one-time prekeys are uploaded then; sessions still start from
    // the signed prekey).
    Client(ClientConfig config, store::CredentialStore *credentials, store::PreKeyStore *preKeys = nullptr,
           QObject *parent = nullptr);

    // whatsmeow's numbers: top up to 50 when the server holds fewer than 5.
    static constexpr int MinPreKeyCount = 5;
    static constexpr int WantedPreKeyCount = 50;
    ~Client() override;

    void start();  // connect (register or log in); reconnects on its own until stop()
    void stop();   // close, keep the credentials
    void logout(); // tell the server to remove this device, wipe the credentials, stop

    State state() const { return m_state; }
    QString qrCode() const { return m_qr; }
    QString jid() const; // own device JID once paired

Q_SIGNALS:
    void stateChanged(wa::client::Client::State state);
    void qrChanged(const QString &qr);
    void paired(const QString &jid, const QString &lid, const QString &platform);
    void connected(const QString &jid);
    void disconnected(const wa::connection::Disconnect &why, bool willReconnect);
    void loggedOut(const QString &reason);
    void preKeysUploaded(int count);

private:
    void connectNow();
    void onNode(const binary::Node &node);
    void onPairDevice(const binary::Node &iq);
    void onPairSuccess(const binary::Node &iq);
    void onDisconnected(const connection::Disconnect &why);
    void wipe(const QString &reason);
    void setState(State state);
    void ackIq(const binary::Node &iq);
    void checkPreKeys();
    void uploadPreKeys(int count);

    ClientConfig m_config;
    store::CredentialStore *m_credentials;
    store::PreKeyStore *m_preKeys;
    std::optional<store::DeviceCredentials> m_device;
    QPointer<connection::NodeConnection> m_connection;
    QPointer<PairingQrRotation> m_rotation;
    QTimer m_retry;
    State m_state = State::Stopped;
    QString m_qr;
    int m_attempt = 0;
    bool m_running = false;
};

} // namespace wa::client
