#pragma once
// wa::client::Client: one WhatsApp account (device) from nothing to a linked, logged-in device
// that stays connected and exchanges messages. It loads or creates the device credentials,
// registers (QR refs rotated on the documented schedule, or a pairing code; pair-success verified
// and countersigned) or logs in, reconnects with backoff (at once after 515, never after a logout
// or a replacement), sends and receives end-to-end encrypted messages (sender.h, receiver.h), and
// logs out on request. Single-threaded: create it on the thread that will run it.
#include "wa/client/clientstores.h"
#include "wa/client/groups.h"
#include "wa/client/messaging.h"
#include "wa/client/usync.h"
#include "wa/connection/clientpayload.h"
#include "wa/connection/disconnect.h"
#include "wa/connection/nodeconnection.h"
#include "wa/connection/reconnectpolicy.h"
#include "wa/store/devicecredentials.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace wa::signal {
class Context;
class StoreBridge;
}

namespace wa::client {

class PairingQrRotation;
class PairingCodeFlow;
class MessageSender;
class MessageReceiver;
class MediaTransfer;

struct ClientConfig {
    connection::ConnectionOptions connection; // endpoint, trusted root, timeouts
    connection::ClientIdentity identity;      // version triple, OS name shown on the phone
    connection::ReconnectPolicy reconnect;
    int qrFirstLifetimeMs = 60000; // the documented schedule; tests shorten it
    int qrNextLifetimeMs = 20000;
    int sendAckTimeoutMs = 30000;  // the server's <ack> for a sent message
    qint64 maxMediaBytes = 100LL * 1024 * 1024; // downloads larger than this are refused
};

class Client : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, WaitingForScan, LoggingIn, Connected, LoggedOut };
    Q_ENUM(State)

    Client(ClientConfig config, ClientStores stores, QObject *parent = nullptr);
    ~Client() override;

    // whatsmeow's numbers: top up to 50 when the server holds fewer than 5.
    static constexpr int MinPreKeyCount = 5;
    static constexpr int WantedPreKeyCount = 50;

    void start();  // connect (register or log in); reconnects on its own until stop()
    void stop();   // close, keep the credentials
    void logout(); // tell the server to remove this device, wipe the credentials, stop

    // Link by phone number instead of a QR: once the QR is showing, asks the server for a pairing
    // code for `phoneNumber` (digits with country code); the 8-character code arrives in
    // pairingCodeReady() (or the error in pairingCodeFailed()).
    void requestPairingCode(const QString &phoneNumber);

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QString qrCode() const { return m_qr; }
    QString jid() const;    // own device JID once paired, "<phone>:<device>@s.whatsapp.net"
    QString lid() const;    // own LID device JID, may be empty
    QString ownUser() const; // "<phone>@s.whatsapp.net"

    // Sends `content` to a user ("<number>@s.whatsapp.net") or group ("<id>@g.us"). `done`
    // runs once: with the message id when the server accepted the message, or with the reason it
    // failed. A non-empty `id` is reused (a resend keeps its id).
    void sendMessage(const QString &to, const message::MessageContent &content, SendCallback done, const QString &id = {});
    // Encrypts and uploads `data` (media_conn, then HTTP), fills content.media and sends.
    void sendMedia(const QString &to, message::MessageContent content, const QByteArray &data, SendCallback done);
    // Read receipts for received messages of a chat (participant: their sender, in groups).
    void markRead(const QString &chat, const QStringList &ids, const QString &participant = {});
    // Downloads and decrypts received media; checks both hashes and the size cap.
    void downloadMedia(const message::MessageContent &content, std::function<void(const QByteArray &data, const QString &error)> done);
    // Which numbers are on WhatsApp (usync contact query).
    void checkNumbers(const QStringList &numbers, std::function<void(const QList<ContactCheck> &, const QString &error)> done);
    void createGroup(const QString &subject, const QStringList &participants,
                     std::function<void(const GroupInfo &, const QString &error)> done);
    void groupInfo(const QString &group, std::function<void(const GroupInfo &, const QString &error)> done);

    // Plumbing for the messaging parts (sender, receiver, media): the live connection.
    bool sendNode(const binary::Node &node);
    void sendIq(binary::Node iq, connection::IqTracker::Callback callback, int timeoutMs = -1);
    const ClientConfig &config() const { return m_config; }
    const ClientStores &stores() const { return m_stores; }
    signal::StoreBridge *bridge() const { return m_bridge.get(); }
    const store::DeviceCredentials *device() const { return m_device ? &*m_device : nullptr; }
    MessageSender *sender() const { return m_sender.get(); }
    GroupDirectory *groups() const { return m_groups.get(); }

Q_SIGNALS:
    void stateChanged(wa::client::Client::State state);
    void qrChanged(const QString &qr);
    void pairingCodeReady(const QString &code);
    void pairingCodeFailed(const QString &error);
    void paired(const QString &jid, const QString &lid, const QString &platform);
    void connected(const QString &jid);
    void disconnected(const wa::connection::Disconnect &why, bool willReconnect);
    void loggedOut(const QString &reason);
    void preKeysUploaded(int count);
    // After the sink stored them (and the server was acknowledged).
    void messageReceived(const wa::client::IncomingMessage &message);
    void receiptReceived(const wa::client::ReceiptUpdate &receipt);
    void messageSent(const wa::client::SentMessage &message);

private:
    friend class MessageReceiver;
    void connectNow();
    bool loadDevice();
    void onNode(const binary::Node &node);
    void onPairDevice(const binary::Node &iq);
    void onPairSuccess(const binary::Node &iq);
    void onDisconnected(const connection::Disconnect &why);
    void onNotification(const binary::Node &node);
    void wipe(const QString &reason);
    void setState(State state);
    void ackIq(const binary::Node &iq);
    void checkPreKeys();
    void uploadPreKeys(int count);

    ClientConfig m_config;
    ClientStores m_stores;
    std::optional<store::DeviceCredentials> m_device;
    std::unique_ptr<signal::Context> m_signal;
    std::unique_ptr<signal::StoreBridge> m_bridge;
    std::unique_ptr<MessageSender> m_sender;
    std::unique_ptr<MessageReceiver> m_receiver;
    std::unique_ptr<GroupDirectory> m_groups;
    std::unique_ptr<MediaTransfer> m_media;
    std::unique_ptr<PairingCodeFlow> m_pairingCode;
    QPointer<connection::NodeConnection> m_connection;
    QPointer<PairingQrRotation> m_rotation;
    QTimer m_retry;
    State m_state = State::Stopped;
    QString m_qr;
    QString m_pendingPairingPhone;
    int m_attempt = 0;
    bool m_running = false;
    bool m_wiping = false; // the connection a wipe closes is reported as loggedOut only
};

} // namespace wa::client
