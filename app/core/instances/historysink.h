#pragma once
// What an instance's WhatsApp client stores, on its session thread's connection and inside the
// client's transaction (so a received message, its Signal state, its contact and its events-feed
// entry commit together, before the <ack>): messages in and out, status changes from receipts,
// contacts learnt from push names, and the events feed (message_received, message_sent,
// message_status).
#include "wa/client/messaging.h"

#include <QSqlDatabase>
#include <QString>

namespace core::instances {

class HistorySink final : public wa::client::MessageSink
{
public:
    HistorySink(QSqlDatabase db, QString instanceId);

    bool storeIncoming(const wa::client::IncomingMessage &message) override;
    bool storeReceipt(const wa::client::ReceiptUpdate &receipt) override;
    bool storeSent(const wa::client::SentMessage &message) override;

    // The names the API uses: "conversation"/"imageMessage"/... for received messages (what
    // Baileys-based products send in webhooks), "text"/"image"/... as messageType in history.
    static QString messageType(const wa::message::MessageContent &content);
    static QString webhookType(const wa::message::MessageContent &content);

private:
    bool event(const QString &type, const QJsonObject &data);

    QSqlDatabase m_db;
    QString m_instanceId;
};

} // namespace core::instances
