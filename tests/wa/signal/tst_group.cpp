// Sender-key groups with fixed keys: one sender, two receivers; distribution, several skmsg,
// out-of-order delivery, duplicates, missing keys and tampering.
#include "signaltestpeer.h"

#include "wa/signal/groupcipher.h"

#include <QTest>

using namespace wa::signal;

namespace {

const QString GroupId = QStringLiteral("120363025246125486@g.us");
const wa::store::SenderKeyName AliceInGroup {GroupId, {QStringLiteral("15550001111"), 3}};

} // namespace

class TestSignalGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneSenderTwoReceivers();
    void outOfOrderAndDuplicates();
    void missingSenderKey();
    void tamperedMessages();
    void reproducibleWithFixedKeys();
};

void TestSignalGroup::oneSenderTwoReceivers()
{
    SignalTestPeer alice("alice", 3), bob("bob"), carol("carol");
    GroupCipher sender(*alice.bridge, AliceInGroup);
    auto distribution = sender.createDistributionMessage();
    QVERIFY2(distribution.ok(), qPrintable(distribution.error().toString()));
    QCOMPARE(quint8(distribution->at(0)), quint8(0x33));
    QVERIFY(alice.store.loadSenderKey(AliceInGroup).has_value());
    // Asking again hands out the same key, not a new one.
    QCOMPARE(sender.createDistributionMessage().value(), *distribution);

    GroupCipher atBob(*bob.bridge, AliceInGroup);
    GroupCipher atCarol(*carol.bridge, AliceInGroup);
    QVERIFY(atBob.processDistributionMessage(*distribution).ok());
    QVERIFY(atCarol.processDistributionMessage(*distribution).ok());

    for (int i = 0; i < 6; ++i) {
        const QByteArray plaintext = "group message " + QByteArray::number(i);
        auto skmsg = sender.encrypt(plaintext);
        QVERIFY2(skmsg.ok(), qPrintable(skmsg.error().toString()));
        QCOMPARE(quint8(skmsg->at(0)), quint8(0x33));
        auto b = atBob.decrypt(*skmsg);
        QVERIFY2(b.ok(), qPrintable(b.error().toString()));
        QCOMPARE(*b, plaintext);
        auto c = atCarol.decrypt(*skmsg);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(*c, plaintext);
    }
}

void TestSignalGroup::outOfOrderAndDuplicates()
{
    SignalTestPeer alice("alice", 3), bob("bob");
    GroupCipher sender(*alice.bridge, AliceInGroup);
    GroupCipher atBob(*bob.bridge, AliceInGroup);
    QVERIFY(atBob.processDistributionMessage(sender.createDistributionMessage().value()).ok());
    QList<QByteArray> sent;
    for (int i = 0; i < 20; ++i)
        sent.append(sender.encrypt(QByteArray::number(i)).value());
    for (int i : {19, 3, 0, 10, 18, 1}) {
        auto got = atBob.decrypt(sent[i]);
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(*got, QByteArray::number(i));
    }
    auto again = atBob.decrypt(sent[10]);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::DuplicateMessage);
}

void TestSignalGroup::missingSenderKey()
{
    SignalTestPeer alice("alice", 3), bob("bob");
    GroupCipher atBob(*bob.bridge, AliceInGroup);
    // Encrypting as a sender that never created its key.
    auto encrypted = atBob.encrypt("no key");
    QVERIFY(!encrypted.ok());
    QCOMPARE(encrypted.error().code, ErrorCode::NoSession);

    GroupCipher sender(*alice.bridge, AliceInGroup);
    QVERIFY(sender.createDistributionMessage().ok());
    auto skmsg = sender.encrypt("before distribution");
    auto got = atBob.decrypt(*skmsg);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::NoSession);

    // A distribution for one group does not open another.
    wa::store::SenderKeyName otherGroup = AliceInGroup;
    otherGroup.groupId = QStringLiteral("120363000000000001@g.us");
    const QByteArray distribution = sender.createDistributionMessage().value();
    QVERIFY(GroupCipher(*bob.bridge, otherGroup).processDistributionMessage(distribution).ok());
    QCOMPARE(atBob.decrypt(*skmsg).error().code, ErrorCode::NoSession);

    GroupCipher bad(*bob.bridge, {QString(), AliceInGroup.sender});
    QCOMPARE(bad.createDistributionMessage().error().code, ErrorCode::InvalidArgument);
}

void TestSignalGroup::tamperedMessages()
{
    SignalTestPeer alice("alice", 3), bob("bob");
    GroupCipher sender(*alice.bridge, AliceInGroup);
    GroupCipher atBob(*bob.bridge, AliceInGroup);
    const QByteArray distribution = sender.createDistributionMessage().value();
    for (qsizetype cut = 0; cut < distribution.size(); ++cut)
        QVERIFY(!atBob.processDistributionMessage(distribution.left(cut)).ok());
    QVERIFY(atBob.processDistributionMessage(distribution).ok());

    const QByteArray skmsg = sender.encrypt("signed and sealed").value();
    for (qsizetype i = 0; i < skmsg.size(); ++i) {
        QByteArray mutated = skmsg;
        mutated[i] = char(mutated.at(i) ^ 0x10);
        auto got = atBob.decrypt(mutated);
        QVERIFY2(!got.ok(), qPrintable(QStringLiteral("mutation at %1 accepted").arg(i)));
    }
    for (qsizetype cut = 0; cut < skmsg.size(); ++cut)
        QVERIFY(!atBob.decrypt(skmsg.left(cut)).ok());
    // The genuine message still decrypts after all that.
    QCOMPARE(atBob.decrypt(skmsg).value(), QByteArray("signed and sealed"));
}

void TestSignalGroup::reproducibleWithFixedKeys()
{
    auto run = [] {
        SignalTestPeer alice("alice", 3);
        GroupCipher sender(*alice.bridge, AliceInGroup);
        return QList<QByteArray> {sender.createDistributionMessage().value(), sender.encrypt("x").value()};
    };
    QCOMPARE(run(), run());
}

QTEST_GUILESS_MAIN(TestSignalGroup)
#include "tst_group.moc"
