// ApiKeys: key shape and uniqueness, the lookup hash (checked against Qt's SHA-256) and
// constant-time comparison.
#include "core/auth/apikeys.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using core::auth::ApiKeys;

class TestApiKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedKeysHaveTheDocumentedShape()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString key = ApiKeys::generate();
            QCOMPARE(key.size(), 44);
            QVERIFY(key.startsWith(QStringLiteral("wam_")));
            QVERIFY2(ApiKeys::looksValid(key), qPrintable(key));
            const QByteArray raw = QByteArray::fromBase64(key.mid(4).toLatin1(), QByteArray::Base64UrlEncoding);
            QCOMPARE(raw.size(), 30);
            seen.insert(key);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void looksValidRejects_data()
    {
        QTest::addColumn<QString>("key");
        const QString good = ApiKeys::generate();
        QTest::newRow("empty") << QString();
        QTest::newRow("no prefix") << good.mid(4);
        QTest::newRow("other prefix") << QStringLiteral("wak_") + good.mid(4);
        QTest::newRow("short") << good.left(43);
        QTest::newRow("long") << good + QLatin1Char('A');
        QTest::newRow("std base64 char") << good.left(43) + QLatin1Char('+');
        QTest::newRow("padding") << good.left(43) + QLatin1Char('=');
        QTest::newRow("non ascii") << good.left(43) + QChar(0x00E9);
    }

    void looksValidRejects()
    {
        QFETCH(QString, key);
        QVERIFY(!ApiKeys::looksValid(key));
    }

    void lookupHashIsSha256OfUtf8()
    {
        const QString key = QStringLiteral("wam_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        // echo -n wam_AAAA...A | sha256sum (independent: Qt's SHA-256)
        QCOMPARE(ApiKeys::lookupHash(key), QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256));
        QCOMPARE(ApiKeys::lookupHash(QStringLiteral("abc")).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(ApiKeys::lookupHash(key).size(), 32);
        QVERIFY(ApiKeys::lookupHash(key) != ApiKeys::lookupHash(ApiKeys::generate()));
    }

    void equalConstantTime()
    {
        const QByteArray a = ApiKeys::lookupHash(QStringLiteral("a"));
        QByteArray b = a;
        b.detach();
        QVERIFY(ApiKeys::equalConstantTime(a, b));
        b[31] = char(b[31] ^ 1);
        QVERIFY(!ApiKeys::equalConstantTime(a, b));
        QVERIFY(!ApiKeys::equalConstantTime(a, a.left(31)));
        QVERIFY(!ApiKeys::equalConstantTime(a, QByteArray()));
        QVERIFY(ApiKeys::equalConstantTime(QByteArray(), QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
