#include "groupcipher.h"

#include "libraryaddress_p.h"
#include "signalref_p.h"

#include <group_cipher.h>
#include <group_session_builder.h>
#include <protocol.h>

namespace wa::signal {

using detail::Buffer;
using detail::Ref;

namespace {

const uint8_t *data(QByteArrayView bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.data());
}

Error unusable()
{
    return {ErrorCode::InvalidArgument, QStringLiteral("store bridge or sender key name is not usable"), 0};
}

} // namespace

GroupCipher::GroupCipher(StoreBridge &bridge, store::SenderKeyName name)
    : m_bridge(bridge)
    , m_name(std::move(name))
{
}

Result<QByteArray> GroupCipher::createDistributionMessage()
{
    if (!m_bridge.isValid() || m_name.groupId.isEmpty() || m_name.sender.name.isEmpty())
        return unusable();
    const detail::LibrarySenderKeyName name(m_name);
    group_session_builder *builder = nullptr;
    int rc = group_session_builder_create(&builder, m_bridge.raw(), m_bridge.context().raw());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("group session builder"));
    Ref<sender_key_distribution_message> message;
    rc = group_session_builder_create_session(builder, message.out(), name.get());
    group_session_builder_free(builder);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("creating sender key"));
    return Buffer::bytesOf(
        ciphertext_message_get_serialized(reinterpret_cast<const ciphertext_message *>(message.get())));
}

Result<void> GroupCipher::processDistributionMessage(QByteArrayView distribution)
{
    if (!m_bridge.isValid() || m_name.groupId.isEmpty() || m_name.sender.name.isEmpty())
        return unusable();
    Ref<sender_key_distribution_message> message;
    int rc = sender_key_distribution_message_deserialize(message.out(), data(distribution),
                                                         size_t(distribution.size()), m_bridge.context().raw());
    if (rc != 0)
        return malformed(rc, QStringLiteral("parsing sender key distribution"));
    const detail::LibrarySenderKeyName name(m_name);
    group_session_builder *builder = nullptr;
    rc = group_session_builder_create(&builder, m_bridge.raw(), m_bridge.context().raw());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("group session builder"));
    rc = group_session_builder_process_session(builder, name.get(), message.get());
    group_session_builder_free(builder);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("processing sender key distribution"));
    return {};
}

Result<QByteArray> GroupCipher::encrypt(QByteArrayView plaintext)
{
    if (!m_bridge.isValid() || m_name.groupId.isEmpty() || m_name.sender.name.isEmpty())
        return unusable();
    const detail::LibrarySenderKeyName name(m_name);
    group_cipher *cipher = nullptr;
    int rc = group_cipher_create(&cipher, m_bridge.raw(), name.get(), m_bridge.context().raw());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("group cipher"));
    Ref<ciphertext_message> message;
    rc = group_cipher_encrypt(cipher, data(plaintext), size_t(plaintext.size()), message.out());
    group_cipher_free(cipher);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("group encrypt"));
    return Buffer::bytesOf(ciphertext_message_get_serialized(message.get()));
}

Result<QByteArray> GroupCipher::decrypt(QByteArrayView ciphertext)
{
    if (!m_bridge.isValid() || m_name.groupId.isEmpty() || m_name.sender.name.isEmpty())
        return unusable();
    Ref<sender_key_message> message;
    int rc = sender_key_message_deserialize(message.out(), data(ciphertext), size_t(ciphertext.size()),
                                            m_bridge.context().raw());
    if (rc != 0)
        return malformed(rc, QStringLiteral("parsing skmsg"));
    const detail::LibrarySenderKeyName name(m_name);
    group_cipher *cipher = nullptr;
    rc = group_cipher_create(&cipher, m_bridge.raw(), name.get(), m_bridge.context().raw());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("group cipher"));
    Buffer plaintext;
    rc = group_cipher_decrypt(cipher, message.get(), nullptr, plaintext.out());
    group_cipher_free(cipher);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("group decrypt"));
    return plaintext.toByteArray();
}

} // namespace wa::signal
