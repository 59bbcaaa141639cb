#pragma once
// Sending: resolve the devices that must get a copy (usync: the recipient's devices and our own
// other devices; for groups every participant's devices), start Signal sessions where none
// exist (pre-key bundles), encrypt once per device (DMs; our own devices get the device-sent
// wrapper) or once for the group with our sender key (plus its distribution to devices that lack
// it), send the stanza and wait for the server's <ack>. One message is prepared at a time, so
// sessions are never raced; acks are awaited concurrently. Recently sent messages are kept so a
// device that could not decrypt one (a retry receipt) gets it again.
#include "wa/client/devicecache.h"
#include "wa/client/messaging.h"
#include "wa/binary/node.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>

namespace wa::client {

class Client;

class MessageSender : public QObject
{
    Q_OBJECT
public:
    explicit MessageSender(Client &client);
    ~MessageSender() override;

    void send(const QString &to, const message::MessageContent &content, const QString &id, SendCallback done);
    void onAck(const binary::Node &ack);                // <ack class="message">
    void onRetryReceipt(const binary::Node &receipt);   // <receipt type="retry"> for one we sent
    void connectionLost();                              // fail what waits for an ack
    DeviceCache &devices() { return m_devices; }
    void forgetSenderKeyMemory(const QString &group) { m_senderKeyMemory.remove(group); }
    qsizetype pending() const { return m_queue.size() + m_awaitingAck.size(); }

    static constexpr int RecentLimit = 5000;    // sent messages kept for retries
    static constexpr int MaxRetriesPerDevice = 5;

private:
    struct Job {
        QString to;
        message::MessageContent content;
        QString id;
        SendCallback done;
        bool isGroup = false;
    };
    struct Awaiting {
        SentMessage sent;
        SendCallback done;
        QTimer *timer = nullptr;
        QString phash; // of the devices we encrypted for (1:1 only)
    };
    struct Recent {
        QString chat;
        QByteArray message; // encoded Message, unpadded
        bool isGroup = false;
        QHash<QString, int> retries; // per device
    };

    void next();
    void fail(Job &job, const char *reason, const QString &error, int code = 0);
    void resolveDevices(Job job, const QStringList &users);
    void ensureSessions(const QStringList &deviceJids, std::function<void(const QString &error)> then);
    void encryptAndSend(Job job, const QStringList &deviceJids);
    void track(Job &job, const QString &phash);
    void remember(const QString &id, const QString &chat, const QByteArray &message, bool isGroup);
    void resendTo(const QString &id, const Recent &recent, const QString &device, int count, const QString &groupParticipant);

    Client &m_client;
    DeviceCache m_devices;
    std::deque<Job> m_queue;
    bool m_busy = false;
    QHash<QString, Awaiting> m_awaitingAck;
    QHash<QString, Recent> m_recent;
    std::deque<QString> m_recentOrder;
    QHash<QString, QSet<QString>> m_senderKeyMemory; // group -> devices that have our sender key
};

} // namespace wa::client
