#include "ui/storereader.h"

#include "core/store/activityrepository.h"
#include "core/store/contactrepository.h"
#include "core/store/database.h"
#include "core/store/dbwriter.h"
#include "core/store/messagerepository.h"
#include "core/webhooks/deliverylog.h"
#include "ui/uilogging.h"

#include <QSqlQuery>

namespace ui {

ReadSession::ReadSession(QSqlDatabase db, core::store::DbWriter *writer) : m_db(std::move(db)), m_writer(writer) {}

ReadSession::~ReadSession() = default;

core::store::MessageRepository &ReadSession::messages()
{
    if (!m_messages)
        m_messages = std::make_unique<core::store::MessageRepository>(m_db);
    return *m_messages;
}

core::store::ActivityRepository &ReadSession::activity()
{
    if (!m_activity)
        m_activity = std::make_unique<core::store::ActivityRepository>(m_db);
    return *m_activity;
}

core::store::ContactRepository &ReadSession::contacts()
{
    if (!m_contacts)
        m_contacts = std::make_unique<core::store::ContactRepository>(m_db);
    return *m_contacts;
}

core::webhooks::DeliveryLog &ReadSession::deliveries()
{
    if (!m_deliveries)
        m_deliveries = std::make_unique<core::webhooks::DeliveryLog>(m_db);
    return *m_deliveries;
}

void ReadSession::waitForWrites(int timeoutMs)
{
    if (m_writer)
        m_writer->flush(timeoutMs);
}

StoreReader::StoreReader(QString databasePath, core::store::DbWriter *writer, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_writer(writer), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("ui-reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    // Queued jobs run first (FIFO); then the connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_session.reset();
        if (!m_connection.isEmpty())
            core::store::Database::close(m_connection);
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString StoreReader::openError() const
{
    QMutexLocker lock(&m_errorLock);
    return m_openError;
}

void StoreReader::post(std::function<void(ReadSession &)> task)
{
    QMetaObject::invokeMethod(m_worker, [this, task = std::move(task)] {
        if (!m_session && openError().isEmpty()) {
            m_connection = core::store::Database::uniqueName(QStringLiteral("ui-read"));
            QString error;
            QSqlDatabase db = core::store::Database::open(m_path, m_connection, &error);
            if (db.isOpen()) {
                // This connection only reads; a bug that tried to write here fails loudly.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only=1"));
                m_session = std::make_unique<ReadSession>(db, m_writer);
            } else {
                qCWarning(lcUi, "the window cannot read the database: %s", qPrintable(error));
                QMutexLocker lock(&m_errorLock);
                m_openError = error.isEmpty() ? QStringLiteral("cannot open the database") : error;
            }
        }
        if (m_session)
            task(*m_session);
    }, Qt::QueuedConnection);
}

} // namespace ui
