// The older /instances API (../shared/spec/legacy-instances-api.md), served for compatibility
// behind the same authentication as /api: instances named by the caller, sendMessage, sendImage,
// sendFile, restart. Bodies and answers are documented in docs/api.md ("Legacy API").
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/outgoing.h"
#include "core/api/recipient.h"
#include "core/api/requestinput.h"
#include "core/api/webhookinput.h"
#include "core/instances/instancemanager.h"

#include <QJsonArray>

namespace core::api {

namespace {

QJsonObject legacyInstance(ApiServices &s, const store::InstanceRecord &r)
{
    const auto state = s.instances->state(r.id);
    return {{QStringLiteral("instanceId"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("status"), state.status},
            {QStringLiteral("connected"), state.ready()},
            {QStringLiteral("hasQr"), state.hasQr()},
            {QStringLiteral("phone"), r.phone.isEmpty() ? QJsonValue() : QJsonValue(r.phone)},
            {QStringLiteral("webhook"), r.webhookEnabled && !r.webhookUrl.isEmpty() ? QJsonValue(r.webhookUrl) : QJsonValue()}};
}

Reply info(RequestContext &, ApiServices &s)
{
    QJsonArray endpoints;
    for (const char *e : {"POST /instances", "GET /instances", "GET /instances/:id/qr", "GET /instances/:id/status",
                          "POST /instances/:id/sendMessage", "POST /instances/:id/sendImage", "POST /instances/:id/sendFile",
                          "POST /instances/:id/restart", "DELETE /instances/:id"})
        endpoints.append(QLatin1String(e));
    return json({{QStringLiteral("name"), QStringLiteral("WaMulti")}, {QStringLiteral("version"), s.version},
                 {QStringLiteral("api"), QStringLiteral("/api (see /api/openapi.json)")}, {QStringLiteral("legacyEndpoints"), endpoints}});
}

Reply create(RequestContext &ctx, ApiServices &s)
{
    const QJsonObject body = jsonObjectBody(ctx, true);
    const Fields f(body);
    store::InstanceRecord r;
    r.userId = ctx.user.id;
    r.id = f.string("instanceId", 64).value_or(QString()).trimmed();
    r.name = r.id.isEmpty() ? QStringLiteral("Instance") : r.id;
    if (const auto webhook = f.string("webhook", 4096); webhook && !webhook->trimmed().isEmpty()) {
        // The legacy events (connection.open, qr.update, message.received, ...) for this URL.
        QJsonObject settings{{QStringLiteral("webhookUrl"), webhook->trimmed()}, {QStringLiteral("webhookEnabled"), true},
                             {QStringLiteral("webhookFormat"), QStringLiteral("legacy")}};
        applyWebhookFields(settings, r);
    }
    const auto created = unwrap(s.instances->create(r, {}));
    return json(legacyInstance(s, created), 201);
}

Reply list(RequestContext &ctx, ApiServices &s)
{
    QJsonArray out;
    for (const auto &r : s.instances->list(ctx.user.isAdmin ? QString() : ctx.user.id))
        out.append(legacyInstance(s, r));
    return json({{QStringLiteral("instances"), out}});
}

Reply qr(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const auto state = s.instances->state(r.id);
    if (state.hasQr())
        return json({{QStringLiteral("instanceId"), r.id}, {QStringLiteral("qr"), state.qrCode}});
    return qrReply(r, state); // 202 while generating, 409 otherwise
}

Reply status(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    return json(legacyInstance(s, r));
}

Reply sendMessage(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    wa::message::MessageContent content;
    content.kind = wa::message::ContentKind::Text;
    content.text = f.requiredString("message", 65536);
    return sendLater(s, r.id, ctx.user.id, recipientJid(f.requiredString("to", 200), QStringLiteral("to")), content, {}, true);
}

Reply sendUrl(RequestContext &ctx, ApiServices &s, const QString &forcedType)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    const QString type = f.string("type", 16).value_or(forcedType);
    return sendFromUrl(s, r.id, ctx.user.id, recipientJid(f.requiredString("to", 200), QStringLiteral("to")),
                       f.requiredString("url", 8192).trimmed(), f.string("filename", 255).value_or(f.string("fileName", 255).value_or(QString())),
                       f.string("caption", 4096).value_or(QString()), type, true);
}

Reply restart(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    unwrap(s.instances->reconnect(r.id));
    return json({{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("Instance %1 restarted").arg(r.id)}});
}

Reply remove(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    unwrap(s.instances->remove(r.id));
    return json({{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("Instance %1 deleted").arg(r.id)}});
}

} // namespace

void registerLegacyRoutes(Router &r, ApiServices &s)
{
    const QString one = QStringLiteral("/instances/{id}");
    r.add("GET", QStringLiteral("/"), Access::User, [&s](RequestContext &c) { return info(c, s); });
    r.add("POST", QStringLiteral("/instances"), Access::User, [&s](RequestContext &c) { return create(c, s); });
    r.add("GET", QStringLiteral("/instances"), Access::User, [&s](RequestContext &c) { return list(c, s); });
    r.add("GET", one + QStringLiteral("/qr"), Access::User, [&s](RequestContext &c) { return qr(c, s); });
    r.add("GET", one + QStringLiteral("/status"), Access::User, [&s](RequestContext &c) { return status(c, s); });
    r.add("POST", one + QStringLiteral("/sendMessage"), Access::User, [&s](RequestContext &c) { return sendMessage(c, s); });
    r.add("POST", one + QStringLiteral("/sendImage"), Access::User, [&s](RequestContext &c) { return sendUrl(c, s, QStringLiteral("image")); });
    r.add("POST", one + QStringLiteral("/sendFile"), Access::User, [&s](RequestContext &c) { return sendUrl(c, s, QString()); });
    r.add("POST", one + QStringLiteral("/restart"), Access::User, [&s](RequestContext &c) { return restart(c, s); });
    r.add("DELETE", one, Access::User, [&s](RequestContext &c) { return remove(c, s); });
}

} // namespace core::api
