#pragma once
// Encryption of media files as WhatsApp does it: a random 32-byte media key expanded with
// HKDF-SHA256 (no salt, an info label per media type, 112 bytes) into IV, cipher key and MAC
// key; AES-256-CBC of the file, then the first 10 bytes of HMAC-SHA256(iv || ciphertext)
// appended. What is uploaded is ciphertext || mac; its SHA-256 names the upload.
#include "wa/crypto/randomsource.h"
#include "wa/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wa::message {

enum class MediaType { Image, Video, Audio, Document, Sticker, History, AppState, Thumbnail };

// "WhatsApp Image Keys", ... (sticker uses the image label).
const char *mediaKeyInfo(MediaType type);
// Upload path segment: "image", "video", "audio", "document", "md-msg-hist", "md-app-state".
const char *mediaUploadPath(MediaType type);

struct EncryptedMedia {
    QByteArray mediaKey;
    QByteArray blob; // ciphertext || 10-byte mac: the upload body
    QByteArray fileSha256;
    QByteArray fileEncSha256;
    quint64 fileLength = 0;
};

enum class MediaError { InvalidKey, TooShort, MacMismatch, EncHashMismatch, DecryptFailed, HashMismatch, CryptoFailure };
const char *mediaErrorName(MediaError error);

wa::Expected<EncryptedMedia, MediaError> encryptMedia(QByteArrayView plaintext, MediaType type,
                                                      crypto::RandomSource &random = crypto::systemRandom());
// The same with a given 32-byte media key (a retry re-upload, or a fixed test vector).
wa::Expected<EncryptedMedia, MediaError> encryptMediaWithKey(QByteArrayView plaintext, QByteArrayView mediaKey, MediaType type);
// Checks, in order: the blob's SHA-256 (when expectedEncSha256 is given), the MAC, the padding,
// and the plaintext's SHA-256 (when expectedSha256 is given).
wa::Expected<QByteArray, MediaError> decryptMedia(QByteArrayView blob, QByteArrayView mediaKey, MediaType type,
                                                  QByteArrayView expectedSha256 = {}, QByteArrayView expectedEncSha256 = {});

} // namespace wa::message
