#pragma once
// The sandbox's trust anchor: a root key pair (generated per run, or kept in a file given with
// --root-key so that clients can be configured once), the server's Noise static key, and the
// certificate chain the root issues for it. Clients are told the root public key
// (GET /sandbox/info, or --wa-root-key on our executables).
#include "wa/crypto/curve25519.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

struct SandboxKeys {
    wa::crypto::KeyPair root;
    wa::crypto::KeyPair serverStatic;
    QByteArray certChain; // serialised CertChain for ServerHello.payload

    // Loads the root private key (64 hex characters) from `rootKeyFile`, creating the file (0600)
    // with a new key when it does not exist; empty path = a fresh root for this run only.
    static std::optional<SandboxKeys> create(const QString &rootKeyFile, QString *error);
};

} // namespace sandbox
