#pragma once
// In-memory implementation of every wa::store interface, for tests and tools. Not persistent
// and not thread-safe (a wa::Client and its stores live on one thread).
#include "appstatekeystore.h"
#include "credentialstore.h"
#include "identitystore.h"
#include "prekeystore.h"
#include "senderkeystore.h"
#include "sessionstore.h"
#include "signedprekeystore.h"
#include "transactional.h"

#include <QHash>
#include <QMap>

#include <memory>

namespace wa::store {

class MemoryStore final : public CredentialStore,
                          public IdentityStore,
                          public PreKeyStore,
                          public SignedPreKeyStore,
                          public SessionStore,
                          public SenderKeyStore,
                          public AppStateKeyStore,
                          public Transactional
{
public:
    enum class TrustPolicy {
        AcceptChanges, // WhatsApp behaviour: first use and changed keys are trusted
        FirstUseOnly,  // a key different from the stored one is untrusted
    };

    void setTrustPolicy(TrustPolicy policy) { m_trustPolicy = policy; }

    std::optional<DeviceCredentials> loadCredentials() const override;
    bool saveCredentials(const DeviceCredentials &credentials) override;
    bool clearCredentials() override;

    std::optional<QByteArray> loadIdentity(const ProtocolAddress &address) const override;
    bool saveIdentity(const ProtocolAddress &address, const QByteArray &publicKey) override;
    bool deleteIdentity(const ProtocolAddress &address) override;
    bool isTrustedIdentity(const ProtocolAddress &address, const QByteArray &publicKey) const override;

    std::optional<PreKey> loadPreKey(quint32 id) const override;
    bool storePreKey(const PreKey &preKey) override;
    bool removePreKey(quint32 id) override;
    bool containsPreKey(quint32 id) const override;
    int preKeyCount() const override;
    quint32 nextPreKeyId() const override;
    bool setNextPreKeyId(quint32 id) override;

    std::optional<SignedPreKey> loadSignedPreKey(quint32 id) const override;
    bool storeSignedPreKey(const SignedPreKey &signedPreKey) override;
    bool removeSignedPreKey(quint32 id) override;
    bool containsSignedPreKey(quint32 id) const override;
    QList<quint32> signedPreKeyIds() const override;

    std::optional<QByteArray> loadSession(const ProtocolAddress &address) const override;
    bool storeSession(const ProtocolAddress &address, const QByteArray &record) override;
    bool containsSession(const ProtocolAddress &address) const override;
    bool deleteSession(const ProtocolAddress &address) override;
    bool deleteAllSessions(const QString &name) override;
    QList<quint32> sessionDeviceIds(const QString &name) const override;

    std::optional<QByteArray> loadSenderKey(const SenderKeyName &name) const override;
    bool storeSenderKey(const SenderKeyName &name, const QByteArray &record) override;
    bool deleteSenderKey(const SenderKeyName &name) override;

    std::optional<AppStateSyncKey> loadAppStateKey(const QByteArray &keyId) const override;
    bool storeAppStateKey(const QByteArray &keyId, const AppStateSyncKey &key) override;
    bool containsAppStateKey(const QByteArray &keyId) const override;
    bool removeAppStateKey(const QByteArray &keyId) override;
    QByteArray latestAppStateKeyId() const override;
    QList<QByteArray> appStateKeyIds() const override;

    // A snapshot of everything at begin, restored on rollback (the containers share data until
    // written, so this is cheap). Not nested.
    bool beginTransaction() override;
    bool commitTransaction() override;
    void rollbackTransaction() override;

private:
    struct Snapshot;
    std::shared_ptr<Snapshot> m_snapshot;
    TrustPolicy m_trustPolicy = TrustPolicy::AcceptChanges;
    std::optional<DeviceCredentials> m_credentials;
    QHash<ProtocolAddress, QByteArray> m_identities;
    QMap<quint32, PreKey> m_preKeys;
    quint32 m_nextPreKeyId = 1;
    QMap<quint32, SignedPreKey> m_signedPreKeys;
    QHash<ProtocolAddress, QByteArray> m_sessions;
    QHash<SenderKeyName, QByteArray> m_senderKeys;
    QMap<QByteArray, AppStateSyncKey> m_appStateKeys;
};

} // namespace wa::store
