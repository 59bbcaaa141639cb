// The pages of the window one by one, over a real runtime: the QR widget draws what libqrencode
// encodes and the instance page follows rotations with a countdown, then shows the linked
// account; the webhook form saves every spec field with the API's rules and refuses bad input
// with a message; Settings writes the file AppConfig reads and handles the API key; the user and
// instance dialogs refuse bad input; the conversation opens stored documents.
#include "fakebackend.h"
#include "testserver.h"
#include "webhookreceiver.h"
#include "uitestsupport.h"

#include "core/instances/instancemanager.h"
#include "core/users/userservice.h"
#include "ui/activitymodel.h"
#include "ui/bubbledelegate.h"
#include "ui/chatlistmodel.h"
#include "ui/chatspage.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/deliverymodel.h"
#include "ui/deliverypanel.h"
#include "ui/instancedialog.h"
#include "ui/instancepage.h"
#include "ui/messagemodel.h"
#include "ui/qrtracker.h"
#include "ui/qrwidget.h"
#include "ui/settingspage.h"
#include "ui/storereader.h"
#include "ui/userdialog.h"
#include "ui/webhookpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

namespace st = core::instances::status;

namespace {
QString makeInstance(core::runtime::AppRuntime *rt, const QString &name)
{
    core::store::InstanceRecord r;
    r.userId = rt->users()->list(1, 0).first().id;
    r.name = name;
    return rt->instances()->create(r, QString()).value().id;
}
const QString qrA = QStringLiteral("https://wa.me/settings/linked_devices#2@AAAA,BBBB,CCCC,DDDD");
const QString qrB = QStringLiteral("https://wa.me/settings/linked_devices#2@EEEE,FFFF,GGGG,HHHH");
} // namespace

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TstPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qrWidgetDrawsTheEncodedModules()
    {
        ui::QrWidget qr;
        qr.resize(300, 300);
        QVERIFY(qr.setPayload(qrA));
        const int n = qr.moduleCount();
        QVERIFY(n >= 21 && (n - 17) % 4 == 0); // a QR version: 21, 25, 29, ... modules
        // Finder patterns: the 7x7 squares in three corners, dark ring, light ring, dark centre.
        for (auto [ox, oy] : {std::pair{0, 0}, std::pair{n - 7, 0}, std::pair{0, n - 7}}) {
            QVERIFY(qr.isDark(ox, oy) && qr.isDark(ox + 6, oy + 6) && qr.isDark(ox + 3, oy + 3));
            QVERIFY(!qr.isDark(ox + 1, oy + 1) && !qr.isDark(ox + 5, oy + 5));
        }
        // The pixels say the same as the matrix, module by module (quiet zone of 4 modules).
        const QImage image = qr.grab().toImage();
        const int module = 300 / (n + 8);
        const int origin = (300 - module * (n + 8)) / 2;
        int mismatches = 0;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const QColor c = image.pixelColor(origin + (x + 4) * module + module / 2, origin + (y + 4) * module + module / 2);
                mismatches += (c.lightness() < 128) != qr.isDark(x, y);
            }
        QCOMPARE(mismatches, 0);
        QCOMPARE(image.pixelColor(origin + 1, origin + 1), QColor(Qt::white)); // quiet zone
        const int encodings = qr.encodings();
        QVERIFY(qr.setPayload(qrA)); // same code: not encoded again
        QCOMPARE(qr.encodings(), encodings);
        QVERIFY(qr.setPayload(qrB));
        QCOMPARE(qr.encodings(), encodings + 1);
        QVERIFY(!qr.setPayload(QString(8000, QLatin1Char('x')))); // more than a QR code holds
        QCOMPARE(qr.moduleCount(), 0);
    }

    void instancePageFollowsRotationThenShowsTheAccount()
    {
        uitest::FakeEngine engine;
        testsupport::TestServer server({}, {}, engine.factory());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::QrTracker tracker(rt->instances());
        ui::InstancePage page(rt->instances(), &tracker, &reader);
        page.resize(700, 800);
        page.show();
        const QString id = makeInstance(rt, QStringLiteral("Front desk"));
        page.setInstance(id);
        QVERIFY(!page.showsQr());
        QVERIFY(engine.of(id));
        QCOMPARE(engine.of(id)->starts, 1);

        engine.of(id)->show(st::qr, qrA);
        QVERIFY(page.showsQr());
        QCOMPARE(page.qrWidget()->payload(), qrA);
        QCOMPARE(tracker.current(id)->index, 0);
        QCOMPARE(tracker.current(id)->lifetimeMs, qint64(60000)); // the first code lives a minute
        QVERIFY2(page.countdownLabel()->text().contains(QLatin1String("60 s")) || page.countdownLabel()->text().contains(QLatin1String("59 s")),
                 qPrintable(page.countdownLabel()->text()));
        QCOMPARE(page.statusLabel()->text(), QStringLiteral("Waiting for QR scan"));
        QVERIFY(uitest::screenshot(&page, QStringLiteral("instance-qr")) > 3);

        engine.of(id)->show(st::qr, qrB); // rotation: redrawn, 20 s
        QCOMPARE(page.qrWidget()->payload(), qrB);
        QCOMPARE(tracker.current(id)->index, 1);
        QCOMPARE(tracker.current(id)->lifetimeMs, qint64(20000));
        QVERIFY(page.countdownLabel()->text().contains(QLatin1String("20 s")) || page.countdownLabel()->text().contains(QLatin1String("19 s")));

        engine.of(id)->link(QStringLiteral("5511987654321:3@s.whatsapp.net"));
        engine.of(id)->show(st::connected);
        QVERIFY(!page.showsQr());
        QVERIFY(!tracker.current(id));
        QVERIFY2(page.accountLabel()->text().contains(QLatin1String("+5511987654321")), qPrintable(page.accountLabel()->text()));
        QCOMPARE(page.statusLabel()->text(), QStringLiteral("Connected"));
        // The activity log (read on the reader thread) shows what happened.
        QTRY_VERIFY(page.activityModel()->rowCount() >= 2);
        QCOMPARE(page.activityModel()->index(0, 0).data(ui::ActivityModel::ActionRole).toString(), QStringLiteral("connected"));
        // The time and event columns are as wide as their text once rows have arrived.
        for (int column : {int(ui::ActivityModel::Time), int(ui::ActivityModel::Event)}) {
            const QString text = page.activityModel()->index(0, column).data().toString();
            const int needed = page.activityView()->fontMetrics().horizontalAdvance(text);
            QTRY_VERIFY2(page.activityView()->columnWidth(column) >= needed,
                         qPrintable(QStringLiteral("column %1 is %2 px for \"%3\" (%4 px)")
                                        .arg(column).arg(page.activityView()->columnWidth(column)).arg(text).arg(needed)));
        }
        QVERIFY(uitest::screenshot(&page, QStringLiteral("instance-connected")) > 3);

        engine.of(id)->show(st::connecting);
        engine.of(id)->show(st::qr, qrA); // a new round starts at the first code again
        QCOMPARE(tracker.current(id)->index, 0);
    }

    void webhookFormSavesEverySpecField()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("Hooks"));
        ui::WebhookPage page(rt->instances());
        page.resize(900, 600);
        page.show();
        page.setInstance(id);
        QVERIFY(page.isEnabled());

        page.enabledBox()->setChecked(true);
        QVERIFY(!page.save()); // enabled without a URL
        QVERIFY2(page.lastError().contains(QLatin1String("webhookUrl")), qPrintable(page.lastError()));
        page.urlEdit()->setText(QStringLiteral("ftp://example.com/hook"));
        QVERIFY(!page.save());
        QVERIFY2(page.lastError().contains(QLatin1String("http")), qPrintable(page.lastError()));
        page.urlEdit()->setText(QStringLiteral("https://user:pw@example.com/hook"));
        QVERIFY(!page.save());

        page.urlEdit()->setText(QStringLiteral("https://example.com/hook"));
        page.notifyBox(1)->setChecked(false); // sent
        page.notifyBox(2)->setChecked(true);  // delivery
        page.notifyBox(3)->setChecked(true);  // read
        page.retriesBox()->setValue(5);
        page.intervalBox()->setValue(30'000);
        page.secretEdit()->setText(QStringLiteral("s3cret-value"));
        page.addHeaderRow(QStringLiteral("Content-Type"), QStringLiteral("text/plain"));
        QVERIFY(!page.save()); // a header WaMulti sets itself
        QVERIFY(page.lastError().contains(QLatin1String("Content-Type")));
        page.headersTable()->item(0, 0)->setText(QStringLiteral("X-Team"));
        page.headersTable()->item(0, 1)->setText(QStringLiteral("blue"));
        page.addHeaderRow(QStringLiteral("X-Team"), QStringLiteral("red"));
        QVERIFY(!page.save());
        QVERIFY(page.lastError().contains(QLatin1String("twice")));
        page.headersTable()->removeRow(1);
        page.formatBox()->setCurrentIndex(page.formatBox()->findData(QStringLiteral("legacy")));
        QVERIFY2(page.save(), qPrintable(page.lastError()));

        const auto r = *rt->instances()->get(id);
        QCOMPARE(r.webhookUrl, QStringLiteral("https://example.com/hook"));
        QVERIFY(r.webhookEnabled);
        QVERIFY(r.webhook.notifyReceived && !r.webhook.notifySent && r.webhook.notifyDelivery && r.webhook.notifyRead);
        QCOMPARE(r.webhook.maxRetries, 5);
        QCOMPARE(r.webhook.retryInterval, qint64(30000));
        QCOMPARE(r.webhook.headers, QJsonObject({{QStringLiteral("X-Team"), QStringLiteral("blue")}}));
        QCOMPARE(r.webhook.format, QStringLiteral("legacy"));
        QCOMPARE(rt->instances()->webhookSecret(id), QStringLiteral("s3cret-value"));
        QVERIFY(page.secretEdit()->text().isEmpty()); // not shown again unless asked
        QCOMPARE(page.headersTable()->rowCount(), 1);
        QVERIFY(uitest::screenshot(&page, QStringLiteral("webhooks")) > 3);

        // Saving again without touching the secret keeps it; removing it clears it.
        page.retriesBox()->setValue(7);
        QVERIFY(page.save());
        QCOMPARE(rt->instances()->webhookSecret(id), QStringLiteral("s3cret-value"));
        page.clearSecretBox()->setChecked(true);
        QVERIFY(page.save());
        QVERIFY(rt->instances()->webhookSecret(id).isEmpty());
        QCOMPARE(rt->instances()->get(id)->webhook.maxRetries, 7);
    }

    void settingsWriteTheFileAppConfigReads()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString admin = rt->users()->list(1, 0).first().id;
        const QString key = server.adminApiKey();
        ui::SettingsPage page(rt->config(), rt->apiUrl(), rt->users(), [admin] { return admin; });
        page.resize(1000, 600);
        page.show();
        page.hostEdit()->setText(QStringLiteral("not-an-address"));
        QVERIFY(!page.saveApiAddress());
        QVERIFY(page.apiMessage()->text().contains(QLatin1String("not an IP address")));
        page.hostEdit()->setText(QStringLiteral("0.0.0.0"));
        page.portBox()->setValue(8123);
        QVERIFY(page.saveApiAddress());
        const auto load = core::settings::loadConfig({QStringLiteral("wamulti"), QStringLiteral("--data-dir"), rt->config().dataDir},
                                                     QProcessEnvironment(), core::settings::Executable::Gui);
        QCOMPARE(int(load.action), int(core::settings::ConfigLoad::Action::Run));
        QCOMPARE(load.config.port, quint16(8123));
        QCOMPARE(load.config.host, QHostAddress(QHostAddress::AnyIPv4));

        // The key: hidden, shown on request, copied, regenerated.
        QVERIFY(!page.apiKeyLabel()->text().contains(key));
        QVERIFY(!page.isApiKeyShown());
        QVERIFY(uitest::screenshot(&page, QStringLiteral("settings")) > 3);
        page.showApiKey(true);
        QCOMPARE(page.apiKeyLabel()->text(), key);
        page.copyApiKey();
        QCOMPARE(QApplication::clipboard()->text(), key);
        QVERIFY(page.regenerateApiKey(false));
        QVERIFY(!rt->users()->findByApiKey(key));
        const QString fresh = page.apiKeyLabel()->text();
        QVERIFY(fresh != key && fresh.startsWith(QLatin1String("wam_")));
        QVERIFY(rt->users()->findByApiKey(fresh));
        page.showApiKey(false);
        QVERIFY(!page.apiKeyLabel()->text().contains(fresh));
    }

    void dialogsRefuseBadInput()
    {
        ui::InstanceDialog dialog(QStringLiteral("New instance"), QStringLiteral("   "), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(!dialog.errorLabel()->isHidden());
        dialog.nameEdit()->setText(QStringLiteral("Ok name"));
        dialog.descriptionEdit()->setPlainText(QString(2001, QLatin1Char('d')));
        QVERIFY(dialog.problem().contains(QLatin1String("2001")));
        dialog.descriptionEdit()->setPlainText(QStringLiteral("fine"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *users = server.runtime->users();
        QString created;
        ui::UserDialog userDialog(nullptr, [&](const core::users::UserInput &in) {
            const auto made = users->create(in);
            if (!made.ok())
                return QStringLiteral("%1: %2").arg(made.failure().field, made.failure().message);
            created = made.value().user.id;
            return QString();
        });
        userDialog.emailEdit()->setText(QStringLiteral("not-an-email"));
        userDialog.passwordEdit()->setText(QStringLiteral("long-enough-password"));
        userDialog.accept();
        QVERIFY(!userDialog.errorLabel()->isHidden());
        QVERIFY2(userDialog.errorLabel()->text().startsWith(QLatin1String("email")), qPrintable(userDialog.errorLabel()->text()));
        userDialog.emailEdit()->setText(QStringLiteral("ops@example.com"));
        userDialog.roleBox()->setCurrentIndex(1);
        userDialog.messageLimitBox()->setChecked(true);
        userDialog.messageLimit()->setValue(250);
        userDialog.accept();
        QCOMPARE(userDialog.result(), int(QDialog::Accepted));
        const auto user = users->find(created);
        QVERIFY(user && user->isAdmin());
        QCOMPARE(user->maxMessagesSent.value_or(-1), qint64(250));
        QVERIFY(!user->maxApiCalls);
    }

    void conversationShowsBubblesAndOpensDocuments()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("Chats"));
        const QString alice = QStringLiteral("5511900000001@s.whatsapp.net");
        QDir(rt->config().dataDir).mkpath(QStringLiteral("media"));
        QFile file(rt->config().dataDir + QStringLiteral("/media/report.pdf"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4\n") > 0);
        file.close();
        QVector<core::store::MessageRecord> rows;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        rows << uitest::message(id, alice, QStringLiteral("a1"), false, now - 60'000, QStringLiteral("Hello! Is the order on its way?"));
        rows << uitest::message(id, alice, QStringLiteral("a2"), true, now - 50'000, QStringLiteral("Yes, it left this morning."), QStringLiteral("read"));
        rows << uitest::message(id, alice, QStringLiteral("a3"), true, now - 40'000, QStringLiteral("Here is the invoice."), QStringLiteral("delivered"));
        auto doc = uitest::message(id, alice, QStringLiteral("a4"), true, now - 30'000, QString(), QStringLiteral("sent"));
        doc.messageType = QStringLiteral("document");
        doc.hasMedia = true;
        doc.fileName = QStringLiteral("report.pdf");
        doc.mediaPath = QStringLiteral("media/report.pdf");
        doc.mediaSize = 48'213;
        rows << doc;
        rows << uitest::message(id, alice, QStringLiteral("a5"), false, now - 20'000, QStringLiteral("Thanks!"));
        QVERIFY(uitest::insert(rt, rows));
        QVERIFY(uitest::contact(rt, id, alice, QStringLiteral("Alice Example")));

        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::ChatsPage page(&reader, rt->config().dataDir);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setInstance(id);
        QTRY_COMPARE(page.chatModel()->rowCount(), 1);
        page.chatList()->setCurrentIndex(page.chatModel()->index(0));
        QCOMPARE(page.currentChat(), alice);
        QTRY_COMPARE(page.messageModel()->rowCount(), 5);
        QTRY_VERIFY(page.conversation()->isAtBottom());
        // Ours on the right, theirs on the left.
        auto *view = page.conversation();
        const QModelIndex mine = view->model()->index(1, 0), theirs = view->model()->index(0, 0);
        QStyleOptionViewItem option;
        option.font = view->font();
        const auto lm = view->bubbleDelegate()->layoutFor(option, mine), lt = view->bubbleDelegate()->layoutFor(option, theirs);
        QVERIFY(lm.bubble.right() > lt.bubble.right() && lm.bubble.left() > lt.bubble.left());
        QVERIFY(uitest::screenshot(&page, QStringLiteral("chats")) > 6);

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QSignalSpy status(&page, &ui::ChatsPage::statusMessage);
        const QModelIndex docRow = view->model()->index(3, 0);
        view->setCurrentIndex(docRow);
        Q_EMIT view->activated(docRow);
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first().toLocalFile(), rt->config().dataDir + QStringLiteral("/media/report.pdf"));
        QFile::remove(rt->config().dataDir + QStringLiteral("/media/report.pdf"));
        Q_EMIT view->activated(docRow);
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(status.size(), 1); // "not stored on this computer"
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    void composerSendsTextAndAttachmentsInOrder()
    {
        uitest::FakeEngine engine;
        testsupport::TestServer server({}, {}, engine.factory());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        const QString id = makeInstance(rt, QStringLiteral("Composer"));
        const QString bob = QStringLiteral("5511900000002@s.whatsapp.net");
        QVERIFY(uitest::insert(rt, {uitest::message(id, bob, QStringLiteral("b1"), false, 1000, QStringLiteral("unread one")),
                                    uitest::message(id, bob, QStringLiteral("b2"), false, 2000, QStringLiteral("unread two"))}));
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::ChatsPage page(&reader, rt->config().dataDir, rt->instances(), 1024 * 1024);
        page.resize(900, 600);
        page.show();
        page.setInstance(id);
        QTRY_COMPARE(page.chatModel()->rowCount(), 1);
        QCOMPARE(page.chatModel()->index(0).data(ui::ChatListModel::UnreadRole).toLongLong(), qint64(2));

        // Not connected: refused with the manager's reason, nothing sent.
        page.openChat(bob);
        ui::Composer *composer = page.composer();
        QVERIFY(composer->isEnabled());
        QTest::keyClicks(composer->editor(), QStringLiteral("hello"));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY2(composer->error().contains(QLatin1String("Not sent")), qPrintable(composer->error()));
        QVERIFY(engine.of(id)->sent.isEmpty());

        // Connected: opening the chat sent read receipts for the two unread messages.
        engine.of(id)->show(st::connected);
        page.openChat(QString());
        page.openChat(bob);
        QTRY_COMPARE(engine.of(id)->reads.size(), 1);
        QCOMPARE(engine.of(id)->reads.first().first, bob);
        QCOMPARE(engine.of(id)->reads.first().second, QStringList({QStringLiteral("b1"), QStringLiteral("b2")}));

        // Text, then two attachments dropped on the conversation: three messages, in order, the
        // text as the first file's caption.
        QTemporaryDir files;
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::red);
        const QString png = files.filePath(QStringLiteral("photo.png"));
        QVERIFY(picture.save(png));
        QFile pdf(files.filePath(QStringLiteral("offer.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly) && pdf.write("%PDF-1.4\n%%EOF\n") > 0);
        pdf.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(png), QUrl::fromLocalFile(pdf.fileName()), QUrl::fromLocalFile(files.path())});
        // As a drag does: enter (the target accepts), then drop.
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page.conversation()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page.conversation()->viewport(), &drop);
        QCOMPARE(composer->attachments().size(), 2); // the folder is not a file
        composer->editor()->setPlainText(QStringLiteral("Here they are"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(engine.of(id)->sent.size(), 2);
        const auto &first = engine.of(id)->sent[0];
        QCOMPARE(first.to, bob);
        QCOMPARE(int(first.content.kind), int(wa::message::ContentKind::Image));
        QCOMPARE(first.content.text, QStringLiteral("Here they are"));
        QCOMPARE(first.media, [&] { QFile f(png); f.open(QIODevice::ReadOnly); return f.readAll(); }());
        QCOMPARE(first.content.media->mimeType, QStringLiteral("image/png"));
        const auto &second = engine.of(id)->sent[1];
        QCOMPARE(int(second.content.kind), int(wa::message::ContentKind::Document));
        QCOMPARE(second.content.media->fileName, QStringLiteral("offer.pdf"));
        QVERIFY(second.content.text.isEmpty());
        QTRY_VERIFY(composer->attachments().isEmpty()); // cleared once all were accepted
        QVERIFY(composer->editor()->toPlainText().isEmpty());

        composer->editor()->setPlainText(QStringLiteral("just text"));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QTRY_COMPARE(engine.of(id)->sent.size(), 3);
        QCOMPARE(int(engine.of(id)->sent[2].content.kind), int(wa::message::ContentKind::Text));
        QCOMPARE(engine.of(id)->sent[2].content.text, QStringLiteral("just text"));

        // Refusals: too large a file; the engine's answer; nothing to send.
        QFile big(files.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.write(QByteArray(1024 * 1024 + 1, 'x')) > 0);
        big.close();
        composer->addAttachments({big.fileName()});
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY2(composer->error().contains(QLatin1String("big.bin")), qPrintable(composer->error()));
        QCOMPARE(engine.of(id)->sent.size(), 3);
        composer->clear();
        engine.of(id)->sendAnswer = {false, {}, 0, 0, QStringLiteral("the recipient is not on WhatsApp"), QStringLiteral("not_on_whatsapp")};
        composer->editor()->setPlainText(QStringLiteral("to nobody"));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QTRY_VERIFY(composer->error().contains(QLatin1String("not on WhatsApp")));
        QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("to nobody")); // kept, to try again
        composer->clear();
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QVERIFY(composer->error().contains(QLatin1String("Type a message")));
        // Shift+Enter is a new line, not a send.
        composer->clear();
        QTest::keyClicks(composer->editor(), QStringLiteral("line one"));
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(composer->editor()->toPlainText().contains(QLatin1Char('\n')));
        QVERIFY(uitest::screenshot(&page, QStringLiteral("composer")) > 5);
    }

    void pairingCodeOnTheOverview()
    {
        uitest::FakeEngine engine;
        testsupport::TestServer server({}, {}, engine.factory());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::QrTracker tracker(rt->instances());
        ui::InstancePage page(rt->instances(), &tracker, &reader);
        page.resize(700, 860);
        page.show();
        const QString id = makeInstance(rt, QStringLiteral("By number"));
        page.setInstance(id);
        // Not waiting to be linked yet: the manager's reason.
        QVERIFY(!page.requestPairingCode(QStringLiteral("5511912345678")));
        QVERIFY(page.pairingCodeLabel()->text().contains(QLatin1String("not waiting")));
        engine.of(id)->show(st::qr, qrA);
        QVERIFY(!page.requestPairingCode(QStringLiteral("call me")));
        QVERIFY(page.pairingCodeLabel()->text().contains(QLatin1String("not a phone number")));
        QVERIFY(engine.of(id)->pairingNumbers.isEmpty());
        page.pairingNumberEdit()->setText(QStringLiteral("+55 11 91234-5678"));
        QTest::keyClick(page.pairingNumberEdit(), Qt::Key_Return);
        QCOMPARE(engine.of(id)->pairingNumbers, QStringList{QStringLiteral("5511912345678")});
        QCOMPARE(page.pairingCodeLabel()->text(), QStringLiteral("K7QZ-2M4P"));
        QVERIFY(uitest::screenshot(&page, QStringLiteral("instance-pairing-code")) > 3);
        engine.of(id)->show(st::connected); // linked: the code is gone
        QVERIFY(page.pairingCodeLabel()->isHidden());
    }

    void deliveryLogTestFireAndReplay()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *rt = server.runtime.get();
        testsupport::WebhookReceiver receiver; // a real HTTP server on 127.0.0.1
        int failFrom = 1000;
        receiver.setScript([&](const testsupport::WebhookReceiver::Hit &, int index) {
            return testsupport::WebhookReceiver::Answer::of(index >= failFrom && index < failFrom + 1 ? 500 : 200);
        });
        const QString id = makeInstance(rt, QStringLiteral("Hooked"));
        ui::StoreReader reader(rt->config().databasePath, rt->writer());
        ui::DeliveryPanel panel(rt->instances(), rt->deliveries(), rt->dispatcher(), &reader);
        panel.resize(900, 400);
        panel.show();
        panel.setInstance(id);
        // No URL yet: the test button says what to do first.
        QVERIFY(panel.sendTest().contains(QLatin1String("webhook URL")));

        auto r = *rt->instances()->get(id);
        r.webhookUrl = receiver.url();
        r.webhookEnabled = true;
        r.webhook.maxRetries = 0; // a failure is final at once: no waiting in this test
        QVERIFY(rt->instances()->update(r, std::nullopt).ok()); // queues webhook_updated
        QVERIFY(panel.sendTest().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 2, 10000);
        auto *model = panel.model();
        auto rowOf = [&](const QString &event) {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row, ui::DeliveryModel::Event).data().toString() == event)
                    return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("webhook_test")) >= 0
                                     && model->index(rowOf(QStringLiteral("webhook_test")), 0).data(ui::DeliveryModel::StateRole).toString()
                                            == QLatin1String("delivered"),
                                 10000);
        QCOMPARE(model->index(rowOf(QStringLiteral("webhook_test")), ui::DeliveryModel::Answer).data().toString(), QStringLiteral("HTTP 200"));

        // The receiver fails the next one: it is dead (no retries left); replay delivers it.
        failFrom = int(receiver.hits.size());
        QVERIFY(panel.sendTest().isEmpty());
        panel.filterBox()->setCurrentIndex(panel.filterBox()->findData(QStringLiteral("dead")));
        Q_EMIT panel.filterBox()->activated(panel.filterBox()->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT((panel.model()->refresh(), model->rowCount() == 1), 10000);
        QCOMPARE(model->index(0, ui::DeliveryModel::Answer).data().toString(), QStringLiteral("HTTP 500"));
        const QByteArray deadId = model->index(0, 0).data(ui::DeliveryModel::IdRole).toString().toLatin1();
        QVERIFY(panel.replaySelected().contains(QLatin1String("Choose")));
        panel.view()->setCurrentIndex(model->index(0, 0));
        QVERIFY(panel.replaySelected().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(receiver.hits.size() == failFrom + 2, 10000);
        QCOMPARE(receiver.hits.last().id(), deadId); // the same event, the same X-Webhook-Id
        panel.filterBox()->setCurrentIndex(panel.filterBox()->findData(QStringLiteral("delivered")));
        Q_EMIT panel.filterBox()->activated(panel.filterBox()->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT((panel.model()->refresh(), model->rowCount() == 3), 10000);
        QVERIFY(model->index(0, ui::DeliveryModel::Attempts).data().toString().contains(QLatin1String("replayed 1")));
        QVERIFY(uitest::screenshot(&panel, QStringLiteral("webhook-deliveries")) > 5);
    }
};

QTEST_MAIN(TstPages)
#include "tst_pages.moc"
