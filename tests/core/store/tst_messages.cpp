// Chat history and contacts: duplicates are recognised (a redelivered message is stored once),
// statuses only move forward, chats summarise their last message and unread count, paging is
// newest first, and contacts keep what the operator saved when a push name arrives.
#include "core/store/contactrepository.h"
#include "core/store/database.h"
#include "core/store/messagerepository.h"
#include "core/store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace core::store;

namespace {
MessageRecord message(const QString &id, const QString &chat, bool fromMe, qint64 at, const QString &text)
{
    MessageRecord m;
    m.id = QStringLiteral("row-") + id + (fromMe ? QStringLiteral("-out") : QStringLiteral("-in"));
    m.instanceId = QStringLiteral("i");
    m.remoteJid = chat;
    m.messageId = id;
    m.fromMe = fromMe;
    m.content = text;
    m.status = fromMe ? QStringLiteral("pending") : QStringLiteral("received");
    m.metadata = {{QStringLiteral("timestamp"), double(at / 1000)}};
    m.createdAt = m.updatedAt = at;
    return m;
}
const QString alice = QStringLiteral("5511900000001@s.whatsapp.net");
const QString bob = QStringLiteral("5511900000002@s.whatsapp.net");
const QString group = QStringLiteral("120363000000000001@g.us");
} // namespace

