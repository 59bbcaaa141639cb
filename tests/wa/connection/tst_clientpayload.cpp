// ClientPayload: registration and login round trips, size checks, and hostile bytes.
#include "wa/connection/clientpayload.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace wa::connection;

class TstClientPayload : public QObject
{
    Q_OBJECT
    static RegistrationKeys keys()
    {
        RegistrationKeys k;
        k.registrationId = 0x1234;
        k.identityPublicKey = QByteArray(32, '\x11');
        k.signedPreKeyId = 0xabcdef;
        k.signedPreKeyPublicKey = QByteArray(32, '\x22');
        k.signedPreKeySignature = QByteArray(64, '\x33');
        return k;
    }
private Q_SLOTS:
    void registrationRoundTrip()
    {
        ClientIdentity id;
        id.pushName = QStringLiteral("Ops desk");
        const QByteArray bytes = buildRegistrationPayload(id, keys());
        QVERIFY(!bytes.isEmpty());
        const auto parsed = parseClientPayload(bytes);
        QVERIFY(parsed);
        QVERIFY(parsed->registration);
        QVERIFY(!parsed->passive);
        QCOMPARE(parsed->keys.registrationId, 0x1234u);
        QCOMPARE(parsed->keys.signedPreKeyId, 0xabcdefu);
        QCOMPARE(parsed->keys.identityPublicKey, QByteArray(32, '\x11'));
        QCOMPARE(parsed->osName, QStringLiteral("WaMulti"));
        QCOMPARE(parsed->platformType, 7u); // DESKTOP
        QCOMPARE(parsed->pushName, QStringLiteral("Ops desk"));
        QCOMPARE(parsed->buildHash, QCryptographicHash::hash("2.3000.1043857760", QCryptographicHash::Md5));
    }
    void loginRoundTrip()
    {
        ClientIdentity id;
        id.version = {2, 3000, 42};
        const auto parsed = parseClientPayload(buildLoginPayload(id, 5511999999999ull, 3));
        QVERIFY(parsed);
        QVERIFY(!parsed->registration);
        QVERIFY(parsed->passive);
        QCOMPARE(parsed->username, 5511999999999ull);
        QCOMPARE(parsed->device, 3u);
        QCOMPARE(parsed->version, (std::array<quint32, 3>{2, 3000, 42}));
    }
    void badKeysAndBytes()
    {
        RegistrationKeys k = keys();
        k.identityPublicKey.chop(1);
        QVERIFY(buildRegistrationPayload({}, k).isEmpty());
        QVERIFY(!parseClientPayload(QByteArray::fromHex("ffffffff")));
        QVERIFY(!parseClientPayload(QByteArray())); // neither a login nor a registration
        const QByteArray good = buildRegistrationPayload({}, keys());
        QRandomGenerator rng(5);
        for (int i = 0; i < 5000; ++i) { // mutations never crash; wrong key sizes are refused
            QByteArray mutated = good;
            mutated[int(rng.bounded(int(mutated.size())))] = char(rng.bounded(256));
            if (const auto p = parseClientPayload(mutated); p && p->registration)
                QCOMPARE(p->keys.identityPublicKey.size(), 32);
        }
    }
};

QTEST_GUILESS_MAIN(TstClientPayload)
#include "tst_clientpayload.moc"
