// QR payload format (fixed keys, expected strings written out by hand from the format) and the
// rotation schedule, both as a pure function and driven by PairingQrRotation's timer.
#include "wa/client/pairingqr.h"
#include "wa/client/pairingqrrotation.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace wa::client;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QByteArray range(int from)
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes += char(from + i);
    return bytes;
}

QrKeys fixedKeys()
{
    return QrKeys {range(0), range(32), range(64)};
}

const QString NoiseB64 = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
const QString IdentityB64 = QStringLiteral("ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=");
const QString AdvB64 = QStringLiteral("QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=");

} // namespace

class TestPairingQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentFormat()
    {
        auto qr = buildQrString(QStringLiteral("2@abc+/=="), fixedKeys(), companionPlatformId(CompanionWebClient::Chrome));
        QVERIFY2(qr.ok(), qPrintable(qr.error().toString()));
        QCOMPARE(*qr, QStringLiteral("https://wa.me/settings/linked_devices#2@abc+/==,") + NoiseB64 + u',' + IdentityB64
                          + u',' + AdvB64 + QStringLiteral(",1"));
        QCOMPARE(*buildQrString(QStringLiteral("r"), fixedKeys(), companionPlatformId(CompanionWebClient::Uwp)),
                 QStringLiteral("https://wa.me/settings/linked_devices#r,") + NoiseB64 + u',' + IdentityB64 + u','
                     + AdvB64 + QStringLiteral(",8"));
    }

    void legacyFormat()
    {
        auto qr = buildLegacyQrString(QStringLiteral("ref1"), fixedKeys());
        QVERIFY(qr.ok());
        QCOMPARE(*qr, QStringLiteral("ref1,") + NoiseB64 + u',' + IdentityB64 + u',' + AdvB64);
    }

    void rejectsBadInput()
    {
        QrKeys keys = fixedKeys();
        QCOMPARE(buildQrString(QString(), keys).error().code, PairingErrorCode::InvalidArgument);
        QCOMPARE(buildQrString(QStringLiteral("a,b"), keys).error().code, PairingErrorCode::InvalidArgument);
        QCOMPARE(buildQrString(QStringLiteral("a"), keys, QString()).error().code, PairingErrorCode::InvalidArgument);
        keys.identityPublicKey.prepend('\x05'); // Signal form is not what the QR carries
        QCOMPARE(buildQrString(QStringLiteral("a"), keys).error().code, PairingErrorCode::InvalidArgument);
        keys = fixedKeys();
        keys.advSecret.chop(1);
        QCOMPARE(buildLegacyQrString(QStringLiteral("a"), keys).error().code, PairingErrorCode::InvalidArgument);
    }

    void timingTable_data()
    {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("index");
        QTest::newRow("start") << qint64(0) << 0;
        QTest::newRow("first, last ms") << qint64(59'999) << 0;
        QTest::newRow("second begins") << qint64(60'000) << 1;
        QTest::newRow("second, last ms") << qint64(79'999) << 1;
        QTest::newRow("third") << qint64(80'000) << 2;
        QTest::newRow("sixth") << qint64(140'000) << 5;
        QTest::newRow("sixth, last ms") << qint64(159'999) << 5;
        QTest::newRow("exhausted") << qint64(160'000) << -1;
        QTest::newRow("before start") << qint64(-1) << -1;
    }

    void timingTable()
    {
        QFETCH(qint64, elapsedMs);
        QFETCH(int, index);
        QCOMPARE(qrIndexAt(6, std::chrono::milliseconds(elapsedMs)), qsizetype(index));
        const QStringList refs {u"r0"_s, u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s};
        QCOMPARE(qrRefAt(refs, std::chrono::milliseconds(elapsedMs)), index < 0 ? QString() : refs.at(index));
    }

    void timingValues()
    {
        QCOMPARE(FirstQrLifetime, 60s);
        QCOMPARE(NextQrLifetime, 20s);
        QCOMPARE(qrLifetime(0), 60s);
        QCOMPARE(qrLifetime(1), 20s);
        QCOMPARE(qrStartTime(0), 0s);
        QCOMPARE(qrStartTime(1), 60s);
        QCOMPARE(qrStartTime(5), 140s);
        QCOMPARE(qrIndexAt(0, 0ms), qsizetype(-1));
        // Baileys' qrTimeout: one lifetime for all.
        const QrTiming uniform {30s, 30s};
        QCOMPARE(qrIndexAt(3, 59s, uniform), qsizetype(1));
        QCOMPARE(qrIndexAt(3, 90s, uniform), qsizetype(-1));
    }

    void rotationEmitsEveryRefThenExhausts()
    {
        PairingQrRotation rotation({u"r0"_s, u"r1"_s, u"r2"_s}, fixedKeys(), u"1"_s);
        rotation.setTiming({120ms, 40ms});
        QSignalSpy changed(&rotation, &PairingQrRotation::qrChanged);
        QSignalSpy exhausted(&rotation, &PairingQrRotation::refsExhausted);
        QElapsedTimer clock;
        clock.start();
        rotation.start();
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).toString().contains(u"#r0,"_s));
        QVERIFY(rotation.isActive());
        QVERIFY(exhausted.wait(5000));
        const qint64 total = clock.elapsed();
        QCOMPARE(changed.count(), 3);
        QVERIFY(changed.at(1).at(0).toString().contains(u"#r1,"_s));
        QVERIFY(changed.at(2).at(0).toString().contains(u"#r2,"_s));
        QVERIFY2(total >= 200, qPrintable(QString::number(total))); // 120 + 40 + 40
        QVERIFY(rotation.currentQr().isEmpty());
        QVERIFY(!rotation.isActive());
    }

    void rotationWithBadKeysExhaustsAtOnce()
    {
        QrKeys keys = fixedKeys();
        keys.noisePublicKey.clear();
        PairingQrRotation rotation({u"r0"_s}, keys, u"1"_s);
        QSignalSpy exhausted(&rotation, &PairingQrRotation::refsExhausted);
        rotation.start();
        QCOMPARE(exhausted.count(), 1);
        QVERIFY(rotation.currentQr().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPairingQr)
#include "tst_qr.moc"
