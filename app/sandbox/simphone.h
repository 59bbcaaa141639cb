#pragma once
// A simulated phone's own device (device 0): a real wa::client::Client with in-memory stores,
// logged in to the sandbox over loopback with the phone's account key as its Signal identity,
// exactly as a phone's WhatsApp would be. It sends end-to-end encrypted messages when told to
// (control API), keeps what it decrypts (its inbox, media checked and hashed), sends read
// receipts on request, and answers with an echo when autoReply is "echo".
#include "wa/client/client.h"
#include "wa/store/memorystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace sandbox {

class SandboxServer;
struct Phone;

class SimPhone : public QObject
{
    Q_OBJECT
public:
    // Fills phone.primary (noise key) so that the sandbox accepts the login.
    SimPhone(Phone &phone, SandboxServer &server, QObject *parent = nullptr);
    ~SimPhone() override;

    void start();
    bool isConnected() const { return m_client && m_client->isConnected(); }
    wa::client::Client *client() const { return m_client.get(); }

    using Reply = std::function<void(int status, const QJsonObject &body)>;
    // POST /sandbox/phones/{number}/messages: {"to", "text"} or {"image"|"video"|"audio"|"document"|
    // "sticker": base64, "caption", "fileName", "mimeType", "ptt"}.
    void send(const QJsonObject &request, Reply reply);
    QJsonArray inbox() const { return m_inbox; }
    // Read receipts for inbox messages; returns the ids it knew.
    QStringList markRead(const QStringList &ids);

private:
    void onReceived(const wa::client::IncomingMessage &message);

    QString m_number;
    SandboxServer &m_server;
    wa::store::MemoryStore m_store;
    std::unique_ptr<wa::client::Client> m_client;
    QJsonArray m_inbox;
    QHash<QString, QPair<QString, QString>> m_chats; // message id -> (chat, sender) for read receipts
};

} // namespace sandbox
