#include "core/auth/passwordhasher.h"

#include "core/auth/sodiuminit.h"

#include <QByteArray>

#include <sodium.h>

namespace core::auth {

namespace {

// libsodium reads the hash as a C string of at most crypto_pwhash_STRBYTES - 1 characters; anything
// longer cannot be one of ours, and an embedded NUL would make it read a different string.
bool plausibleHashString(const QByteArray &hash)
{
    return !hash.isEmpty() && hash.size() < qsizetype(crypto_pwhash_STRBYTES) && !hash.contains('\0');
}

}

PasswordHasher::Limits PasswordHasher::Limits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::Limits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher()
    : PasswordHasher(Limits::interactive())
{
}

PasswordHasher::PasswordHasher(Limits limits)
    : m_limits(limits)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          m_limits.opsLimit, m_limits.memLimit) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    const QByteArray stored = hash.toLatin1();
    if (!plausibleHashString(stored))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    const QByteArray stored = hash.toLatin1();
    if (!plausibleHashString(stored))
        return true;
    // 0 = current parameters, 1 = other parameters, -1 = not an argon2id string: rehash both.
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit, m_limits.memLimit) != 0;
}

}
