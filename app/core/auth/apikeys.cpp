#include "core/auth/apikeys.h"

#include "core/auth/sodiuminit.h"

#include <sodium.h>

namespace core::auth {

QString ApiKeys::generate()
{
    ensureSodium();
    QByteArray random(kRandomBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    const QByteArray encoded =
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(random.data(), static_cast<size_t>(random.size()));
    return QString(kPrefix) + QString::fromLatin1(encoded);
}

bool ApiKeys::looksValid(const QString &key)
{
    if (key.size() != kKeyLength || !key.startsWith(kPrefix))
        return false;
    for (qsizetype i = kPrefix.size(); i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray ApiKeys::lookupHash(const QString &key)
{
    ensureSodium();
    const QByteArray utf8 = key.toUtf8();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return digest;
}

bool ApiKeys::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

}
