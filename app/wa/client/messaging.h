#pragma once
// What the client reports about messages, as plain values that cross threads (registered
// metatypes), and the sink through which its owner stores them. The sink is called inside the
// device's store transaction (when the stores are transactional): returning false rolls back the
// Signal state too and the message is not acknowledged, so the server delivers it again.
#include "wa/message/messagecontent.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <functional>

namespace wa::client {

struct IncomingMessage {
    QString id;
    QString chat;      // "<user>@s.whatsapp.net" or "<id>@g.us" (no device)
    QString sender;    // the sending device, "<user>:<device>@server" or "<user>@server"
    QString senderUser; // the sender without device
    bool fromMe = false; // sent by our own account (another of its devices)
    bool isGroup = false;
    qint64 timestamp = 0; // WhatsApp's, seconds
    QString pushName;
    message::MessageContent content;
};

// A delivery, read or played receipt for messages we sent, or our own read on another device.
struct ReceiptUpdate {
    QStringList ids;
    QString chat;
    QString participant; // who read, in groups
    QString status;      // "delivered", "read", "played"
    bool fromMe = true;  // about messages we sent
    qint64 timestamp = 0;
};

// A message we sent, once the server answered (status "sent", or "failed" with the error code).
struct SentMessage {
    QString id;
    QString chat;
    qint64 timestamp = 0;
    QString status;
    int errorCode = 0;
    message::MessageContent content;
};

struct SendResult {
    bool ok = false;
    QString id;
    qint64 timestamp = 0;
    int errorCode = 0;  // server error (ack error=N), 0 otherwise
    QString error;      // why it failed, for people
    // Why it failed, for programs: "not_connected", "invalid_recipient", "not_on_whatsapp",
    // "no_session", "server_refused", "timeout", "connection_lost", "upload_failed", "internal".
    QString reason;
};
using SendCallback = std::function<void(const SendResult &)>;

class MessageSink
{
public:
    virtual ~MessageSink() = default;
    virtual bool storeIncoming(const IncomingMessage &message) = 0;
    virtual bool storeReceipt(const ReceiptUpdate &receipt) = 0;
    virtual bool storeSent(const SentMessage &message) = 0;
};

} // namespace wa::client

Q_DECLARE_METATYPE(wa::client::IncomingMessage)
Q_DECLARE_METATYPE(wa::client::ReceiptUpdate)
Q_DECLARE_METATYPE(wa::client::SentMessage)
