#include "transportcipher.h"

#include "wa/crypto/aes.h"

namespace wa::socket {

namespace {
constexpr quint64 MaxCounter = 0xffffffffULL;
}

TransportCipher::TransportCipher(QByteArray writeKey, QByteArray readKey)
    : m_writeKey(std::move(writeKey))
    , m_readKey(std::move(readKey))
{
}

QByteArray TransportCipher::nonce(quint32 counter)
{
    QByteArray iv(12, '\0');
    iv[8] = static_cast<char>((counter >> 24) & 0xff);
    iv[9] = static_cast<char>((counter >> 16) & 0xff);
    iv[10] = static_cast<char>((counter >> 8) & 0xff);
    iv[11] = static_cast<char>(counter & 0xff);
    return iv;
}

Result<QByteArray> TransportCipher::encrypt(QByteArrayView plaintext)
{
    if (!isValid())
        return Error {ErrorCode::InvalidState, QStringLiteral("transport keys not established")};
    if (m_writeCounter > MaxCounter)
        return Error {ErrorCode::InvalidState, QStringLiteral("write nonce space exhausted")};
    auto out = crypto::aesGcmEncrypt(m_writeKey, nonce(static_cast<quint32>(m_writeCounter++)), plaintext);
    if (!out)
        return Error {ErrorCode::CryptoFailure, QStringLiteral("AES-GCM encryption failed")};
    return *out;
}

Result<QByteArray> TransportCipher::decrypt(QByteArrayView ciphertext)
{
    if (!isValid())
        return Error {ErrorCode::InvalidState, QStringLiteral("transport keys not established")};
    if (m_readCounter > MaxCounter)
        return Error {ErrorCode::InvalidState, QStringLiteral("read nonce space exhausted")};
    const quint64 counter = m_readCounter++;
    auto out = crypto::aesGcmDecrypt(m_readKey, nonce(static_cast<quint32>(counter)), ciphertext);
    if (!out)
        return Error {ErrorCode::DecryptFailed,
                      QStringLiteral("transport frame %1 (%2 bytes) failed authentication").arg(counter).arg(ciphertext.size())};
    return *out;
}

} // namespace wa::socket
