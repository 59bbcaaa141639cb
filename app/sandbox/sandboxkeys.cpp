#include "sandbox/sandboxkeys.h"

#include "wa/socket/certchain.h"

#include <QFile>
#include <QSaveFile>

namespace sandbox {

std::optional<SandboxKeys> SandboxKeys::create(const QString &rootKeyFile, QString *error)
{
    SandboxKeys keys;
    if (rootKeyFile.isEmpty()) {
        keys.root = wa::crypto::generateKeyPair();
    } else if (QFile::exists(rootKeyFile)) {
        QFile f(rootKeyFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(rootKeyFile, f.errorString());
            return std::nullopt;
        }
        const auto pair = wa::crypto::keyPairFromPrivateKey(QByteArray::fromHex(f.readAll().trimmed()));
        if (!pair) {
            *error = QStringLiteral("%1 does not hold a 32-byte private key in hex").arg(rootKeyFile);
            return std::nullopt;
        }
        keys.root = *pair;
    } else {
        keys.root = wa::crypto::generateKeyPair();
        QSaveFile f(rootKeyFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(keys.root.privateKey.toHex() + '\n') < 0
            || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !f.commit()) {
            *error = QStringLiteral("cannot write %1").arg(rootKeyFile);
            return std::nullopt;
        }
    }
    keys.serverStatic = wa::crypto::generateKeyPair();
    wa::socket::CertIssueRequest request;
    request.rootPrivateKey = keys.root.privateKey;
    request.serverStaticKey = keys.serverStatic.publicKey;
    const auto chain = wa::socket::issueCertChain(request);
    if (!chain) {
        *error = QStringLiteral("cannot issue the certificate chain: %1").arg(chain.error().toString());
        return std::nullopt;
    }
    keys.certChain = chain.value();
    return keys;
}

} // namespace sandbox
