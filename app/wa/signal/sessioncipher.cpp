#include "sessioncipher.h"

#include "libraryaddress_p.h"
#include "signalref_p.h"

#include <protocol.h>
#include <session_cipher.h>

namespace wa::signal {

using detail::Buffer;
using detail::Ref;

namespace {

// Owns a libsignal session_cipher for the duration of one call; the address it points to
// lives alongside.
class ScopedCipher
{
public:
    ScopedCipher(StoreBridge &bridge, const store::ProtocolAddress &remote)
        : m_address(remote)
    {
        if (bridge.isValid() && !remote.name.isEmpty())
            m_rc = session_cipher_create(&m_cipher, bridge.raw(), m_address.get(), bridge.context().raw());
    }
    ~ScopedCipher()
    {
        if (m_cipher)
            session_cipher_free(m_cipher);
    }
    ScopedCipher(const ScopedCipher &) = delete;
    ScopedCipher &operator=(const ScopedCipher &) = delete;

    session_cipher *get() const { return m_cipher; }
    std::optional<Error> error() const
    {
        if (m_cipher)
            return std::nullopt;
        if (m_rc != 0)
            return errorFromLibrary(m_rc, QStringLiteral("session cipher"));
        return Error {ErrorCode::InvalidArgument, QStringLiteral("store bridge or address is not usable"), 0};
    }

private:
    detail::LibraryAddress m_address;
    session_cipher *m_cipher = nullptr;
    int m_rc = 0;
};

const uint8_t *data(QByteArrayView bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.data());
}

} // namespace

SessionCipher::SessionCipher(StoreBridge &bridge, store::ProtocolAddress remote)
    : m_bridge(bridge)
    , m_remote(std::move(remote))
{
}

bool SessionCipher::hasSession() const
{
    if (!m_bridge.isValid())
        return false;
    const detail::LibraryAddress address(m_remote);
    return signal_protocol_session_contains_session(m_bridge.raw(), address.get()) == 1;
}

Result<EncryptedMessage> SessionCipher::encrypt(QByteArrayView plaintext)
{
    ScopedCipher cipher(m_bridge, m_remote);
    if (auto error = cipher.error())
        return *error;
    // libsignal would happily "encrypt" with an empty record; refuse that up front.
    if (!hasSession())
        return Error {ErrorCode::NoSession, QStringLiteral("no session with %1").arg(m_remote.toString()), 0};
    Ref<ciphertext_message> message;
    const int rc = session_cipher_encrypt(cipher.get(), data(plaintext), size_t(plaintext.size()), message.out());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("encrypt"));
    const int type = ciphertext_message_get_type(message.get());
    if (type != int(MessageType::Whisper) && type != int(MessageType::PreKeyWhisper))
        return Error {ErrorCode::Unknown, QStringLiteral("unexpected ciphertext type %1").arg(type), 0};
    return EncryptedMessage {MessageType(type), Buffer::bytesOf(ciphertext_message_get_serialized(message.get()))};
}

Result<QByteArray> SessionCipher::decrypt(MessageType type, QByteArrayView ciphertext)
{
    switch (type) {
    case MessageType::PreKeyWhisper: return decryptPreKeyMessage(ciphertext);
    case MessageType::Whisper: return decryptMessage(ciphertext);
    case MessageType::SenderKey: break;
    }
    return Error {ErrorCode::InvalidArgument, QStringLiteral("skmsg needs a GroupCipher"), 0};
}

Result<QByteArray> SessionCipher::decryptPreKeyMessage(QByteArrayView ciphertext)
{
    ScopedCipher cipher(m_bridge, m_remote);
    if (auto error = cipher.error())
        return *error;
    Ref<pre_key_signal_message> message;
    int rc = pre_key_signal_message_deserialize(message.out(), data(ciphertext), size_t(ciphertext.size()),
                                                m_bridge.context().raw());
    if (rc != 0)
        return malformed(rc, QStringLiteral("parsing pkmsg"));
    Buffer plaintext;
    rc = session_cipher_decrypt_pre_key_signal_message(cipher.get(), message.get(), nullptr, plaintext.out());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("decrypting pkmsg"));
    return plaintext.toByteArray();
}

Result<QByteArray> SessionCipher::decryptMessage(QByteArrayView ciphertext)
{
    ScopedCipher cipher(m_bridge, m_remote);
    if (auto error = cipher.error())
        return *error;
    Ref<signal_message> message;
    int rc = signal_message_deserialize(message.out(), data(ciphertext), size_t(ciphertext.size()),
                                        m_bridge.context().raw());
    if (rc != 0)
        return malformed(rc, QStringLiteral("parsing msg"));
    Buffer plaintext;
    rc = session_cipher_decrypt_signal_message(cipher.get(), message.get(), nullptr, plaintext.out());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("decrypting msg"));
    return plaintext.toByteArray();
}

Result<quint32> SessionCipher::remoteRegistrationId() const
{
    if (!hasSession())
        return Error {ErrorCode::NoSession, QStringLiteral("no session with %1").arg(m_remote.toString()), 0};
    ScopedCipher cipher(m_bridge, m_remote);
    if (auto error = cipher.error())
        return *error;
    uint32_t id = 0;
    const int rc = session_cipher_get_remote_registration_id(cipher.get(), &id);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("reading registration id"));
    return quint32(id);
}

} // namespace wa::signal
