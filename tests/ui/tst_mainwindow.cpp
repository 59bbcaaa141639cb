// The main window over a real runtime: instances created through the API and through the window
// appear in the list, search filters, deletes disappear; a screenshot is saved and is not blank.
#include "testserver.h"

#include "core/instances/instancemanager.h"
#include "ui/instancelistmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsTheManager()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        auto *manager = server.runtime->instances();
        ui::InstanceListModel model(manager);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ui::InstanceListModel::ColumnCount));

        testsupport::HttpClient api = server.client();
        api.setApiKey(server.adminApiKey());
        const QString id = api.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("From API")},
                                                                       {QStringLiteral("description"), QStringLiteral("sales")}})
                               .json.value(QStringLiteral("id")).toString();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ui::InstanceListModel::Name)).toString(), QStringLiteral("From API"));
        QCOMPARE(model.data(model.index(0, ui::InstanceListModel::Status)).toString(), QStringLiteral("disconnected"));
        QCOMPARE(model.data(model.index(0, 0), ui::InstanceListModel::IdRole).toString(), id);

        api.put(QStringLiteral("/api/instances/") + id, {{QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(model.data(model.index(0, ui::InstanceListModel::Name)).toString(), QStringLiteral("Renamed"));
        api.del(QStringLiteral("/api/instances/") + id);
        QCOMPARE(model.rowCount(), 0);
    }

    void windowListsSearchesAndScreenshots()
    {
        testsupport::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        ui::MainWindow window(server.runtime.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(!window.createInstance(QStringLiteral("Support desk"), &error).isEmpty(), qPrintable(error));
        QVERIFY(!window.createInstance(QStringLiteral("Sales team"), &error).isEmpty());
        QTableView *view = window.instanceView();
        QCOMPARE(view->model()->rowCount(), 2);

        auto *search = window.findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("sales"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Sales team"));
        search->clear();

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 5, "the screenshot looks blank");
        const QString dir = qEnvironmentVariable("WAMULTI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(shot.save(dir + QStringLiteral("/mainwindow.png")));
        }
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
