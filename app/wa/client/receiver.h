#pragma once
// Receiving: each <message> is decrypted (pkmsg / msg with the sender device's session, skmsg
// with its sender key, distributions processed on the way), unpadded and decoded, handed to the
// sink and committed together with the Signal state in one transaction; only then do the <ack>
// and the delivery receipt go out. A message decrypted before (its counter is used: we committed
// it but died before the ack) is acknowledged again and not stored twice. A message that does not
// decrypt gets a retry receipt (with fresh keys from the second try) so the sender re-encrypts.
// Receipts for our messages become status updates; notifications keep caches and keys current.
#include "wa/binary/node.h"

#include <QHash>
#include <QString>

namespace wa::client {

class Client;

class MessageReceiver
{
public:
    explicit MessageReceiver(Client &client);

    void onMessage(const binary::Node &node);
    void onReceipt(const binary::Node &node);

    static constexpr int MaxRetryReceipts = 5;

private:
    void sendRetryReceipt(const binary::Node &node, const QString &sender);
    void acknowledge(const binary::Node &node, int error = 0);

    Client &m_client;
    QHash<QString, int> m_retryCounts; // message id -> retry receipts sent
};

} // namespace wa::client