class TstMessages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("m.db")), QStringLiteral("m"), &error);
        QVERIFY(Migrations::migrate(m_db, &error));
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral(
            "INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
            " VALUES ('u','u@x.y','h',x'01','s',1,1)")));
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral(
            "INSERT INTO instances (id,user_id,name,created_at,updated_at) VALUES ('i','u','n',1,1)")));
    }
    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("m"));
    }

    void redeliveryIsADuplicate()
    {
        QString error;
        QCOMPARE(MessageRepository::insert(m_db, message("A1", alice, false, 1000, "hi"), &error), MessageRepository::InsertResult::Inserted);
        MessageRecord again = message("A1", alice, false, 1000, "hi");
        again.id = QStringLiteral("another-row-id");
        QCOMPARE(MessageRepository::insert(m_db, again, &error), MessageRepository::InsertResult::Duplicate);
        // The same id in the other direction is another message.
        QCOMPARE(MessageRepository::insert(m_db, message("A1", alice, true, 1001, "echo"), &error), MessageRepository::InsertResult::Inserted);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE message_id='A1'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void statusOnlyMovesForward()
    {
        QString error, chat;
        QVERIFY(MessageRepository::insert(m_db, message("S1", bob, true, 2000, "out"), &error) == MessageRepository::InsertResult::Inserted);
        QVERIFY(MessageRepository::advanceStatus(m_db, "i", "S1", "sent", 2001, &chat, &error));
        QCOMPARE(chat, bob);
        QVERIFY(MessageRepository::advanceStatus(m_db, "i", "S1", "read", 2003, nullptr, &error));
        QVERIFY(!MessageRepository::advanceStatus(m_db, "i", "S1", "delivered", 2004, nullptr, &error)); // late
        QVERIFY(!MessageRepository::advanceStatus(m_db, "i", "S1", "failed", 2005, nullptr, &error));    // too late to fail
        QVERIFY(MessageRepository::advanceStatus(m_db, "i", "S1", "played", 2006, nullptr, &error));
        MessageRepository repo(m_db);
        auto m = repo.find("i", "S1");
        QVERIFY(m);
        QCOMPARE(m->status, QStringLiteral("played"));
        QCOMPARE(*m->statusUpdatedAt, 2006);
        // failed from sent, and nothing moves a failed message afterwards.
        QVERIFY(MessageRepository::insert(m_db, message("F1", bob, true, 2100, "x"), &error) == MessageRepository::InsertResult::Inserted);
        QVERIFY(MessageRepository::advanceStatus(m_db, "i", "F1", "sent", 2101, nullptr, &error));
        QVERIFY(MessageRepository::advanceStatus(m_db, "i", "F1", "failed", 2102, nullptr, &error));
        QVERIFY(!MessageRepository::advanceStatus(m_db, "i", "F1", "delivered", 2103, nullptr, &error));
        QCOMPARE(repo.find("i", "F1")->status, QStringLiteral("failed"));
        // Incoming messages are not moved by receipts, and unknown statuses are refused.
        QVERIFY(!MessageRepository::advanceStatus(m_db, "i", "A1", "bogus", 2200, nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void chatsAndPaging()
    {
        QString error;
        QVERIFY(m_db.transaction());
        for (int k = 0; k < 120; ++k)
            QVERIFY(MessageRepository::insert(m_db, message(QStringLiteral("G%1").arg(k), group, k % 3 == 0, 10000 + k * 10,
                                                            QStringLiteral("g%1").arg(k)), &error)
                    == MessageRepository::InsertResult::Inserted);
        QVERIFY(m_db.commit());
        MessageRepository repo(m_db);
        MessageQuery q;
        q.instanceId = QStringLiteral("i");
        q.remoteJid = group;
        q.limit = 50;
        MessagePage page = repo.chatMessages(q);
        QCOMPARE(page.total, 120);
        QCOMPARE(page.messages.size(), 50);
        QCOMPARE(page.messages.first().content, QStringLiteral("g119")); // newest first
        q.skip = 100;
        page = repo.chatMessages(q);
        QCOMPARE(page.messages.size(), 20);
        QCOMPARE(page.messages.last().content, QStringLiteral("g0"));
        // Dates filter, lazy loading by position.
        q.skip = 0;
        q.startMs = 10000 + 100 * 10;
        QCOMPARE(repo.chatMessages(q).total, 20);
        q.startMs.reset();
        q.beforeMs = 10000 + 5 * 10;
        page = repo.chatMessages(q);
        QCOMPARE(page.total, 5);
        QCOMPARE(page.messages.first().content, QStringLiteral("g4"));
        // Without the count: the same rows, total -1.
        q.countTotal = false;
        page = repo.chatMessages(q);
        QCOMPARE(page.total, -1);
        QCOMPARE(page.messages.size(), 5);
        QCOMPARE(page.messages.first().content, QStringLiteral("g4"));
        q.countTotal = true;

        QVERIFY(ContactRepository::touch(m_db, "i", group, {}, true, 5, &error));
        ChatPage chats = repo.chats({QStringLiteral("i"), {}, 10, 0});
        QCOMPARE(chats.total, 3);
        QCOMPARE(chats.chats.first().remoteJid, group);
        QVERIFY(chats.chats.first().isGroup);
        QCOMPARE(chats.chats.first().messageCount, 120);
        QCOMPARE(chats.chats.first().unread, 80); // two of every three are incoming
        QCOMPARE(chats.chats.first().last.content, QStringLiteral("g119"));

        const auto read = MessageRepository::markChatRead(m_db, "i", group, 99999, 1000, &error);
        QCOMPARE(read.size(), 80);
        QCOMPARE(read.first().id, QStringLiteral("G1"));
        QCOMPARE(repo.chats({QStringLiteral("i"), {}, 10, 0}).chats.first().unread, 0);
    }

    void contactsKeepSavedNames()
    {
        QString error;
        ContactRecord saved;
        saved.instanceId = QStringLiteral("i");
        saved.remoteJid = alice;
        saved.number = QStringLiteral("5511900000001");
        saved.name = QStringLiteral("Alice Saved");
        saved.createdAt = saved.updatedAt = 100;
        const auto stored = ContactRepository::save(m_db, saved, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(ContactRepository::touch(m_db, "i", alice, QStringLiteral("Ally"), false, 200, &error));
        ContactRepository repo(m_db);
        auto c = repo.find("i", alice);
        QVERIFY(c);
        QCOMPARE(c->id, stored->id);
        QCOMPARE(c->name, QStringLiteral("Alice Saved"));
        QCOMPARE(c->pushName, QStringLiteral("Ally"));
        QCOMPARE(*c->lastActivity, 200);
        QVERIFY(ContactRepository::touch(m_db, "i", bob, QStringLiteral("Bobby"), false, 300, &error));
        ContactPage page = repo.list({QStringLiteral("i"), QStringLiteral("bob"), false, 10, 0});
        QCOMPARE(page.total, 1);
        QCOMPARE(page.contacts.first().number, QStringLiteral("5511900000002"));
        page = repo.list({QStringLiteral("i"), {}, true, 10, 0});
        QCOMPARE(page.total, 1); // the group
        page = repo.list({QStringLiteral("i"), QStringLiteral("100%_"), false, 10, 0});
        QCOMPARE(page.total, 0); // LIKE wildcards are literal
        // The chat list shows the saved name.
        MessageRepository messages(m_db);
        bool found = false;
        for (const ChatSummary &s : messages.chats({QStringLiteral("i"), QStringLiteral("Alice"), 10, 0}).chats)
            found = found || (s.remoteJid == alice && s.name == QStringLiteral("Alice Saved"));
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TstMessages)
#include "tst_messages.moc"
