#include "storebridge.h"

#include "keyconversion_p.h"
#include "result.h"

#include <signal_protocol.h>
#include <session_pre_key.h>

namespace wa::signal {

struct StoreBridge::Private
{
    Context *context = nullptr;
    LocalIdentity identity;
    Stores stores;
    signal_protocol_store_context *storeContext = nullptr;
};

namespace {

using detail::Buffer;
using detail::Ref;

StoreBridge::Private *bridge(void *userData)
{
    return static_cast<StoreBridge::Private *>(userData);
}

store::ProtocolAddress toAddress(const signal_protocol_address *address)
{
    return {QString::fromUtf8(address->name, qsizetype(address->name_len)), quint32(address->device_id)};
}

store::SenderKeyName toSenderKeyName(const signal_protocol_sender_key_name *name)
{
    return {QString::fromUtf8(name->group_id, qsizetype(name->group_id_len)), toAddress(&name->sender)};
}

QByteArray bytes(const uint8_t *data, size_t len)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(len));
}

int written(bool ok)
{
    return ok ? SG_SUCCESS : StoreFailureCode;
}

// Returns 1 and a fresh buffer when found, 0 when not (libsignal's convention for records).
int loadRecord(const std::optional<QByteArray> &record, signal_buffer **out)
{
    if (!record)
        return 0;
    *out = detail::newBuffer(*record);
    return *out ? 1 : SG_ERR_NOMEM;
}

// --- sessions

int loadSession(signal_buffer **record, signal_buffer **, const signal_protocol_address *address, void *userData)
{
    return loadRecord(bridge(userData)->stores.sessions->loadSession(toAddress(address)), record);
}

int subDeviceSessions(signal_int_list **sessions, const char *name, size_t nameLen, void *userData)
{
    const QList<quint32> devices =
        bridge(userData)->stores.sessions->sessionDeviceIds(QString::fromUtf8(name, qsizetype(nameLen)));
    signal_int_list *list = signal_int_list_alloc();
    if (!list)
        return SG_ERR_NOMEM;
    for (quint32 device : devices) {
        if (signal_int_list_push_back(list, int(device)) != 0) {
            signal_int_list_free(list);
            return SG_ERR_NOMEM;
        }
    }
    *sessions = list;
    return int(devices.size());
}

int storeSession(const signal_protocol_address *address, uint8_t *record, size_t recordLen, uint8_t *, size_t,
                 void *userData)
{
    return written(bridge(userData)->stores.sessions->storeSession(toAddress(address), bytes(record, recordLen)));
}

int containsSession(const signal_protocol_address *address, void *userData)
{
    return bridge(userData)->stores.sessions->containsSession(toAddress(address)) ? 1 : 0;
}

int deleteSession(const signal_protocol_address *address, void *userData)
{
    store::SessionStore *sessions = bridge(userData)->stores.sessions;
    const store::ProtocolAddress remote = toAddress(address);
    const bool existed = sessions->containsSession(remote);
    if (!sessions->deleteSession(remote))
        return StoreFailureCode;
    return existed ? 1 : 0;
}

int deleteAllSessions(const char *name, size_t nameLen, void *userData)
{
    store::SessionStore *sessions = bridge(userData)->stores.sessions;
    const QString user = QString::fromUtf8(name, qsizetype(nameLen));
    const qsizetype count = sessions->sessionDeviceIds(user).size();
    if (!sessions->deleteAllSessions(user))
        return StoreFailureCode;
    return int(count);
}

// --- one-time pre-keys

int loadPreKey(signal_buffer **record, uint32_t id, void *userData)
{
    StoreBridge::Private *d = bridge(userData);
    const auto preKey = d->stores.preKeys->loadPreKey(id);
    if (!preKey)
        return SG_ERR_INVALID_KEY_ID;
    Ref<ec_key_pair> pair = detail::toLibraryKeyPair(d->context->raw(), preKey->keyPair);
    Ref<session_pre_key> libraryKey;
    if (!pair || session_pre_key_create(libraryKey.out(), id, pair.get()) != 0)
        return SG_ERR_INVALID_KEY;
    return session_pre_key_serialize(record, libraryKey.get());
}

