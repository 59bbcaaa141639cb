#pragma once
// Remote identity keys as last seen per address, and the trust decision the Signal library
// asks for before it uses one. Keys are raw 32-byte Curve25519 public keys.
#include "protocoladdress.h"

#include <QByteArray>

#include <optional>

namespace wa::store {

class IdentityStore
{
public:
    virtual ~IdentityStore() = default;

    virtual std::optional<QByteArray> loadIdentity(const ProtocolAddress &address) const = 0;
    virtual bool saveIdentity(const ProtocolAddress &address, const QByteArray &publicKey) = 0;
    virtual bool deleteIdentity(const ProtocolAddress &address) = 0;
    // WhatsApp rotates identities on reinstall, so production stores trust on first use and
    // accept changes; a stricter store makes the library fail with "untrusted identity".
    virtual bool isTrustedIdentity(const ProtocolAddress &address, const QByteArray &publicKey) const = 0;
};

} // namespace wa::store
