// Webhook payloads (exact bytes of both formats), the notify filter, the signature (fixed vectors,
// one of them RFC 4231's, the others computed with Python's hmac) and the retry delays.
#include "core/webhooks/backoff.h"
#include "core/webhooks/payloads.h"
#include "core/webhooks/signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using core::webhooks::Backoff;
using core::webhooks::NotifyFlag;
using core::webhooks::Payloads;
using core::webhooks::Signature;

namespace {
constexpr qint64 k15h = 1672585200000; // 2023-01-01T15:00:00.000Z
}

class TstWebhookPayloads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardPayloadBytes()
    {
        // instanceId is always the row's instance, whatever the caller put there.
        const QByteArray body = Payloads::standard(
            QStringLiteral("i1"), QStringLiteral("webhook_updated"),
            {{QStringLiteral("instanceId"), QStringLiteral("someone-else")}, {QStringLiteral("timestamp"), QStringLiteral("2023-01-01T15:00:00.000Z")}},
            k15h);
        QCOMPARE(body, QByteArray(R"({"event":"webhook_updated","data":{"instanceId":"i1","timestamp":"2023-01-01T15:00:00.000Z"},"timestamp":"2023-01-01T15:00:00.000Z"})"));
        // Strings are escaped, non-ASCII stays UTF-8.
        const QByteArray tricky = Payloads::standard(QStringLiteral("i\"2"), QStringLiteral("message_received"),
                                                     {{QStringLiteral("body"), QStringLiteral("a\nb\\c \u00e9")}}, k15h);
        QCOMPARE(tricky, QByteArray("{\"event\":\"message_received\",\"data\":{\"body\":\"a\\nb\\\\c \xc3\xa9\",\"instanceId\":\"i\\\"2\"},"
                                    "\"timestamp\":\"2023-01-01T15:00:00.000Z\"}"));
        QVERIFY(QJsonDocument::fromJson(tricky).isObject());
    }

    void legacyPayloadBytes()
    {
        QCOMPARE(Payloads::legacy(QStringLiteral("i1"), QStringLiteral("connected"), {{QStringLiteral("instanceId"), QStringLiteral("i1")}}, k15h),
                 QByteArray(R"({"event":"connection.open","instanceId":"i1","data":{"connection":"open"},"timestamp":"2023-01-01T15:00:00.000Z"})"));
        QCOMPARE(Payloads::legacy(QStringLiteral("i1"), QStringLiteral("disconnected"),
                                  {{QStringLiteral("instanceId"), QStringLiteral("i1")}, {QStringLiteral("reason"), QStringLiteral("logout")},
                                   {QStringLiteral("willReconnect"), false}},
                                  k15h),
                 QByteArray(R"({"event":"connection.close","instanceId":"i1","data":{"connection":"close","reason":"logout","willReconnect":false},"timestamp":"2023-01-01T15:00:00.000Z"})"));
        QCOMPARE(Payloads::legacy(QStringLiteral("i1"), QStringLiteral("qr_received"),
                                  {{QStringLiteral("instanceId"), QStringLiteral("i1")}, {QStringLiteral("qrCode"), QStringLiteral("2@abc")}}, k15h),
                 QByteArray(R"({"event":"qr.update","instanceId":"i1","data":{"qr":"2@abc"},"timestamp":"2023-01-01T15:00:00.000Z"})"));
        QCOMPARE(Payloads::legacy(QStringLiteral("i1"), QStringLiteral("message_received"),
                                  {{QStringLiteral("messageId"), QStringLiteral("m1")}, {QStringLiteral("from"), QStringLiteral("1@s.whatsapp.net")},
                                   {QStringLiteral("body"), QStringLiteral("hi")}},
                                  k15h),
                 QByteArray(R"({"event":"message.received","instanceId":"i1","data":{"body":"hi","from":"1@s.whatsapp.net","messageId":"m1"},"timestamp":"2023-01-01T15:00:00.000Z"})"));
        QCOMPARE(Payloads::legacyEvent(QStringLiteral("message_sent")), QStringLiteral("message.sent"));
        QCOMPARE(Payloads::legacyEvent(QStringLiteral("webhook_test")), QStringLiteral("webhook.test"));
        // The legacy API has no such events: nothing is built.
        for (const char *type : {"message_status", "limit_exceeded", "webhook_updated", "something_else"}) {
            QVERIFY2(Payloads::legacyEvent(QLatin1String(type)).isNull(), type);
            QVERIFY2(Payloads::legacy(QStringLiteral("i1"), QLatin1String(type), {}, k15h).isEmpty(), type);
        }
    }

    void notifyFlags()
    {
        auto status = [](const char *s) { return QJsonObject{{QStringLiteral("status"), QLatin1String(s)}}; };
        QCOMPARE(Payloads::notifyFlag(QStringLiteral("message_received"), {}), NotifyFlag::Received);
        QCOMPARE(Payloads::notifyFlag(QStringLiteral("message_sent"), {}), NotifyFlag::Sent);
        QCOMPARE(Payloads::notifyFlag(QStringLiteral("message_status"), status("delivered")), NotifyFlag::Delivery);
        QCOMPARE(Payloads::notifyFlag(QStringLiteral("message_status"), status("failed")), NotifyFlag::Delivery);
        QCOMPARE(Payloads::notifyFlag(QStringLiteral("message_status"), status("read")), NotifyFlag::Read);
        QCOMPARE(Payloads::notifyFlag(QStringLiteral("message_status"), status("PLAYED")), NotifyFlag::Read);
        for (const char *type : {"connected", "disconnected", "qr_received", "limit_exceeded", "webhook_updated", "webhook_test"})
            QCOMPARE(Payloads::notifyFlag(QLatin1String(type), status("read")), NotifyFlag::Always);
    }

    void eventNames()
    {
        QVERIFY(Payloads::isValidEventName(QStringLiteral("message_received")));
        QVERIFY(Payloads::isValidEventName(QStringLiteral("connection.open")));
        QVERIFY(!Payloads::isValidEventName(QString()));
        QVERIFY(!Payloads::isValidEventName(QStringLiteral("Message")));
        QVERIFY(!Payloads::isValidEventName(QStringLiteral("a b")));
        QVERIFY(!Payloads::isValidEventName(QStringLiteral("x\"y")));
        QVERIFY(!Payloads::isValidEventName(QString(65, QLatin1Char('a'))));
        QVERIFY(Payloads::isValidEventName(QString(64, QLatin1Char('a'))));
    }

    void signatureVectors()
    {
        // RFC 4231, test case 2.
        QCOMPARE(Signature::sign("Jefe", "what do ya want for nothing?"),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // Our payload bytes, signed by Python: hmac.new(secret, body, hashlib.sha256).hexdigest().
        const QByteArray body = Payloads::standard(QStringLiteral("i1"), QStringLiteral("webhook_updated"),
                                                   {{QStringLiteral("timestamp"), QStringLiteral("2023-01-01T15:00:00.000Z")}}, k15h);
        QCOMPARE(Signature::sign("whsec-test-0123456789", body),
                 QByteArray("df9b978a0596a6675c47ca26247b9b91d15ba8dd03afbf038359e61530703d1f"));
        // UTF-8 in the secret and in the body.
        const QByteArray utf8 = Payloads::standard(QStringLiteral("i1"), QStringLiteral("message_received"),
                                                   {{QStringLiteral("body"), QStringLiteral("Ol\u00e1 \u2013 \U0001F600")}}, k15h);
        QCOMPARE(utf8, QByteArray("{\"event\":\"message_received\",\"data\":{\"body\":\"Ol\xc3\xa1 \xe2\x80\x93 \xf0\x9f\x98\x80\","
                                  "\"instanceId\":\"i1\"},\"timestamp\":\"2023-01-01T15:00:00.000Z\"}"));
        QCOMPARE(Signature::sign(QStringLiteral("s\u00e9cret").toUtf8(), utf8),
                 QByteArray("97b965e4e84dbbcdb8469c18b68c276ff588566e371e946bce3ffa8a5e408eea"));

        QVERIFY(Signature::verify("whsec-test-0123456789", body, "DF9B978A0596A6675C47CA26247B9B91D15BA8DD03AFBF038359E61530703D1F"));
        QVERIFY(!Signature::verify("whsec-test-0123456789", body + " ", "df9b978a0596a6675c47ca26247b9b91d15ba8dd03afbf038359e61530703d1f"));
        QVERIFY(!Signature::verify("other-secret", body, "df9b978a0596a6675c47ca26247b9b91d15ba8dd03afbf038359e61530703d1f"));
        QVERIFY(!Signature::verify("whsec-test-0123456789", body, "df9b"));
    }

    void backoffGrowsAndIsCapped()
    {
        // Nominal: retryInterval, x2 each time, capped at 1 h.
        QCOMPARE(Backoff::nominalMs(1, 60000), qint64(60000));
        QCOMPARE(Backoff::nominalMs(2, 60000), qint64(120000));
        QCOMPARE(Backoff::nominalMs(3, 60000), qint64(240000));
        QCOMPARE(Backoff::nominalMs(6, 60000), qint64(1920000));
        QCOMPARE(Backoff::nominalMs(7, 60000), qint64(3600000));
        QCOMPARE(Backoff::nominalMs(50, 60000), qint64(3600000));
        QCOMPARE(Backoff::nominalMs(1000000, 1000), qint64(3600000)); // no overflow
        // An interval longer than the cap is used as is.
        QCOMPARE(Backoff::nominalMs(5, 86'400'000), qint64(86'400'000));
        // Jitter: +-20 % around the nominal delay.
        QCOMPARE(Backoff::delayMs(1, 1000, 0.0), qint64(800));
        QCOMPARE(Backoff::delayMs(1, 1000, 0.5), qint64(1000));
        QCOMPARE(Backoff::delayMs(3, 1000, 0.75), qint64(4400));
        QCOMPARE(Backoff::delayMs(2, 1000, 0.999999), qint64(2400));
        QCOMPARE(Backoff::delayMs(1, 1000, -5.0), qint64(800)); // out-of-range randoms are clamped
        QCOMPARE(Backoff::delayMs(1, 1000, 7.0), qint64(1200));
        // Monotonic in the number of failures for a fixed random value.
        qint64 last = 0;
        for (int n = 1; n <= 20; ++n) {
            const qint64 d = Backoff::delayMs(n, 1500, 0.3);
            QVERIFY(d >= last);
            last = d;
        }
    }
};

QTEST_GUILESS_MAIN(TstWebhookPayloads)
#include "tst_webhookpayloads.moc"
