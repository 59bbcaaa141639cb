// The Signal half of SqlKeyStore: identities, one-time and signed pre-keys, sessions and
// sender keys (credentials, app-state keys and the shared helpers are in sqlkeystore.cpp).
#include "core/store/sqlkeystore.h"

#include <QDateTime>
#include <QSqlQuery>

namespace core::store {

using wa::store::PreKey;
using wa::store::ProtocolAddress;
using wa::store::SenderKeyName;
using wa::store::SignedPreKey;

namespace {

// Row keys the sealed values are bound to. NUL separators: names never contain one.
QByteArray addressKey(const ProtocolAddress &a)
{
    return a.name.toUtf8() + '\0' + QByteArray::number(a.deviceId);
}

QByteArray senderKeyKey(const SenderKeyName &n)
{
    return n.groupId.toUtf8() + '\0' + addressKey(n.sender);
}

QByteArray idKey(quint32 id)
{
    return QByteArray::number(id);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// --- identities

std::optional<QByteArray> SqlKeyStore::loadIdentity(const ProtocolAddress &address) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT public_key FROM wa_identities WHERE instance_id=? AND name=? AND device_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    const QVariant key = scalar(q, "load identity");
    if (!key.isValid())
        return std::nullopt;
    return key.toByteArray();
}

bool SqlKeyStore::saveIdentity(const ProtocolAddress &address, const QByteArray &publicKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_identities (instance_id, name, device_id, public_key, updated_at)"
                             " VALUES (?,?,?,?,?) ON CONFLICT(instance_id, name, device_id) DO UPDATE SET"
                             " public_key=excluded.public_key, updated_at=excluded.updated_at"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    q.addBindValue(publicKey);
    q.addBindValue(now());
    return run(q, "save identity");
}

bool SqlKeyStore::deleteIdentity(const ProtocolAddress &address)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_identities WHERE instance_id=? AND name=? AND device_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    return run(q, "delete identity");
}

bool SqlKeyStore::isTrustedIdentity(const ProtocolAddress &address, const QByteArray &publicKey) const
{
    if (m_trustPolicy == TrustPolicy::AcceptChanges)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT public_key FROM wa_identities WHERE instance_id=? AND name=? AND device_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    // A failed read must not look like first use: under this policy that would trust anything.
    if (!run(q, "check identity"))
        return false;
    return !q.next() || q.value(0).toByteArray() == publicKey;
}

// --- one-time pre-keys

std::optional<PreKey> SqlKeyStore::loadPreKey(quint32 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT public_key, private_sealed FROM wa_prekeys WHERE instance_id=? AND id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    if (!run(q, "load pre-key") || !q.next())
        return std::nullopt;
    const auto privateKey = open("wa_prekeys", idKey(id), q.value(1));
    if (!privateKey)
        return std::nullopt;
    return PreKey {id, {*privateKey, q.value(0).toByteArray()}};
}

bool SqlKeyStore::storePreKey(const PreKey &preKey)
{
    const QString sealed = seal("wa_prekeys", idKey(preKey.id), preKey.keyPair.privateKey);
    if (sealed.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_prekeys (instance_id, id, public_key, private_sealed) VALUES (?,?,?,?)"
                             " ON CONFLICT(instance_id, id) DO UPDATE SET public_key=excluded.public_key,"
                             " private_sealed=excluded.private_sealed"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(preKey.id));
    q.addBindValue(preKey.keyPair.publicKey);
    q.addBindValue(sealed);
    return run(q, "store pre-key");
}

bool SqlKeyStore::removePreKey(quint32 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_prekeys WHERE instance_id=? AND id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    return run(q, "remove pre-key");
}

bool SqlKeyStore::containsPreKey(quint32 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM wa_prekeys WHERE instance_id=? AND id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    return scalar(q, "find pre-key").isValid();
}

int SqlKeyStore::preKeyCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM wa_prekeys WHERE instance_id=?"));
    q.addBindValue(m_instanceId);
    return scalar(q, "count pre-keys").toInt();
}

quint32 SqlKeyStore::nextPreKeyId() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT next_id FROM wa_prekey_state WHERE instance_id=?"));
    q.addBindValue(m_instanceId);
    const QVariant next = scalar(q, "load next pre-key id");
    return next.isValid() ? quint32(next.toLongLong()) : 1;
}

bool SqlKeyStore::setNextPreKeyId(quint32 id)
{
    if (id == 0 || id > wa::store::MaxPreKeyId)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_prekey_state (instance_id, next_id) VALUES (?,?)"
                             " ON CONFLICT(instance_id) DO UPDATE SET next_id=excluded.next_id"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    return run(q, "store next pre-key id");
}

// --- signed pre-keys

std::optional<SignedPreKey> SqlKeyStore::loadSignedPreKey(quint32 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT public_key, private_sealed, signature FROM wa_signed_prekeys"
                             " WHERE instance_id=? AND id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    if (!run(q, "load signed pre-key") || !q.next())
        return std::nullopt;
    const auto privateKey = open("wa_signed_prekeys", idKey(id), q.value(1));
    if (!privateKey)
        return std::nullopt;
    return SignedPreKey {id, {*privateKey, q.value(0).toByteArray()}, q.value(2).toByteArray()};
}

