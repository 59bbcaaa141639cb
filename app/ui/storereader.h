#pragma once
// Reads the store for the window off the GUI thread: one worker thread with its own read-only
// SQLite connection (WAL lets it read while the DbWriter writes) runs jobs in order and hands
// their results back to the GUI thread as values. Delivery is guarded by a context object: a
// model destroyed (or a page closed) while its job runs never sees the late result.
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>

namespace core::webhooks {
class DeliveryLog;
}
namespace core::store {
class DbWriter;
class ActivityRepository;
class ContactRepository;
class MessageRepository;
}

namespace ui {

// What a job gets on the reader thread: the connection, and repositories bound to it whose
// prepared statements are reused from job to job.
class ReadSession
{
public:
    ReadSession(QSqlDatabase db, core::store::DbWriter *writer);
    ~ReadSession();
    QSqlDatabase &db() { return m_db; }
    core::store::MessageRepository &messages();
    core::store::ActivityRepository &activity();
    core::store::ContactRepository &contacts();
    core::webhooks::DeliveryLog &deliveries();
    // Blocks this (reader) thread until every write submitted so far has committed, so that a
    // read triggered by a change signal sees the rows written just before it.
    void waitForWrites(int timeoutMs = 3000);

private:
    QSqlDatabase m_db;
    core::store::DbWriter *m_writer;
    std::unique_ptr<core::store::MessageRepository> m_messages;
    std::unique_ptr<core::store::ActivityRepository> m_activity;
    std::unique_ptr<core::store::ContactRepository> m_contacts;
    std::unique_ptr<core::webhooks::DeliveryLog> m_deliveries;
};

class StoreReader : public QObject
{
    Q_OBJECT
public:
    // `writer` may be null (benchmarks without a runtime); waitForWrites() then returns at once.
    StoreReader(QString databasePath, core::store::DbWriter *writer, QObject *parent = nullptr);
    ~StoreReader() override; // runs the jobs already queued, closes the connection, joins

    // Runs `job(ReadSession &) -> R` on the reader thread, then `done(R)` on this (GUI) thread
    // if `context` still exists. R must be copyable or movable.
    template <typename Job, typename Done> void read(QObject *context, Job job, Done done)
    {
        using R = decltype(job(std::declval<ReadSession &>()));
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](ReadSession &session) mutable {
            auto result = std::make_shared<R>(job(session));
            // Back to this object's thread first: the guard may only be read there.
            QMetaObject::invokeMethod(this, [guard, done, result]() mutable {
                if (guard)
                    done(std::move(*result));
            }, Qt::QueuedConnection);
        });
    }

    QString openError() const; // why the connection could not be opened, or empty

private:
    void post(std::function<void(ReadSession &)> task);

    QString m_path;
    core::store::DbWriter *m_writer;
    QThread m_thread;
    QObject *m_worker;
    std::unique_ptr<ReadSession> m_session; // created, used and destroyed on m_thread only
    QString m_connection;
    mutable QMutex m_errorLock;
    QString m_openError; // guarded by m_errorLock
};

} // namespace ui
