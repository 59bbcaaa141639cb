# core_secrets: secrets at rest (SecretBox) and the master key (OS keychain or key file).
# Paths are relative to app/core.
add_library(core_secrets STATIC
    secrets/secretslog.h secrets/secretslog.cpp
    secrets/secretbox.h secrets/secretbox.cpp
    secrets/keyfile.h secrets/keyfile.cpp
    secrets/keychainstore.h secrets/keychainstore.cpp
    secrets/masterkeystore.h secrets/masterkeystore.cpp)
target_include_directories(core_secrets PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(core_secrets PUBLIC Qt6::Core PRIVATE core_auth Qt6Keychain::Qt6Keychain PkgConfig::SODIUM)
wamulti_set_warnings(core_secrets)
