#include "core/users/userservice.h"

#include "core/auth/apikeys.h"
#include "core/common/ids.h"
#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/secrets/secretbox.h"

#include <QRegularExpression>

namespace core::users {

using store::UserRecord;
using store::UserRepository;

UserService::UserService(UserRepository repo, const secrets::SecretBox *box, auth::PasswordHasher hasher)
    : m_repo(std::move(repo)), m_box(box), m_hasher(hasher)
{
}

std::optional<QString> UserService::validateEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (email.isEmpty())
        return QStringLiteral("must not be empty");
    if (email.size() > 254 || !re.match(email).hasMatch())
        return QStringLiteral("must be an email address");
    return std::nullopt;
}

std::optional<QString> UserService::validatePassword(const QString &password)
{
    if (password.size() < 8)
        return QStringLiteral("must be at least 8 characters");
    if (password.size() > 1024)
        return QStringLiteral("must be at most 1024 characters");
    return std::nullopt;
}

static std::optional<Failure> checkInput(const UserInput &in)
{
    if (in.email)
        if (auto problem = UserService::validateEmail(*in.email))
            return fail(ErrorKind::Invalid, *problem, QStringLiteral("email"));
    if (in.password)
        if (auto problem = UserService::validatePassword(*in.password))
            return fail(ErrorKind::Invalid, *problem, QStringLiteral("password"));
    if (in.role && *in.role != QLatin1String("admin") && *in.role != QLatin1String("user"))
        return fail(ErrorKind::Invalid, QStringLiteral("must be \"admin\" or \"user\""), QStringLiteral("role"));
    for (const auto &[name, value] : {std::pair{"firstName", in.firstName}, std::pair{"lastName", in.lastName}})
        if (value && value->size() > 200)
            return fail(ErrorKind::Invalid, QStringLiteral("must be at most 200 characters"), QLatin1String(name));
    for (const auto &[name, value] :
         {std::pair{"maxMessagesSent", in.maxMessagesSent}, std::pair{"maxApiCalls", in.maxApiCalls}})
        if (value && *value && **value < 0)
            return fail(ErrorKind::Invalid, QStringLiteral("must be a non-negative integer or null"),
                        QLatin1String(name));
    return std::nullopt;
}

Outcome<UserWithKey> UserService::create(const UserInput &in)
{
    if (!in.email)
        return fail(ErrorKind::Invalid, QStringLiteral("is required"), QStringLiteral("email"));
    if (!in.password)
        return fail(ErrorKind::Invalid, QStringLiteral("is required"), QStringLiteral("password"));
    if (auto failure = checkInput(in))
        return *failure;
    UserRecord u;
    u.id = newId();
    u.email = in.email->trimmed();
    u.passwordHash = m_hasher.hash(*in.password);
    u.firstName = in.firstName.value_or(QString());
    u.lastName = in.lastName.value_or(QString());
    u.role = in.role.value_or(QStringLiteral("user"));
    u.isActive = in.isActive.value_or(true);
    u.maxMessagesSent = in.maxMessagesSent.value_or(std::nullopt);
    u.maxApiCalls = in.maxApiCalls.value_or(std::nullopt);
    const QString key = auth::ApiKeys::generate();
    u.apiKeyHash = auth::ApiKeys::lookupHash(key);
    u.apiKeySealed = QString::fromLatin1(m_box->seal(key.toUtf8()));
    u.createdAt = u.updatedAt = nowMs();
    if (u.passwordHash.isEmpty())
        return fail(ErrorKind::Internal, QStringLiteral("password hashing failed"));
    QString error;
    switch (m_repo.insert(u, &error)) {
    case UserRepository::WriteResult::Ok:
        break;
    case UserRepository::WriteResult::DuplicateEmail:
        return fail(ErrorKind::Conflict, QStringLiteral("a user with this email already exists"), QStringLiteral("email"));
    default:
        qCWarning(lcCoreStore, "user insert failed: %s", qPrintable(error));
        return fail(ErrorKind::Internal, QStringLiteral("could not store the user"));
    }
    invalidateCache();
    return UserWithKey{u, key};
}

