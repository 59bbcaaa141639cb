#pragma once
// Internal: the libsignal crypto provider over OpenSSL 3 and a RandomSource.
#include "wa/crypto/randomsource.h"

struct signal_context;

namespace wa::signal::detail {

// Registers the provider on `context`; `random` must outlive it. Returns libsignal's code.
int installCryptoProvider(signal_context *context, crypto::RandomSource *random);

} // namespace wa::signal::detail
