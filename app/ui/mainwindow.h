#pragma once
// The desktop window: the instance list with search, create and delete, and where the REST API
// is. It talks to the core services in process (never through HTTP loopback).
#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace core::runtime {
class AppRuntime;
}

namespace ui {

class InstanceListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(core::runtime::AppRuntime *runtime, QWidget *parent = nullptr);

    QTableView *instanceView() const { return m_view; }
    // Creates an instance owned by the first admin (the desktop operator). Returns its id or "".
    QString createInstance(const QString &name, QString *error = nullptr);

private:
    void onNewInstance();
    void onDeleteInstance();

    core::runtime::AppRuntime *m_runtime;
    InstanceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
};

} // namespace ui
