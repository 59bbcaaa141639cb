#pragma once
// The session threads: a small pool (default min(4, cores)) on which the instances' WhatsApp
// clients run, each instance pinned to one thread for its whole life. A client is
// single-threaded and lock-free; everything it does (crypto, protobuf, its SQL writes) happens on
// its thread, on that thread's own SQLite connection, so the GUI/API thread never waits for it.
// With a count of 0 the "pool" is one context on the calling thread (tests).
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace core::instances {

// One thread's context object: lives on (and is only used from) its thread.
class SessionThread : public QObject
{
    Q_OBJECT
public:
    explicit SessionThread(QString databasePath, int index);
    ~SessionThread() override;

    bool open(QString *error); // on the thread: opens the connection
    void close();              // on the thread
    QSqlDatabase database() const { return m_db; }
    int index() const { return m_index; }
    int load() const { return m_load; }
    void addLoad(int delta) { m_load += delta; }

    // Runs `fn` on this thread and waits for it (directly when already there).
    void runBlocking(const std::function<void()> &fn);
    // Runs `fn` on this thread later.
    void post(std::function<void()> fn);

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    int m_index;
    int m_load = 0; // instances pinned here (touched from the owner's thread only)
};

class SessionThreads
{
public:
    SessionThreads(QString databasePath, int count);
    ~SessionThreads();
    SessionThreads(const SessionThreads &) = delete;
    SessionThreads &operator=(const SessionThreads &) = delete;

    bool start(QString *error);
    void stop(); // closes the connections and joins the threads; idempotent
    // The least loaded thread; the caller adds its instance to it (and removes it when done).
    SessionThread *pick();
    int count() const { return int(m_contexts.size()); }
    static int defaultCount(); // min(4, cores)

private:
    QString m_path;
    int m_count;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<SessionThread *> m_contexts; // owned; deleted on their threads
    bool m_started = false;
};

} // namespace core::instances
