#include "core/secrets/masterkeystore.h"

#include "core/secrets/keychainstore.h"
#include "core/secrets/keyfile.h"
#include "core/secrets/secretbox.h"
#include "core/secrets/secretslog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace core::secrets {

namespace {

static_assert(MasterKeyStore::kKeyBytes == SecretBox::kKeyBytes);

MasterKeyStore::Result failure(MasterKeyStore::Error error, const QString &detail)
{
    qCCritical(lcCoreSecretsLog).noquote() << "master key unavailable:" << detail;
    MasterKeyStore::Result result;
    result.error = error;
    result.detail = detail;
    return result;
}

MasterKeyStore::Result success(QByteArray key, MasterKeyStore::Source source, const QString &detail)
{
    MasterKeyStore::Result result;
    result.key = std::move(key);
    result.source = source;
    result.detail = detail;
    return result;
}

void wipe(QByteArray &key)
{
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    key.clear();
}

}

MasterKeyStore::MasterKeyStore(QString dataDir)
    : MasterKeyStore(std::move(dataDir), Options{})
{
}

MasterKeyStore::MasterKeyStore(QString dataDir, Options options)
    : m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
{
}

bool MasterKeyStore::keychainEnabled() const
{
    const QByteArray env = qgetenv("WAMULTI_KEYCHAIN").trimmed().toLower();
    const bool envOff = env == "off" || env == "0" || env == "false" || env == "no";
    return m_options.useKeychain && !envOff;
}

QString MasterKeyStore::keyFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("master.key"));
}

QString MasterKeyStore::markerFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("master.keychain"));
}

QString MasterKeyStore::recordedName(const QByteArray &field) const
{
    QFile marker(markerFilePath());
    if (!marker.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = field + '=';
    for (const QByteArray &line : marker.read(4096).split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()).trimmed());
    }
    return {};
}

QString MasterKeyStore::keychainService() const
{
    const QString recorded = recordedName("service");
    return recorded.isEmpty() ? m_options.serviceName : recorded;
}

QString MasterKeyStore::keychainAccount() const
{
    const QString recorded = recordedName("account");
    if (!recorded.isEmpty())
        return recorded;
    // The canonical path, so that "data", "./data" and a symlink to it all name one entry.
    const QFileInfo info(m_dataDir);
    const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("master-key:") + QString::fromLatin1(digest.toHex().left(16));
}

bool MasterKeyStore::writeMarker(QString *error) const
{
    if (QFileInfo::exists(markerFilePath()))
        return true;
    QSaveFile marker(markerFilePath());
    const QByteArray text = "# The master key of this data directory is in the OS keychain, under these names.\n"
                            "# While this file exists WaMulti refuses to make a new key when the keychain fails;\n"
                            "# deleting it starts over with a new key (secrets sealed under the old one are lost).\n"
        + QByteArray("service=") + keychainService().toUtf8() + "\naccount=" + keychainAccount().toUtf8()
        + "\n";
    if (marker.open(QIODevice::WriteOnly) && marker.write(text) == text.size() && marker.commit())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(markerFilePath(), marker.errorString());
    return false;
}

MasterKeyStore::Result MasterKeyStore::fromKeyFile(bool keychainWasTried, const QString &why) const
{
    const KeyFile file(keyFilePath(), kKeyBytes);
    QByteArray key = SecretBox::generateKey();
    const KeyFile::CreateResult created = file.create(key);
    if (created.status == KeyFile::Status::AlreadyExists) {
        // Another process made the key first; theirs is the one to share.
        wipe(key);
        KeyFile::LoadResult loaded = file.load();
        if (loaded.status != KeyFile::Status::Ok)
            return failure(Error::KeyFileInvalid, loaded.detail);
        return success(std::move(loaded.key), Source::KeyFile, QStringLiteral("key file %1").arg(file.path()));
    }
    if (created.status != KeyFile::Status::Ok) {
        wipe(key);
        return failure(Error::KeyFileIo, created.detail);
    }
    const QString detail = QStringLiteral("new key file %1 (mode 0600); keychain %2: %3")
                               .arg(file.path(), keychainWasTried ? QStringLiteral("unavailable")
                                                                  : QStringLiteral("disabled"),
                                    why);
    qCWarning(lcCoreSecretsLog).noquote()
        << "master key kept in a file, not in the OS keychain:" << detail
        << "- anyone who can read this file can decrypt the stored secrets";
    return success(std::move(key), Source::KeyFile, detail);
}

