#include "core/instances/sessionthreads.h"

#include "core/logging/logging.h"
#include "core/store/database.h"

#include <QThread>

namespace core::instances {

SessionThread::SessionThread(QString databasePath, int index) : m_path(std::move(databasePath)), m_index(index) {}

SessionThread::~SessionThread()
{
    close();
}

bool SessionThread::open(QString *error)
{
    m_connection = store::Database::uniqueName(QStringLiteral("session-%1").arg(m_index));
    m_db = store::Database::open(m_path, m_connection, error);
    return m_db.isOpen();
}

void SessionThread::close()
{
    if (m_connection.isEmpty())
        return;
    m_db = QSqlDatabase();
    store::Database::close(m_connection);
    m_connection.clear();
}

void SessionThread::runBlocking(const std::function<void()> &fn)
{
    if (thread() == QThread::currentThread())
        fn();
    else
        QMetaObject::invokeMethod(this, fn, Qt::BlockingQueuedConnection);
}

void SessionThread::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

SessionThreads::SessionThreads(QString databasePath, int count) : m_path(std::move(databasePath)), m_count(qMax(0, count)) {}

SessionThreads::~SessionThreads()
{
    stop();
}

int SessionThreads::defaultCount()
{
    return qBound(1, QThread::idealThreadCount(), 4);
}

bool SessionThreads::start(QString *error)
{
    if (m_started)
        return true;
    m_started = true;
    if (m_count == 0) { // inline: one context on this thread
        auto *context = new SessionThread(m_path, 0);
        m_contexts.push_back(context);
        return context->open(error);
    }
    for (int i = 0; i < m_count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("wa-session-%1").arg(i));
        auto *context = new SessionThread(m_path, i);
        context->moveToThread(thread.get());
        thread->start();
        bool opened = false;
        QString openError;
        context->runBlocking([&] { opened = context->open(&openError); });
        m_threads.push_back(std::move(thread));
        m_contexts.push_back(context);
        if (!opened) {
            *error = QStringLiteral("session thread %1: %2").arg(i).arg(openError);
            return false;
        }
    }
    qCInfo(lcCoreInstances, "%d session threads", m_count);
    return true;
}

void SessionThreads::stop()
{
    for (size_t i = 0; i < m_contexts.size(); ++i) {
        SessionThread *context = m_contexts[i];
        if (i < m_threads.size()) {
            context->runBlocking([context] { delete context; });
            m_threads[i]->quit();
            m_threads[i]->wait();
        } else {
            delete context;
        }
    }
    m_contexts.clear();
    m_threads.clear();
}

SessionThread *SessionThreads::pick()
{
    SessionThread *best = nullptr;
    for (SessionThread *c : m_contexts)
        if (!best || c->load() < best->load())
            best = c;
    return best;
}

} // namespace core::instances
