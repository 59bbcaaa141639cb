// User administration (admins): /api/users, /api/users/{id}, /api/users/{id}/api-key
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/requestinput.h"
#include "core/instances/instancemanager.h"
#include "core/users/userservice.h"

#include <QJsonArray>

namespace core::api {

namespace {

users::UserInput readUserInput(const QJsonObject &body)
{
    const Fields f(body);
    users::UserInput in;
    in.email = f.string("email", 254);
    in.password = f.string("password", 1024);
    in.firstName = f.string("firstName", 200);
    in.lastName = f.string("lastName", 200);
    in.role = f.string("role", 16);
    in.isActive = f.boolean("isActive");
    in.maxMessagesSent = f.nullableInteger("maxMessagesSent", 0, 1'000'000'000'000LL);
    in.maxApiCalls = f.nullableInteger("maxApiCalls", 0, 1'000'000'000'000LL);
    return in;
}

Reply listUsers(RequestContext &ctx, ApiServices &s)
{
    const int limit = queryInt(ctx, "limit", 100, 1, 1000);
    const int skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    QJsonArray users;
    for (const auto &u : s.users->list(limit, skip))
        users.append(userJson(u));
    return json({{QStringLiteral("users"), users}, {QStringLiteral("pagination"), paginationJson(s.users->count(), limit, skip)}});
}

Reply createUser(RequestContext &ctx, ApiServices &s)
{
    const auto created = unwrap(s.users->create(readUserInput(jsonObjectBody(ctx))));
    QJsonObject body = userJson(created.user);
    body.insert(QStringLiteral("apiKey"), created.apiKey);
    return json(body, 201);
}

Reply getUser(RequestContext &ctx, ApiServices &s)
{
    const auto user = s.users->find(ctx.param(QStringLiteral("id")));
    if (!user)
        throw ApiError::notFound(QStringLiteral("user %1 not found").arg(ctx.param(QStringLiteral("id")).left(64)));
    return json(userJson(*user));
}

Reply updateUser(RequestContext &ctx, ApiServices &s)
{
    const auto updated = unwrap(s.users->update(ctx.param(QStringLiteral("id")), readUserInput(jsonObjectBody(ctx)), ctx.user.id));
    return json(userJson(updated));
}

Reply deleteUser(RequestContext &ctx, ApiServices &s)
{
    const QString id = ctx.param(QStringLiteral("id"));
    if (auto failure = s.users->checkRemovable(id, ctx.user.id))
        throwFailure(*failure);
    // The user's instances go first, through the manager, so their connections stop and the
    // in-memory snapshot forgets them; then the user row (the database cascade finds nothing left).
    for (const auto &instance : s.instances->list(id))
        unwrap(s.instances->remove(instance.id));
    unwrap(s.users->remove(id, ctx.user.id));
    return json({{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("User %1 deleted successfully").arg(id)}});
}

Reply regenerateKey(RequestContext &ctx, ApiServices &s)
{
    const auto result = unwrap(s.users->regenerateApiKey(ctx.param(QStringLiteral("id"))));
    return json({{QStringLiteral("id"), result.user.id}, {QStringLiteral("apiKey"), result.apiKey}});
}

} // namespace

void registerUserRoutes(Router &r, ApiServices &s)
{
    r.add("GET", QStringLiteral("/api/users"), Access::Admin, [&s](RequestContext &c) { return listUsers(c, s); });
    r.add("POST", QStringLiteral("/api/users"), Access::Admin, [&s](RequestContext &c) { return createUser(c, s); });
    r.add("GET", QStringLiteral("/api/users/{id}"), Access::Admin, [&s](RequestContext &c) { return getUser(c, s); });
    r.add("PUT", QStringLiteral("/api/users/{id}"), Access::Admin, [&s](RequestContext &c) { return updateUser(c, s); });
    r.add("DELETE", QStringLiteral("/api/users/{id}"), Access::Admin, [&s](RequestContext &c) { return deleteUser(c, s); });
    r.add("POST", QStringLiteral("/api/users/{id}/api-key"), Access::AdminOrSelf,
          [&s](RequestContext &c) { return regenerateKey(c, s); });
}

} // namespace core::api