MasterKeyStore::Result MasterKeyStore::load() const
{
    if (!QDir().mkpath(m_dataDir))
        return failure(Error::KeyFileIo, QStringLiteral("cannot create data directory %1").arg(m_dataDir));

    const KeyFile file(keyFilePath(), kKeyBytes);
    KeyFile::LoadResult loaded = file.load();
    switch (loaded.status) {
    case KeyFile::Status::Ok: {
        if (!loaded.detail.isEmpty())
            qCWarning(lcCoreSecretsLog).noquote() << loaded.detail;
        const QString detail = QStringLiteral("existing key file %1").arg(file.path());
        qCInfo(lcCoreSecretsLog).noquote()
            << "master key from" << detail
            << (keychainEnabled() ? "(the keychain is not consulted while the key file exists)" : "");
        return success(std::move(loaded.key), Source::KeyFile, detail);
    }
    case KeyFile::Status::Missing:
        break;
    case KeyFile::Status::Invalid:
    case KeyFile::Status::AlreadyExists:
        return failure(Error::KeyFileInvalid, loaded.detail);
    case KeyFile::Status::IoError:
        return failure(Error::KeyFileIo, loaded.detail);
    }

    const bool keyIsInKeychain = QFileInfo::exists(markerFilePath());
    if (!keychainEnabled()) {
        if (keyIsInKeychain) {
            return failure(Error::KeychainKeyMissing,
                           QStringLiteral("%1 says the master key is in the OS keychain, but the keychain is "
                                          "disabled (WAMULTI_KEYCHAIN=off)")
                               .arg(markerFilePath()));
        }
        return fromKeyFile(false, QStringLiteral("WAMULTI_KEYCHAIN=off or Options::useKeychain=false"));
    }

    const KeychainStore keychain(keychainService(), keychainAccount(), m_options.timeoutMs);
    const QString where = QStringLiteral("keychain %1/%2").arg(keychain.service(), keychain.account());
    KeychainStore::ReadResult read = keychain.read();
    QString error;
    switch (read.status) {
    case KeychainStore::Status::Ok:
        if (read.data.size() != kKeyBytes) {
            wipe(read.data);
            return failure(Error::KeychainKeyInvalid,
                           QStringLiteral("%1 holds no %2-byte key; refusing to replace it").arg(where).arg(kKeyBytes));
        }
        if (!writeMarker(&error))
            return failure(Error::KeyFileIo, error);
        qCInfo(lcCoreSecretsLog).noquote() << "master key from" << where;
        return success(std::move(read.data), Source::Keychain, where);
    case KeychainStore::Status::NotFound:
        if (keyIsInKeychain) {
            return failure(Error::KeychainKeyMissing,
                           QStringLiteral("%1 says the master key is in the OS keychain, but %2 has no entry")
                               .arg(markerFilePath(), where));
        }
        break;
    case KeychainStore::Status::Unavailable:
        if (keyIsInKeychain) {
            return failure(Error::KeychainKeyMissing,
                           QStringLiteral("%1 says the master key is in the OS keychain, which is unavailable (%2)")
                               .arg(markerFilePath(), read.detail));
        }
        return fromKeyFile(true, read.detail);
    }

    // First start for this data dir: the keychain works and is empty.
    QByteArray key = SecretBox::generateKey();
    const KeychainStore::WriteResult written = keychain.write(key);
    if (written.status != KeychainStore::Status::Ok) {
        wipe(key);
        return fromKeyFile(true, QStringLiteral("write failed, %1").arg(written.detail));
    }
    if (!writeMarker(&error)) {
        wipe(key);
        return failure(Error::KeyFileIo, error);
    }
    qCInfo(lcCoreSecretsLog).noquote() << "new master key stored in" << where;
    return success(std::move(key), Source::Keychain, QStringLiteral("new key in %1").arg(where));
}

}
