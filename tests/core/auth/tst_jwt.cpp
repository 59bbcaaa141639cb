// Jwt: a known-answer vector computed with an independent implementation (node:crypto createHmac,
// cross-checked with python3 hmac), tampering, algorithm confusion, time checks and garbage input.
#include "core/auth/jwt.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using core::auth::Jwt;
using core::auth::JwtClaims;
using core::auth::JwtError;

namespace {

const QByteArray kSecret = "wamulti-test-secret-0123456789abcdef";
// node -e: base64url(JSON header) + "." + base64url('{"exp":1700003600,"iat":1700000000,
// "role":"admin","sub":"42"}'), HMAC-SHA256 with kSecret, base64url signature.
const QString kVector = QStringLiteral(
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJleHAiOjE3MDAwMDM2MDAsImlhdCI6MTcwMDAwMDAwMCwicm9sZSI6ImFkbWluIiwic3ViIjoiNDIifQ."
    "tpFan6cjaMKZH5ZcTalTP1O04EntM1IrDubKdIdWjpQ");
const QString kAlgNone = QStringLiteral(
    "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
    "eyJleHAiOjE3MDAwMDM2MDAsImlhdCI6MTcwMDAwMDAwMCwicm9sZSI6ImFkbWluIiwic3ViIjoiNDIifQ.");
// Same payload, header alg HS512, signed with HMAC-SHA512 under kSecret (node).
const QString kHs512 = QStringLiteral(
    "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9."
    "eyJleHAiOjE3MDAwMDM2MDAsImlhdCI6MTcwMDAwMDAwMCwicm9sZSI6ImFkbWluIiwic3ViIjoiNDIifQ."
    "QZwCYglsh64iry6Dy5-Bv81w4128yq1pPmPjFtkqy_zvXLv0wETqANE-WRE79hM2er_zu6smdByCbAkZIP3xRA");
constexpr qint64 kIat = 1700000000;
constexpr qint64 kExp = 1700003600;

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Signs arbitrary header/payload JSON with Qt's own HMAC, to reach checks behind the signature.
QString craft(const QByteArray &headerJson, const QByteArray &payloadJson, const QByteArray &secret = kSecret)
{
    const QByteArray input = b64(headerJson) + '.' + b64(payloadJson);
    return QString::fromLatin1(
        input + '.' + b64(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)));
}

