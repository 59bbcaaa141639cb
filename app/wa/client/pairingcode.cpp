#include "pairingcode.h"

#include "wa/crypto/aes.h"

#include <openssl/evp.h>

#include <memory>

namespace wa::client {

namespace {

PairingError error(PairingErrorCode code, const char *detail)
{
    return PairingError {code, QString::fromLatin1(detail)};
}

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};

} // namespace

QString generatePairingCode(crypto::RandomSource &random)
{
    return encodePairingCode(random.bytes(PairingCodeRandomBytes));
}

QString encodePairingCode(QByteArrayView bytes)
{
    QString code;
    quint32 value = 0;
    int bits = 0;
    for (char byte : bytes) {
        value = (value << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            code += QLatin1Char(PairingCodeAlphabet[(value >> (bits - 5)) & 31]);
            bits -= 5;
        }
        value &= (1u << bits) - 1; // keep only the bits not yet emitted
    }
    if (bits > 0)
        code += QLatin1Char(PairingCodeAlphabet[(value << (5 - bits)) & 31]);
    return code;
}

bool isValidPairingCode(const QString &code)
{
    if (code.size() != PairingCodeLength)
        return false;
    const QLatin1StringView alphabet(PairingCodeAlphabet);
    for (QChar c : code) {
        if (!alphabet.contains(c))
            return false;
    }
    return true;
}

QString formatPairingCode(const QString &code)
{
    if (code.size() != PairingCodeLength)
        return code;
    return code.left(4) + QLatin1Char('-') + code.mid(4);
}

PairingResult<QByteArray> derivePairingCodeKey(const QString &code, QByteArrayView salt)
{
    if (!isValidPairingCode(code))
        return error(PairingErrorCode::InvalidArgument, "pairing code must be 8 characters of the code alphabet");
    if (salt.size() != PairingCodeSaltSize)
        return error(PairingErrorCode::InvalidArgument, "salt must be 32 bytes");
    const QByteArray password = code.toLatin1();
    QByteArray key(crypto::AesKeySize, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()), static_cast<int>(salt.size()),
                          PairingCodeIterations, EVP_sha256(), static_cast<int>(key.size()),
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        return error(PairingErrorCode::CryptoFailure, "PBKDF2 failed");
    return key;
}

PairingResult<QByteArray> aesCtr(QByteArrayView key, QByteArrayView iv, QByteArrayView data)
{
    if (key.size() != crypto::AesKeySize || iv.size() != PairingCodeIvSize)
        return error(PairingErrorCode::InvalidArgument, "AES-CTR needs a 32-byte key and a 16-byte IV");
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter> context(EVP_CIPHER_CTX_new());
    QByteArray out(data.size(), Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    const bool ok = context
        && EVP_EncryptInit_ex(context.get(), EVP_aes_256_ctr(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.data()),
                              reinterpret_cast<const unsigned char *>(iv.data()))
            == 1
        && EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                             reinterpret_cast<const unsigned char *>(data.data()), static_cast<int>(data.size()))
            == 1
        && EVP_EncryptFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &finalWritten)
            == 1;
    if (!ok || written + finalWritten != data.size())
        return error(PairingErrorCode::CryptoFailure, "AES-256-CTR failed");
    return out;
}

PairingResult<QByteArray> wrapEphemeralKey(const QString &code, QByteArrayView publicKey, crypto::RandomSource &random)
{
    if (publicKey.size() != 32)
        return error(PairingErrorCode::InvalidArgument, "ephemeral public key must be 32 raw bytes");
    const QByteArray salt = random.bytes(PairingCodeSaltSize);
    const QByteArray iv = random.bytes(PairingCodeIvSize);
    auto key = derivePairingCodeKey(code, salt);
    if (!key)
        return key.error();
    auto encrypted = aesCtr(*key, iv, publicKey);
    if (!encrypted)
        return encrypted.error();
    return salt + iv + *encrypted;
}

PairingResult<QByteArray> unwrapEphemeralKey(const QString &code, QByteArrayView wrapped)
{
    if (wrapped.size() != WrappedEphemeralKeySize)
        return error(PairingErrorCode::Malformed, "wrapped ephemeral key must be 80 bytes");
    auto key = derivePairingCodeKey(code, wrapped.first(PairingCodeSaltSize));
    if (!key)
        return key.error();
    return aesCtr(*key, wrapped.sliced(PairingCodeSaltSize, PairingCodeIvSize),
                  wrapped.sliced(PairingCodeSaltSize + PairingCodeIvSize));
}

} // namespace wa::client
