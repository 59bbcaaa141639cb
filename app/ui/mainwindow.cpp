#include "ui/mainwindow.h"

#include "core/instances/instancemanager.h"
#include "core/runtime/appruntime.h"
#include "core/users/userservice.h"
#include "ui/instancelistmodel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(core::runtime::AppRuntime *runtime, QWidget *parent)
    : QMainWindow(parent), m_runtime(runtime), m_model(new InstanceListModel(runtime->instances(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView), m_search(new QLineEdit)
{
    setWindowTitle(tr("WaMulti"));
    resize(900, 560);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setPlaceholderText(tr("Search instances"));
    m_search->setAccessibleName(tr("Search instances"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Instances"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(InstanceListModel::Description, QHeaderView::Stretch);

    auto *toolbar = addToolBar(tr("Instances"));
    toolbar->setObjectName(QStringLiteral("instancesToolbar"));
    QAction *add = toolbar->addAction(tr("New instance"), this, &MainWindow::onNewInstance);
    add->setShortcut(QKeySequence::New);
    QAction *remove = toolbar->addAction(tr("Delete"), this, &MainWindow::onDeleteInstance);
    remove->setShortcut(QKeySequence::Delete);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setCentralWidget(central);

    auto *api = new QLabel(tr("REST API: %1/api").arg(runtime->apiUrl()));
    api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(api);
    if (!runtime->instances()->engineAvailable())
        statusBar()->showMessage(tr("WhatsApp engine off (WAMULTI_ENGINE=off): instances stay disconnected."));
}

QString MainWindow::createInstance(const QString &name, QString *error)
{
    QString owner;
    for (const auto &u : m_runtime->users()->list(1000, 0))
        if (u.isAdmin() && u.isActive) {
            owner = u.id;
            break;
        }
    if (owner.isEmpty()) {
        if (error)
            *error = tr("There is no active admin account to own the instance.");
        return {};
    }
    core::store::InstanceRecord record;
    record.userId = owner;
    record.name = name.trimmed();
    const auto created = m_runtime->instances()->create(record, QString());
    if (!created.ok()) {
        if (error)
            *error = created.failure().message;
        return {};
    }
    return created.value().id;
}

void MainWindow::onNewInstance()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New instance"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (createInstance(name, &error).isEmpty())
        QMessageBox::warning(this, tr("New instance"), error);
}

void MainWindow::onDeleteInstance()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    const QString name = m_model->data(m_model->index(current.row(), InstanceListModel::Name)).toString();
    if (QMessageBox::question(this, tr("Delete instance"), tr("Delete \"%1\" and all its history?").arg(name))
        != QMessageBox::Yes)
        return;
    const auto removed = m_runtime->instances()->remove(id);
    if (!removed.ok())
        QMessageBox::warning(this, tr("Delete instance"), removed.failure().message);
}

} // namespace ui
