// The whole flow a newcomer sees in sandbox mode, scripted through the window: a simulated
// WhatsApp network runs in process (the same EmbeddedSandbox as `wamulti --sandbox`), an
// instance created in the window shows a QR code, a simulated phone created in the "Simulated
// phones" panel scans it through the sandbox's control API, the instance turns connected and the
// QR disappears; the statistics then count what happened.
#include "embeddedsandbox.h"
#include "uitestsupport.h"

#include "core/instances/instancemanager.h"
#include "core/runtime/appruntime.h"
#include "ui/instanceactions.h"
#include "ui/instancelistmodel.h"
#include "ui/activitymodel.h"
#include "ui/instancepage.h"
#include "ui/mainwindow.h"
#include "ui/qrwidget.h"
#include "ui/sandboxpanel.h"
#include "ui/statspage.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
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

        // 4. The statistics count the instance as connected.
        window.showSection(ui::MainWindow::StatisticsSection);
        window.statsPage()->refresh();
        QCOMPARE(window.statsPage()->shownTotal(QStringLiteral("system.instances")), qint64(1));
        QCOMPARE(window.statsPage()->shownTotal(QStringLiteral("system.connected")), qint64(1));
        QVERIFY(uitest::screenshot(&window, QStringLiteral("flow-3-statistics")) > 5);
    }
};

QTEST_MAIN(TstFlow)
#include "tst_flow.moc"
