#pragma once
// SecretBox: authenticated encryption of secrets at rest (API keys, webhook secrets, session keys)
// with libsodium's crypto_secretbox (XSalsa20-Poly1305) and a random 24-byte nonce per seal.
// Sealed values are text-safe: "v1:" + base64(nonce || ciphertext+tag). The version prefix lets a
// later format coexist with data already stored.
#include <QByteArray>

#include <array>
#include <optional>

namespace core::secrets {

// Immutable after construction, so one instance may be shared by threads. The key is copied into
// the object (not shared with the caller's QByteArray) and wiped when the object dies.
class SecretBox
{
public:
    static constexpr int kKeyBytes = 32;

    // A key of any size other than kKeyBytes makes an invalid box: seal() returns an empty array
    // and open() nullopt.
    explicit SecretBox(const QByteArray &key);
    SecretBox(const SecretBox &) = default;
    SecretBox &operator=(const SecretBox &) = default;
    ~SecretBox();

    bool isValid() const { return m_valid; }

    QByteArray seal(const QByteArray &plaintext) const;
    // nullopt for a wrong key, any modification, an unknown version or anything that is not a
    // sealed value. Never distinguishes these cases: that would help an attacker, not a caller.
    std::optional<QByteArray> open(const QByteArray &sealed) const;

    // kKeyBytes from libsodium's CSPRNG.
    static QByteArray generateKey();

private:
    std::array<unsigned char, kKeyBytes> m_key{};
    bool m_valid = false;
};

}