int storePreKey(uint32_t id, uint8_t *record, size_t recordLen, void *userData)
{
    StoreBridge::Private *d = bridge(userData);
    Ref<session_pre_key> libraryKey;
    if (session_pre_key_deserialize(libraryKey.out(), record, recordLen, d->context->raw()) != 0)
        return SG_ERR_INVALID_PROTO_BUF;
    const auto pair = detail::fromLibraryKeyPair(session_pre_key_get_key_pair(libraryKey.get()));
    if (!pair)
        return SG_ERR_INVALID_KEY;
    return written(d->stores.preKeys->storePreKey({id, *pair}));
}

int containsPreKey(uint32_t id, void *userData)
{
    return bridge(userData)->stores.preKeys->containsPreKey(id) ? 1 : 0;
}

int removePreKey(uint32_t id, void *userData)
{
    return written(bridge(userData)->stores.preKeys->removePreKey(id));
}

// --- signed pre-keys

int loadSignedPreKey(signal_buffer **record, uint32_t id, void *userData)
{
    StoreBridge::Private *d = bridge(userData);
    const auto signedPreKey = d->stores.signedPreKeys->loadSignedPreKey(id);
    if (!signedPreKey)
        return SG_ERR_INVALID_KEY_ID;
    Ref<ec_key_pair> pair = detail::toLibraryKeyPair(d->context->raw(), signedPreKey->keyPair);
    Ref<session_signed_pre_key> libraryKey;
    if (!pair
        || session_signed_pre_key_create(libraryKey.out(), id, 0, pair.get(),
                                         reinterpret_cast<const uint8_t *>(signedPreKey->signature.constData()),
                                         size_t(signedPreKey->signature.size()))
            != 0)
        return SG_ERR_INVALID_KEY;
    return session_signed_pre_key_serialize(record, libraryKey.get());
}

int storeSignedPreKey(uint32_t id, uint8_t *record, size_t recordLen, void *userData)
{
    StoreBridge::Private *d = bridge(userData);
    Ref<session_signed_pre_key> libraryKey;
    if (session_signed_pre_key_deserialize(libraryKey.out(), record, recordLen, d->context->raw()) != 0)
        return SG_ERR_INVALID_PROTO_BUF;
    const auto pair = detail::fromLibraryKeyPair(session_signed_pre_key_get_key_pair(libraryKey.get()));
    if (!pair)
        return SG_ERR_INVALID_KEY;
    const QByteArray signature = bytes(session_signed_pre_key_get_signature(libraryKey.get()),
                                       session_signed_pre_key_get_signature_len(libraryKey.get()));
    return written(d->stores.signedPreKeys->storeSignedPreKey({id, *pair, signature}));
}

int containsSignedPreKey(uint32_t id, void *userData)
{
    return bridge(userData)->stores.signedPreKeys->containsSignedPreKey(id) ? 1 : 0;
}

int removeSignedPreKey(uint32_t id, void *userData)
{
    return written(bridge(userData)->stores.signedPreKeys->removeSignedPreKey(id));
}

// --- identities

int identityKeyPair(signal_buffer **publicData, signal_buffer **privateData, void *userData)
{
    const crypto::KeyPair &key = bridge(userData)->identity.identityKey;
    *publicData = detail::newBuffer(crypto::toSignalPublicKey(key.publicKey));
    *privateData = detail::newBuffer(key.privateKey);
    return *publicData && *privateData ? SG_SUCCESS : SG_ERR_NOMEM;
}

int localRegistrationId(void *userData, uint32_t *registrationId)
{
    *registrationId = bridge(userData)->identity.registrationId;
    return SG_SUCCESS;
}

int saveIdentity(const signal_protocol_address *address, uint8_t *keyData, size_t keyLen, void *userData)
{
    store::IdentityStore *identities = bridge(userData)->stores.identities;
    if (!keyData)
        return written(identities->deleteIdentity(toAddress(address)));
    const auto raw = crypto::toRawPublicKey(bytes(keyData, keyLen));
    if (!raw)
        return SG_ERR_INVALID_KEY;
    return written(identities->saveIdentity(toAddress(address), *raw));
}

