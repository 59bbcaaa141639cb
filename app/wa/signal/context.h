#pragma once
// wa::signal: the adapter over libsignal-protocol-c (Signal protocol v3 as WhatsApp uses it).
// Context owns one signal_context with our crypto provider (OpenSSL 3 for HMAC, SHA-512 and
// AES; the injected RandomSource for every random byte, so tests can pin session keys) and
// recursive locking, so a context may be shared by ciphers on several threads.
// See docs/protocol-signal.md.
#include "wa/crypto/randomsource.h"

#include <memory>

struct signal_context;

namespace wa::signal {

class Context
{
public:
    // `random` must outlive the context.
    explicit Context(crypto::RandomSource &random = crypto::systemRandom());
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    // False if libsignal could not be initialised (out of memory); nothing else works then.
    bool isValid() const;
    signal_context *raw() const;
    crypto::RandomSource &random() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wa::signal
