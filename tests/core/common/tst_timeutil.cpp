// Timestamps: our integer formatter agrees with QDateTime over a wide range; parsing accepts the
// API's formats and rejects garbage.
#include "core/common/timeutil.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

class TstTimeUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatterAgreesWithQt()
    {
        QList<qint64> samples{0, -1, 1, 86399999, 86400000, 951782400000 /*2000-02-29*/, 4102444799999 /*2099-12-31*/,
                              253402300799999 /*9999-12-31*/, -62135596800000 /*0001-01-01*/, 1672531200000};
        QRandomGenerator rng(42);
        for (int i = 0; i < 20000; ++i)
            samples << rng.bounded(qint64(-62135596800000), qint64(253402300799999));
        for (qint64 ms : samples) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            QCOMPARE(core::isoFromMs(ms), expected);
            QCOMPARE(core::dayFromMs(ms), expected.left(10));
        }
    }
    void parsing()
    {
        QCOMPARE(core::msFromIso(QStringLiteral("2023-01-01T12:00:00.000Z")), std::optional<qint64>(1672574400000));
        QCOMPARE(core::msFromIso(QStringLiteral("2023-01-01")), std::optional<qint64>(1672531200000));
        QCOMPARE(core::msFromIso(QStringLiteral("2023-01-01T15:00:00+03:00")), std::optional<qint64>(1672574400000));
        QCOMPARE(core::msFromIso(QStringLiteral("2023-01-01T12:00:00")), std::optional<qint64>(1672574400000)); // UTC
        for (const char *bad : {"", "yesterday", "2023-13-01", "2023-01-01T25:00:00Z", "1672531200"})
            QVERIFY2(!core::msFromIso(QLatin1String(bad)), bad);
        QCOMPARE(core::firstDayOfSpan(1672574400000, 7), QStringLiteral("2022-12-26"));
    }
};

QTEST_GUILESS_MAIN(TstTimeUtil)
#include "tst_timeutil.moc"
