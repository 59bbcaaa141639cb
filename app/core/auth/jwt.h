#pragma once
// Jwt: HS256 JSON Web Tokens (RFC 7519) for the REST API's bearer auth. Only HS256 is accepted on
// verify: the algorithm is fixed by us, never chosen by the token, which rules out "none" and
// algorithm-confusion attacks. Tokens are compact (header.payload.signature, base64url without
// padding); the header is always {"alg":"HS256","typ":"JWT"}.
#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace core::auth {

struct JwtClaims
{
    QString sub;              // user id
    qint64 iat = 0;           // issued at, seconds since the epoch
    qint64 exp = 0;           // expiry, seconds since the epoch (required on verify)
    std::optional<qint64> nbf; // not before; omitted from the token when unset
    // Further string claims. On sign, names of the registered claims above are ignored here so a
    // caller cannot shadow them; on verify, every other string-valued claim lands here.
    QMap<QString, QString> extra;
};

enum class JwtError {
    None,
    Malformed,     // not three base64url parts, bad JSON, missing/non-numeric exp, ...
    BadAlgorithm,  // header alg is anything but "HS256" (including "none")
    BadSignature,  // HMAC mismatch (wrong secret or tampered header/payload)
    Expired,       // now >= exp (+ clock skew)
    NotYetValid,   // nbf or iat lies in the future (beyond the clock skew)
};

struct JwtVerifyResult
{
    JwtClaims claims;          // meaningful only when ok()
    JwtError error = JwtError::None;
    QString message;           // short, safe to return to a client; never contains the token
    bool ok() const { return error == JwtError::None; }
};

// Immutable after construction, so one instance may be shared by threads.
class Jwt
{
public:
    // An empty secret makes every sign() return an empty string and every verify() fail with
    // BadSignature: an unkeyed HMAC would authenticate nothing.
    explicit Jwt(QByteArray secret, qint64 clockSkewSecs = 0);

    QString sign(const JwtClaims &claims) const;
    JwtVerifyResult verify(const QString &token, qint64 nowSecs) const;

    qint64 clockSkew() const { return m_clockSkewSecs; }
    static QString errorName(JwtError error);

private:
    QByteArray mac(const QByteArray &signingInput) const;

    QByteArray m_secret;
    qint64 m_clockSkewSecs;
};

}
