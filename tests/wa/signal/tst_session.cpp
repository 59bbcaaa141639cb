// 1:1 sessions between two fixed-key devices: X3DH from a bundle, pkmsg then msg both ways,
// out-of-order delivery, duplicates, trust decisions and reproducibility.
#include "signaltestpeer.h"

#include "wa/signal/sessionbuilder.h"
#include "wa/signal/sessioncipher.h"

#include <QTest>

using namespace wa::signal;

namespace {

const wa::store::ProtocolAddress AliceAddress {QStringLiteral("15550001111"), 0};
const wa::store::ProtocolAddress BobAddress {QStringLiteral("15550002222"), 0};

// Sessions kept in a memory store, with writes that can be made to fail.
class FailingSessions final : public wa::store::SessionStore
{
public:
    std::optional<QByteArray> loadSession(const wa::store::ProtocolAddress &a) const override
    {
        return m_inner.loadSession(a);
    }
    bool storeSession(const wa::store::ProtocolAddress &a, const QByteArray &record) override
    {
        return !failWrites && m_inner.storeSession(a, record);
    }
    bool containsSession(const wa::store::ProtocolAddress &a) const override { return m_inner.containsSession(a); }
    bool deleteSession(const wa::store::ProtocolAddress &a) override { return m_inner.deleteSession(a); }
    bool deleteAllSessions(const QString &name) override { return m_inner.deleteAllSessions(name); }
    QList<quint32> sessionDeviceIds(const QString &name) const override { return m_inner.sessionDeviceIds(name); }

    bool failWrites = false;

private:
    wa::store::MemoryStore m_inner;
};

QByteArray text(int i, const char *who)
{
    return QByteArray(who) + " message " + QByteArray::number(i);
}

} // namespace

class TestSignalSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversation();
    void withoutOneTimePreKey();
    void outOfOrderAndDuplicates();
    void tooFarInTheFuture();
    void reproducibleWithFixedKeys();
    void rejectsBadBundles();
    void noSession();
    void untrustedIdentity();
    void storeFailure();
};

void TestSignalSession::conversation()
{
    SignalTestPeer alice("alice"), bob("bob");
    QVERIFY(alice.bridge->isValid());
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok());

    SessionCipher aliceToBob(*alice.bridge, BobAddress);
    SessionCipher bobToAlice(*bob.bridge, AliceAddress);
    QVERIFY(aliceToBob.hasSession());
    QVERIFY(!bobToAlice.hasSession());

    // Until Bob answers, every message Alice sends carries the pre-key header.
    for (int i = 0; i < 3; ++i) {
        auto sent = aliceToBob.encrypt(text(i, "alice"));
        QVERIFY2(sent.ok(), qPrintable(sent.error().toString()));
        QCOMPARE(sent->type, MessageType::PreKeyWhisper);
        QCOMPARE(QByteArray(sent->typeName()), QByteArray("pkmsg"));
        QCOMPARE(quint8(sent->ciphertext.at(0)), quint8(0x33));
        auto received = bobToAlice.decrypt(sent->type, sent->ciphertext);
        QVERIFY2(received.ok(), qPrintable(received.error().toString()));
        QCOMPARE(*received, text(i, "alice"));
    }
    // The one-time pre-key is consumed and Alice's identity recorded.
    QVERIFY(!bob.store.containsPreKey(1));
    QCOMPARE(bob.store.loadIdentity(AliceAddress).value(), alice.credentials.identityKey.publicKey);
    QCOMPARE(bobToAlice.remoteRegistrationId().value(), alice.credentials.registrationId);

    for (int round = 0; round < 5; ++round) {
        auto reply = bobToAlice.encrypt(text(round, "bob"));
        QVERIFY(reply.ok());
        QCOMPARE(QByteArray(reply->typeName()), QByteArray("msg"));
        auto got = aliceToBob.decrypt(reply->type, reply->ciphertext);
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(*got, text(round, "bob"));

        auto next = aliceToBob.encrypt(text(100 + round, "alice"));
        QVERIFY(next.ok());
        QCOMPARE(next->type, MessageType::Whisper);
        auto back = bobToAlice.decryptMessage(next->ciphertext);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(*back, text(100 + round, "alice"));
    }
    // Empty plaintexts are legal messages too.
    auto empty = aliceToBob.encrypt(QByteArray());
    QVERIFY(empty.ok());
    QCOMPARE(bobToAlice.decrypt(empty->type, empty->ciphertext).value(), QByteArray());
}

