#pragma once
// Signal session records by remote address. Records are opaque bytes in the Signal library's
// own serialization; the store never looks inside.
#include "protocoladdress.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace wa::store {

class SessionStore
{
public:
    virtual ~SessionStore() = default;

    virtual std::optional<QByteArray> loadSession(const ProtocolAddress &address) const = 0;
    virtual bool storeSession(const ProtocolAddress &address, const QByteArray &record) = 0;
    virtual bool containsSession(const ProtocolAddress &address) const = 0;
    virtual bool deleteSession(const ProtocolAddress &address) = 0;
    // Every device of one user, e.g. after an identity change notification.
    virtual bool deleteAllSessions(const QString &name) = 0;
    // Device ids of `name` that have a stored session, ascending.
    virtual QList<quint32> sessionDeviceIds(const QString &name) const = 0;
};

} // namespace wa::store
