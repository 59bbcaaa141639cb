#pragma once
// What an instance needs from a WhatsApp engine. The protocol engine (wa::Client, its own issue)
// implements this; InstanceManager owns one backend per instance. Without an engine (no factory)
// instances honestly stay "disconnected" and connection requests answer "engine unavailable".
#include "wa/message/messagecontent.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
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

struct SendOutcome {
    bool ok = false;
    QString id;          // WhatsApp's message id
    qint64 timestamp = 0; // the server's, seconds
    int serverError = 0; // <ack error=N>
    QString error;
    QString reason; // wa::client::SendResult::reason
};
using SendDone = std::function<void(const SendOutcome &)>;

struct NumberCheck {
    QString number;
    QString jid;
    bool exists = false;
};
using NumberCheckDone = std::function<void(const QList<NumberCheck> &, const QString &error)>;

class InstanceBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~InstanceBackend() override = default;

    virtual void start() = 0;  // connect; begins QR pairing when the instance is not linked
    virtual void stop() = 0;   // close the connection, keep the credentials
    virtual void logout() = 0; // unlink the device and wipe its keys

    // Messaging. Callbacks run on the thread of `context`; when `context` is gone first they are
    // dropped. `media` is the file for media content (uploaded first), empty otherwise.
    virtual void send(const QString &to, const wa::message::MessageContent &content, const QByteArray &media,
                      QObject *context, SendDone done) = 0;
    // Read receipts for received messages of a chat (participant: their sender, in groups).
    virtual void markRead(const QString &chat, const QStringList &ids, const QString &participant) = 0;
    virtual void checkNumbers(const QStringList &numbers, QObject *context, NumberCheckDone done) = 0;
    // Linking by phone number: the code arrives in pairingCodeReady (or the error).
    virtual void requestPairingCode(const QString &phoneNumber) = 0;

Q_SIGNALS:
    // status is one of core::instances::status; qrCode is the current QR payload or empty.
    void stateChanged(const QString &status, const QString &qrCode);
    // Something the activity log should record (qr_received, connected, disconnected, ...).
    void activity(const QString &action, const QJsonObject &details);
    // The account's own JID became known (after pairing or login).
    void accountKnown(const QString &jid);
    // A message was stored (committed): in or out, its type ("text", "image", ...) and media size.
    void messageStored(const QString &chat, const QString &messageId, bool incoming, const QString &type, qint64 mediaBytes);
    // Statuses of messages we sent changed (delivered, read, played).
    void statusesChanged(const QString &chat, const QStringList &ids, const QString &status);
    void pairingCodeReady(const QString &code, const QString &error);
};

using InstanceBackendFactory = std::function<std::unique_ptr<InstanceBackend>(const QString &instanceId)>;

} // namespace core::instances