const QByteArray kHeader = R"({"alg":"HS256","typ":"JWT"})";

}

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signMatchesKnownAnswer()
    {
        JwtClaims claims;
        claims.sub = QStringLiteral("42");
        claims.iat = kIat;
        claims.exp = kExp;
        claims.extra.insert(QStringLiteral("role"), QStringLiteral("admin"));
        QCOMPARE(Jwt(kSecret).sign(claims), kVector);
    }

    void verifyKnownAnswer()
    {
        const auto result = Jwt(kSecret).verify(kVector, kIat + 10);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.claims.sub, QStringLiteral("42"));
        QCOMPARE(result.claims.iat, kIat);
        QCOMPARE(result.claims.exp, kExp);
        QCOMPARE(result.claims.nbf, std::nullopt);
        QCOMPARE(result.claims.extra.value(QStringLiteral("role")), QStringLiteral("admin"));
        QCOMPARE(result.claims.extra.size(), 1);
    }

    void roundTripWithNbfAndReservedExtras()
    {
        JwtClaims claims;
        claims.sub = QStringLiteral("user-7");
        claims.iat = 100;
        claims.exp = 200;
        claims.nbf = 150;
        claims.extra.insert(QStringLiteral("sub"), QStringLiteral("admin"));  // must not shadow sub
        claims.extra.insert(QStringLiteral("scope"), QStringLiteral("instances:read"));
        const Jwt jwt("another secret");
        const QString token = jwt.sign(claims);
        const auto ok = jwt.verify(token, 160);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QCOMPARE(ok.claims.sub, QStringLiteral("user-7"));
        QCOMPARE(ok.claims.nbf, std::optional<qint64>(150));
        QCOMPARE(ok.claims.extra.value(QStringLiteral("scope")), QStringLiteral("instances:read"));
        QVERIFY(!ok.claims.extra.contains(QStringLiteral("sub")));
        QCOMPARE(jwt.verify(token, 149).error, JwtError::NotYetValid);
    }

    void rejectsTampering_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("error");
        const QStringList parts = kVector.split(QLatin1Char('.'));
        // Payload with "sub":"43" instead of "42", original signature.
        const QByteArray forged = b64(R"({"exp":1700003600,"iat":1700000000,"role":"admin","sub":"43"})");
        QTest::newRow("payload") << parts[0] + QLatin1Char('.') + QString::fromLatin1(forged) + QLatin1Char('.') + parts[2]
                                 << int(JwtError::BadSignature);
        QString sig = parts[2];
        sig[5] = sig[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::newRow("signature") << parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.') + sig
                                   << int(JwtError::BadSignature);
        QTest::newRow("short signature") << parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.') + sig.left(40)
                                         << int(JwtError::BadSignature);
        QTest::newRow("empty signature") << parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.')
                                         << int(JwtError::BadSignature);
        // The last character carries 2 unused bits; a different character with the same decoded
        // bytes must not verify (no signature malleability).
        QString nonCanonical = kVector;
        nonCanonical.back() = QLatin1Char('R');
        QTest::newRow("non-canonical base64") << nonCanonical << int(JwtError::Malformed);
        QTest::newRow("wrong secret") << craft(kHeader, R"({"exp":1700003600,"sub":"42"})", "other")
                                      << int(JwtError::BadSignature);
        QTest::newRow("alg none") << kAlgNone << int(JwtError::BadAlgorithm);
        QTest::newRow("alg none, our signature") << kAlgNone + parts[2] << int(JwtError::BadAlgorithm);
        QTest::newRow("alg HS512") << kHs512 << int(JwtError::BadAlgorithm);
        QTest::newRow("alg lower case") << craft(R"({"alg":"hs256"})", R"({"exp":1700003600})")
                                        << int(JwtError::BadAlgorithm);
        QTest::newRow("alg missing") << craft(R"({"typ":"JWT"})", R"({"exp":1700003600})")
                                     << int(JwtError::BadAlgorithm);
        QTest::newRow("typ other") << craft(R"({"alg":"HS256","typ":"JWE"})", R"({"exp":1700003600})")
                                   << int(JwtError::Malformed);
    }

    void rejectsTampering()
    {
        QFETCH(QString, token);
        QFETCH(int, error);
        const auto result = Jwt(kSecret).verify(token, kIat + 10);
        QCOMPARE(int(result.error), error);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.ok());
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("token");
        const QStringList parts = kVector.split(QLatin1Char('.'));
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("garbage");
        QTest::newRow("two parts") << parts[0] + QLatin1Char('.') + parts[1];
        QTest::newRow("four parts") << kVector + QStringLiteral(".AAAA");
        QTest::newRow("dots only") << QStringLiteral("..");
        QTest::newRow("padding") << parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.') + parts[2] + QLatin1Char('=');
        QTest::newRow("std alphabet") << parts[0] + QStringLiteral(".+/+/.") + parts[2];
        QTest::newRow("spaces") << QLatin1Char(' ') + kVector;
        QTest::newRow("non latin1") << kVector + QChar(0x263A);
        QTest::newRow("huge") << QString(10000, QLatin1Char('a')) + QStringLiteral(".a.a");
        QTest::newRow("header not json") << craft("not json", R"({"exp":1700003600})");
        QTest::newRow("header array") << craft(R"(["HS256"])", R"({"exp":1700003600})");
        QTest::newRow("payload not json") << craft(kHeader, "{exp:1}");
        QTest::newRow("payload array") << craft(kHeader, "[1700003600]");
        QTest::newRow("payload string") << craft(kHeader, R"("x")");
        QTest::newRow("exp missing") << craft(kHeader, R"({"sub":"42","iat":1700000000})");
        QTest::newRow("exp string") << craft(kHeader, R"({"sub":"42","exp":"1700003600"})");
        QTest::newRow("exp null") << craft(kHeader, R"({"sub":"42","exp":null})");
        QTest::newRow("exp huge") << craft(kHeader, R"({"sub":"42","exp":1e300})");
        QTest::newRow("sub number") << craft(kHeader, R"({"sub":42,"exp":1700003600})");
        QTest::newRow("iat string") << craft(kHeader, R"({"exp":1700003600,"iat":"x"})");
    }

    void rejectsGarbage()
    {
        QFETCH(QString, token);
        const auto result = Jwt(kSecret).verify(token, kIat + 10);
        QCOMPARE(result.error, JwtError::Malformed);
    }

    void timeChecks()
    {
        const Jwt strict(kSecret);
        QVERIFY(strict.verify(kVector, kExp - 1).ok());
        QCOMPARE(strict.verify(kVector, kExp).error, JwtError::Expired);  // exp is exclusive
        QCOMPARE(strict.verify(kVector, kExp + 86400).error, JwtError::Expired);
        QCOMPARE(strict.verify(kVector, kIat - 1).error, JwtError::NotYetValid);  // iat in the future

        const Jwt lenient(kSecret, 30);
        QCOMPARE(lenient.clockSkew(), qint64(30));
        QVERIFY(lenient.verify(kVector, kExp + 29).ok());
        QCOMPARE(lenient.verify(kVector, kExp + 30).error, JwtError::Expired);
        QVERIFY(lenient.verify(kVector, kIat - 30).ok());
        QCOMPARE(lenient.verify(kVector, kIat - 31).error, JwtError::NotYetValid);

        // A fractional exp is a valid NumericDate (rounded down, so never accepted late).
        QVERIFY(strict.verify(craft(kHeader, R"({"exp":1700003600.5})"), kExp - 1).ok());
    }

    void emptySecretSignsAndVerifiesNothing()
    {
        const Jwt none{QByteArray()};
        JwtClaims claims;
        claims.exp = kExp;
        QVERIFY(none.sign(claims).isEmpty());
        QCOMPARE(none.verify(craft(kHeader, R"({"exp":1700003600})", QByteArray()), kIat).error,
                 JwtError::BadSignature);
    }

    void errorNames()
    {
        QCOMPARE(Jwt::errorName(JwtError::Expired), QStringLiteral("expired"));
        QCOMPARE(Jwt::errorName(JwtError::BadAlgorithm), QStringLiteral("bad_algorithm"));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
