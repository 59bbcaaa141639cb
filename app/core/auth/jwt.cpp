#include "core/auth/jwt.h"

#include "core/auth/sodiuminit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <utility>
#include <sodium.h>

namespace core::auth {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// Far above anything we issue; bounds the work an unauthenticated request can cause.
constexpr qsizetype kMaxTokenLength = 8192;
// Doubles represent every integer up to 2^53 exactly; beyond that a "timestamp" is nonsense.
constexpr double kMaxNumericDate = 9007199254740992.0;

const QByteArray &headerPart()
{
    static const QByteArray part = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64);
    return part;
}

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

// Strict decoding: only the url alphabet, no padding, and the canonical encoding of the result, so
// that no two different strings decode to the same signature.
std::optional<QByteArray> decodeBase64Url(const QByteArray &part)
{
    if (part.size() % 4 == 1)
        return std::nullopt;
    for (char c : part) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    QByteArray decoded = QByteArray::fromBase64(part, kB64);
    if (decoded.toBase64(kB64) != part)
        return std::nullopt;
    return decoded;
}

std::optional<qint64> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > kMaxNumericDate)
        return std::nullopt;
    return static_cast<qint64>(std::floor(d));
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

JwtVerifyResult failure(JwtError error, const char *message)
{
    JwtVerifyResult result;
    result.error = error;
    result.message = QString::fromLatin1(message);
    return result;
}

bool isRegisteredClaim(const QString &name)
{
    return name == QLatin1String("sub") || name == QLatin1String("iat") || name == QLatin1String("exp")
        || name == QLatin1String("nbf");
}

}

Jwt::Jwt(QByteArray secret, qint64 clockSkewSecs)
    : m_secret(std::move(secret))
    , m_clockSkewSecs(clockSkewSecs < 0 ? 0 : clockSkewSecs)
{
    ensureSodium();
}

QByteArray Jwt::mac(const QByteArray &signingInput) const
{
    crypto_auth_hmacsha256_state state;
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(m_secret.constData()),
                                static_cast<size_t>(m_secret.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                  static_cast<unsigned long long>(signingInput.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

QString Jwt::sign(const JwtClaims &claims) const
{
    if (m_secret.isEmpty())
        return {};
    QJsonObject payload;
    for (auto it = claims.extra.cbegin(); it != claims.extra.cend(); ++it) {
        if (!isRegisteredClaim(it.key()))
            payload.insert(it.key(), it.value());
    }
    payload.insert(QStringLiteral("sub"), claims.sub);
    payload.insert(QStringLiteral("iat"), claims.iat);
    payload.insert(QStringLiteral("exp"), claims.exp);
    if (claims.nbf)
        payload.insert(QStringLiteral("nbf"), *claims.nbf);

    const QByteArray signingInput =
        headerPart() + '.' + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kB64);
    return QString::fromLatin1(signingInput + '.' + mac(signingInput).toBase64(kB64));
}

JwtVerifyResult Jwt::verify(const QString &token, qint64 nowSecs) const
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return failure(JwtError::Malformed, "token is empty or too long");
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return failure(JwtError::Malformed, "token must have exactly three parts");

    const std::optional<QByteArray> headerJson = decodeBase64Url(parts[0]);
    const std::optional<QByteArray> payloadJson = decodeBase64Url(parts[1]);
    const std::optional<QByteArray> signature = decodeBase64Url(parts[2]);
    if (!headerJson || !payloadJson || !signature)
        return failure(JwtError::Malformed, "token part is not base64url");

    const std::optional<QJsonObject> header = parseObject(*headerJson);
    if (!header)
        return failure(JwtError::Malformed, "token header is not a JSON object");
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return failure(JwtError::BadAlgorithm, "token algorithm must be HS256");
    const QJsonValue typ = header->value(QLatin1String("typ"));
    if (!typ.isUndefined() && typ.toString().compare(QLatin1String("JWT"), Qt::CaseInsensitive) != 0)
        return failure(JwtError::Malformed, "token type must be JWT");

    // The signature is checked before anything in the payload is believed.
    if (m_secret.isEmpty())
        return failure(JwtError::BadSignature, "no token secret configured");
    const QByteArray expected = mac(parts[0] + '.' + parts[1]);
    if (signature->size() != expected.size()
        || sodium_memcmp(signature->constData(), expected.constData(), static_cast<size_t>(expected.size())) != 0) {
        return failure(JwtError::BadSignature, "token signature is invalid");
    }

    const std::optional<QJsonObject> payload = parseObject(*payloadJson);
    if (!payload)
        return failure(JwtError::Malformed, "token payload is not a JSON object");

    JwtVerifyResult result;
    const std::optional<qint64> exp = numericDate(payload->value(QLatin1String("exp")));
    if (!exp)
        return failure(JwtError::Malformed, "token exp is missing or not a number");
    result.claims.exp = *exp;

    const QJsonValue sub = payload->value(QLatin1String("sub"));
    if (!sub.isUndefined() && !sub.isString())
        return failure(JwtError::Malformed, "token sub is not a string");
    result.claims.sub = sub.toString();

    // iat and nbf are optional, but when present they must be numbers and not in the future: a
    // token "issued" later than now was not issued by this clock.
    std::optional<qint64> iat;
    std::optional<qint64> nbf;
    for (auto [name, date] : {std::pair{"iat", &iat}, std::pair{"nbf", &nbf}}) {
        const QJsonValue value = payload->value(QLatin1String(name));
        if (value.isUndefined())
            continue;
        *date = numericDate(value);
        if (!*date)
            return failure(JwtError::Malformed, "token iat/nbf is not a number");
        if (**date > nowSecs + m_clockSkewSecs)
            return failure(JwtError::NotYetValid, "token is not valid yet");
    }
    result.claims.iat = iat.value_or(0);
    result.claims.nbf = nbf;
    if (nowSecs - m_clockSkewSecs >= *exp)
        return failure(JwtError::Expired, "token has expired");

    for (auto it = payload->constBegin(); it != payload->constEnd(); ++it) {
        if (!isRegisteredClaim(it.key()) && it.value().isString())
            result.claims.extra.insert(it.key(), it.value().toString());
    }
    return result;
}

QString Jwt::errorName(JwtError error)
{
    switch (error) {
    case JwtError::None: return QStringLiteral("none");
    case JwtError::Malformed: return QStringLiteral("malformed");
    case JwtError::BadAlgorithm: return QStringLiteral("bad_algorithm");
    case JwtError::BadSignature: return QStringLiteral("bad_signature");
    case JwtError::Expired: return QStringLiteral("expired");
    case JwtError::NotYetValid: return QStringLiteral("not_yet_valid");
    }
    return QStringLiteral("unknown");
}

}
