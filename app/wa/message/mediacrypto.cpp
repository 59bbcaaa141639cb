#include "wa/message/mediacrypto.h"

#include "wa/crypto/aes.h"
#include "wa/crypto/digest.h"
#include "wa/crypto/hkdf.h"

namespace wa::message {

namespace {

constexpr qsizetype MacSize = 10;

struct MediaKeys {
    QByteArray iv, cipherKey, macKey;
};

std::optional<MediaKeys> expand(QByteArrayView mediaKey, MediaType type)
{
    if (mediaKey.size() != 32)
        return std::nullopt;
    const auto out = crypto::hkdfSha256(mediaKey, {}, QByteArrayView(mediaKeyInfo(type)), 112);
    if (!out)
        return std::nullopt;
    return MediaKeys{out->mid(0, 16), out->mid(16, 32), out->mid(48, 32)};
}

QByteArray mac(const MediaKeys &keys, QByteArrayView ciphertext)
{
    crypto::HmacSha256 h(keys.macKey);
    h.update(keys.iv);
    h.update(ciphertext);
    return h.final().first(MacSize);
}

} // namespace

const char *mediaKeyInfo(MediaType type)
{
    switch (type) {
    case MediaType::Image:
    case MediaType::Sticker: return "WhatsApp Image Keys";
    case MediaType::Video: return "WhatsApp Video Keys";
    case MediaType::Audio: return "WhatsApp Audio Keys";
    case MediaType::Document: return "WhatsApp Document Keys";
    case MediaType::History: return "WhatsApp History Keys";
    case MediaType::AppState: return "WhatsApp App State Keys";
    case MediaType::Thumbnail: return "WhatsApp Image Thumbnail Keys";
    }
    return "WhatsApp Document Keys";
}

const char *mediaUploadPath(MediaType type)
{
    switch (type) {
    case MediaType::Image:
    case MediaType::Sticker:
    case MediaType::Thumbnail: return "image";
    case MediaType::Video: return "video";
    case MediaType::Audio: return "audio";
    case MediaType::Document: return "document";
    case MediaType::History: return "md-msg-hist";
    case MediaType::AppState: return "md-app-state";
    }
    return "document";
}

const char *mediaErrorName(MediaError error)
{
    switch (error) {
    case MediaError::InvalidKey: return "invalid_key";
    case MediaError::TooShort: return "too_short";
    case MediaError::MacMismatch: return "mac_mismatch";
    case MediaError::EncHashMismatch: return "enc_hash_mismatch";
    case MediaError::DecryptFailed: return "decrypt_failed";
    case MediaError::HashMismatch: return "hash_mismatch";
    case MediaError::CryptoFailure: return "crypto_failure";
    }
    return "unknown";
}

wa::Expected<EncryptedMedia, MediaError> encryptMedia(QByteArrayView plaintext, MediaType type, crypto::RandomSource &random)
{
    return encryptMediaWithKey(plaintext, random.bytes(32), type);
}

wa::Expected<EncryptedMedia, MediaError> encryptMediaWithKey(QByteArrayView plaintext, QByteArrayView mediaKey, MediaType type)
{
    EncryptedMedia out;
    out.mediaKey = mediaKey.toByteArray();
    const auto keys = expand(out.mediaKey, type);
    if (!keys)
        return MediaError::InvalidKey;
    const auto ciphertext = crypto::aesCbcEncrypt(keys->cipherKey, keys->iv, plaintext);
    if (!ciphertext)
        return MediaError::CryptoFailure;
    out.blob = *ciphertext + mac(*keys, *ciphertext);
    out.fileSha256 = crypto::sha256(plaintext);
    out.fileEncSha256 = crypto::sha256(out.blob);
    out.fileLength = quint64(plaintext.size());
    return out;
}

wa::Expected<QByteArray, MediaError> decryptMedia(QByteArrayView blob, QByteArrayView mediaKey, MediaType type,
                                                  QByteArrayView expectedSha256, QByteArrayView expectedEncSha256)
{
    const auto keys = expand(mediaKey, type);
    if (!keys)
        return MediaError::InvalidKey;
    if (blob.size() < MacSize + 16)
        return MediaError::TooShort;
    if (!expectedEncSha256.isEmpty() && !crypto::constantTimeEquals(crypto::sha256(blob), expectedEncSha256))
        return MediaError::EncHashMismatch;
    const QByteArrayView ciphertext = blob.first(blob.size() - MacSize);
    if (!crypto::constantTimeEquals(mac(*keys, ciphertext), blob.last(MacSize)))
        return MediaError::MacMismatch;
    const auto plaintext = crypto::aesCbcDecrypt(keys->cipherKey, keys->iv, ciphertext);
    if (!plaintext)
        return MediaError::DecryptFailed;
    if (!expectedSha256.isEmpty() && !crypto::constantTimeEquals(crypto::sha256(*plaintext), expectedSha256))
        return MediaError::HashMismatch;
    return *plaintext;
}

} // namespace wa::message
