#pragma once
// One-time libsodium initialisation, shared by core_auth and core_secrets (which links core_auth);
// sodium_init() itself is safe to reach from several threads.

namespace core::auth {

// Runs sodium_init() exactly once per process (std::call_once) and is safe from any thread.
// Aborts via qFatal if libsodium cannot initialise: without a working random source no key,
// token or hash this library produces would be safe to use.
void ensureSodium();

}
