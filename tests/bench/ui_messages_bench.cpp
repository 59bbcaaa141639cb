// bench_ui_messages [messages] [pages]: a chat of N messages (default 100,000) in a fresh database,
// shown in a 480x720 conversation view (offscreen). Ours: MessageModel (newest page of 50 read on
// the StoreReader thread) in ConversationView, then scrolled to the top `pages` times (default
// 200), each time loading the 50 older messages. Peer, same run, same delegate and data: a
// QStandardItemModel filled with every message of the chat (one query, the "load it all" way) in
// a QListView, then scrolled from the bottom to the top. Prints the times and our ratio.
#include "core/store/database.h"
#include "core/store/messagerepository.h"
#include "core/store/migrations.h"
#include "ui/bubbledelegate.h"
#include "ui/conversationview.h"
#include "ui/messagemodel.h"
#include "ui/storereader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <cstdio>

using core::store::MessageRecord;
using ui::MessageModel;

namespace {
const QString kInstance = QStringLiteral("bench-instance");
const QString kChat = QStringLiteral("5511900000001@s.whatsapp.net");

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

void settle(int rounds = 3)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool seed(QSqlDatabase &db, int count)
{
    QString error;
    if (!core::store::Migrations::migrate(db, &error))
        return false;
    QSqlQuery(db).exec(QStringLiteral("INSERT INTO users (id,email,password_hash,api_key_hash,api_key_sealed,created_at,updated_at)"
                                      " VALUES ('u','u@x.y','h',x'01','s',1,1)"));
    QSqlQuery(db).exec(QStringLiteral("INSERT INTO instances (id,user_id,name,created_at,updated_at) VALUES ('bench-instance','u','n',1,1)"));
    db.transaction();
    const QString words = QStringLiteral("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor");
    for (int i = 0; i < count; ++i) {
        MessageRecord m;
        m.id = QStringLiteral("row-%1").arg(i, 6, 10, QLatin1Char('0'));
        m.instanceId = kInstance;
        m.remoteJid = kChat;
        m.messageId = QStringLiteral("M%1").arg(i);
        m.fromMe = i % 3 == 0;
        m.content = words.left(12 + (i * 37) % (words.size() - 12)) + QStringLiteral(" #%1").arg(i);
        m.status = m.fromMe ? QStringLiteral("read") : QStringLiteral("received");
        m.createdAt = m.updatedAt = 1'700'000'000'000LL + qint64(i) * 60'000;
        if (core::store::MessageRepository::insert(db, m, &error) != core::store::MessageRepository::InsertResult::Inserted)
            return false;
    }
    return db.commit();
}

QStandardItem *itemOf(const MessageRecord &m)
{
    auto *item = new QStandardItem(m.content);
    item->setData(m.id, MessageModel::IdRole);
    item->setData(m.fromMe, MessageModel::FromMeRole);
    item->setData(m.content, MessageModel::TextRole);
    item->setData(m.messageType, MessageModel::TypeRole);
    item->setData(m.status, MessageModel::StatusRole);
    item->setData(m.createdAt, MessageModel::TimeRole);
    item->setData(false, MessageModel::HasMediaRole);
    return item;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100'000;
    const int pages = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    QString error;
    QSqlDatabase db = core::store::Database::open(path, QStringLiteral("seed"), &error);
    QElapsedTimer t;
    t.start();
    if (!seed(db, count)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    std::printf("seeded %d messages in one chat in %.0f ms (Qt %s, %d cpus)\n", count, ms(t), qVersion(), QThread::idealThreadCount());

    if (qEnvironmentVariableIsSet("BENCH_SQL_ONLY")) {
        core::store::MessageRepository repo(db);
        core::store::MessageQuery q;
        q.instanceId = kInstance;
        q.remoteJid = kChat;
        q.limit = MessageModel::PageSize + 1; // as the model asks
        q.countTotal = false;
        t.restart();
        for (int p = 0; p < pages; ++p) {
            const auto page = repo.chatMessages(q);
            q.beforeMs = page.messages.last().createdAt;
            q.beforeId = page.messages.last().id;
        }
        std::printf("sql only: %d pages in %.1f ms\n", pages, ms(t));
    }
    // Ours.
    double oursOpen = 0, oursScroll = 0;
    int oursRows = 0;
    {
        ui::StoreReader reader(path, nullptr);
        MessageModel model(&reader, dir.path());
        ui::ConversationView view;
        view.resize(480, 720);
        view.setMessageModel(&model);
        view.show();
        settle();
        t.restart();
        model.setChat(kInstance, kChat);
        while (model.rowCount() == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        settle();
        view.viewport()->repaint();
        oursOpen = ms(t);
        t.restart();
        for (int p = 0; p < pages && model.hasOlder(); ++p) {
            const int before = model.rowCount();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->minimum());
            while (model.rowCount() == before && model.hasOlder())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            settle(1);
            view.viewport()->repaint();
            if (p + 1 == pages / 10 || p + 1 == pages / 2 || p + 1 == pages)
                std::printf("  ours: %5d rows loaded after %7.0f ms of scrolling up\n", model.rowCount(), ms(t));
        }
        oursScroll = ms(t);
        oursRows = model.rowCount();
    }

    // Peer: every message in a QStandardItemModel.
    double peerOpen = 0, peerScroll = 0;
    {
        t.restart();
        core::store::MessageRepository repo(db);
        core::store::MessageQuery q;
        q.instanceId = kInstance;
        q.remoteJid = kChat;
        q.limit = count;
        const auto page = repo.chatMessages(q);
        QStandardItemModel model;
        QList<QStandardItem *> items;
        items.reserve(page.messages.size());
        for (auto it = page.messages.crbegin(); it != page.messages.crend(); ++it)
            items << itemOf(*it);
        model.invisibleRootItem()->appendRows(items);
        QListView view;
        ui::BubbleDelegate delegate;
        delegate.setRowWidth(480 - 20);
        view.setItemDelegate(&delegate);
        view.setUniformItemSizes(false);
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view.resize(480, 720);
        view.setModel(&model);
        view.show();
        view.scrollToBottom();
        settle();
        view.viewport()->repaint();
        peerOpen = ms(t);
        t.restart();
        // The same walk: up 50 messages at a time, painting each step, as far as ours went.
        const int rows = int(model.rowCount());
        for (int step = 1; step * 50 < oursRows; ++step) {
            view.scrollTo(model.index(std::max(0, rows - 50 * (step + 1)), 0), QAbstractItemView::PositionAtTop);
            settle(1);
            view.viewport()->repaint();
        }
        peerScroll = ms(t);
    }
    std::printf("\n%-48s %10s %10s %8s\n", "measurement", "ours_ms", "peer_ms", "ratio");
    std::printf("%-48s %10.1f %10.1f %8.3f\n", "open the chat (first screen painted)", oursOpen, peerOpen, oursOpen / peerOpen);
    std::printf("%-48s %10.1f %10.1f %8.3f\n", qPrintable(QStringLiteral("scroll up through %1 older messages").arg(oursRows - 50)),
                oursScroll, peerScroll, oursScroll / peerScroll);
    std::printf("%-48s %10.1f %10.1f %8.3f\n", "open + scroll", oursOpen + oursScroll, peerOpen + peerScroll,
                (oursOpen + oursScroll) / (peerOpen + peerScroll));
    std::printf("(ratio < 1: ours is faster; peer holds all %d rows, ours %d)\n", count, oursRows);
    db = QSqlDatabase();
    core::store::Database::close(QStringLiteral("seed"));
    return 0;
}
