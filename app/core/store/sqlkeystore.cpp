#include "core/store/sqlkeystore.h"

#include "core/logging/logging.h"
#include "core/secrets/secretbox.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace core::store {

using wa::store::AccountInfo;
using wa::store::AppStateSyncKey;
using wa::store::DeviceCredentials;

namespace {

// Bumped when the serialized DeviceCredentials layout changes; older blobs stay readable as
// long as their version is handled in readCredentials().
constexpr quint8 kCredentialsFormat = 1;

// Every table of migration 2; wipe() clears them in this order.
const char *const kTables[] = {"wa_credentials", "wa_identities", "wa_prekeys", "wa_prekey_state",
                               "wa_signed_prekeys", "wa_sessions", "wa_sender_keys", "wa_app_state_keys"};

QByteArray writeCredentials(const DeviceCredentials &c)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    // Pinned so a Qt upgrade never changes the bytes of what is already stored.
    s.setVersion(QDataStream::Qt_6_0);
    s << kCredentialsFormat << c.noiseKey.privateKey << c.noiseKey.publicKey << c.identityKey.privateKey
      << c.identityKey.publicKey << c.signedPreKey.id << c.signedPreKey.keyPair.privateKey
      << c.signedPreKey.keyPair.publicKey << c.signedPreKey.signature << c.registrationId << c.advSecretKey
      << c.account.has_value();
    if (c.account) {
        const AccountInfo &a = *c.account;
        s << a.jid << a.lid << a.pushName << a.signedDeviceIdentity << a.platform;
    }
    return out;
}

std::optional<DeviceCredentials> readCredentials(const QByteArray &bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    quint8 format = 0;
    s >> format;
    if (format != kCredentialsFormat)
        return std::nullopt;
    DeviceCredentials c;
    bool hasAccount = false;
    s >> c.noiseKey.privateKey >> c.noiseKey.publicKey >> c.identityKey.privateKey >> c.identityKey.publicKey
        >> c.signedPreKey.id >> c.signedPreKey.keyPair.privateKey >> c.signedPreKey.keyPair.publicKey
        >> c.signedPreKey.signature >> c.registrationId >> c.advSecretKey >> hasAccount;
    if (hasAccount) {
        AccountInfo a;
        s >> a.jid >> a.lid >> a.pushName >> a.signedDeviceIdentity >> a.platform;
        c.account = a;
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return c;
}

} // namespace

SqlKeyStore::SqlKeyStore(QSqlDatabase db, QString instanceId, const secrets::SecretBox *box)
    : m_db(std::move(db))
    , m_instanceId(std::move(instanceId))
    , m_box(box)
{
}

QString SqlKeyStore::seal(const char *table, const QByteArray &rowKey, const QByteArray &payload) const
{
    if (!m_box || !m_box->isValid()) {
        qCWarning(lcCoreStore, "[%s] %s: no usable master key, refusing to write", qPrintable(m_instanceId), table);
        return {};
    }
    // The binding prefix ties the value to its row: SecretBox has no associated data, and without
    // this a value copied from another row or instance (same master key) would open as valid.
    // Hex keeps the fields unambiguous whatever bytes they hold.
    const QByteArray binding = QByteArray(table) + '\n' + m_instanceId.toUtf8().toHex() + '\n' + rowKey.toHex() + '\n';
    return QString::fromLatin1(m_box->seal(binding + payload));
}

std::optional<QByteArray> SqlKeyStore::open(const char *table, const QByteArray &rowKey, const QVariant &sealed) const
{
    if (!m_box || sealed.isNull())
        return std::nullopt;
    const QByteArray binding = QByteArray(table) + '\n' + m_instanceId.toUtf8().toHex() + '\n' + rowKey.toHex() + '\n';
    auto plain = m_box->open(sealed.toString().toLatin1());
    if (!plain || !plain->startsWith(binding)) {
        // A wrong master key or a tampered/moved row; the caller sees "absent", the log says why.
        qCWarning(lcCoreStore, "[%s] %s: a sealed value does not open with the master key",
                  qPrintable(m_instanceId), table);
        return std::nullopt;
    }
    return plain->mid(binding.size());
}

bool SqlKeyStore::run(QSqlQuery &query, const char *what) const
{
    if (query.exec())
        return true;
    qCWarning(lcCoreStore, "[%s] %s failed: %s", qPrintable(m_instanceId), what,
              qPrintable(query.lastError().text()));
    return false;
}

QVariant SqlKeyStore::scalar(QSqlQuery &query, const char *what) const
{
    query.setForwardOnly(true);
    if (run(query, what) && query.next())
        return query.value(0);
    return {};
}

bool SqlKeyStore::wipe()
{
    // A savepoint, not BEGIN: it nests inside a transaction the caller may already hold and
    // starts one otherwise, so the wipe is all-or-nothing either way.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SAVEPOINT wa_wipe"))) {
        qCWarning(lcCoreStore, "[%s] wipe: cannot begin: %s", qPrintable(m_instanceId),
                  qPrintable(q.lastError().text()));
        return false;
    }
    bool ok = true;
    for (const char *table : kTables) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE instance_id=?").arg(QLatin1String(table)));
        del.addBindValue(m_instanceId);
        if (!run(del, table)) {
            ok = false;
            break;
        }
    }
    if (ok && q.exec(QStringLiteral("RELEASE wa_wipe"))) {
        qCInfo(lcCoreStore, "[%s] protocol keys and sessions wiped", qPrintable(m_instanceId));
        return true;
    }
    q.exec(QStringLiteral("ROLLBACK TO wa_wipe"));
    q.exec(QStringLiteral("RELEASE wa_wipe"));
    return false;
}

