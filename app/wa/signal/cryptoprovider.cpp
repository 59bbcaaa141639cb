#include "cryptoprovider_p.h"

#include "result.h"
#include "signalref_p.h"

#include "wa/crypto/digest.h"

#include <openssl/evp.h>
#include <signal_protocol.h>

#include <limits>

namespace wa::signal::detail {

namespace {

int randomBytes(uint8_t *data, size_t len, void *userData)
{
    static_cast<crypto::RandomSource *>(userData)->fill(data, len);
    return SG_SUCCESS;
}

int hmacInit(void **context, const uint8_t *key, size_t keyLen, void *)
{
    auto *hmac = new crypto::HmacSha256(QByteArrayView(key, qsizetype(keyLen)));
    if (!hmac->isValid()) {
        delete hmac;
        return CryptoFailureCode;
    }
    *context = hmac;
    return SG_SUCCESS;
}

int hmacUpdate(void *context, const uint8_t *data, size_t len, void *)
{
    auto *hmac = static_cast<crypto::HmacSha256 *>(context);
    hmac->update(QByteArrayView(data, qsizetype(len)));
    return hmac->isValid() ? SG_SUCCESS : CryptoFailureCode;
}

int hmacFinal(void *context, signal_buffer **output, void *)
{
    const QByteArray mac = static_cast<crypto::HmacSha256 *>(context)->final();
    if (mac.isEmpty())
        return CryptoFailureCode;
    *output = newBuffer(mac);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void hmacCleanup(void *context, void *)
{
    delete static_cast<crypto::HmacSha256 *>(context);
}

int sha512Init(void **context, void *)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (!md || EVP_DigestInit_ex(md, EVP_sha512(), nullptr) != 1) {
        EVP_MD_CTX_free(md);
        return CryptoFailureCode;
    }
    *context = md;
    return SG_SUCCESS;
}

int sha512Update(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(context), data, len) == 1 ? SG_SUCCESS : CryptoFailureCode;
}

int sha512Final(void *context, signal_buffer **output, void *)
{
    auto *md = static_cast<EVP_MD_CTX *>(context);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(md, digest, &size) != 1)
        return CryptoFailureCode;
    // libsignal keeps using the context after final (XEdDSA hashes twice with one context),
    // so it must be ready for a new digest here.
    if (EVP_DigestInit_ex(md, EVP_sha512(), nullptr) != 1)
        return CryptoFailureCode;
    *output = signal_buffer_create(digest, size);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void sha512Cleanup(void *context, void *)
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(context));
}

const EVP_CIPHER *aesCipher(int cipher, size_t keyLen)
{
    const bool cbc = cipher == SG_CIPHER_AES_CBC_PKCS5;
    if (!cbc && cipher != SG_CIPHER_AES_CTR_NOPADDING)
        return nullptr;
    switch (keyLen) {
    case 16: return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ctr();
    case 24: return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ctr();
    case 32: return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ctr();
    default: return nullptr;
    }
}

// One EVP pass for both directions; PKCS#7 padding is OpenSSL's default for CBC and has no
// effect on CTR.
int aesRun(bool encrypt, signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen,
           const uint8_t *iv, size_t ivLen, const uint8_t *input, size_t inputLen)
{
    const EVP_CIPHER *type = aesCipher(cipher, keyLen);
    if (!type || ivLen != 16 || inputLen > size_t(std::numeric_limits<int>::max() - 32))
        return SG_ERR_INVAL;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return SG_ERR_NOMEM;
    QByteArray out(qsizetype(inputLen) + 32, Qt::Uninitialized);
    auto *outData = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    int last = 0;
    const bool ok = EVP_CipherInit_ex(ctx, type, nullptr, key, iv, encrypt ? 1 : 0) == 1
        && EVP_CipherUpdate(ctx, outData, &written, input, int(inputLen)) == 1
        && EVP_CipherFinal_ex(ctx, outData + written, &last) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return SG_ERR_UNKNOWN; // wrong padding on decrypt lands here: libsignal reports it as invalid
    out.truncate(written + last);
    *output = newBuffer(out);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

int aesEncrypt(signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen, const uint8_t *iv,
               size_t ivLen, const uint8_t *plaintext, size_t plaintextLen, void *)
{
    return aesRun(true, output, cipher, key, keyLen, iv, ivLen, plaintext, plaintextLen);
}

int aesDecrypt(signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen, const uint8_t *iv,
               size_t ivLen, const uint8_t *ciphertext, size_t ciphertextLen, void *)
{
    return aesRun(false, output, cipher, key, keyLen, iv, ivLen, ciphertext, ciphertextLen);
}

} // namespace

int installCryptoProvider(signal_context *context, crypto::RandomSource *random)
{
    signal_crypto_provider provider {};
    provider.random_func = randomBytes;
    provider.hmac_sha256_init_func = hmacInit;
    provider.hmac_sha256_update_func = hmacUpdate;
    provider.hmac_sha256_final_func = hmacFinal;
    provider.hmac_sha256_cleanup_func = hmacCleanup;
    provider.sha512_digest_init_func = sha512Init;
    provider.sha512_digest_update_func = sha512Update;
    provider.sha512_digest_final_func = sha512Final;
    provider.sha512_digest_cleanup_func = sha512Cleanup;
    provider.encrypt_func = aesEncrypt;
    provider.decrypt_func = aesDecrypt;
    provider.user_data = random;
    return signal_context_set_crypto_provider(context, &provider);
}

} // namespace wa::signal::detail
