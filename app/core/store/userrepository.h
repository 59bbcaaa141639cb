#pragma once
// Users: accounts that log in to the API and own instances. Runs on the connection it is given
// (the main thread's); these are low-volume control-plane writes, committed before replying.
#include "core/store/records.h"

#include <QSqlDatabase>
#include <QVector>

namespace core::store {

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    enum class WriteResult { Ok, DuplicateEmail, NotFound, Failed };

    WriteResult insert(const UserRecord &user, QString *error = nullptr);
    WriteResult update(const UserRecord &user, QString *error = nullptr); // all mutable fields
    bool remove(const QString &id, QString *error = nullptr);
    bool touchLogin(const QString &id, qint64 when);

    std::optional<UserRecord> findById(const QString &id);
    std::optional<UserRecord> findByEmail(const QString &email);
    std::optional<UserRecord> findByApiKeyHash(const QByteArray &hash);
    QVector<UserRecord> list(int limit, int skip);
    qint64 count();
    qint64 countActive();
    qint64 countAdmins(bool activeOnly);

private:
    std::optional<UserRecord> findOne(const QString &where, const QVariant &value);
    QSqlDatabase m_db;
};

} // namespace core::store
