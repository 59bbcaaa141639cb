// Hostile ciphertexts: random bytes, every truncation and single-bit flips of real pkmsg,
// msg and skmsg must come back as errors (never a crash), and must not break the session.
#include "signaltestpeer.h"

#include "wa/signal/groupcipher.h"
#include "wa/signal/sessionbuilder.h"
#include "wa/signal/sessioncipher.h"

#include <QTest>

using namespace wa::signal;

namespace {

const wa::store::ProtocolAddress AliceAddress {QStringLiteral("15550001111"), 0};
const wa::store::ProtocolAddress BobAddress {QStringLiteral("15550002222"), 0};

} // namespace

class TestSignalGarbage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBytes();
    void mutatedPreKeyMessage();
    void mutatedMessage();
    void typeNames();
};

void TestSignalGarbage::randomBytes()
{
    SignalTestPeer bob("bob");
    wa::crypto::DeterministicRandom noise("noise");
    SessionCipher cipher(*bob.bridge, AliceAddress);
    GroupCipher group(*bob.bridge, {QStringLiteral("1-2@g.us"), AliceAddress});
    for (int i = 0; i < 300; ++i) {
        QByteArray junk = noise.bytes(i % 160);
        if (i % 3 == 0 && !junk.isEmpty())
            junk[0] = '\x33'; // get past the version check
        QVERIFY(!cipher.decryptPreKeyMessage(junk).ok());
        QVERIFY(!cipher.decryptMessage(junk).ok());
        QVERIFY(!group.decrypt(junk).ok());
        QVERIFY(!group.processDistributionMessage(junk).ok());
    }
    QVERIFY(!cipher.decryptPreKeyMessage(QByteArrayView()).ok());
    QCOMPARE(cipher.decryptMessage(QByteArrayView()).error().code, ErrorCode::InvalidMessage);
}

void TestSignalGarbage::mutatedPreKeyMessage()
{
    SignalTestPeer alice("alice"), bob("bob");
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok());
    const EncryptedMessage pkmsg = SessionCipher(*alice.bridge, BobAddress).encrypt("first contact").value();
    SessionCipher atBob(*bob.bridge, AliceAddress);
    for (qsizetype cut = 0; cut < pkmsg.ciphertext.size(); ++cut)
        QVERIFY(!atBob.decryptPreKeyMessage(pkmsg.ciphertext.left(cut)).ok());
    for (qsizetype i = 0; i < pkmsg.ciphertext.size(); ++i) {
        for (int bit : {0, 7}) {
            QByteArray mutated = pkmsg.ciphertext;
            mutated[i] = char(mutated.at(i) ^ (1 << bit));
            auto got = atBob.decryptPreKeyMessage(mutated);
            // A flip in an unauthenticated varint (e.g. the registration id) may still
            // decrypt; what matters is that it never yields a different plaintext.
            if (got.ok())
                QCOMPARE(*got, QByteArray("first contact"));
        }
    }
    auto real = atBob.decryptPreKeyMessage(pkmsg.ciphertext);
    if (!real.ok()) // already accepted through a harmless mutation above
        QCOMPARE(real.error().code, ErrorCode::DuplicateMessage);
    else
        QCOMPARE(*real, QByteArray("first contact"));
}

void TestSignalGarbage::mutatedMessage()
{
    SignalTestPeer alice("alice"), bob("bob");
    QVERIFY(SessionBuilder(*alice.bridge, BobAddress).process(bob.bundle()).ok());
    SessionCipher aliceToBob(*alice.bridge, BobAddress);
    SessionCipher bobToAlice(*bob.bridge, AliceAddress);
    auto first = aliceToBob.encrypt("hello");
    QVERIFY(bobToAlice.decrypt(first->type, first->ciphertext).ok());
    const EncryptedMessage msg = bobToAlice.encrypt("authenticated").value();
    QCOMPARE(msg.type, MessageType::Whisper);
    for (qsizetype cut = 0; cut < msg.ciphertext.size(); ++cut)
        QVERIFY(!aliceToBob.decryptMessage(msg.ciphertext.left(cut)).ok());
    for (qsizetype i = 0; i < msg.ciphertext.size(); ++i) {
        QByteArray mutated = msg.ciphertext;
        mutated[i] = char(mutated.at(i) ^ 0x01);
        auto got = aliceToBob.decryptMessage(mutated);
        QVERIFY2(!got.ok(), qPrintable(QStringLiteral("mutation at %1 accepted").arg(i)));
    }
    // Fed to the wrong parser, a msg is not a pkmsg.
    QVERIFY(!aliceToBob.decryptPreKeyMessage(msg.ciphertext).ok());
    QCOMPARE(aliceToBob.decryptMessage(msg.ciphertext).value(), QByteArray("authenticated"));
}

void TestSignalGarbage::typeNames()
{
    QCOMPARE(messageTypeFromName(u"pkmsg"), std::optional(MessageType::PreKeyWhisper));
    QCOMPARE(messageTypeFromName(u"msg"), std::optional(MessageType::Whisper));
    QCOMPARE(messageTypeFromName(u"skmsg"), std::optional(MessageType::SenderKey));
    QVERIFY(!messageTypeFromName(u"msmsg"));
    QCOMPARE(QByteArray(messageTypeName(MessageType::SenderKey)), QByteArray("skmsg"));
}

QTEST_GUILESS_MAIN(TestSignalGarbage)
#include "tst_garbage.moc"
