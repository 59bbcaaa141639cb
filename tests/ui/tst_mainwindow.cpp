// The main window over a real runtime: instances created through the API and the window are
// listed and searchable; the tray raises a notice when an instance drops or is logged out; the
// layout and the selection persist in <data-dir>/ui.ini; the language switches at once without
// losing what is typed or selected; the theme switches to dark; every control can be reached
// and named by assistive technology. Screenshots of the main views are saved and are not blank.
#include "fakebackend.h"
#include "testserver.h"
#include "uitestsupport.h"

#include "core/instances/instancemanager.h"
#include "ui/instanceactions.h"
#include "ui/instancelistmodel.h"
#include "ui/instancepage.h"
#include "ui/languagecontroller.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/statspage.h"
#include "ui/themecontroller.h"
#include "ui/traycontroller.h"
#include "ui/userlistmodel.h"
#include "ui/userspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

namespace st = core::instances::status;

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsSearchesAndScreenshotsEveryView()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        ui::MainWindow window(server.runtime.get());
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        testsupport::HttpClient api = server.client();
        api.setApiKey(server.adminApiKey());
        QCOMPARE(api.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("From API")}}).status, 201);
        QString error;
        const QString support = window.createInstance(QStringLiteral("Support desk"), &error);
        QVERIFY2(!support.isEmpty(), qPrintable(error));
        QVERIFY(!window.createInstance(QStringLiteral("Sales team"), &error).isEmpty());
        QVERIFY(window.createInstance(QStringLiteral("   "), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(window.currentInstanceId(), window.instanceModel()->idAt(window.instanceModel()->rowOf(window.currentInstanceId())));
        QTableView *view = window.instanceView();
        QTRY_COMPARE(view->model()->rowCount(), 3);

        QTest::keyClicks(window.searchEdit(), QStringLiteral("sales"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Sales team"));
        window.searchEdit()->clear();
        QCOMPARE(view->model()->rowCount(), 3);

        window.selectInstance(support);
        QCOMPARE(window.currentInstanceId(), support);
        QCOMPARE(window.instancePage()->instanceId(), support);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("mainwindow")) > 5);
        window.showInstanceTab(ui::MainWindow::WebhooksTab);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("mainwindow-webhooks")) > 5);
        window.showSection(ui::MainWindow::StatisticsSection);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("statistics")) > 5);
        window.showSection(ui::MainWindow::UsersSection);
        QCOMPARE(window.usersPage()->model()->rowCount(), 1);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("users")) > 5);
        window.showSection(ui::MainWindow::SettingsSection);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("settings-window")) > 5);

        // Delete through the action (confirmations answered by the test).
        window.showSection(ui::MainWindow::InstancesSection);
        window.actions()->setAssumeYes(true);
        window.selectInstance(support);
        window.actions()->remove()->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(!server.runtime->instances()->get(support));
    }

    void trayNoticesDropsAndLogouts()
    {
        uitest::FakeEngine engine;
        testsupport::TestServer server({}, {}, engine.factory());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        ui::MainWindow window(server.runtime.get());
        QVERIFY(!window.tray()->hasIcon()); // offscreen has no tray; the notices still come
        const QString a = window.createInstance(QStringLiteral("Alpha"));
        const QString b = window.createInstance(QStringLiteral("Beta"));
        QSignalSpy notices(window.tray(), &ui::TrayController::notified);
        engine.of(a)->show(st::connected);
        engine.of(b)->show(st::connected);
        QVERIFY(window.tray()->menuLines().contains(QStringLiteral("Alpha: Connected")));
        engine.of(a)->show(st::connecting); // dropped
        engine.of(b)->show(st::disconnected);
        QVERIFY(notices.wait(3000));
        QCOMPARE(notices.size(), 1); // gathered into one notice
        QCOMPARE(notices.first().at(0).toString(), QStringLiteral("2 instances disconnected"));
        QVERIFY(notices.first().at(1).toString().contains(QLatin1String("Alpha, Beta")));
        notices.clear();
        engine.of(a)->show(st::loggedOut);
        QVERIFY(notices.wait(3000));
        QCOMPARE(notices.first().at(0).toString(), QStringLiteral("Alpha was logged out"));
        QVERIFY(window.lastNotice().contains(QLatin1String("Alpha was logged out")));
        engine.of(b)->show(st::qr, QStringLiteral("2@x,y,z,w")); // not a drop: no notice
        QTest::qWait(ui::TrayController::GatherMs + 200);
        QCOMPARE(notices.size(), 1);
    }

    void layoutAndSelectionPersist()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QString second;
        QList<int> sizes;
        {
            ui::MainWindow window(server.runtime.get());
            window.show();
            window.createInstance(QStringLiteral("One"));
            second = window.createInstance(QStringLiteral("Two"));
            window.createInstance(QStringLiteral("Three"));
            window.selectInstance(second);
            window.resize(1010, 690);
            window.splitter()->setSizes({300, 700});
            sizes = window.splitter()->sizes();
            window.showSection(ui::MainWindow::StatisticsSection);
            window.close(); // saves
        }
        QVERIFY(QFile::exists(server.runtime->config().dataDir + QStringLiteral("/ui.ini")));
        ui::MainWindow again(server.runtime.get());
        again.show();
        QCOMPARE(again.currentInstanceId(), second);
        QCOMPARE(again.size(), QSize(1010, 690));
        QCOMPARE(again.sections()->currentIndex(), int(ui::MainWindow::StatisticsSection));
        again.showSection(ui::MainWindow::InstancesSection);
        QTRY_COMPARE(again.splitter()->sizes(), sizes);
    }

    void languageSwitchKeepsState()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        ui::MainWindow window(server.runtime.get());
        window.show();
        const QString id = window.createInstance(QStringLiteral("Suporte"));
        window.createInstance(QStringLiteral("Vendas"));
        window.selectInstance(id);
        QTest::keyClicks(window.searchEdit(), QStringLiteral("Sup"));
        const QString englishFile = window.menuBar()->actions().first()->text();
        QCOMPARE(englishFile, QStringLiteral("&File"));
        for (const QString &code : {QStringLiteral("ru"), QStringLiteral("pt_BR"), QStringLiteral("es")}) {
            window.settingsPage()->languageBox()->setCurrentIndex(window.settingsPage()->languageBox()->findData(code));
            Q_EMIT window.settingsPage()->languageBox()->activated(window.settingsPage()->languageBox()->currentIndex());
            QCOMPARE(window.language()->language(), code);
            const QString translated = QCoreApplication::translate("ui::MainWindow", "&File");
            QVERIFY2(translated != englishFile, qPrintable(code));
            QTRY_COMPARE(window.menuBar()->actions().first()->text(), translated);
            QCOMPARE(window.instanceModel()->index(0, ui::InstanceListModel::Status).data().toString(),
                     QCoreApplication::translate("ui::Status", "Disconnected"));
            QCOMPARE(window.searchEdit()->text(), QStringLiteral("Sup")); // nothing lost
            QCOMPARE(window.currentInstanceId(), id);
            if (code == QLatin1String("ru"))
                QVERIFY(uitest::screenshot(&window, QStringLiteral("mainwindow-ru")) > 5);
        }
        QCOMPARE(QSettings(server.runtime->config().dataDir + QStringLiteral("/ui.ini"), QSettings::IniFormat)
                     .value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        window.language()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), englishFile);
    }

    void darkTheme()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        ui::MainWindow window(server.runtime.get());
        window.resize(1200, 780);
        window.show();
        window.createInstance(QStringLiteral("Night shift"));
        QVERIFY(!ui::ThemeController::isDark(QApplication::palette()));
        Q_EMIT window.settingsPage()->themeRequested(QStringLiteral("dark"));
        QVERIFY(ui::ThemeController::isDark(QApplication::palette()));
        QTRY_VERIFY(ui::ThemeController::isDark(window.instanceView()->palette()));
        QVERIFY(uitest::screenshot(&window, QStringLiteral("mainwindow-dark")) > 5);
        window.showSection(ui::MainWindow::StatisticsSection);
        QVERIFY(uitest::screenshot(&window, QStringLiteral("statistics-dark")) > 5);
        Q_EMIT window.settingsPage()->themeRequested(QStringLiteral("system"));
        QVERIFY(!ui::ThemeController::isDark(QApplication::palette()));
    }

    void everyControlIsReachableAndNamed()
    {
        uitest::FakeEngine engine;
        testsupport::TestServer server({}, {}, engine.factory());
        QVERIFY2(server.ok(), qPrintable(server.error()));
        ui::MainWindow window(server.runtime.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.createInstance(QStringLiteral("Keyboard"));
        // Ctrl+F goes to the search, Tab from there to the list.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchEdit()->hasFocus());
        QTest::keyClick(window.searchEdit(), Qt::Key_Tab);
        QVERIFY(window.instanceView()->hasFocus());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.sections()->currentIndex(), int(ui::MainWindow::StatisticsSection));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.sections()->currentIndex(), int(ui::MainWindow::InstancesSection));
        // Del deletes the selected instance from the list, and nowhere else (not from the Users table).
        window.actions()->setAssumeYes(true);
        const QString doomed = window.createInstance(QStringLiteral("Doomed"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        window.usersPage()->view()->setFocus();
        window.usersPage()->view()->setCurrentIndex(window.usersPage()->model()->index(0, 0));
        QTest::keyClick(window.usersPage()->view(), Qt::Key_Delete);
        QVERIFY(server.runtime->instances()->get(doomed));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        window.selectInstance(doomed);
        window.instanceView()->setFocus();
        QTest::keyClick(window.instanceView(), Qt::Key_Delete);
        QVERIFY(!server.runtime->instances()->get(doomed));
        window.actions()->setAssumeYes(false);

        // Every input, button, box and list on every page has a name a screen reader can say.
        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || w->inherits("QComboBoxListView") || qobject_cast<QLineEdit *>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())
                || w->inherits("QTabBar") || w->inherits("QToolBarExtension") || w->inherits("QTableCornerButton")
                || (w->inherits("QHeaderView") && qobject_cast<QAbstractItemView *>(w->parentWidget())) || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QString name = w->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w); name.isEmpty() && button)
                name = button->text();
            if (auto *tool = qobject_cast<QToolButton *>(w); name.isEmpty() && tool && tool->defaultAction())
                name = tool->defaultAction()->text();
            if (name.isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
