// RateLimiter: sliding window, Retry-After rounding, reset, independence of keys, pruning and the
// bound on tracked keys. Time is passed in explicitly, so nothing here sleeps.
#include "core/auth/ratelimiter.h"

#include <QTest>

using core::auth::RateLimiter;

namespace {
const QString kIp = QStringLiteral("login:10.0.0.1");
const QString kOther = QStringLiteral("login:10.0.0.2");
}

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowsUpToTheLimit()
    {
        RateLimiter limiter(3, 60);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.retryAfter(kIp, 1000 + i), std::nullopt);
            limiter.recordFailure(kIp, 1000 + i);
        }
        QCOMPARE(limiter.retryAfter(kIp, 1003), std::optional<int>(60));
        QCOMPARE(limiter.retryAfter(kOther, 1003), std::nullopt);
    }

    void slidingWindow()
    {
        RateLimiter limiter(3, 60);
        limiter.recordFailure(kIp, 0);
        limiter.recordFailure(kIp, 10'000);
        limiter.recordFailure(kIp, 20'000);
        QCOMPARE(limiter.retryAfter(kIp, 20'000), std::optional<int>(40));   // until t=60s
        QCOMPARE(limiter.retryAfter(kIp, 59'001), std::optional<int>(1));    // rounds up
        QCOMPARE(limiter.retryAfter(kIp, 59'999), std::optional<int>(1));
        QCOMPARE(limiter.retryAfter(kIp, 60'000), std::nullopt);             // first one left
        limiter.recordFailure(kIp, 60'000);
        // Now 10s, 20s, 60s count: blocked until the 10s failure leaves at 70s.
        QCOMPARE(limiter.retryAfter(kIp, 60'000), std::optional<int>(10));
        QCOMPARE(limiter.retryAfter(kIp, 69'999), std::optional<int>(1));
        QCOMPARE(limiter.retryAfter(kIp, 70'000), std::nullopt);
    }

    void failuresWhileBlockedExtendTheBlock()
    {
        RateLimiter limiter(2, 10);
        limiter.recordFailure(kIp, 0);
        limiter.recordFailure(kIp, 1000);
        limiter.recordFailure(kIp, 5000);  // e.g. a client that ignores Retry-After
        limiter.recordFailure(kIp, 9000);
        QCOMPARE(limiter.retryAfter(kIp, 9000), std::optional<int>(6));  // 5s failure leaves at 15s
    }

    void resetForgets()
    {
        RateLimiter limiter(2, 60);
        limiter.recordFailure(kIp, 0);
        limiter.recordFailure(kIp, 0);
        limiter.recordFailure(kOther, 0);
        limiter.recordFailure(kOther, 0);
        QVERIFY(limiter.retryAfter(kIp, 1));
        limiter.reset(kIp);
        QCOMPARE(limiter.retryAfter(kIp, 1), std::nullopt);
        QVERIFY(limiter.retryAfter(kOther, 1));  // other keys untouched
        limiter.reset(QStringLiteral("never seen"));
        QCOMPARE(limiter.trackedKeys(), 1);
    }

    void idleKeysArePruned()
    {
        RateLimiter limiter(5, 1);
        for (int i = 0; i < 1000; ++i)
            limiter.recordFailure(QStringLiteral("k%1").arg(i), i);
        QCOMPARE(limiter.trackedKeys(), 1000);
        // At t=1500 the keys that failed at or before t=500 left the window.
        limiter.recordFailure(QStringLiteral("late"), 1500);
        QCOMPARE(limiter.trackedKeys(), 499 + 1);
        QCOMPARE(limiter.retryAfter(QStringLiteral("late"), 5000), std::nullopt);
        QCOMPARE(limiter.trackedKeys(), 0);
    }

    void keyCapEvictsTheOldest()
    {
        RateLimiter limiter(1, 3600, 3);
        limiter.recordFailure(QStringLiteral("a"), 0);
        limiter.recordFailure(QStringLiteral("b"), 1);
        limiter.recordFailure(QStringLiteral("c"), 2);
        limiter.recordFailure(QStringLiteral("a"), 3);  // "a" becomes the most recent
        limiter.recordFailure(QStringLiteral("d"), 4);  // evicts "b"
        QCOMPARE(limiter.trackedKeys(), 3);
        QCOMPARE(limiter.retryAfter(QStringLiteral("b"), 5), std::nullopt);
        QVERIFY(limiter.retryAfter(QStringLiteral("a"), 5));
        QVERIFY(limiter.retryAfter(QStringLiteral("c"), 5));
        QVERIFY(limiter.retryAfter(QStringLiteral("d"), 5));
    }

    void defaultCapHoldsUnderAFlood()
    {
        RateLimiter limiter(5, 3600);
        QCOMPARE(RateLimiter::kDefaultMaxKeys, 100000);
        for (int i = 0; i < 120000; ++i)
            limiter.recordFailure(QString::number(i), i);
        QCOMPARE(limiter.trackedKeys(), 100000);
        QCOMPARE(limiter.retryAfter(QStringLiteral("0"), 120000), std::nullopt);   // evicted
        limiter.recordFailure(QStringLiteral("119999"), 120000);
        limiter.recordFailure(QStringLiteral("119999"), 120000);
        limiter.recordFailure(QStringLiteral("119999"), 120000);
        limiter.recordFailure(QStringLiteral("119999"), 120000);
        QVERIFY(limiter.retryAfter(QStringLiteral("119999"), 120000));
    }

    void perKeyMemoryIsBounded()
    {
        RateLimiter limiter(3, 60);
        for (int i = 0; i < 10000; ++i)
            limiter.recordFailure(kIp, 1000);
        QCOMPARE(limiter.retryAfter(kIp, 1000), std::optional<int>(60));
        QCOMPARE(limiter.retryAfter(kIp, 61'000), std::nullopt);
    }

    void clampsNonsenseParameters()
    {
        RateLimiter limiter(0, 0, 0);
        QCOMPARE(limiter.maxAttempts(), 1);
        QCOMPARE(limiter.windowSecs(), 1);
        limiter.recordFailure(kIp, 0);
        QCOMPARE(limiter.retryAfter(kIp, 0), std::optional<int>(1));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
