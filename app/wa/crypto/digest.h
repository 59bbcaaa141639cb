#pragma once
// SHA-256 and HMAC-SHA256 over OpenSSL 3. One-shot helpers for the common case and an
// incremental HMAC for callers that stream (the libsignal crypto provider).
#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace wa::crypto {

inline constexpr qsizetype Sha256Size = 32;

QByteArray sha256(QByteArrayView data);
QByteArray sha512(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// Constant-time comparison for MACs and keys; false when the sizes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

class HmacSha256
{
public:
    explicit HmacSha256(QByteArrayView key);
    ~HmacSha256();
    HmacSha256(const HmacSha256 &) = delete;
    HmacSha256 &operator=(const HmacSha256 &) = delete;

    // False once any OpenSSL call failed; final() then returns an empty array.
    bool isValid() const { return m_ok; }
    void update(QByteArrayView data);
    QByteArray final();

private:
    struct State;
    std::unique_ptr<State> m_state;
    bool m_ok = false;
};

} // namespace wa::crypto
