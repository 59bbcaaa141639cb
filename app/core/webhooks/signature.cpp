#include "core/webhooks/signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace core::webhooks {

QByteArray Signature::sign(const QByteArray &secret, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool Signature::verify(const QByteArray &secret, const QByteArray &body, const QByteArray &signature)
{
    const QByteArray expected = sign(secret, body);
    const QByteArray given = signature.trimmed().toLower();
    if (given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return diff == 0;
}

} // namespace core::webhooks
