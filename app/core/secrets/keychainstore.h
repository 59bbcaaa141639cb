#pragma once
// KeychainStore: one binary secret in the OS keychain (QtKeychain: libsecret, macOS Keychain,
// Windows Credential Manager), with a hard timeout on every call. On Linux a job can hang on an
// unlock prompt or a bus that never answers; waiting forever would freeze startup.
#include <QByteArray>
#include <QString>

namespace core::secrets {

// Blocking calls that spin a local QEventLoop: use them from the main thread of a running
// QCoreApplication (QtKeychain needs an event loop). A job that times out is left to finish or
// not on its own (it deletes itself); it cannot be cancelled safely. QtKeychain runs its jobs one
// at a time, so after a timeout later calls in the same process may time out as well.
class KeychainStore
{
public:
    enum class Status {
        Ok,
        NotFound,     // QKeychain::EntryNotFound: the keychain works but holds no such entry
        Unavailable,  // any other error, a timeout, or no QCoreApplication
    };

    struct ReadResult
    {
        Status status = Status::Unavailable;
        QByteArray data;  // set only when status == Ok
        QString detail;   // error text for logs; never secret material
    };

    struct WriteResult
    {
        Status status = Status::Unavailable;  // Ok or Unavailable
        QString detail;
    };

    KeychainStore(QString service, QString account, int timeoutMs);

    ReadResult read() const;
    WriteResult write(const QByteArray &data) const;
    // Used by tests to clean up after themselves; Ok also when there was nothing to delete.
    WriteResult remove() const;

    QString service() const { return m_service; }
    QString account() const { return m_account; }

private:
    QString m_service;
    QString m_account;
    int m_timeoutMs;
};

}
