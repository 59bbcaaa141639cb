#include "memorystore.h"

#include <algorithm>

namespace wa::store {

namespace {

template <typename Map, typename Key>
auto lookup(const Map &map, const Key &key) -> std::optional<typename Map::mapped_type>
{
    const auto it = map.constFind(key);
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

std::optional<DeviceCredentials> MemoryStore::loadCredentials() const
{
    return m_credentials;
}

bool MemoryStore::saveCredentials(const DeviceCredentials &credentials)
{
    m_credentials = credentials;
    return true;
}

bool MemoryStore::clearCredentials()
{
    m_credentials.reset();
    return true;
}

std::optional<QByteArray> MemoryStore::loadIdentity(const ProtocolAddress &address) const
{
    return lookup(m_identities, address);
}

bool MemoryStore::saveIdentity(const ProtocolAddress &address, const QByteArray &publicKey)
{
    m_identities.insert(address, publicKey);
    return true;
}

bool MemoryStore::deleteIdentity(const ProtocolAddress &address)
{
    m_identities.remove(address);
    return true;
}

bool MemoryStore::isTrustedIdentity(const ProtocolAddress &address, const QByteArray &publicKey) const
{
    if (m_trustPolicy == TrustPolicy::AcceptChanges)
        return true;
    const auto known = m_identities.constFind(address);
    return known == m_identities.constEnd() || *known == publicKey;
}

std::optional<PreKey> MemoryStore::loadPreKey(quint32 id) const
{
    return lookup(m_preKeys, id);
}

bool MemoryStore::storePreKey(const PreKey &preKey)
{
    m_preKeys.insert(preKey.id, preKey);
    return true;
}

bool MemoryStore::removePreKey(quint32 id)
{
    m_preKeys.remove(id);
    return true;
}

bool MemoryStore::containsPreKey(quint32 id) const
{
    return m_preKeys.contains(id);
}

int MemoryStore::preKeyCount() const
{
    return int(m_preKeys.size());
}

quint32 MemoryStore::nextPreKeyId() const
{
    return m_nextPreKeyId;
}

bool MemoryStore::setNextPreKeyId(quint32 id)
{
    if (id == 0 || id > MaxPreKeyId)
        return false;
    m_nextPreKeyId = id;
    return true;
}

std::optional<SignedPreKey> MemoryStore::loadSignedPreKey(quint32 id) const
{
    return lookup(m_signedPreKeys, id);
}

bool MemoryStore::storeSignedPreKey(const SignedPreKey &signedPreKey)
{
    m_signedPreKeys.insert(signedPreKey.id, signedPreKey);
    return true;
}

bool MemoryStore::removeSignedPreKey(quint32 id)
{
    m_signedPreKeys.remove(id);
    return true;
}

bool MemoryStore::containsSignedPreKey(quint32 id) const
{
    return m_signedPreKeys.contains(id);
}

QList<quint32> MemoryStore::signedPreKeyIds() const
{
    return m_signedPreKeys.keys();
}

std::optional<QByteArray> MemoryStore::loadSession(const ProtocolAddress &address) const
{
    return lookup(m_sessions, address);
}

bool MemoryStore::storeSession(const ProtocolAddress &address, const QByteArray &record)
{
    m_sessions.insert(address, record);
    return true;
}

bool MemoryStore::containsSession(const ProtocolAddress &address) const
{
    return m_sessions.contains(address);
}

bool MemoryStore::deleteSession(const ProtocolAddress &address)
{
    m_sessions.remove(address);
    return true;
}

bool MemoryStore::deleteAllSessions(const QString &name)
{
    m_sessions.removeIf([&](const auto &it) { return it.key().name == name; });
    return true;
}

QList<quint32> MemoryStore::sessionDeviceIds(const QString &name) const
{
    QList<quint32> devices;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it.key().name == name)
            devices.append(it.key().deviceId);
    }
    std::sort(devices.begin(), devices.end());
    return devices;
}

std::optional<QByteArray> MemoryStore::loadSenderKey(const SenderKeyName &name) const
{
    return lookup(m_senderKeys, name);
}

bool MemoryStore::storeSenderKey(const SenderKeyName &name, const QByteArray &record)
{
    m_senderKeys.insert(name, record);
    return true;
}

bool MemoryStore::deleteSenderKey(const SenderKeyName &name)
{
    m_senderKeys.remove(name);
    return true;
}

std::optional<AppStateSyncKey> MemoryStore::loadAppStateKey(const QByteArray &keyId) const
{
    return lookup(m_appStateKeys, keyId);
}

bool MemoryStore::storeAppStateKey(const QByteArray &keyId, const AppStateSyncKey &key)
{
    m_appStateKeys.insert(keyId, key);
    return true;
}

bool MemoryStore::containsAppStateKey(const QByteArray &keyId) const
{
    return m_appStateKeys.contains(keyId);
}

bool MemoryStore::removeAppStateKey(const QByteArray &keyId)
{
    m_appStateKeys.remove(keyId);
    return true;
}

QByteArray MemoryStore::latestAppStateKeyId() const
{
    QByteArray latest;
    qint64 newest = 0;
    for (auto it = m_appStateKeys.cbegin(); it != m_appStateKeys.cend(); ++it) {
        if (latest.isEmpty() || it->timestamp > newest) {
            latest = it.key();
            newest = it->timestamp;
        }
    }
    return latest;
}

QList<QByteArray> MemoryStore::appStateKeyIds() const
{
    return m_appStateKeys.keys();
}

struct MemoryStore::Snapshot {
    std::optional<DeviceCredentials> credentials;
    QHash<ProtocolAddress, QByteArray> identities;
    QMap<quint32, PreKey> preKeys;
    quint32 nextPreKeyId = 1;
    QMap<quint32, SignedPreKey> signedPreKeys;
    QHash<ProtocolAddress, QByteArray> sessions;
    QHash<SenderKeyName, QByteArray> senderKeys;
    QMap<QByteArray, AppStateSyncKey> appStateKeys;
};

bool MemoryStore::beginTransaction()
{
    if (m_snapshot)
        return false;
    m_snapshot = std::make_shared<Snapshot>(Snapshot{m_credentials, m_identities, m_preKeys, m_nextPreKeyId, m_signedPreKeys,
                                                     m_sessions, m_senderKeys, m_appStateKeys});
    return true;
}

bool MemoryStore::commitTransaction()
{
    const bool open = bool(m_snapshot);
    m_snapshot.reset();
    return open;
}

void MemoryStore::rollbackTransaction()
{
    if (!m_snapshot)
        return;
    const Snapshot s = *m_snapshot;
    m_snapshot.reset();
    m_credentials = s.credentials;
    m_identities = s.identities;
    m_preKeys = s.preKeys;
    m_nextPreKeyId = s.nextPreKeyId;
    m_signedPreKeys = s.signedPreKeys;
    m_sessions = s.sessions;
    m_senderKeys = s.senderKeys;
    m_appStateKeys = s.appStateKeys;
}

} // namespace wa::store
