#pragma once
// Message routing of the simulated network. Every stanza for a device goes through its mailbox:
// sent at once when the device is connected and active, kept otherwise, and in both cases kept
// until the device acknowledges it, so a device that was offline or dropped the line gets every
// message again, in order, when it comes back (and once acknowledged, never again).
//
// routing.cpp holds the fan-out rules: a 1:1 <message> goes to each device its <participants>
// list names (our own other devices with a recipient attribute), a group <message> to every
// device of every participant with the one sender-key ciphertext plus that device's own pairwise
// part, a resend to the one device it names; receipts go back to the devices of whoever sent
// the message.
#include "wa/binary/node.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <deque>

namespace sandbox {

class SandboxServer;
class DeviceSession;

class Router
{
public:
    explicit Router(SandboxServer &server);

    // "<number>@s.whatsapp.net" (device 0) or "<number>:<device>@s.whatsapp.net", from any
    // spelling of a device JID (LID included); empty when no phone of the sandbox owns it.
    QString canonicalDevice(const QString &jid) const;
    // Every device of the account a user JID names (device 0 first), canonical.
    QStringList devicesOf(const QString &userJid) const;

    void attach(const QString &device, DeviceSession *session);
    void activate(const QString &device); // the device said <active/>: send what waits
    void detach(const QString &device, DeviceSession *session);
    void forget(const QString &device);   // unlinked: drop its mailbox
    void deliver(const QString &device, const wa::binary::Node &stanza);
    void acknowledged(const QString &device, const wa::binary::Node &ack);
    DeviceSession *session(const QString &device) const;
    bool isOnline(const QString &userJid) const;

    void routeMessage(DeviceSession &from, const wa::binary::Node &message);
    void routeReceipt(DeviceSession &from, const wa::binary::Node &receipt);
    void routeChatState(DeviceSession &from, const wa::binary::Node &chatstate);

    qsizetype queueDepth() const { return m_depth; }
    qint64 messagesRouted() const { return m_routed; }
    qint64 copiesDelivered() const { return m_copies; }
    static constexpr qsizetype MaxQueuedPerDevice = 20000;

private:
    struct Pending {
        std::string cls;
        std::string id;
        wa::binary::Node node;
    };
    struct Mailbox {
        QPointer<DeviceSession> session;
        bool active = false;
        std::deque<Pending> queue; // sent but unacknowledged, then not yet sent
    };
    void rememberOrigin(const QString &id, const QString &device);

    SandboxServer &m_server;
    QHash<QString, Mailbox> m_boxes;
    QHash<QString, QString> m_origins; // message id -> sending device
    std::deque<QString> m_originOrder;
    qsizetype m_depth = 0;
    qint64 m_routed = 0;
    qint64 m_copies = 0;
};

} // namespace sandbox
