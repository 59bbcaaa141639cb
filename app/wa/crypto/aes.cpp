#include "aes.h"

#include <openssl/evp.h>

#include <memory>

namespace wa::crypto {

namespace {

struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

const unsigned char *u8(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(v.data());
}

unsigned char *u8(QByteArray &v)
{
    return reinterpret_cast<unsigned char *>(v.data());
}

// OpenSSL takes int lengths; refuse anything that would not fit rather than truncate.
bool fitsInt(QByteArrayView v)
{
    return v.size() < (qsizetype(1) << 30);
}

} // namespace

std::optional<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, QByteArrayView aad)
{
    if (key.size() != AesKeySize || iv.isEmpty() || !fitsInt(plaintext) || !fitsInt(aad) || !fitsInt(iv))
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(key), u8(iv)) != 1)
        return std::nullopt;
    int len = 0;
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) != 1)
        return std::nullopt;
    QByteArray out(plaintext.size() + GcmTagSize, Qt::Uninitialized);
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), u8(out), &len, u8(plaintext), static_cast<int>(plaintext.size())) != 1)
            return std::nullopt;
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), u8(out) + written, &len) != 1)
        return std::nullopt;
    written += len;
    if (written != plaintext.size()
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, GcmTagSize, u8(out) + written) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> aesGcmDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertextAndTag,
                                        QByteArrayView aad)
{
    if (key.size() != AesKeySize || iv.isEmpty() || ciphertextAndTag.size() < GcmTagSize
        || !fitsInt(ciphertextAndTag) || !fitsInt(aad) || !fitsInt(iv))
        return std::nullopt;
    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - GcmTagSize);
    QByteArray tag = ciphertextAndTag.last(GcmTagSize).toByteArray();
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key), u8(iv)) != 1)
        return std::nullopt;
    int len = 0;
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) != 1)
        return std::nullopt;
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    int written = 0;
    if (!ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), u8(out), &len, u8(ciphertext), static_cast<int>(ciphertext.size())) != 1)
            return std::nullopt;
        written = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, GcmTagSize, u8(tag)) != 1)
        return std::nullopt;
    // The tag is checked here; on mismatch the plaintext written so far must not escape.
    if (EVP_DecryptFinal_ex(ctx.get(), u8(out) + written, &len) != 1)
        return std::nullopt;
    written += len;
    out.truncate(written);
    return out;
}

std::optional<QByteArray> aesCbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext)
{
    if (key.size() != AesKeySize || iv.size() != CbcIvSize || !fitsInt(plaintext))
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, u8(key), u8(iv)) != 1)
        return std::nullopt;
    QByteArray out(plaintext.size() + CbcIvSize, Qt::Uninitialized);
    int len = 0;
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), u8(out), &len, u8(plaintext), static_cast<int>(plaintext.size())) != 1)
            return std::nullopt;
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), u8(out) + written, &len) != 1)
        return std::nullopt;
    out.truncate(written + len);
    return out;
}

std::optional<QByteArray> aesCbcDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext)
{
    if (key.size() != AesKeySize || iv.size() != CbcIvSize || ciphertext.isEmpty()
        || ciphertext.size() % CbcIvSize != 0 || !fitsInt(ciphertext))
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, u8(key), u8(iv)) != 1)
        return std::nullopt;
    QByteArray out(ciphertext.size() + CbcIvSize, Qt::Uninitialized);
    int len = 0;
    if (EVP_DecryptUpdate(ctx.get(), u8(out), &len, u8(ciphertext), static_cast<int>(ciphertext.size())) != 1)
        return std::nullopt;
    int written = len;
    if (EVP_DecryptFinal_ex(ctx.get(), u8(out) + written, &len) != 1)
        return std::nullopt;
    out.truncate(written + len);
    return out;
}

} // namespace wa::crypto
