#include "core/store/secretrepository.h"

#include "core/store/sqlhelpers.h"

namespace core::store {

std::optional<QString> SecretRepository::getSealed(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sealed FROM secrets WHERE name=?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

bool SecretRepository::putSealed(const QString &name, const QString &sealed, qint64 when, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO secrets (name, sealed, updated_at) VALUES (?,?,?)"
                             " ON CONFLICT(name) DO UPDATE SET sealed=excluded.sealed, updated_at=excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(sealed);
    q.addBindValue(when);
    return execOrError(q, error);
}

} // namespace core::store
