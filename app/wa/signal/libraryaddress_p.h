#pragma once
// Internal: libsignal keeps pointers to the address structs it is given, so the UTF-8 name
// and the struct live together in one object that outlives the builder or cipher using them.
#include "wa/store/protocoladdress.h"

#include <QByteArray>

#include <signal_protocol.h>

namespace wa::signal::detail {

class LibraryAddress
{
public:
    explicit LibraryAddress(const store::ProtocolAddress &address)
        : m_name(address.name.toUtf8())
    {
        m_address.name = m_name.constData();
        m_address.name_len = size_t(m_name.size());
        m_address.device_id = int32_t(address.deviceId);
    }
    LibraryAddress(const LibraryAddress &) = delete;
    LibraryAddress &operator=(const LibraryAddress &) = delete;

    const signal_protocol_address *get() const { return &m_address; }

private:
    QByteArray m_name;
    signal_protocol_address m_address {};
};

class LibrarySenderKeyName
{
public:
    explicit LibrarySenderKeyName(const store::SenderKeyName &name)
        : m_groupId(name.groupId.toUtf8())
        , m_sender(name.sender.name.toUtf8())
    {
        m_name.group_id = m_groupId.constData();
        m_name.group_id_len = size_t(m_groupId.size());
        m_name.sender.name = m_sender.constData();
        m_name.sender.name_len = size_t(m_sender.size());
        m_name.sender.device_id = int32_t(name.sender.deviceId);
    }
    LibrarySenderKeyName(const LibrarySenderKeyName &) = delete;
    LibrarySenderKeyName &operator=(const LibrarySenderKeyName &) = delete;

    const signal_protocol_sender_key_name *get() const { return &m_name; }

private:
    QByteArray m_groupId;
    QByteArray m_sender;
    signal_protocol_sender_key_name m_name {};
};

} // namespace wa::signal::detail
