// PasswordHasher: argon2id hash/verify with libsodium's MIN limits (speed), one run with the
// production INTERACTIVE limits, and the rehash signal when limits change.
#include "core/auth/passwordhasher.h"

#include <QTest>

#include <thread>
#include <vector>

using core::auth::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashAndVerify()
    {
        const PasswordHasher hasher(PasswordHasher::Limits::minimum());
        const QString hash = hasher.hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$v=19$")));
        QVERIFY(hasher.verify(hash, QStringLiteral("correct horse battery staple")));
        QVERIFY(!hasher.verify(hash, QStringLiteral("correct horse battery stapl")));
        QVERIFY(!hasher.verify(hash, QString()));
        QVERIFY(!hasher.needsRehash(hash));
    }

    void saltsDiffer()
    {
        const PasswordHasher hasher(PasswordHasher::Limits::minimum());
        const QString a = hasher.hash(QStringLiteral("pw"));
        const QString b = hasher.hash(QStringLiteral("pw"));
        QVERIFY(a != b);
        QVERIFY(hasher.verify(a, QStringLiteral("pw")));
        QVERIFY(hasher.verify(b, QStringLiteral("pw")));
    }

    void unicodeAndEmptyPasswords()
    {
        const PasswordHasher hasher(PasswordHasher::Limits::minimum());
        const QString pw = QStringLiteral("pässwörd \u263A \U0001F600");
        const QString hash = hasher.hash(pw);
        QVERIFY(hasher.verify(hash, pw));
        QVERIFY(!hasher.verify(hash, QStringLiteral("passwort \u263A \U0001F600")));
        const QString emptyHash = hasher.hash(QString());
        QVERIFY(hasher.verify(emptyHash, QString()));
        QVERIFY(!hasher.verify(emptyHash, QStringLiteral(" ")));
        // An embedded NUL is part of the password, not its end.
        const QString withNul = QStringLiteral("abc") + QChar(0) + QStringLiteral("def");
        const QString nulHash = hasher.hash(withNul);
        QVERIFY(hasher.verify(nulHash, withNul));
        QVERIFY(!hasher.verify(nulHash, QStringLiteral("abc")));
    }

    void garbageHashes_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("password");
        QTest::newRow("prefix only") << QStringLiteral("$argon2id$");
        QTest::newRow("bcrypt") << QStringLiteral("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        QTest::newRow("too long") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$") + QString(500, QLatin1Char('A'));
        QTest::newRow("nul inside") << QStringLiteral("$argon2id$v=19") + QChar(0) + QStringLiteral("x");
    }

    void garbageHashes()
    {
        QFETCH(QString, hash);
        const PasswordHasher hasher(PasswordHasher::Limits::minimum());
        QVERIFY(!hasher.verify(hash, QStringLiteral("password")));
        QVERIFY(hasher.needsRehash(hash));
    }

    void tamperedHashFails()
    {
        const PasswordHasher hasher(PasswordHasher::Limits::minimum());
        QString hash = hasher.hash(QStringLiteral("pw"));
        const qsizetype last = hash.size() - 1;
        hash[last] = hash[last] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!hasher.verify(hash, QStringLiteral("pw")));
    }

    void needsRehashWhenLimitsChange()
    {
        const PasswordHasher weak(PasswordHasher::Limits::minimum());
        PasswordHasher::Limits stronger = PasswordHasher::Limits::minimum();
        stronger.opsLimit += 1;
        const PasswordHasher strong(stronger);
        const QString weakHash = weak.hash(QStringLiteral("pw"));
        QVERIFY(strong.needsRehash(weakHash));
        QVERIFY(strong.verify(weakHash, QStringLiteral("pw")));  // old hashes keep working
        QVERIFY(!strong.needsRehash(strong.hash(QStringLiteral("pw"))));
    }

    void interactiveDefault()
    {
        const PasswordHasher hasher;
        QCOMPARE(hasher.limits().opsLimit, PasswordHasher::Limits::interactive().opsLimit);
        QCOMPARE(hasher.limits().memLimit, PasswordHasher::Limits::interactive().memLimit);
        const QString hash = hasher.hash(QStringLiteral("production cost"));
        QVERIFY(hash.contains(QStringLiteral("m=65536")));
        QVERIFY(hasher.verify(hash, QStringLiteral("production cost")));
        QVERIFY(PasswordHasher(PasswordHasher::Limits::minimum()).needsRehash(hash));
    }

    void concurrentUse()
    {
        const PasswordHasher hasher(PasswordHasher::Limits::minimum());
        std::vector<int> ok(4, 0);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&hasher, &ok, i] {
                const QString pw = QStringLiteral("pw-%1").arg(i);
                ok[size_t(i)] = hasher.verify(hasher.hash(pw), pw) ? 1 : 0;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(ok, std::vector<int>(4, 1));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
