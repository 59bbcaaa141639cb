#pragma once
// App-state sync keys shared by the primary phone (AppStateSyncKeyShare), by key id. They
// decrypt and authenticate the app-state patches (contacts, mutes, pins, ...).
#include <QByteArray>
#include <QList>

#include <optional>

namespace wa::store {

struct AppStateSyncKey
{
    QByteArray keyData;     // 32 bytes, expanded with HKDF by the app-state code
    QByteArray fingerprint; // serialized AppStateSyncKeyFingerprint, kept to answer key requests
    qint64 timestamp = 0;   // ms since epoch, as sent by the phone
};

class AppStateKeyStore
{
public:
    virtual ~AppStateKeyStore() = default;

    virtual std::optional<AppStateSyncKey> loadAppStateKey(const QByteArray &keyId) const = 0;
    virtual bool storeAppStateKey(const QByteArray &keyId, const AppStateSyncKey &key) = 0;
    virtual bool containsAppStateKey(const QByteArray &keyId) const = 0;
    virtual bool removeAppStateKey(const QByteArray &keyId) = 0;
    // Id of the key with the newest timestamp (what new patches are encrypted with); empty if none.
    virtual QByteArray latestAppStateKeyId() const = 0;
    virtual QList<QByteArray> appStateKeyIds() const = 0;
};

} // namespace wa::store