int isTrustedIdentity(const signal_protocol_address *address, uint8_t *keyData, size_t keyLen, void *userData)
{
    const auto raw = crypto::toRawPublicKey(bytes(keyData, keyLen));
    if (!raw)
        return 0;
    return bridge(userData)->stores.identities->isTrustedIdentity(toAddress(address), *raw) ? 1 : 0;
}

// --- sender keys

int storeSenderKey(const signal_protocol_sender_key_name *name, uint8_t *record, size_t recordLen, uint8_t *, size_t,
                   void *userData)
{
    store::SenderKeyStore *senderKeys = bridge(userData)->stores.senderKeys;
    return written(senderKeys->storeSenderKey(toSenderKeyName(name), bytes(record, recordLen)));
}

int loadSenderKey(signal_buffer **record, signal_buffer **, const signal_protocol_sender_key_name *name, void *userData)
{
    return loadRecord(bridge(userData)->stores.senderKeys->loadSenderKey(toSenderKeyName(name)), record);
}

bool install(StoreBridge::Private *d)
{
    signal_protocol_session_store sessions {};
    sessions.load_session_func = loadSession;
    sessions.get_sub_device_sessions_func = subDeviceSessions;
    sessions.store_session_func = storeSession;
    sessions.contains_session_func = containsSession;
    sessions.delete_session_func = deleteSession;
    sessions.delete_all_sessions_func = deleteAllSessions;
    sessions.user_data = d;

    signal_protocol_pre_key_store preKeys {};
    preKeys.load_pre_key = loadPreKey;
    preKeys.store_pre_key = storePreKey;
    preKeys.contains_pre_key = containsPreKey;
    preKeys.remove_pre_key = removePreKey;
    preKeys.user_data = d;

    signal_protocol_signed_pre_key_store signedPreKeys {};
    signedPreKeys.load_signed_pre_key = loadSignedPreKey;
    signedPreKeys.store_signed_pre_key = storeSignedPreKey;
    signedPreKeys.contains_signed_pre_key = containsSignedPreKey;
    signedPreKeys.remove_signed_pre_key = removeSignedPreKey;
    signedPreKeys.user_data = d;

    signal_protocol_identity_key_store identities {};
    identities.get_identity_key_pair = identityKeyPair;
    identities.get_local_registration_id = localRegistrationId;
    identities.save_identity = saveIdentity;
    identities.is_trusted_identity = isTrustedIdentity;
    identities.user_data = d;

    signal_protocol_sender_key_store senderKeys {};
    senderKeys.store_sender_key = storeSenderKey;
    senderKeys.load_sender_key = loadSenderKey;
    senderKeys.user_data = d;

    signal_protocol_store_context *context = d->storeContext;
    return signal_protocol_store_context_set_session_store(context, &sessions) == 0
        && signal_protocol_store_context_set_pre_key_store(context, &preKeys) == 0
        && signal_protocol_store_context_set_signed_pre_key_store(context, &signedPreKeys) == 0
        && signal_protocol_store_context_set_identity_key_store(context, &identities) == 0
        && signal_protocol_store_context_set_sender_key_store(context, &senderKeys) == 0;
}

} // namespace

StoreBridge::StoreBridge(Context &context, LocalIdentity identity, Stores stores)
    : d(std::make_unique<Private>())
{
    d->context = &context;
    d->identity = std::move(identity);
    d->stores = stores;
    if (!context.isValid() || !d->stores.isComplete() || !d->identity.identityKey.isValid())
        return;
    if (signal_protocol_store_context_create(&d->storeContext, context.raw()) != 0) {
        d->storeContext = nullptr;
        return;
    }
    if (!install(d.get())) {
        signal_protocol_store_context_destroy(d->storeContext);
        d->storeContext = nullptr;
    }
}

StoreBridge::~StoreBridge()
{
    if (d->storeContext)
        signal_protocol_store_context_destroy(d->storeContext);
}

bool StoreBridge::isValid() const
{
    return d->storeContext != nullptr;
}

Context &StoreBridge::context() const
{
    return *d->context;
}

const Stores &StoreBridge::stores() const
{
    return d->stores;
}

signal_protocol_store_context *StoreBridge::raw() const
{
    return d->storeContext;
}

} // namespace wa::signal
