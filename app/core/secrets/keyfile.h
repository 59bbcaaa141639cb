#pragma once
// KeyFile: the master key as 32 raw bytes in a file readable by its owner only (mode 0600). The
// fallback store of MasterKeyStore when no OS keychain answers.
#include <QByteArray>
#include <QString>

namespace core::secrets {

class KeyFile
{
public:
    enum class Status {
        Ok,
        Missing,        // no file at the path (load only)
        AlreadyExists,  // create() lost a race: someone else created the file first
        Invalid,        // exists but is not a regular file of exactly the expected size
        IoError,        // cannot read, write or sync
    };

    struct LoadResult
    {
        Status status = Status::IoError;
        QByteArray key;   // set only when status == Ok
        QString detail;   // for logs and error messages; never contains key material
    };

    struct CreateResult
    {
        Status status = Status::IoError;
        QString detail;
    };

    KeyFile(QString path, int keyBytes);

    // Reads the key. Group/other permission bits are reported in `detail` of an Ok result and
    // removed (chmod 0600): a readable key file is a leak to fix, but refusing to start would
    // leave the data locked up for no gain.
    LoadResult load() const;
    // Writes `key` to a new file, never replacing an existing one. On Unix the bytes go to a
    // temporary 0600 file that is synced and then hard-linked into place, so a crash leaves either
    // no key file or a complete one, and two processes racing cannot both win.
    CreateResult create(const QByteArray &key) const;

    QString path() const { return m_path; }

private:
    QString m_path;
    int m_keyBytes;
};

}
