#include "core/secrets/secretbox.h"

#include "core/auth/sodiuminit.h"

#include <sodium.h>

namespace core::secrets {

namespace {

static_assert(SecretBox::kKeyBytes == crypto_secretbox_KEYBYTES);
constexpr QByteArrayView kPrefixV1 = "v1:";

}

SecretBox::SecretBox(const QByteArray &key)
{
    auth::ensureSodium();
    if (key.size() != kKeyBytes)
        return;
    std::copy(key.cbegin(), key.cend(), m_key.begin());
    m_valid = true;
}

SecretBox::~SecretBox()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QByteArray SecretBox::seal(const QByteArray &plaintext) const
{
    if (!m_valid)
        return {};
    QByteArray box(qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plaintext.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          static_cast<unsigned long long>(plaintext.size()), nonce, m_key.data());
    return kPrefixV1.toByteArray() + box.toBase64();
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed) const
{
    if (!m_valid || !sealed.startsWith(kPrefixV1))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(kPrefixV1.size()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &box = decoded.decoded;
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (box.size() < overhead)
        return std::nullopt;
    QByteArray plaintext(box.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plaintext.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(box.size() - crypto_secretbox_NONCEBYTES),
                                   nonce, m_key.data())
        != 0) {
        return std::nullopt;
    }
    return plaintext;
}

QByteArray SecretBox::generateKey()
{
    auth::ensureSodium();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    return key;
}

}
