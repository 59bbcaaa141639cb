#include "noisestate.h"

#include "wa/crypto/aes.h"
#include "wa/crypto/curve25519.h"
#include "wa/crypto/digest.h"
#include "wa/crypto/hkdf.h"

namespace wa::socket {

namespace {

constexpr char PatternName[] = "Noise_XX_25519_AESGCM_SHA256\0\0\0\0";
static_assert(sizeof(PatternName) - 1 == 32, "the pattern name doubles as the initial 32-byte hash");

} // namespace

NoiseState::NoiseState()
    : m_hash(PatternName, 32)
    , m_chainingKey(m_hash)
    , m_key(m_hash)
{
}

void NoiseState::mixHash(QByteArrayView data)
{
    QByteArray input = m_hash;
    input.append(data);
    m_hash = crypto::sha256(input);
}

Result<void> NoiseState::mixKey(QByteArrayView inputKeyMaterial)
{
    const auto out = crypto::hkdfSha256(inputKeyMaterial, m_chainingKey, {}, 64);
    if (!out)
        return Error {ErrorCode::CryptoFailure, QStringLiteral("HKDF failed in MixKey")};
    m_chainingKey = out->first(32);
    m_key = out->sliced(32);
    m_counter = 0;
    return {};
}

Result<void> NoiseState::mixSharedSecret(QByteArrayView privateKey, QByteArrayView publicKey)
{
    const auto shared = crypto::x25519(privateKey, publicKey);
    if (!shared)
        return Error {ErrorCode::MalformedHandshake, QStringLiteral("invalid or low-order Curve25519 key")};
    return mixKey(*shared);
}

Result<QByteArray> NoiseState::encryptAndHash(QByteArrayView plaintext)
{
    auto ciphertext = crypto::aesGcmEncrypt(m_key, TransportCipher::nonce(m_counter++), plaintext, m_hash);
    if (!ciphertext)
        return Error {ErrorCode::CryptoFailure, QStringLiteral("AES-GCM encryption failed")};
    mixHash(*ciphertext);
    return *ciphertext;
}

Result<QByteArray> NoiseState::decryptAndHash(QByteArrayView ciphertext)
{
    auto plaintext = crypto::aesGcmDecrypt(m_key, TransportCipher::nonce(m_counter++), ciphertext, m_hash);
    if (!plaintext)
        return Error {ErrorCode::DecryptFailed, QStringLiteral("handshake ciphertext of %1 bytes failed authentication").arg(ciphertext.size())};
    mixHash(ciphertext);
    return *plaintext;
}

Result<TransportCipher> NoiseState::split(bool initiator) const
{
    const auto out = crypto::hkdfSha256({}, m_chainingKey, {}, 64);
    if (!out)
        return Error {ErrorCode::CryptoFailure, QStringLiteral("HKDF failed in Split")};
    const QByteArray first = out->first(32);
    const QByteArray second = out->sliced(32);
    return initiator ? TransportCipher(first, second) : TransportCipher(second, first);
}

} // namespace wa::socket
