#pragma once
// Sender-key ("group") messages for one (group, sender device) pair. As the sender: create
// the distribution message (SKDM) that peers need, then encrypt "skmsg" once for the whole
// group. As a receiver: process a peer's SKDM, then decrypt its "skmsg".
#include "result.h"
#include "storebridge.h"

#include <QByteArrayView>

namespace wa::signal {

class GroupCipher
{
public:
    // `name`: group JID string and the sending device's address (our own when sending).
    // `bridge` must outlive the cipher.
    GroupCipher(StoreBridge &bridge, store::SenderKeyName name);

    // Creates our sender key for the group if absent and returns its serialized SKDM (the
    // bytes for SenderKeyDistributionMessage.axolotlSenderKeyDistributionMessage).
    Result<QByteArray> createDistributionMessage();
    // Stores the sender key a peer distributed. Errors: invalid_message, invalid_key.
    Result<void> processDistributionMessage(QByteArrayView distribution);

    // Errors: no_session when no sender key exists for this name.
    Result<QByteArray> encrypt(QByteArrayView plaintext);
    // Errors: no_session, invalid_message, duplicate_message, invalid_key_id (unknown key id).
    Result<QByteArray> decrypt(QByteArrayView ciphertext);

private:
    StoreBridge &m_bridge;
    store::SenderKeyName m_name;
};

} // namespace wa::signal
