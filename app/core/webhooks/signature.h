#pragma once
// X-Webhook-Signature: the lowercase hex HMAC-SHA256 of the exact request body bytes, keyed with
// the instance's webhook secret (the reference spec's scheme; no prefix, no timestamp). A receiver
// recomputes it over the raw body it received, before parsing it.
#include <QByteArray>

namespace core::webhooks {

class Signature
{
public:
    static QByteArray sign(const QByteArray &secret, const QByteArray &body);
    // Constant-time comparison of a received signature (hex, any case) with the expected one.
    static bool verify(const QByteArray &secret, const QByteArray &body, const QByteArray &signature);
};

} // namespace core::webhooks
