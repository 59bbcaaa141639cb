#pragma once
// A store that can group writes: everything written between begin and commit lands together or
// not at all. The client wraps each received message (Signal state + the caller's own writes
// through its MessageSink) and each encryption run in one transaction, so that the <ack> goes
// out only after the state it depends on is durable, and a crash never leaves half a ratchet.
namespace wa::store {

class Transactional
{
public:
    virtual ~Transactional() = default;

    virtual bool beginTransaction() = 0;
    virtual bool commitTransaction() = 0;
    virtual void rollbackTransaction() = 0;
};

// Begins on construction (when the store can), rolls back unless commit() succeeded.
class TransactionGuard
{
public:
    explicit TransactionGuard(Transactional *store) : m_store(store), m_open(store && store->beginTransaction()) {}
    ~TransactionGuard()
    {
        if (m_open)
            m_store->rollbackTransaction();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // True when there is nothing to commit (no transactional store) or the commit succeeded.
    bool ok() const { return !m_store || m_open; }
    void rollback()
    {
        if (m_open) {
            m_open = false;
            m_store->rollbackTransaction();
        }
    }
    bool commit()
    {
        if (!m_store)
            return true;
        if (!m_open)
            return false;
        m_open = false;
        return m_store->commitTransaction();
    }

private:
    Transactional *m_store;
    bool m_open;
};

} // namespace wa::store
