#include "digest.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace wa::crypto {

namespace {
const unsigned char *u8(QByteArrayView v)
{
    // OpenSSL wants a non-null pointer even for empty input.
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(v.data());
}
} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(u8(data), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray sha512(QByteArrayView data)
{
    QByteArray out(SHA512_DIGEST_LENGTH, Qt::Uninitialized);
    SHA512(u8(data), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), u8(key), static_cast<int>(key.size()), u8(data), static_cast<size_t>(data.size()),
              reinterpret_cast<unsigned char *>(out.data()), &len)
        || len != SHA256_DIGEST_LENGTH)
        return {};
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

struct HmacSha256::State
{
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *ctx = nullptr;
};

HmacSha256::HmacSha256(QByteArrayView key)
    : m_state(std::make_unique<State>())
{
    m_state->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!m_state->mac)
        return;
    m_state->ctx = EVP_MAC_CTX_new(m_state->mac);
    if (!m_state->ctx)
        return;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    m_ok = EVP_MAC_init(m_state->ctx, u8(key), static_cast<size_t>(key.size()), params) == 1;
}

HmacSha256::~HmacSha256()
{
    EVP_MAC_CTX_free(m_state->ctx);
    EVP_MAC_free(m_state->mac);
}

void HmacSha256::update(QByteArrayView data)
{
    if (m_ok && !data.isEmpty())
        m_ok = EVP_MAC_update(m_state->ctx, u8(data), static_cast<size_t>(data.size())) == 1;
}

QByteArray HmacSha256::final()
{
    if (!m_ok)
        return {};
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    size_t len = 0;
    m_ok = EVP_MAC_final(m_state->ctx, reinterpret_cast<unsigned char *>(out.data()), &len, out.size()) == 1
        && len == SHA256_DIGEST_LENGTH;
    return m_ok ? out : QByteArray();
}

} // namespace wa::crypto
