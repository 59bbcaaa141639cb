#include "wa/client/devicecache.h"

#include "wa/client/client.h"
#include "wa/client/usync.h"

#include <QDateTime>

namespace wa::client {

DeviceCache::DeviceCache(Client &client) : m_client(client) {}

void DeviceCache::devices(const QStringList &users, Callback done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Devices known;
    QStringList missing;
    for (const QString &u : users) {
        auto it = m_cache.constFind(u);
        if (it != m_cache.cend() && now - it->fetchedAt < TtlMs)
            known.insert(u, it->devices);
        else if (!missing.contains(u))
            missing << u;
    }
    if (missing.isEmpty())
        return done(known, {});
    const QString sid = QStringLiteral("%1.%2").arg(now).arg(++m_sid);
    m_client.sendIq(buildDeviceQuery(missing, sid), [this, known, missing, done](const connection::IqResponse &r) mutable {
        if (!r.ok())
            return done({}, r.kind == connection::IqResponse::Kind::Error
                                ? QStringLiteral("the device list query failed: %1 %2").arg(r.errorCode).arg(r.errorText)
                                : QStringLiteral("the device list query got no answer"));
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        if (m_cache.size() > 50000)
            m_cache.clear();
        for (const UserDevices &u : parseDeviceQuery(r.node)) {
            if (!missing.contains(u.user))
                continue;
            m_cache.insert(u.user, Entry{u.devices, u.lid, at});
            known.insert(u.user, u.devices);
        }
        done(known, {});
    });
}

} // namespace wa::client
