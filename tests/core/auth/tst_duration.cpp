// parseDuration: the JWT_EXPIRATION syntax, table-driven.
#include "core/auth/duration.h"

#include <QTest>

using core::auth::parseDuration;

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("plain") << QStringLiteral("3600") << qint64(3600);
        QTest::newRow("one") << QStringLiteral("1") << qint64(1);
        QTest::newRow("s") << QStringLiteral("45s") << qint64(45);
        QTest::newRow("m") << QStringLiteral("30m") << qint64(1800);
        QTest::newRow("h") << QStringLiteral("24h") << qint64(86400);
        QTest::newRow("d") << QStringLiteral("7d") << qint64(604800);
        QTest::newRow("w") << QStringLiteral("1w") << qint64(604800);
        QTest::newRow("leading zeros") << QStringLiteral("007m") << qint64(420);
        QTest::newRow("whitespace") << QStringLiteral("  12h\n") << qint64(43200);
        QTest::newRow("100 years in days") << QStringLiteral("36600d") << core::auth::kMaxDurationSecs;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(parseDuration(text), std::optional<qint64>(seconds));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("zero with unit") << QStringLiteral("0h");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("negative with unit") << QStringLiteral("-1h");
        QTest::newRow("plus sign") << QStringLiteral("+5m");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("unknown unit") << QStringLiteral("10x");
        QTest::newRow("unit only") << QStringLiteral("h");
        QTest::newRow("fraction") << QStringLiteral("1.5h");
        QTest::newRow("two units") << QStringLiteral("1h30m");
        QTest::newRow("unit first") << QStringLiteral("h24");
        QTest::newRow("inner space") << QStringLiteral("24 h");
        QTest::newRow("upper case") << QStringLiteral("24H");
        QTest::newRow("ms") << QStringLiteral("10ms");
        QTest::newRow("hex") << QStringLiteral("0x10");
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662");
        QTest::newRow("overflow plain") << QStringLiteral("99999999999999999999");
        QTest::newRow("overflow with unit") << QStringLiteral("9223372036854775807w");
        QTest::newRow("beyond 100 years") << QStringLiteral("36601d");
        QTest::newRow("beyond 100 years in s") << QStringLiteral("999999999999");
    }

    void rejected()
    {
        QFETCH(QString, text);
        QCOMPARE(parseDuration(text), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
