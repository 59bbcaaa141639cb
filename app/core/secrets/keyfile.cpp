#include "core/secrets/keyfile.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace core::secrets {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

#ifdef Q_OS_UNIX
QString errnoText(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Makes the new directory entry itself durable, not only the file's contents.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif

}

KeyFile::KeyFile(QString path, int keyBytes)
    : m_path(std::move(path))
    , m_keyBytes(keyBytes)
{
}

KeyFile::LoadResult KeyFile::load() const
{
    LoadResult result;
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink()) {
        result.status = Status::Missing;
        result.detail = QStringLiteral("no key file at %1").arg(m_path);
        return result;
    }
    if (!info.isFile() || info.size() != m_keyBytes) {
        result.status = Status::Invalid;
        result.detail = QStringLiteral("key file %1 is not a regular file of %2 bytes; refusing to use "
                                       "or replace it (data encrypted under the original key would be lost)")
                            .arg(m_path)
                            .arg(m_keyBytes);
        return result;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.detail = QStringLiteral("cannot read key file %1: %2").arg(m_path, file.errorString());
        return result;
    }
    QByteArray key = file.read(m_keyBytes + 1);
    if (key.size() != m_keyBytes) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        result.status = Status::Invalid;
        result.detail = QStringLiteral("key file %1 changed size while being read").arg(m_path);
        return result;
    }
    const QFileDevice::Permissions perms = file.permissions();
    const QFileDevice::Permissions groupOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (perms & groupOther) {
        result.detail = file.setPermissions(kOwnerOnly)
            ? QStringLiteral("key file %1 was accessible to group/others; permissions reset to 0600").arg(m_path)
            : QStringLiteral("key file %1 is accessible to group/others and chmod 0600 failed").arg(m_path);
    }
    result.status = Status::Ok;
    result.key = std::move(key);
    return result;
}

KeyFile::CreateResult KeyFile::create(const QByteArray &key) const
{
    CreateResult result;
#ifdef Q_OS_UNIX
    const QByteArray finalPath = QFile::encodeName(m_path);
    QByteArray tmpPath;
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
        tmpPath = finalPath + ".tmp-" + QByteArray::number(randombytes_random(), 16);
        fd = ::open(tmpPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        result.detail = errnoText("cannot create temporary key file");
        return result;
    }
    // The umask can only remove bits from 0600, but say exactly what we mean.
    const bool written = ::fchmod(fd, 0600) == 0 && writeAll(fd, key) && ::fsync(fd) == 0;
    const QString writeError = written ? QString() : errnoText("cannot write temporary key file");
    ::close(fd);
    if (!written) {
        ::unlink(tmpPath.constData());
        result.detail = writeError;
        return result;
    }
    // link() never replaces an existing name: the atomic, exclusive publish.
    const int linked = ::link(tmpPath.constData(), finalPath.constData());
    const int linkErrno = errno;
    ::unlink(tmpPath.constData());
    if (linked != 0) {
        errno = linkErrno;
        result.status = linkErrno == EEXIST ? Status::AlreadyExists : Status::IoError;
        result.detail = errnoText("cannot create key file");
        return result;
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
#else
    // No POSIX modes here; NewOnly still guarantees that an existing key is never replaced.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        result.status = file.exists() ? Status::AlreadyExists : Status::IoError;
        result.detail = QStringLiteral("cannot create key file: %1").arg(file.errorString());
        return result;
    }
    if (file.write(key) != key.size() || !file.flush()) {
        result.detail = QStringLiteral("cannot write key file: %1").arg(file.errorString());
        file.close();
        file.remove();
        return result;
    }
#endif
    result.status = Status::Ok;
    result.detail = QStringLiteral("created key file %1 (mode 0600)").arg(m_path);
    return result;
}

}