Outcome<UserRecord> UserService::update(const QString &id, const UserInput &in, const QString &actingUserId)
{
    auto existing = m_repo.findById(id);
    if (!existing)
        return fail(ErrorKind::NotFound, QStringLiteral("user %1 not found").arg(id));
    if (auto failure = checkInput(in))
        return *failure;
    UserRecord u = *existing;
    const bool losesAdmin = u.isAdmin() && u.isActive
        && ((in.role && *in.role != QLatin1String("admin")) || (in.isActive && !*in.isActive));
    if (losesAdmin && m_repo.countAdmins(true) <= 1)
        return fail(ErrorKind::Conflict, QStringLiteral("cannot demote or deactivate the last active admin"),
                    in.role ? QStringLiteral("role") : QStringLiteral("isActive"));
    if (in.email)
        u.email = in.email->trimmed();
    if (in.password)
        u.passwordHash = m_hasher.hash(*in.password);
    if (in.firstName)
        u.firstName = *in.firstName;
    if (in.lastName)
        u.lastName = *in.lastName;
    if (in.role)
        u.role = *in.role;
    if (in.isActive)
        u.isActive = *in.isActive;
    if (in.maxMessagesSent)
        u.maxMessagesSent = *in.maxMessagesSent;
    if (in.maxApiCalls)
        u.maxApiCalls = *in.maxApiCalls;
    u.updatedAt = nowMs();
    Q_UNUSED(actingUserId);
    QString error;
    switch (m_repo.update(u, &error)) {
    case UserRepository::WriteResult::Ok:
        break;
    case UserRepository::WriteResult::DuplicateEmail:
        return fail(ErrorKind::Conflict, QStringLiteral("a user with this email already exists"), QStringLiteral("email"));
    case UserRepository::WriteResult::NotFound:
        return fail(ErrorKind::NotFound, QStringLiteral("user %1 not found").arg(id));
    default:
        qCWarning(lcCoreStore, "user update failed: %s", qPrintable(error));
        return fail(ErrorKind::Internal, QStringLiteral("could not update the user"));
    }
    invalidateCache();
    return u;
}

std::optional<Failure> UserService::checkRemovable(const QString &id, const QString &actingUserId)
{
    auto existing = m_repo.findById(id);
    if (!existing)
        return fail(ErrorKind::NotFound, QStringLiteral("user %1 not found").arg(id));
    if (id == actingUserId)
        return fail(ErrorKind::Conflict, QStringLiteral("you cannot delete your own account"));
    if (existing->isAdmin() && existing->isActive && m_repo.countAdmins(true) <= 1)
        return fail(ErrorKind::Conflict, QStringLiteral("cannot delete the last active admin"));
    return std::nullopt;
}

Outcome<bool> UserService::remove(const QString &id, const QString &actingUserId)
{
    if (auto failure = checkRemovable(id, actingUserId))
        return *failure;
    QString error;
    if (!m_repo.remove(id, &error))
        return fail(ErrorKind::Internal, QStringLiteral("could not delete the user"));
    invalidateCache();
    return true;
}

Outcome<UserWithKey> UserService::regenerateApiKey(const QString &id)
{
    auto existing = m_repo.findById(id);
    if (!existing)
        return fail(ErrorKind::NotFound, QStringLiteral("user %1 not found").arg(id));
    UserRecord u = *existing;
    const QString key = auth::ApiKeys::generate();
    u.apiKeyHash = auth::ApiKeys::lookupHash(key);
    u.apiKeySealed = QString::fromLatin1(m_box->seal(key.toUtf8()));
    u.updatedAt = nowMs();
    if (m_repo.update(u) != UserRepository::WriteResult::Ok)
        return fail(ErrorKind::Internal, QStringLiteral("could not store the new API key"));
    invalidateCache();
    return UserWithKey{u, key};
}

std::optional<UserRecord> UserService::find(const QString &id)
{
    return m_repo.findById(id);
}

std::optional<UserRecord> UserService::checkPassword(const QString &email, const QString &password)
{
    auto user = m_repo.findByEmail(email.trimmed());
    if (!user) {
        if (m_dummyHash.isEmpty())
            m_dummyHash = m_hasher.hash(QStringLiteral("timing-equaliser"));
        m_hasher.verify(m_dummyHash, password);
        return std::nullopt;
    }
    if (!m_hasher.verify(user->passwordHash, password) || !user->isActive)
        return std::nullopt;
    return user;
}

std::optional<UserRecord> UserService::findByApiKey(const QString &apiKey)
{
    if (!auth::ApiKeys::looksValid(apiKey))
        return std::nullopt;
    const QByteArray hash = auth::ApiKeys::lookupHash(apiKey);
    auto cached = m_keyCache.constFind(hash);
    if (cached != m_keyCache.cend())
        return cached->isActive ? std::optional(*cached) : std::nullopt;
    auto user = m_repo.findByApiKeyHash(hash);
    if (!user || !auth::ApiKeys::equalConstantTime(user->apiKeyHash, hash))
        return std::nullopt;
    if (m_keyCache.size() > 10000)
        m_keyCache.clear();
    m_keyCache.insert(hash, *user);
    return user->isActive ? user : std::nullopt;
}

QString UserService::apiKeyOf(const UserRecord &user) const
{
    const auto key = m_box->open(user.apiKeySealed.toLatin1());
    return key ? QString::fromUtf8(*key) : QString();
}

void UserService::touchLogin(const QString &id)
{
    m_repo.touchLogin(id, nowMs());
}

} // namespace core::users
