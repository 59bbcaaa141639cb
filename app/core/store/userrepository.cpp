#include "core/store/userrepository.h"

#include "core/store/sqlhelpers.h"

namespace core::store {

namespace {
const char *const kColumns =
    "id, email, password_hash, first_name, last_name, role, is_active, api_key_hash, api_key_sealed,"
    " max_messages_sent, max_api_calls, created_at, updated_at, last_login_at";

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.email = q.value(1).toString();
    u.passwordHash = q.value(2).toString();
    u.firstName = q.value(3).toString();
    u.lastName = q.value(4).toString();
    u.role = q.value(5).toString();
    u.isActive = q.value(6).toBool();
    u.apiKeyHash = q.value(7).toByteArray();
    u.apiKeySealed = q.value(8).toString();
    u.maxMessagesSent = optionalInt(q.value(9));
    u.maxApiCalls = optionalInt(q.value(10));
    u.createdAt = q.value(11).toLongLong();
    u.updatedAt = q.value(12).toLongLong();
    u.lastLoginAt = optionalInt(q.value(13));
    return u;
}

// email .. max_api_calls: the columns insert and update both write, in that order.
void bindAccountFields(QSqlQuery &q, const UserRecord &u)
{
    q.addBindValue(u.email);
    q.addBindValue(u.passwordHash);
    q.addBindValue(nonNull(u.firstName));
    q.addBindValue(nonNull(u.lastName));
    q.addBindValue(u.role);
    q.addBindValue(u.isActive);
    q.addBindValue(u.apiKeyHash);
    q.addBindValue(u.apiKeySealed);
    q.addBindValue(optionalValue(u.maxMessagesSent));
    q.addBindValue(optionalValue(u.maxApiCalls));
}

bool isUniqueViolation(const QSqlQuery &q, const char *column)
{
    const QString text = q.lastError().text();
    return text.contains(QLatin1String("UNIQUE")) && text.contains(QLatin1String(column));
}
} // namespace

UserRepository::WriteResult UserRepository::insert(const UserRecord &u, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(u.id);
    bindAccountFields(q, u);
    q.addBindValue(u.createdAt);
    q.addBindValue(u.updatedAt);
    q.addBindValue(optionalValue(u.lastLoginAt));
    if (q.exec())
        return WriteResult::Ok;
    if (isUniqueViolation(q, "email"))
        return WriteResult::DuplicateEmail;
    if (error)
        *error = q.lastError().text();
    return WriteResult::Failed;
}

UserRepository::WriteResult UserRepository::update(const UserRecord &u, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE users SET email=?, password_hash=?, first_name=?, last_name=?, role=?, is_active=?,"
        " api_key_hash=?, api_key_sealed=?, max_messages_sent=?, max_api_calls=?, updated_at=? WHERE id=?"));
    bindAccountFields(q, u);
    q.addBindValue(u.updatedAt);
    q.addBindValue(u.id);
    if (!q.exec()) {
        if (isUniqueViolation(q, "email"))
            return WriteResult::DuplicateEmail;
        if (error)
            *error = q.lastError().text();
        return WriteResult::Failed;
    }
    return q.numRowsAffected() > 0 ? WriteResult::Ok : WriteResult::NotFound;
}

bool UserRepository::remove(const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM users WHERE id=?"));
    q.addBindValue(id);
    return execOrError(q, error) && q.numRowsAffected() > 0;
}

bool UserRepository::touchLogin(const QString &id, qint64 when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET last_login_at=? WHERE id=?"));
    q.addBindValue(when);
    q.addBindValue(id);
    return q.exec();
}

std::optional<UserRecord> UserRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2=?").arg(QLatin1String(kColumns), where));
    q.addBindValue(value);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<UserRecord> UserRepository::findById(const QString &id)
{
    return findOne(QStringLiteral("id"), id);
}

std::optional<UserRecord> UserRepository::findByEmail(const QString &email)
{
    return findOne(QStringLiteral("email"), email);
}

std::optional<UserRecord> UserRepository::findByApiKeyHash(const QByteArray &hash)
{
    return findOne(QStringLiteral("api_key_hash"), hash);
}

QVector<UserRecord> UserRepository::list(int limit, int skip)
{
    QVector<UserRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY created_at, id LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    q.addBindValue(skip);
    if (q.exec())
        while (q.next())
            out.push_back(readUser(q));
    return out;
}

static qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 UserRepository::count()
{
    return scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
}

qint64 UserRepository::countActive()
{
    return scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_active=1"));
}

qint64 UserRepository::countAdmins(bool activeOnly)
{
    return scalar(m_db, activeOnly ? QStringLiteral("SELECT COUNT(*) FROM users WHERE role='admin' AND is_active=1")
                                   : QStringLiteral("SELECT COUNT(*) FROM users WHERE role='admin'"));
}

} // namespace core::store
