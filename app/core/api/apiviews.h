#pragma once
// JSON shapes of the API (exactly as ../shared/spec/api-reference.md shows them) and the helpers
// every handler shares: resolving an instance the caller may see, and mapping service failures.
#include "core/api/router.h"
#include "core/common/outcome.h"
#include "core/instances/instancemanager.h"
#include "core/store/records.h"

#include <QJsonObject>

namespace core::api {

struct ApiServices;
struct ApiError;

class JsonWriter;

QJsonObject userJson(const store::UserRecord &user);
void writeConnectionStatus(JsonWriter &w, const instances::ConnectionState &state);
// An instance as the spec shows it; with `webhookSecret` (plaintext, masked on output) the
// "webhookSettings" object is included too.
void writeInstance(JsonWriter &w, const store::InstanceRecord &instance, const instances::ConnectionState &state,
                   const QString *webhookSecret = nullptr);
QJsonObject paginationJson(qint64 total, int limit, int skip);
void writePagination(JsonWriter &w, qint64 total, int limit, int skip);
QString maskSecret(const QString &plain);

// The instance named by {id} if the caller owns it (admins: any); else 404 - the same answer as
// for an id that does not exist, so ids of other users' instances are not revealed. Counts the
// API call against the instance.
store::InstanceRecord ownedInstance(RequestContext &ctx, ApiServices &services, const QString &param = QStringLiteral("id"));

[[noreturn]] void throwFailure(const Failure &failure);
template <typename T> T unwrap(Outcome<T> outcome)
{
    if (!outcome.ok())
        throwFailure(outcome.failure());
    return std::move(outcome.value());
}

Reply json(const QJsonObject &object, int status = 200);
// GET .../qr: the code, 202 while it is being generated, 409 when none will come.
Reply qrReply(const store::InstanceRecord &instance, const instances::ConnectionState &state);
Reply jsonBytes(QByteArray body, int status = 200);

} // namespace core::api
