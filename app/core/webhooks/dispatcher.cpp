#include "core/webhooks/dispatcher.h"

#include "core/logging/logging.h"
#include "core/webhooks/dispatcherworker.h"

#include <QMetaObject>
#include <QThread>

namespace core::webhooks {

Dispatcher::Dispatcher(DispatcherOptions options)
    : m_options(std::move(options)), m_counters(std::make_shared<DispatcherCounters>())
{
}

Dispatcher::~Dispatcher()
{
    stop();
}

bool Dispatcher::start(QString *error)
{
    std::unique_lock lock(m_mutex);
    if (m_thread)
        return true;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("webhooks"));
    auto *worker = new DispatcherWorker(m_options, m_counters);
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    bool opened = false;
    QString openError;
    QMetaObject::invokeMethod(worker, [&] { opened = worker->open(&openError); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
        if (error)
            *error = QStringLiteral("webhook dispatcher: %1").arg(openError);
        return false;
    }
    m_thread = thread;
    m_worker = worker;
    qCInfo(lcCoreWebhooks, "webhook dispatcher started (timeout %d ms, up to %d requests, %d per host)",
           m_options.timeoutMs, m_options.maxInFlight, m_options.maxPerHost);
    return true;
}

void Dispatcher::stop()
{
    QThread *thread = nullptr;
    DispatcherWorker *worker = nullptr;
    {
        std::lock_guard lock(m_mutex);
        thread = std::exchange(m_thread, nullptr);
        worker = std::exchange(m_worker, nullptr);
    }
    if (!thread)
        return;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait(); // the worker is deleted on its thread as it finishes (QThread::finished)
    delete thread;
}

void Dispatcher::wake()
{
    if (m_counters->wakePending.exchange(true))
        return; // one is on its way; it scans everything committed before it runs
    std::lock_guard lock(m_mutex);
    if (!m_worker) {
        m_counters->wakePending.store(false);
        return;
    }
    DispatcherWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->onWake(); }, Qt::QueuedConnection);
}

void Dispatcher::invalidate(const QString &instanceId)
{
    std::lock_guard lock(m_mutex);
    if (!m_worker)
        return;
    DispatcherWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, instanceId] { worker->invalidate(instanceId); }, Qt::QueuedConnection);
}

Dispatcher::Counts Dispatcher::counts() const
{
    return {m_counters->attempts.load(), m_counters->delivered.load(), m_counters->failed.load(), m_counters->dead.load()};
}

} // namespace core::webhooks
