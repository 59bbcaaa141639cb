// Every list model of the window over a real runtime and database: each passes
// QAbstractItemModelTester, loads lazily in pages, and follows changes (the instance list in
// batches, the others by refresh). History rows are written through the DbWriter as the engine
// writes them.
#include "testserver.h"
#include "uitestsupport.h"
#include "webhookreceiver.h"

#include "core/instances/instancemanager.h"
#include "core/store/activityrepository.h"
#include "core/users/userservice.h"
#include "core/webhooks/deliverylog.h"
#include "core/webhooks/payloads.h"
#include "ui/activitymodel.h"
#include "ui/chatlistmodel.h"
#include "ui/deliverymodel.h"
#include "ui/instancelistmodel.h"
#include "ui/messagemodel.h"
#include "ui/storereader.h"
#include "ui/userlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QtTest>

using ui::InstanceListModel;

namespace {
QString makeInstance(core::runtime::AppRuntime *rt, const QString &name)
{
    core::store::InstanceRecord r;
    r.userId = rt->users()->list(1, 0).first().id;
    r.name = name;
    return rt->instances()->create(r, QString()).value().id;
}
const QString alice = QStringLiteral("5511800000001@s.whatsapp.net");
} // namespace

class TstModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instanceListBatchesSignals()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        InstanceListModel model(rt->instances(), &reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        const QString a = makeInstance(rt, QStringLiteral("Support"));
        const QString b = makeInstance(rt, QStringLiteral("Sales"));
        const QString c = makeInstance(rt, QStringLiteral("Billing"));
        QCOMPARE(model.rowCount(), 0); // not yet: signals are gathered into one batch
        const int before = model.batchesApplied();
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.batchesApplied(), before + 1);
        QCOMPARE(model.index(model.rowOf(b), InstanceListModel::Name).data().toString(), QStringLiteral("Sales"));
        QCOMPARE(model.index(0, InstanceListModel::Status).data().toString(), QStringLiteral("Disconnected"));
        QCOMPARE(model.index(0, 0).data(InstanceListModel::StatusRole).toString(), QStringLiteral("disconnected"));
        QVERIFY(model.index(0, InstanceListModel::Name).data(Qt::DecorationRole).value<QIcon>().availableSizes().size() > 0);

        auto record = *rt->instances()->get(b);
        record.name = QStringLiteral("Sales EU");
        QVERIFY(rt->instances()->update(record, std::nullopt).ok());
        model.flushPending();
        QCOMPARE(model.index(model.rowOf(b), InstanceListModel::Name).data().toString(), QStringLiteral("Sales EU"));
        QVERIFY(model.index(model.rowOf(b), 0).data(InstanceListModel::SearchRole).toString().contains(QStringLiteral("Sales EU")));

        // Unread counts: incoming messages still "received", from one grouped read off the GUI thread.
        QVector<core::store::MessageRecord> rows;
        for (int i = 0; i < 3; ++i)
            rows << uitest::message(a, alice, QStringLiteral("u%1").arg(i), false, 1000 + i, QStringLiteral("hi"));
        rows << uitest::message(a, alice, QStringLiteral("r1"), false, 2000, QStringLiteral("old"), QStringLiteral("read"));
        rows << uitest::message(c, alice, QStringLiteral("o1"), true, 3000, QStringLiteral("mine"));
        QVERIFY(uitest::insert(rt, rows));
        QSignalSpy refreshed(&model, &InstanceListModel::inboxRefreshed);
        model.requestInboxRefresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.index(model.rowOf(a), InstanceListModel::Unread).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(model.rowOf(c), InstanceListModel::Unread).data().toString(), QString());
        QCOMPARE(model.index(model.rowOf(a), InstanceListModel::Unread).data(InstanceListModel::SortRole).toLongLong(), 3);

        QVERIFY(rt->instances()->remove(b).ok());
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), -1);
        QVERIFY(model.rowOf(c) >= 0);
    }

    void instanceListTakesAThousandInOneBatch()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        InstanceListModel model(rt->instances(), nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 1000; ++i)
            makeInstance(rt, QStringLiteral("Instance %1").arg(i, 4, 10, QLatin1Char('0')));
        QElapsedTimer t;
        t.start();
        model.flushPending();
        qInfo("applying 1000 additions took %lld ms", t.elapsed());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.size(), 1); // one insertion, not a thousand
        QSet<QString> names;
        for (int r = 0; r < model.rowCount(); ++r)
            names.insert(model.index(r, InstanceListModel::Name).data().toString());
        QCOMPARE(names.size(), 1000);
        QVERIFY(names.contains(QStringLiteral("Instance 0999")));
    }

    void activityPagesAndRefresh()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("Log"));
        rt->writer()->submit([id](QSqlDatabase &db, QString *error) {
            for (int i = 0; i < 120; ++i)
                if (!core::store::ActivityRepository::insertActivity(
                        db, {0, id, QStringLiteral("qr_received"), {{QStringLiteral("attempt"), i}}, {}, 1000 + i}, error))
                    return false;
            return true;
        });
        QVERIFY(rt->writer()->flush());
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::ActivityModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInstance(id);
        QTRY_COMPARE(model.rowCount(), ui::ActivityModel::PageSize);
        QCOMPARE(model.total(), qint64(121)); // with "instance_created"
        QCOMPARE(model.index(0, ui::ActivityModel::Event).data().toString(), QStringLiteral("Instance created")); // newest first
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page in flight at a time
        QTRY_COMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 121);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(120, ui::ActivityModel::Details).data().toString(), QStringLiteral("attempt: 0"));

        rt->instances()->recordActivity(id, QStringLiteral("reconnect_requested"));
        model.refresh(); // waits for the writer on the reader thread, then prepends what is new
        QTRY_COMPARE(model.rowCount(), 122);
        QCOMPARE(model.index(0, 0).data(ui::ActivityModel::ActionRole).toString(), QStringLiteral("reconnect_requested"));
        QCOMPARE(model.index(0, ui::ActivityModel::Event).data().toString(), QStringLiteral("Reconnect requested"));

        model.setInstance(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void chatListPagesSearchAndUnread()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("Chats"));
        QVector<core::store::MessageRecord> rows;
        for (int i = 0; i < 120; ++i) {
            const QString jid = QStringLiteral("55119%1@s.whatsapp.net").arg(i, 8, 10, QLatin1Char('0'));
            rows << uitest::message(id, jid, QStringLiteral("m%1").arg(i), false, 10'000 + i * 10, QStringLiteral("hello %1").arg(i));
        }
        const QString group = QStringLiteral("120363000000000001@g.us");
        rows << uitest::message(id, group, QStringLiteral("g1"), true, 50'000, QStringLiteral("to the group"));
        auto photo = uitest::message(id, alice, QStringLiteral("p1"), false, 60'000, QString());
        photo.messageType = QStringLiteral("image");
        photo.hasMedia = true;
        rows << photo;
        QVERIFY(uitest::insert(rt, rows));
        QVERIFY(uitest::contact(rt, id, alice, QStringLiteral("Alice Example")));

        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::ChatListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInstance(id);
        QTRY_COMPARE(model.rowCount(), ui::ChatListModel::PageSize);
        QCOMPARE(model.total(), qint64(122));
        QCOMPARE(model.index(0).data(ui::ChatListModel::NameRole).toString(), QStringLiteral("Alice Example")); // most recent first
        QCOMPARE(model.index(0).data(ui::ChatListModel::PreviewRole).toString(), QStringLiteral("[Photo]"));
        QCOMPARE(model.index(0).data(ui::ChatListModel::UnreadRole).toLongLong(), qint64(1));
        QCOMPARE(model.index(1).data(ui::ChatListModel::JidRole).toString(), group);
        QVERIFY(model.index(1).data(ui::ChatListModel::IsGroupRole).toBool());
        QVERIFY(model.index(1).data(ui::ChatListModel::LastFromMeRole).toBool());
        QCOMPARE(model.index(2).data(ui::ChatListModel::NameRole).toString(), QStringLiteral("+5511900000119"));
        while (model.rowCount() < 122) {
            QTRY_VERIFY(model.canFetchMore({}));
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(!model.canFetchMore({}));

        model.setSearch(QStringLiteral("alice"));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ui::ChatListModel::JidRole).toString(), alice);
        model.setSearch(QString());
        QTRY_COMPARE(model.rowCount(), ui::ChatListModel::PageSize);

        // A new message moves its chat to the top on refresh.
        QVERIFY(uitest::insert(rt, {uitest::message(id, QStringLiteral("5511900000005@s.whatsapp.net"), QStringLiteral("late"), false,
                                                    90'000, QStringLiteral("news"))}));
        model.refresh();
        QTRY_COMPARE(model.index(0).data(ui::ChatListModel::JidRole).toString(), QStringLiteral("5511900000005@s.whatsapp.net"));
        QCOMPARE(model.index(0).data(ui::ChatListModel::PreviewRole).toString(), QStringLiteral("news"));
    }

    void messagesLoadOlderPagesAndFollowStatuses()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("History"));
        QVector<core::store::MessageRecord> rows;
        for (int i = 0; i < 230; ++i)
            rows << uitest::message(id, alice, QStringLiteral("h%1").arg(i, 3, 10, QLatin1Char('0')), i % 2 == 0,
                                    100'000 + i * 1000, QStringLiteral("line %1").arg(i));
        // Forty messages in the same millisecond: paging must neither skip nor repeat any of them.
        for (int i = 0; i < 40; ++i)
            rows << uitest::message(id, alice, QStringLiteral("same%1").arg(i, 2, 10, QLatin1Char('0')), false, 99'000,
                                    QStringLiteral("tie %1").arg(i));
        QVERIFY(uitest::insert(rt, rows));

        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::MessageModel model(&reader, rt->config().dataDir);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ui::MessageModel::loaded);
        model.setChat(id, alice);
        QTRY_COMPARE(model.rowCount(), ui::MessageModel::PageSize);
        QCOMPARE(loaded.takeFirst().at(0).toInt(), ui::MessageModel::PageSize);
        QCOMPARE(model.index(49).data(ui::MessageModel::TextRole).toString(), QStringLiteral("line 229")); // newest at the bottom
        QCOMPARE(model.index(0).data(ui::MessageModel::TextRole).toString(), QStringLiteral("line 180"));
        QVERIFY(model.hasOlder());
        QSet<QString> seen;
        while (model.canFetchMore({})) {
            const QString oldest = model.index(0).data(ui::MessageModel::MessageIdRole).toString();
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(model.index(0).data(ui::MessageModel::MessageIdRole).toString() != oldest);
        }
        QCOMPARE(model.rowCount(), 270);
        for (int r = 0; r < model.rowCount(); ++r)
            seen.insert(model.index(r).data(ui::MessageModel::MessageIdRole).toString());
        QCOMPARE(seen.size(), 270);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1).data(ui::MessageModel::TimeRole).toLongLong() <= model.index(r).data(ui::MessageModel::TimeRole).toLongLong());

        // Ticks move on and new messages are appended, on refresh.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last - 1).data(ui::MessageModel::StatusRole).toString(), QStringLiteral("sent"));
        QVERIFY(uitest::advance(rt, id, QStringLiteral("h228"), QStringLiteral("read")));
        QVERIFY(uitest::insert(rt, {uitest::message(id, alice, QStringLiteral("new1"), false, 900'000, QStringLiteral("just now"))}));
        model.refresh();
        QTRY_COMPARE(model.rowCount(), 271);
        QCOMPARE(model.index(270).data(ui::MessageModel::TextRole).toString(), QStringLiteral("just now"));
        QCOMPARE(model.index(last - 1).data(ui::MessageModel::StatusRole).toString(), QStringLiteral("read"));
    }

    void mediaStaysInsideTheDataDirectory()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("Media"));
        QDir(rt->config().dataDir).mkpath(QStringLiteral("media"));
        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(QColor(10, 120, 200));
        QVERIFY(picture.save(rt->config().dataDir + QStringLiteral("/media/p.png")));
        auto image = uitest::message(id, alice, QStringLiteral("img"), false, 1000, QStringLiteral("caption"));
        image.messageType = QStringLiteral("image");
        image.hasMedia = true;
        image.mediaPath = QStringLiteral("media/p.png");
        auto sneaky = uitest::message(id, alice, QStringLiteral("doc"), false, 2000, QString());
        sneaky.messageType = QStringLiteral("document");
        sneaky.hasMedia = true;
        sneaky.fileName = QStringLiteral("passwd");
        sneaky.mediaPath = QStringLiteral("../../../etc/passwd");
        QVERIFY(uitest::insert(rt, {image, sneaky}));
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::MessageModel model(&reader, rt->config().dataDir);
        model.setChat(id, alice);
        QTRY_COMPARE(model.rowCount(), 2);
        const QImage thumb = model.index(0).data(ui::MessageModel::ThumbnailRole).value<QImage>();
        QCOMPARE(thumb.size(), QSize(240, 180)); // scaled on the reader thread
        QCOMPARE(model.index(0).data(ui::MessageModel::MediaFileRole).toString(), rt->config().dataDir + QStringLiteral("/media/p.png"));
        QVERIFY(model.index(1).data(ui::MessageModel::MediaFileRole).toString().isEmpty());
    }

    void deliveriesPageAndFilter()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        testsupport::BlackHole hole; // accepts and never answers: every delivery stays pending
        const QString id = makeInstance(rt, QStringLiteral("Hooks"));
        auto r = *rt->instances()->get(id);
        r.webhookUrl = hole.url();
        r.webhookEnabled = true;
        QVERIFY(rt->instances()->update(r, std::nullopt).ok());
        for (int i = 0; i < 119; ++i) {
            QString deliveryId, error;
            QVERIFY2(rt->deliveries()->enqueue(id, core::webhooks::event::webhookTest, {{QStringLiteral("n"), i}}, 1000 + i,
                                               &deliveryId, &error),
                     qPrintable(error));
        }
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::DeliveryModel model(&reader);
        model.setInstance(id);
        QTRY_COMPARE(model.rowCount(), ui::DeliveryModel::PageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.total(), qint64(120)); // with webhook_updated
        while (model.rowCount() < model.total()) { // the tester may have asked for a page already
            QTRY_VERIFY(!model.isLoading());
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.index(0, 0).data(ui::DeliveryModel::StateRole).toString(), QStringLiteral("pending"));
        QCOMPARE(model.index(0, ui::DeliveryModel::State).data().toString(), QStringLiteral("Pending"));
        model.setStates({QStringLiteral("delivered")});
        QTRY_COMPARE(model.total(), qint64(0));
        QCOMPARE(model.rowCount(), 0);
        model.setStates({QStringLiteral("pending")});
        QTRY_COMPARE(model.rowCount(), ui::DeliveryModel::PageSize);
    }

    void usersPageThrough()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *users = server.runtime->users();
        for (int i = 0; i < 150; ++i) {
            core::users::UserInput in;
            in.email = QStringLiteral("user%1@example.com").arg(i, 3, 10, QLatin1Char('0'));
            in.password = QStringLiteral("password-%1").arg(i);
            in.maxMessagesSent = std::optional<qint64>(100);
            QVERIFY(users->create(in).ok());
        }
        ui::UserListModel model(users);
        QCOMPARE(model.rowCount(), ui::UserListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 151);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(); // keeps what was loaded
        QVERIFY(!model.canFetchMore({}));
        int limited = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            limited += model.index(r, ui::UserListModel::Limits).data().toString().startsWith(QLatin1String("messages: 100")) ? 1 : 0;
        QCOMPARE(limited, 150);
    }
};

QTEST_MAIN(TstModels)
#include "tst_models.moc"
