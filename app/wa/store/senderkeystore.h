#pragma once
// Sender-key (group) records by (group id, sender address): our own chain for groups we send
// to and every received distribution. Opaque bytes in the Signal library's serialization.
#include "protocoladdress.h"

#include <QByteArray>

#include <optional>

namespace wa::store {

class SenderKeyStore
{
public:
    virtual ~SenderKeyStore() = default;

    virtual std::optional<QByteArray> loadSenderKey(const SenderKeyName &name) const = 0;
    virtual bool storeSenderKey(const SenderKeyName &name, const QByteArray &record) = 0;
    virtual bool deleteSenderKey(const SenderKeyName &name) = 0;
};

} // namespace wa::store
