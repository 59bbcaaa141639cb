#pragma once
// Named application secrets (the JWT signing secret, ...), stored sealed under the master key.
// The repository never sees plaintext: callers seal and open with core::secrets::SecretBox.
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core::store {

class SecretRepository
{
public:
    explicit SecretRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    std::optional<QString> getSealed(const QString &name);
    bool putSealed(const QString &name, const QString &sealed, qint64 when, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace core::store
