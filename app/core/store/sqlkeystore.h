#pragma once
// core::store::SqlKeyStore: the SQL implementation of every wa::store interface for one
// instance. All instances share one database; every row carries its instance_id, and the
// tables (migration 2, wa_*) cascade on DELETE FROM instances, so deleting an instance forgets
// its keys with it.
//
// Secrets at rest: private keys, the credentials blob, session and sender-key records and
// app-state key data are sealed with the master-key SecretBox; public keys, signatures, ids and
// fingerprints are plain. Each sealed value is bound to its table, instance and row key, so a
// sealed value copied into another row (or another instance) does not open there.
//
// Durability: every write runs synchronously on the given connection. A method is its own
// transaction (a single statement in autocommit, or a savepoint for wipe()) unless the caller
// opened one, in which case it joins it: the session thread opens one per inbound message and
// commits it before the <ack> leaves, so a crash never loses a message nor keeps half of one.
//
// Failures never throw: writes return false, loads return nullopt (a wrong master key or a
// tampered row loads as nullopt, never as garbage), and a warning is logged with the instance
// id and the failing table, never with key material.
//
// Like a QSqlDatabase connection, an object is bound to the thread that opened the connection
// (the instance's session thread). Not thread-safe.
#include "wa/store/appstatekeystore.h"
#include "wa/store/credentialstore.h"
#include "wa/store/identitystore.h"
#include "wa/store/prekeystore.h"
#include "wa/store/senderkeystore.h"
#include "wa/store/sessionstore.h"
#include "wa/store/signedprekeystore.h"
#include "wa/store/transactional.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace core::secrets {
class SecretBox;
}

class QSqlQuery;

namespace core::store {

class SqlKeyStore final : public wa::store::CredentialStore,
                          public wa::store::IdentityStore,
                          public wa::store::PreKeyStore,
                          public wa::store::SignedPreKeyStore,
                          public wa::store::SessionStore,
                          public wa::store::SenderKeyStore,
                          public wa::store::AppStateKeyStore,
                          public wa::store::Transactional
{
public:
    // Same choices as wa::store::MemoryStore.
    enum class TrustPolicy {
        AcceptChanges, // WhatsApp behaviour: first use and changed keys are trusted
        FirstUseOnly,  // a key different from the stored one is untrusted
    };

    // `db` must be migrated to at least version 2 and `instanceId` must exist in `instances`
    // (writes fail on the foreign key otherwise). `box` must outlive the store; a null or
    // invalid box makes every sealed write fail and every sealed load return nullopt.
    SqlKeyStore(QSqlDatabase db, QString instanceId, const secrets::SecretBox *box);

    const QString &instanceId() const { return m_instanceId; }
    void setTrustPolicy(TrustPolicy policy) { m_trustPolicy = policy; }

    // Logout: removes every key, session, sender key, app-state key and the credentials of this
    // instance (the instance row itself stays), atomically.
    bool wipe();

    std::optional<wa::store::DeviceCredentials> loadCredentials() const override;
    bool saveCredentials(const wa::store::DeviceCredentials &credentials) override;
    bool clearCredentials() override;

    std::optional<QByteArray> loadIdentity(const wa::store::ProtocolAddress &address) const override;
    bool saveIdentity(const wa::store::ProtocolAddress &address, const QByteArray &publicKey) override;
    bool deleteIdentity(const wa::store::ProtocolAddress &address) override;
    bool isTrustedIdentity(const wa::store::ProtocolAddress &address, const QByteArray &publicKey) const override;

    std::optional<wa::store::PreKey> loadPreKey(quint32 id) const override;
    bool storePreKey(const wa::store::PreKey &preKey) override;
    bool removePreKey(quint32 id) override;
    bool containsPreKey(quint32 id) const override;
    int preKeyCount() const override;
    quint32 nextPreKeyId() const override;
    bool setNextPreKeyId(quint32 id) override;

    std::optional<wa::store::SignedPreKey> loadSignedPreKey(quint32 id) const override;
    bool storeSignedPreKey(const wa::store::SignedPreKey &signedPreKey) override;
    bool removeSignedPreKey(quint32 id) override;
    bool containsSignedPreKey(quint32 id) const override;
    QList<quint32> signedPreKeyIds() const override;

    std::optional<QByteArray> loadSession(const wa::store::ProtocolAddress &address) const override;
    bool storeSession(const wa::store::ProtocolAddress &address, const QByteArray &record) override;
    bool containsSession(const wa::store::ProtocolAddress &address) const override;
    bool deleteSession(const wa::store::ProtocolAddress &address) override;
    bool deleteAllSessions(const QString &name) override;
    QList<quint32> sessionDeviceIds(const QString &name) const override;

    std::optional<QByteArray> loadSenderKey(const wa::store::SenderKeyName &name) const override;
    bool storeSenderKey(const wa::store::SenderKeyName &name, const QByteArray &record) override;
    bool deleteSenderKey(const wa::store::SenderKeyName &name) override;

    std::optional<wa::store::AppStateSyncKey> loadAppStateKey(const QByteArray &keyId) const override;
    bool storeAppStateKey(const QByteArray &keyId, const wa::store::AppStateSyncKey &key) override;
    bool containsAppStateKey(const QByteArray &keyId) const override;
    bool removeAppStateKey(const QByteArray &keyId) override;
    QByteArray latestAppStateKeyId() const override;
    QList<QByteArray> appStateKeyIds() const override;

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK on the connection: the client's unit of work (one
    // received message with its Signal state and history rows, or one encryption run). IMMEDIATE
    // takes the write lock up front, so a transaction never fails half-way on a busy database
    // (other session threads and the writer thread share it); busy_timeout makes it wait.
    bool beginTransaction() override;
    bool commitTransaction() override;
    void rollbackTransaction() override;

private:
    // Seals `payload` bound to (table, instance, rowKey); empty on failure.
    QString seal(const char *table, const QByteArray &rowKey, const QByteArray &payload) const;
    // nullopt unless `sealed` opens with the master key AND was sealed for this very row.
    std::optional<QByteArray> open(const char *table, const QByteArray &rowKey, const QVariant &sealed) const;
    // Runs a prepared query; logs the failure (table and operation only) and returns false.
    bool run(QSqlQuery &query, const char *what) const;
    // The first column of the first row of a prepared query that returned one, or an invalid
    // QVariant (no row or failure).
    QVariant scalar(QSqlQuery &query, const char *what) const;

    QSqlDatabase m_db;
    QString m_instanceId;
    const secrets::SecretBox *m_box = nullptr;
    TrustPolicy m_trustPolicy = TrustPolicy::AcceptChanges;
};

} // namespace core::store