bool SqlKeyStore::beginTransaction()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    qCWarning(lcCoreStore, "[%s] cannot begin a transaction: %s", qPrintable(m_instanceId), qPrintable(q.lastError().text()));
    return false;
}

bool SqlKeyStore::commitTransaction()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    qCWarning(lcCoreStore, "[%s] commit failed: %s", qPrintable(m_instanceId), qPrintable(q.lastError().text()));
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

void SqlKeyStore::rollbackTransaction()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcCoreStore, "[%s] rollback failed: %s", qPrintable(m_instanceId), qPrintable(q.lastError().text()));
}

// --- credentials

std::optional<DeviceCredentials> SqlKeyStore::loadCredentials() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT credentials_sealed FROM wa_credentials WHERE instance_id=?"));
    q.addBindValue(m_instanceId);
    const QVariant sealed = scalar(q, "load credentials");
    const auto bytes = open("wa_credentials", {}, sealed);
    if (!bytes)
        return std::nullopt;
    auto credentials = readCredentials(*bytes);
    if (!credentials)
        qCWarning(lcCoreStore, "[%s] stored credentials have an unknown layout", qPrintable(m_instanceId));
    return credentials;
}

bool SqlKeyStore::saveCredentials(const DeviceCredentials &credentials)
{
    const QString sealed = seal("wa_credentials", {}, writeCredentials(credentials));
    if (sealed.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_credentials (instance_id, credentials_sealed, updated_at) VALUES (?,?,?)"
                             " ON CONFLICT(instance_id) DO UPDATE SET credentials_sealed=excluded.credentials_sealed,"
                             " updated_at=excluded.updated_at"));
    q.addBindValue(m_instanceId);
    q.addBindValue(sealed);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return run(q, "save credentials");
}

bool SqlKeyStore::clearCredentials()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_credentials WHERE instance_id=?"));
    q.addBindValue(m_instanceId);
    return run(q, "clear credentials");
}

// --- app-state sync keys

std::optional<AppStateSyncKey> SqlKeyStore::loadAppStateKey(const QByteArray &keyId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key_sealed, fingerprint, timestamp FROM wa_app_state_keys"
                             " WHERE instance_id=? AND key_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(keyId);
    if (!run(q, "load app-state key") || !q.next())
        return std::nullopt;
    const auto keyData = open("wa_app_state_keys", keyId, q.value(0));
    if (!keyData)
        return std::nullopt;
    return AppStateSyncKey {*keyData, q.value(1).toByteArray(), q.value(2).toLongLong()};
}

bool SqlKeyStore::storeAppStateKey(const QByteArray &keyId, const AppStateSyncKey &key)
{
    const QString sealed = seal("wa_app_state_keys", keyId, key.keyData);
    if (sealed.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO wa_app_state_keys (instance_id, key_id, key_sealed, fingerprint, timestamp)"
                             " VALUES (?,?,?,?,?) ON CONFLICT(instance_id, key_id) DO UPDATE SET"
                             " key_sealed=excluded.key_sealed, fingerprint=excluded.fingerprint,"
                             " timestamp=excluded.timestamp"));
    q.addBindValue(m_instanceId);
    q.addBindValue(keyId);
    q.addBindValue(sealed);
    q.addBindValue(key.fingerprint);
    q.addBindValue(key.timestamp);
    return run(q, "store app-state key");
}

bool SqlKeyStore::containsAppStateKey(const QByteArray &keyId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM wa_app_state_keys WHERE instance_id=? AND key_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(keyId);
    return scalar(q, "find app-state key").isValid();
}

bool SqlKeyStore::removeAppStateKey(const QByteArray &keyId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM wa_app_state_keys WHERE instance_id=? AND key_id=?"));
    q.addBindValue(m_instanceId);
    q.addBindValue(keyId);
    return run(q, "remove app-state key");
}

QByteArray SqlKeyStore::latestAppStateKeyId() const
{
    // Ties go to the smallest id, as in MemoryStore (BLOB order is memcmp, like QByteArray's).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key_id FROM wa_app_state_keys WHERE instance_id=?"
                             " ORDER BY timestamp DESC, key_id ASC LIMIT 1"));
    q.addBindValue(m_instanceId);
    return scalar(q, "find latest app-state key").toByteArray();
}

QList<QByteArray> SqlKeyStore::appStateKeyIds() const
{
    QList<QByteArray> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key_id FROM wa_app_state_keys WHERE instance_id=? ORDER BY key_id"));
    q.addBindValue(m_instanceId);
    if (run(q, "list app-state keys"))
        while (q.next())
            ids.append(q.value(0).toByteArray());
    return ids;
}

} // namespace core::store
