#pragma once
// The DbWriter thread: one SQLite connection that performs high-volume writes (activity, events,
// stats counters, later messages and the webhook outbox) in batched transactions. Callers submit
// jobs from any thread; each job runs inside a savepoint of the current batch, so a failing job
// is rolled back alone and the rest of the batch still commits. Completion callbacks run on the
// caller's context object after the batch has COMMITTED, which is what "acknowledged" means.
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace core::store {

class DbWriter
{
public:
    // A job returns false (and may set *error) to roll back its own savepoint.
    using Job = std::function<bool(QSqlDatabase &db, QString *error)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit DbWriter(QString databasePath, int maxBatch = 2000);
    ~DbWriter(); // drains the queue, then closes the connection
    DbWriter(const DbWriter &) = delete;
    DbWriter &operator=(const DbWriter &) = delete;

    bool start(QString *error); // opens the connection on the writer thread
    void submit(Job job, QObject *context = nullptr, Done done = {});
    // Blocks until every job submitted before the call has committed (or timeoutMs elapsed).
    bool flush(int timeoutMs = 30000);
    void stop();

    qint64 committedJobs() const;
    qsizetype queueDepth() const;

private:
    struct Pending {
        Job job;
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
        quint64 seq = 0;
    };
    void run();
    void runBatch(QSqlDatabase &db, std::deque<Pending> &batch);

    QString m_path;
    int m_maxBatch;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::deque<Pending> m_queue;
    quint64 m_submitted = 0;
    quint64 m_completed = 0;
    qint64 m_committedJobs = 0;
    bool m_stopping = false;
    bool m_started = false;
    QString m_openError;
    bool m_openDone = false;
};

} // namespace core::store