bool SqlKeyStore::storeSignedPreKey(const SignedPreKey &signedPreKey)
{
    const QString sealed = seal("wa_signed_prekeys", idKey(signedPreKey.id), signedPreKey.keyPair.privateKey);
    if (sealed.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_signed_prekeys (instance_id, id, public_key, private_sealed, signature)"
                             " VALUES (?,?,?,?,?) ON CONFLICT(instance_id, id) DO UPDATE SET"
                             " public_key=excluded.public_key, private_sealed=excluded.private_sealed,"
                             " signature=excluded.signature"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(signedPreKey.id));
    q.addBindValue(signedPreKey.keyPair.publicKey);
    q.addBindValue(sealed);
    q.addBindValue(signedPreKey.signature);
    return run(q, "store signed pre-key");
}

bool SqlKeyStore::removeSignedPreKey(quint32 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_signed_prekeys WHERE instance_id=? AND id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    return run(q, "remove signed pre-key");
}

bool SqlKeyStore::containsSignedPreKey(quint32 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM wa_signed_prekeys WHERE instance_id=? AND id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(qint64(id));
    return scalar(q, "find signed pre-key").isValid();
}

QList<quint32> SqlKeyStore::signedPreKeyIds() const
{
    QList<quint32> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM wa_signed_prekeys WHERE instance_id=? ORDER BY id"));
    q.addBindValue(m_instanceId);
    if (run(q, "list signed pre-keys"))
        while (q.next())
            ids.append(quint32(q.value(0).toLongLong()));
    return ids;
}

// --- sessions

std::optional<QByteArray> SqlKeyStore::loadSession(const ProtocolAddress &address) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT record_sealed FROM wa_sessions WHERE instance_id=? AND name=? AND device_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    const QVariant sealed = scalar(q, "load session");
    return open("wa_sessions", addressKey(address), sealed);
}

bool SqlKeyStore::storeSession(const ProtocolAddress &address, const QByteArray &record)
{
    const QString sealed = seal("wa_sessions", addressKey(address), record);
    if (sealed.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_sessions (instance_id, name, device_id, record_sealed, updated_at)"
                             " VALUES (?,?,?,?,?) ON CONFLICT(instance_id, name, device_id) DO UPDATE SET"
                             " record_sealed=excluded.record_sealed, updated_at=excluded.updated_at"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    q.addBindValue(sealed);
    q.addBindValue(now());
    return run(q, "store session");
}

bool SqlKeyStore::containsSession(const ProtocolAddress &address) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM wa_sessions WHERE instance_id=? AND name=? AND device_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    return scalar(q, "find session").isValid();
}

bool SqlKeyStore::deleteSession(const ProtocolAddress &address)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_sessions WHERE instance_id=? AND name=? AND device_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(address.name);
    q.addBindValue(qint64(address.deviceId));
    return run(q, "delete session");
}

bool SqlKeyStore::deleteAllSessions(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_sessions WHERE instance_id=? AND name=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(name);
    return run(q, "delete sessions of a user");
}

QList<quint32> SqlKeyStore::sessionDeviceIds(const QString &name) const
{
    QList<quint32> devices;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT device_id FROM wa_sessions WHERE instance_id=? AND name=? ORDER BY device_id"));
    q.addBindValue(m_instanceId);
    q.addBindValue(name);
    if (run(q, "list session devices"))
        while (q.next())
            devices.append(quint32(q.value(0).toLongLong()));
    return devices;
}

// --- sender keys

std::optional<QByteArray> SqlKeyStore::loadSenderKey(const SenderKeyName &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT record_sealed FROM wa_sender_keys WHERE instance_id=? AND group_id=?"
                             " AND sender_name=? AND sender_device=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(name.groupId);
    q.addBindValue(name.sender.name);
    q.addBindValue(qint64(name.sender.deviceId));
    const QVariant sealed = scalar(q, "load sender key");
    return open("wa_sender_keys", senderKeyKey(name), sealed);
}

bool SqlKeyStore::storeSenderKey(const SenderKeyName &name, const QByteArray &record)
{
    const QString sealed = seal("wa_sender_keys", senderKeyKey(name), record);
    if (sealed.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_sender_keys (instance_id, group_id, sender_name, sender_device,"
                             " record_sealed, updated_at) VALUES (?,?,?,?,?,?)"
                             " ON CONFLICT(instance_id, group_id, sender_name, sender_device) DO UPDATE SET"
                             " record_sealed=excluded.record_sealed, updated_at=excluded.updated_at"));
    q.addBindValue(m_instanceId);
    q.addBindValue(name.groupId);
    q.addBindValue(name.sender.name);
    q.addBindValue(qint64(name.sender.deviceId));
    q.addBindValue(sealed);
    q.addBindValue(now());
    return run(q, "store sender key");
}

bool SqlKeyStore::deleteSenderKey(const SenderKeyName &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_sender_keys WHERE instance_id=? AND group_id=? AND sender_name=?"
                             " AND sender_device=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(name.groupId);
    q.addBindValue(name.sender.name);
    q.addBindValue(qint64(name.sender.deviceId));
    return run(q, "delete sender key");
}

} // namespace core::store
