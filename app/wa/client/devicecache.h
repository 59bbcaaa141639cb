#pragma once
// Device lists of users, for fan-out: fetched with usync and kept for five minutes (Baileys'
// figure), dropped earlier when a <notification type="devices"> says a user's devices changed.
// Also remembers the PN -> LID mapping usync returns.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace wa::client {

class Client;

class DeviceCache
{
public:
    // user JID -> device ids (0 = the phone)
    using Devices = QHash<QString, QList<quint32>>;
    using Callback = std::function<void(const Devices &devices, const QString &error)>;

    explicit DeviceCache(Client &client);

    void devices(const QStringList &users, Callback done);
    void invalidate(const QString &user) { m_cache.remove(user); }
    void clear() { m_cache.clear(); }
    QString lidOf(const QString &user) const { return m_cache.value(user).lid; }
    static constexpr qint64 TtlMs = 5 * 60 * 1000;

private:
    struct Entry {
        QList<quint32> devices;
        QString lid;
        qint64 fetchedAt = 0;
    };
    Client &m_client;
    QHash<QString, Entry> m_cache;
    quint64 m_sid = 0;
};

} // namespace wa::client
