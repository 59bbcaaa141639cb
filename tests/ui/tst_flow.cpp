// The whole flow a newcomer sees in sandbox mode, scripted through the window: a simulated
// WhatsApp network runs in process (the same EmbeddedSandbox as `wamulti --sandbox`), an
// instance created in the window shows a QR code, a simulated phone created in the "Simulated
// phones" panel scans it through the sandbox's control API, the instance turns connected and the
// QR disappears; a message typed in the composer reaches the phone (as the phone's own client
// decrypted it) and turns delivered; the phone's reply, sent from the panel, appears in the
// conversation; the statistics count both. A second instance links by pairing code instead.
#include "embeddedsandbox.h"
#include "uitestsupport.h"

#include "core/instances/instancemanager.h"
#include "core/runtime/appruntime.h"
#include "testserver.h"
#include "ui/chatlistmodel.h"
#include "ui/chatspage.h"
#include "ui/composer.h"
#include "ui/conversationview.h"
#include "ui/instanceactions.h"
#include "ui/instancelistmodel.h"
#include "ui/activitymodel.h"
#include "ui/instancepage.h"
#include "ui/messagemodel.h"
#include "ui/mainwindow.h"
#include "ui/qrwidget.h"
#include "ui/sandboxpanel.h"
#include "ui/statspage.h"

#include <QDockWidget>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

namespace st = core::instances::status;

class TstFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    wamulti::EmbeddedSandbox m_sandbox;
    std::unique_ptr<core::runtime::AppRuntime> m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("ADMIN_PASSWORD"), QStringLiteral("flow-admin-password"));
        env.insert(QStringLiteral("WAMULTI_KEYCHAIN"), QStringLiteral("off"));
        env.insert(QStringLiteral("WAMULTI_FAST_HASH"), QStringLiteral("1"));
        auto load = core::settings::loadConfig({QStringLiteral("wamulti"), QStringLiteral("--sandbox"), QStringLiteral("--data-dir"),
                                                m_dir.path(), QStringLiteral("--port"), QStringLiteral("0")},
                                               env, core::settings::Executable::Gui);
        QCOMPARE(int(load.action), int(core::settings::ConfigLoad::Action::Run));
        QVERIFY(load.config.sandbox);
        QString error;
        QVERIFY2(m_sandbox.start(load.config, &error), qPrintable(error));
        QVERIFY(load.config.waUrl.startsWith(QLatin1String("ws://127.0.0.1:")));
        QVERIFY(load.config.sandboxControlUrl.endsWith(QLatin1String("/sandbox")));
        m_runtime = std::make_unique<core::runtime::AppRuntime>(load.config);
        QVERIFY2(m_runtime->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_runtime.reset(); }

    void createScanConnect()
    {
        ui::MainWindow window(m_runtime.get());
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::SandboxPanel *phones = window.sandboxPanel();
        QVERIFY(phones);
        QVERIFY(window.sandboxDock()->isVisible());

        // 1. An instance created in the window shows a QR code.
        QString error;
        const QString id = window.actions()->create(QStringLiteral("Flow demo"), QStringLiteral("created by tst_ui_flow"), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(window.currentInstanceId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(window.instancePage()->showsQr(), 15000);
        const QString code = m_runtime->instances()->state(id).qrCode;
        QCOMPARE(window.instancePage()->qrWidget()->payload(), code);
        QVERIFY(code.startsWith(QLatin1String("https://wa.me/settings/linked_devices#2@")));
        QVERIFY(uitest::screenshot(&window, QStringLiteral("flow-1-qr")) > 5);

        // 2. A simulated phone appears in the panel (POST /sandbox/phones).
        phones->numberEdit()->setText(QStringLiteral("+55 11 95555-0000"));
        phones->createPhone(phones->numberEdit()->text(), QStringLiteral("Flow phone"));
        QTRY_VERIFY_WITH_TIMEOUT(phones->phoneNumbers().contains(QStringLiteral("5511955550000")), 10000);
        phones->createPhone(QStringLiteral("12ab"), QString()); // refused in the panel, with the reason
        QVERIFY(phones->logText().contains(QLatin1String("not a phone number")));
        phones->selectPhone(QStringLiteral("5511955550000"));
        QTRY_VERIFY(phones->scanButton()->isEnabled());

        // 3. It scans the code (POST /sandbox/phones/{number}/scan); the instance connects.
        QTest::mouseClick(phones->scanButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->instances()->state(id).status == st::connected, 20000);
        QTRY_VERIFY(!window.instancePage()->showsQr());
        QTRY_VERIFY(window.instancePage()->accountLabel()->text().contains(QLatin1String("+5511955550000")));
        window.instanceModel()->flushPending();
        const int row = window.instanceModel()->rowOf(id);
        QCOMPARE(window.instanceModel()->index(row, ui::InstanceListModel::Status).data().toString(), QStringLiteral("Connected"));
        QCOMPARE(window.instanceModel()->index(row, ui::InstanceListModel::Phone).data().toString(), QStringLiteral("+5511955550000"));
        QTRY_VERIFY(phones->logText().contains(QLatin1String("scanned the code")));
        QTRY_VERIFY(window.instancePage()->activityModel()->rowCount() >= 3); // created, QR shown, linked, connected
        QVERIFY(uitest::screenshot(&window, QStringLiteral("flow-2-connected")) > 5);

        // 4. A customer (another simulated phone) writes first, from the panel; the chat appears.
        //    (The phone that scanned is the instance's own account: what it sends shows as ours.)
        testsupport::HttpClient control(m_runtime->config().sandboxControlUrl);
        phones->createPhone(QStringLiteral("5511944440000"), QStringLiteral("Customer"));
        QTRY_VERIFY_WITH_TIMEOUT(phones->phoneNumbers().contains(QStringLiteral("5511944440000")), 10000);
        phones->selectPhone(QStringLiteral("5511944440000"));
        const QString phoneJid = QStringLiteral("5511944440000@s.whatsapp.net");
        QTRY_VERIFY(phones->sendButton()->isEnabled());
        phones->sendAsSelectedPhone(QStringLiteral("Hi! Is my order ready?"));
        QTRY_VERIFY_WITH_TIMEOUT(phones->logText().contains(QLatin1String("sent the message")), 15000);
        window.showInstanceTab(ui::MainWindow::ChatsTab);
        ui::ChatsPage *chats = window.chatsPage();
        QTRY_VERIFY_WITH_TIMEOUT(chats->chatModel()->rowOf(phoneJid) >= 0, 15000);
        chats->openChat(phoneJid);
        QTRY_VERIFY_WITH_TIMEOUT(chats->messageModel()->rowCount() >= 1, 10000);
        QCOMPARE(chats->messageModel()->index(chats->messageModel()->rowCount() - 1).data(ui::MessageModel::TextRole).toString(),
                 QStringLiteral("Hi! Is my order ready?"));
        QVERIFY(!chats->messageModel()->index(0).data(ui::MessageModel::FromMeRole).toBool());

        // 5. The operator answers from the composer; the phone's own client decrypts it, and the
        //    delivery receipt turns our bubble's ticks.
        QTest::keyClicks(chats->composer()->editor(), QStringLiteral("Yes, it leaves today."));
        QTest::keyClick(chats->composer()->editor(), Qt::Key_Return);
        auto phoneGot = [&](const QString &text) {
            const auto r = control.get(QStringLiteral("/phones/5511944440000/messages"));
            for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array())
                if (v.toObject().value(QStringLiteral("text")).toString() == text)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(phoneGot(QStringLiteral("Yes, it leaves today.")), 15000);
        QVERIFY2(chats->composer()->error().isEmpty(), qPrintable(chats->composer()->error()));
        QTRY_VERIFY(chats->composer()->editor()->toPlainText().isEmpty()); // cleared once accepted
        auto lastMine = [&]() -> QModelIndex {
            for (int r = chats->messageModel()->rowCount() - 1; r >= 0; --r)
                if (chats->messageModel()->index(r).data(ui::MessageModel::FromMeRole).toBool())
                    return chats->messageModel()->index(r);
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(lastMine().isValid(), 10000);
        QCOMPARE(lastMine().data(ui::MessageModel::TextRole).toString(), QStringLiteral("Yes, it leaves today."));
        QTRY_VERIFY_WITH_TIMEOUT((lastMine().data(ui::MessageModel::StatusRole).toString() == QLatin1String("delivered")
                                                                  || lastMine().data(ui::MessageModel::StatusRole).toString() == QLatin1String("read")),
                                 15000);

        // 6. The phone replies; the reply lands in the open conversation.
        phones->sendAsSelectedPhone(QStringLiteral("Great, thank you!"));
        QTRY_VERIFY_WITH_TIMEOUT(chats->messageModel()->index(chats->messageModel()->rowCount() - 1).data(ui::MessageModel::TextRole).toString()
                                     == QLatin1String("Great, thank you!"),
                                 15000);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("flow-3-conversation")) > 5);

        // 7. The statistics count it all.
        window.showSection(ui::MainWindow::StatisticsSection);
        window.statsPage()->setScope(id);
        window.statsPage()->setPeriod(QStringLiteral("today"));
        QTRY_VERIFY_WITH_TIMEOUT((window.statsPage()->refresh(), window.statsPage()->shownTotal(QStringLiteral("messagesReceived")) >= 2), 10000);
        QCOMPARE(window.statsPage()->shownTotal(QStringLiteral("messagesSent")), qint64(1));
        QCOMPARE(window.statsPage()->chartSum(0), qint64(1)); // the chart's "Sent" bars
        QCOMPARE(window.statsPage()->shownTotal(QStringLiteral("system.instances")), qint64(1));
        QCOMPARE(window.statsPage()->shownTotal(QStringLiteral("system.connected")), qint64(1));
        QVERIFY(uitest::screenshot(&window, QStringLiteral("flow-4-statistics")) > 5);

        // 8. A second instance links by pairing code: the instance page asks for one for the
        //    phone's number, the panel's phone types it.
        window.showSection(ui::MainWindow::InstancesSection);
        window.showInstanceTab(ui::MainWindow::OverviewTab);
        phones->createPhone(QStringLiteral("5511966660000"), QStringLiteral("Second phone"));
        QTRY_VERIFY_WITH_TIMEOUT(phones->phoneNumbers().contains(QStringLiteral("5511966660000")), 10000);
        const QString second = window.actions()->create(QStringLiteral("Paired by code"), QString(), &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->instances()->state(second).status == st::qr, 15000);
        QVERIFY(!window.instancePage()->requestPairingCode(QStringLiteral("12")));
        QVERIFY(window.instancePage()->pairingCodeLabel()->text().contains(QLatin1String("not a phone number")));
        QVERIFY(window.instancePage()->requestPairingCode(QStringLiteral("+55 11 96666-0000")));
        QTRY_VERIFY_WITH_TIMEOUT(!phones->pairingCodeEdit()->text().isEmpty(), 15000);
        QVERIFY(window.instancePage()->pairingCodeLabel()->text().contains(phones->pairingCodeEdit()->text().left(4)));
        QVERIFY(uitest::screenshot(&window, QStringLiteral("flow-5-pairing-code")) > 5);
        phones->selectPhone(QStringLiteral("5511966660000"));
        phones->enterPairingCode(phones->pairingCodeEdit()->text());
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->instances()->state(second).status == st::connected, 20000);
        QTRY_COMPARE(m_runtime->instances()->get(second)->phone, QStringLiteral("5511966660000"));
    }
};

QTEST_MAIN(TstFlow)
#include "tst_flow.moc"