void TestSignalSession::withoutOneTimePreKey()
{
    SignalTestPeer alice("alice"), bob("bob");
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle(false)).ok());
    auto sent = SessionCipher(*alice.bridge, BobAddress).encrypt("no one-time key");
    QVERIFY(sent.ok());
    QCOMPARE(sent->type, MessageType::PreKeyWhisper);
    auto received = SessionCipher(*bob.bridge, AliceAddress).decrypt(sent->type, sent->ciphertext);
    QVERIFY2(received.ok(), qPrintable(received.error().toString()));
    QCOMPARE(*received, QByteArray("no one-time key"));
    QCOMPARE(bob.store.preKeyCount(), 5);
}

void TestSignalSession::outOfOrderAndDuplicates()
{
    SignalTestPeer alice("alice"), bob("bob");
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok());
    SessionCipher aliceToBob(*alice.bridge, BobAddress);
    SessionCipher bobToAlice(*bob.bridge, AliceAddress);
    auto first = aliceToBob.encrypt("first");
    QVERIFY(bobToAlice.decrypt(first->type, first->ciphertext).ok());
    auto reply = bobToAlice.encrypt("reply");
    QVERIFY(aliceToBob.decrypt(reply->type, reply->ciphertext).ok());

    QList<EncryptedMessage> sent;
    for (int i = 0; i < 40; ++i)
        sent.append(aliceToBob.encrypt(text(i, "alice")).value());
    // Deliver in a scrambled order within the skip window: last, first, then the rest.
    const QList<int> order = [] {
        QList<int> o {39, 0};
        for (int i = 38; i >= 1; --i)
            o.append(i);
        return o;
    }();
    for (int i : order) {
        auto got = bobToAlice.decrypt(sent[i].type, sent[i].ciphertext);
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(*got, text(i, "alice"));
    }
    for (int i : {0, 17, 39}) {
        auto again = bobToAlice.decrypt(sent[i].type, sent[i].ciphertext);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::DuplicateMessage);
    }
    // A replayed pkmsg is a duplicate too, not a new session.
    auto replay = bobToAlice.decrypt(first->type, first->ciphertext);
    QVERIFY(!replay.ok());
    QCOMPARE(replay.error().code, ErrorCode::DuplicateMessage);
    // The session still works afterwards.
    auto later = aliceToBob.encrypt("later");
    QCOMPARE(bobToAlice.decrypt(later->type, later->ciphertext).value(), QByteArray("later"));
}

void TestSignalSession::tooFarInTheFuture()
{
    SignalTestPeer alice("alice"), bob("bob");
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok());
    SessionCipher aliceToBob(*alice.bridge, BobAddress);
    SessionCipher bobToAlice(*bob.bridge, AliceAddress);
    auto first = aliceToBob.encrypt("first");
    QVERIFY(bobToAlice.decrypt(first->type, first->ciphertext).ok());
    auto reply = bobToAlice.encrypt("reply");
    QVERIFY(aliceToBob.decrypt(reply->type, reply->ciphertext).ok());
    EncryptedMessage last;
    for (int i = 0; i < 2100; ++i)
        last = aliceToBob.encrypt("skipped").value();
    auto got = bobToAlice.decrypt(last.type, last.ciphertext);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::InvalidMessage);
}

void TestSignalSession::reproducibleWithFixedKeys()
{
    auto run = [] {
        SignalTestPeer alice("alice"), bob("bob");
        [&] { QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok()); }();
        QList<QByteArray> wire;
        SessionCipher aliceToBob(*alice.bridge, BobAddress);
        SessionCipher bobToAlice(*bob.bridge, AliceAddress);
        auto a = aliceToBob.encrypt("hello");
        wire.append(a->ciphertext);
        [&] { QVERIFY(bobToAlice.decrypt(a->type, a->ciphertext).ok()); }();
        wire.append(bobToAlice.encrypt("hi").value().ciphertext);
        return wire;
    };
    const QList<QByteArray> once = run();
    QCOMPARE(once.size(), 2);
    QCOMPARE(run(), once);
    // Pin the first bytes: version 3, pkmsg protobuf starting with the pre-key id field.
    QCOMPARE(quint8(once[0].at(0)), quint8(0x33));
    QCOMPARE(quint8(once[1].at(0)), quint8(0x33));
}

