#pragma once
// MasterKeyStore: finds or creates the 32-byte master key that seals secrets at rest (SecretBox).
//
// The key must stay the same across restarts, or everything sealed under it becomes unreadable.
// So it never silently makes a new key when an old one may exist somewhere:
//  1. A key file <dataDir>/master.key, if present, wins and the keychain is not asked: it exists
//     only because the keychain was unavailable when the key was made, and the data is under it.
//  2. Otherwise the OS keychain (service options.serviceName, account "master-key:<16 hex of
//     SHA-256 of the canonical data dir>", so two data dirs never share a key). A missing entry
//     means first start: a new key is written there, and <dataDir>/master.keychain (no secret in
//     it) records that the key lives in the keychain and under which service/account names; those
//     recorded names are used from then on, so a moved or renamed data dir still finds its key.
//  3. Otherwise (keychain disabled, failing or silent past the timeout) a new key file, mode 0600,
//     with a logged warning.
// If master.keychain exists but the keychain is unavailable or lost the entry, load() fails
// instead of making a new key file: starting with a new key would orphan every sealed secret.
// Delete master.keychain by hand to start over with a fresh key deliberately.
#include <QByteArray>
#include <QString>

namespace core::secrets {

class MasterKeyStore
{
public:
    struct Options
    {
        // The environment has the last word: WAMULTI_KEYCHAIN=off (or 0/false/no) disables the
        // keychain whatever this says. The test helper sets it for every ctest test.
        bool useKeychain = true;
        // Per keychain call; a first start may make two calls (read, then write).
        int timeoutMs = 3000;
        QString serviceName = QStringLiteral("WaMulti");
    };

    enum class Source { Keychain, KeyFile };

    enum class Error {
        None,
        KeyFileInvalid,       // master.key has the wrong size or is not a regular file
        KeyFileIo,            // cannot read or create master.key / the data dir
        KeychainKeyInvalid,   // the keychain entry exists but is not a 32-byte key
        KeychainKeyMissing,   // master.keychain says the key is in the keychain, which is
                              // unavailable (or disabled) or no longer has the entry
    };

    struct Result
    {
        QByteArray key;  // 32 bytes when ok()
        Source source = Source::KeyFile;
        QString detail;  // where the key came from, or why it could not be loaded; no key material
        Error error = Error::None;
        bool ok() const { return error == Error::None; }
    };

    static constexpr int kKeyBytes = 32;

    // Default Options (keychain on unless the environment says off, 3000 ms, "WaMulti").
    explicit MasterKeyStore(QString dataDir);
    MasterKeyStore(QString dataDir, Options options);

    // Blocks for at most about 2 x timeoutMs. Call from the main thread with a QCoreApplication
    // (see KeychainStore); with the keychain disabled it only touches files.
    Result load() const;

    bool keychainEnabled() const;
    QString keyFilePath() const;
    QString markerFilePath() const;
    // The keychain entry of this data dir: the names recorded in master.keychain if it exists,
    // otherwise options.serviceName and the account derived from the canonical path.
    QString keychainService() const;
    QString keychainAccount() const;

private:
    QString recordedName(const QByteArray &field) const;
    Result fromKeyFile(bool keychainWasTried, const QString &why) const;
    bool writeMarker(QString *error) const;

    QString m_dataDir;
    Options m_options;
};

}
