#pragma once
// User accounts: creation with an argon2id password hash and a fresh API key (stored as a lookup
// hash plus the key sealed under the master key), updates, deletion (never of the last active
// admin), API-key rotation, and credential checks for login and for x-api-key.
#include "core/auth/passwordhasher.h"
#include "core/common/outcome.h"
#include "core/store/records.h"
#include "core/store/userrepository.h"

#include <QHash>

namespace core::secrets {
class SecretBox;
}

namespace core::users {

struct UserInput { // fields a caller wants set; unset optionals are left alone on update
    std::optional<QString> email;
    std::optional<QString> password;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> role;
    std::optional<bool> isActive;
    std::optional<std::optional<qint64>> maxMessagesSent; // outer: given; inner nullopt: clear
    std::optional<std::optional<qint64>> maxApiCalls;
};

struct UserWithKey {
    store::UserRecord user;
    QString apiKey; // plaintext, for the reply that shows it
};

class UserService
{
public:
    UserService(store::UserRepository repo, const secrets::SecretBox *box, auth::PasswordHasher hasher);

    Outcome<UserWithKey> create(const UserInput &input);
    Outcome<store::UserRecord> update(const QString &id, const UserInput &input, const QString &actingUserId);
    // Why `actingUserId` may not delete user `id` (unknown, self, last active admin), or nullopt.
    std::optional<Failure> checkRemovable(const QString &id, const QString &actingUserId);
    Outcome<bool> remove(const QString &id, const QString &actingUserId);
    Outcome<UserWithKey> regenerateApiKey(const QString &id);

    std::optional<store::UserRecord> find(const QString &id);
    QVector<store::UserRecord> list(int limit, int skip) { return m_repo.list(limit, skip); }
    qint64 count() { return m_repo.count(); }
    qint64 countActive() { return m_repo.countActive(); }
    qint64 countAdmins() { return m_repo.countAdmins(false); }

    // Login: the user when email and password match an active account.
    std::optional<store::UserRecord> checkPassword(const QString &email, const QString &password);
    // x-api-key: the active user holding this key (cached by key hash; the cache is dropped on
    // any user change).
    std::optional<store::UserRecord> findByApiKey(const QString &apiKey);
    QString apiKeyOf(const store::UserRecord &user) const; // opens the sealed key
    void touchLogin(const QString &id);

    static std::optional<QString> validateEmail(const QString &email);
    static std::optional<QString> validatePassword(const QString &password);

private:
    void invalidateCache() { m_keyCache.clear(); }
    store::UserRepository m_repo;
    const secrets::SecretBox *m_box;
    auth::PasswordHasher m_hasher;
    QHash<QByteArray, store::UserRecord> m_keyCache;
    QString m_dummyHash; // verified against when the email is unknown, to keep timing flat
};

} // namespace core::users