void TestSignalSession::rejectsBadBundles()
{
    SignalTestPeer alice("alice"), bob("bob");
    PreKeyBundle bad = bob.bundle();
    bad.signedPreKeySignature[5] = char(bad.signedPreKeySignature.at(5) ^ 0x01);
    auto result = SessionBuilder(*alice.bridge, BobAddress).process(bad);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidKey);
    QVERIFY(!SessionCipher(*alice.bridge, BobAddress).hasSession());

    bad = bob.bundle();
    bad.identityKey.chop(1);
    QCOMPARE(SessionBuilder(*alice.bridge, BobAddress).process(bad).error().code, ErrorCode::InvalidKey);
    bad = bob.bundle();
    bad.signedPreKeySignature.chop(1);
    QCOMPARE(SessionBuilder(*alice.bridge, BobAddress).process(bad).error().code, ErrorCode::InvalidKey);
    bad = bob.bundle();
    bad.preKeyPublic = QByteArray(33, '\x07');
    QCOMPARE(SessionBuilder(*alice.bridge, BobAddress).process(bad).error().code, ErrorCode::InvalidKey);
    QCOMPARE(SessionBuilder(*alice.bridge, {QString(), 0}).process(bob.bundle()).error().code,
             ErrorCode::InvalidArgument);
}

void TestSignalSession::noSession()
{
    SignalTestPeer alice("alice"), bob("bob");
    SessionCipher aliceToBob(*alice.bridge, BobAddress);
    auto sent = aliceToBob.encrypt("nobody home");
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, ErrorCode::NoSession);
    QCOMPARE(QByteArray(errorCodeName(sent.error().code)), QByteArray("no_session"));
    QCOMPARE(aliceToBob.remoteRegistrationId().error().code, ErrorCode::NoSession);

    // A well-formed msg from a peer we have no session with.
    QVERIFY(SessionBuilder(*bob.bridge, AliceAddress).process(alice.bundle()).ok());
    SessionCipher bobToAlice(*bob.bridge, AliceAddress);
    auto pk = bobToAlice.encrypt("one");
    QVERIFY(aliceToBob.decrypt(pk->type, pk->ciphertext).ok());
    auto msg = aliceToBob.encrypt("two");
    QCOMPARE(msg->type, MessageType::Whisper);
    SignalTestPeer stranger("stranger");
    auto got = SessionCipher(*stranger.bridge, AliceAddress).decryptMessage(msg->ciphertext);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::NoSession);
    QCOMPARE(aliceToBob.decrypt(MessageType::SenderKey, msg->ciphertext).error().code, ErrorCode::InvalidArgument);
}

void TestSignalSession::untrustedIdentity()
{
    SignalTestPeer alice("alice"), bob("bob");
    bob.store.setTrustPolicy(wa::store::MemoryStore::TrustPolicy::FirstUseOnly);
    bob.store.saveIdentity(AliceAddress, QByteArray(32, '\x09'));
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok());
    auto sent = SessionCipher(*alice.bridge, BobAddress).encrypt("who am I");
    auto got = SessionCipher(*bob.bridge, AliceAddress).decrypt(sent->type, sent->ciphertext);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::UntrustedIdentity);

    // The WhatsApp policy (default) accepts the changed key and records it.
    bob.store.setTrustPolicy(wa::store::MemoryStore::TrustPolicy::AcceptChanges);
    auto again = SessionCipher(*bob.bridge, AliceAddress).decrypt(sent->type, sent->ciphertext);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(bob.store.loadIdentity(AliceAddress).value(), alice.credentials.identityKey.publicKey);

    // Alice refuses a bundle whose identity differs from the one she trusted.
    alice.store.setTrustPolicy(wa::store::MemoryStore::TrustPolicy::FirstUseOnly);
    SignalTestPeer impostor("impostor");
    auto result = SessionBuilder(*alice.bridge, BobAddress).process(impostor.bundle());
    QCOMPARE(result.error().code, ErrorCode::UntrustedIdentity);
}

void TestSignalSession::storeFailure()
{
    SignalTestPeer alice("alice"), bob("bob");
    FailingSessions sessions;
    Stores stores = Stores::of(alice.store);
    stores.sessions = &sessions;
    StoreBridge bridge(*alice.context, {alice.credentials.identityKey, alice.credentials.registrationId}, stores);
    QVERIFY(bridge.isValid());
    sessions.failWrites = true;
    auto built = SessionBuilder(bridge, BobAddress).process(bob.bundle());
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::StoreFailure);
    QVERIFY(!SessionCipher(bridge, BobAddress).hasSession());

    sessions.failWrites = false;
    QVERIFY(SessionBuilder(bridge, BobAddress).process(bob.bundle()).ok());
    sessions.failWrites = true;
    auto sent = SessionCipher(bridge, BobAddress).encrypt("not persisted");
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, ErrorCode::StoreFailure);

    // A bridge missing a store is unusable, and says so instead of crashing.
    stores.senderKeys = nullptr;
    StoreBridge incomplete(*alice.context, {alice.credentials.identityKey, alice.credentials.registrationId}, stores);
    QVERIFY(!incomplete.isValid());
    QCOMPARE(SessionCipher(incomplete, BobAddress).encrypt("x").error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestSignalSession)
#include "tst_session.moc"
