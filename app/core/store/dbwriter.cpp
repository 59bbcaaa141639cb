#include "core/store/dbwriter.h"

#include "core/logging/logging.h"
#include "core/store/database.h"

#include <QMetaObject>

namespace core::store {

DbWriter::DbWriter(QString databasePath, int maxBatch)
    : m_path(std::move(databasePath)), m_maxBatch(maxBatch)
{
}

DbWriter::~DbWriter()
{
    stop();
}

bool DbWriter::start(QString *error)
{
    std::unique_lock lock(m_mutex);
    if (m_started)
        return m_openError.isEmpty();
    m_started = true;
    m_thread = std::thread([this] { run(); });
    m_progress.wait(lock, [this] { return m_openDone; });
    if (!m_openError.isEmpty()) {
        if (error)
            *error = m_openError;
        lock.unlock();
        m_thread.join();
        return false;
    }
    return true;
}

void DbWriter::submit(Job job, QObject *context, Done done)
{
    std::lock_guard lock(m_mutex);
    Pending p;
    p.job = std::move(job);
    p.context = context;
    p.hasContext = context != nullptr;
    p.done = std::move(done);
    if (m_stopping || !m_openError.isEmpty() || !m_started) {
        qCWarning(lcCoreStore, "write submitted while the writer is not running; dropped");
        return;
    }
    p.seq = ++m_submitted;
    m_queue.push_back(std::move(p));
    m_wake.notify_one();
}

bool DbWriter::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_submitted;
    return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                               [&] { return m_completed >= target || !m_thread.joinable(); });
}

void DbWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stopping = true;
        m_wake.notify_all();
    }
    m_thread.join();
}

qint64 DbWriter::committedJobs() const
{
    std::lock_guard lock(m_mutex);
    return m_committedJobs;
}

qsizetype DbWriter::queueDepth() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_queue.size());
}

void DbWriter::run()
{
    const QString name = Database::uniqueName(QStringLiteral("writer"));
    {
        QString error;
        QSqlDatabase db = Database::open(m_path, name, &error);
        {
            std::lock_guard lock(m_mutex);
            m_openDone = true;
            if (!db.isOpen())
                m_openError = error.isEmpty() ? QStringLiteral("cannot open database") : error;
            m_progress.notify_all();
            if (!m_openError.isEmpty())
                return;
        }
        for (;;) {
            std::deque<Pending> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty() && m_stopping)
                    break;
                while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            runBatch(db, batch);
        }
    }
    Database::close(name);
}

void DbWriter::runBatch(QSqlDatabase &db, std::deque<Pending> &batch)
{
    std::vector<std::pair<bool, QString>> results(batch.size());
    bool began = db.transaction();
    for (size_t i = 0; i < batch.size(); ++i) {
        QString error;
        execSql(db, QStringLiteral("SAVEPOINT job"), &error);
        bool ok = false;
        try {
            ok = batch[i].job(db, &error);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QString spError;
        if (ok) {
            execSql(db, QStringLiteral("RELEASE job"), &spError);
        } else {
            execSql(db, QStringLiteral("ROLLBACK TO job"), &spError);
            execSql(db, QStringLiteral("RELEASE job"), &spError);
            qCWarning(lcCoreStore, "write job failed and was rolled back: %s", qPrintable(error));
        }
        results[i] = {ok, error};
    }
    bool committed = began && db.commit();
    if (!committed) {
        const QString error = QStringLiteral("batch commit failed");
        qCCritical(lcCoreStore, "%s", qPrintable(error));
        if (began)
            db.rollback();
        for (auto &r : results)
            r = {false, error};
    }
    qint64 okJobs = 0;
    quint64 lastSeq = 0;
    for (size_t i = 0; i < batch.size(); ++i) {
        Pending &p = batch[i];
        lastSeq = p.seq;
        okJobs += results[i].first ? 1 : 0;
        if (!p.done)
            continue;
        if (p.hasContext && !p.context)
            continue; // its receiver is gone
        auto done = std::move(p.done);
        const bool ok = results[i].first;
        const QString err = results[i].second;
        if (p.hasContext)
            QMetaObject::invokeMethod(p.context.data(), [done, ok, err] { done(ok, err); }, Qt::QueuedConnection);
        else
            done(ok, err);
    }
    std::lock_guard lock(m_mutex);
    m_committedJobs += okJobs;
    m_completed = std::max(m_completed, lastSeq);
    m_progress.notify_all();
}

} // namespace core::store
