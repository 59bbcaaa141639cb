#pragma once
// ApiKeys: REST API keys. A key is "wam_" + 40 base64url characters (30 random bytes, 240 bits).
// The database keeps lookupHash(key) in an indexed column to find the key's row; the key itself
// may be stored encrypted (core::secrets::SecretBox) so it can be shown to the owner again.
#include <QByteArray>
#include <QString>

namespace core::auth {

// Stateless; thread-safe.
class ApiKeys
{
public:
    static constexpr QLatin1StringView kPrefix{"wam_"};
    static constexpr int kRandomBytes = 30;
    static constexpr int kKeyLength = 4 + 40;

    // A fresh key from libsodium's CSPRNG.
    static QString generate();
    // True if `key` has the shape generate() produces (prefix, length, alphabet). A cheap filter
    // before the database lookup; it says nothing about whether the key exists.
    static bool looksValid(const QString &key);
    // SHA-256 of the key's UTF-8 bytes (32 raw bytes). An unkeyed hash is enough here: with 240
    // bits of entropy per key, a leaked hash column cannot be brute-forced back to a key.
    static QByteArray lookupHash(const QString &key);
    // Constant-time equality of two byte strings (their lengths are not treated as secret).
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
};

}
