// The WhatsApp API of one instance: /api/whatsapp/{id}/status | qr | send | send-media |
// send-file | logout, and /api/instances/{id}/pairing-code (link by phone number).
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/multipart.h"
#include "core/api/outgoing.h"
#include "core/api/recipient.h"
#include "core/api/requestinput.h"
#include "core/instances/instancemanager.h"

#include <QHttpServerRequest>
#include <QTimer>

namespace core::api {

namespace {

using wa::message::ContentKind;

Reply status(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const auto state = s.instances->state(r.id);
    return json({{QStringLiteral("ready"), state.ready()}, {QStringLiteral("status"), state.status}, {QStringLiteral("hasQr"), state.hasQr()}});
}

Reply send(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    const QString to = recipientJid(f.requiredString("phone", 200), QStringLiteral("phone"));
    wa::message::MessageContent content;
    content.kind = ContentKind::Text;
    content.text = f.requiredString("message", 65536);
    if (auto quoted = f.string("quotedMessageId", 128))
        content.quotedId = *quoted;
    return sendLater(s, r.id, ctx.user.id, to, content, {});
}

Reply sendMedia(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    const QString to = recipientJid(f.requiredString("phone", 200), QStringLiteral("phone"));
    const QString url = f.requiredString("url", 8192).trimmed();
    return sendFromUrl(s, r.id, ctx.user.id, to, url, f.string("filename", 255).value_or(QString()),
                       f.string("caption", 4096).value_or(QString()), f.string("type", 16).value_or(QString()));
}

Reply sendFile(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const auto boundary = multipartBoundary(ctx.request.value("content-type"));
    if (!boundary)
        throw ApiError(415, QStringLiteral("unsupported_media_type"),
                       QStringLiteral("send-file takes multipart/form-data with the fields phone, file and caption (optional)"));
    const MultipartResult form = parseMultipart(ctx.request.body(), *boundary);
    if (!form.error.isEmpty())
        throw ApiError::badRequest(QStringLiteral("multipart body: %1").arg(form.error));
    const FormPart *phone = form.part(QStringLiteral("phone"));
    const FormPart *file = form.part(QStringLiteral("file"));
    if (!phone)
        throw ApiError::validation(QStringLiteral("phone"), QStringLiteral("is required"));
    if (!file || file->data.isEmpty())
        throw ApiError::validation(QStringLiteral("file"), QStringLiteral("is required (a non-empty file part)"));
    if (file->data.size() > s.maxMediaBytes)
        throw ApiError(413, QStringLiteral("media_too_large"), QStringLiteral("file: larger than %1 bytes").arg(s.maxMediaBytes));
    const QString to = recipientJid(QString::fromUtf8(phone->data), QStringLiteral("phone"));
    const FormPart *caption = form.part(QStringLiteral("caption"));
    const FormPart *type = form.part(QStringLiteral("type"));
    const auto content = mediaContent(file->data, QString::fromLatin1(file->contentType), file->fileName,
                                      caption ? QString::fromUtf8(caption->data) : QString(),
                                      type ? QString::fromUtf8(type->data).trimmed() : QString());
    return sendLater(s, r.id, ctx.user.id, to, content, file->data);
}

Reply logout(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    unwrap(s.instances->logout(r.id));
    return json({{QStringLiteral("success"), true}});
}

Reply pairingCode(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const Fields f(jsonObjectBody(ctx));
    const QString phone = phoneDigits(f.requiredString("phone", 40), QStringLiteral("phone"));
    unwrap(s.instances->requestPairingCode(r.id, phone));
    Reply reply;
    const QString id = r.id;
    reply.later = [&s, id](std::function<void(const Reply &)> finish) {
        // One answer: the code (or the engine's error), or a timeout.
        auto *waiter = new QObject(s.instances);
        QObject::connect(s.instances, &instances::InstanceManager::pairingCodeReady, waiter,
                         [waiter, id, finish](const QString &instance, const QString &code, const QString &error) {
                             if (instance != id)
                                 return;
                             waiter->deleteLater();
                             waiter->disconnect();
                             if (!error.isEmpty())
                                 return finish(errorReply(502, QStringLiteral("pairing_failed"), error));
                             finish(json({{QStringLiteral("code"), code},
                                          {QStringLiteral("formatted"), code.left(4) + QLatin1Char('-') + code.mid(4)}}));
                         });
        QTimer::singleShot(30000, waiter, [waiter, finish] {
            waiter->deleteLater();
            finish(errorReply(504, QStringLiteral("pairing_timeout"), QStringLiteral("WhatsApp did not answer the pairing-code request in time")));
        });
    };
    return reply;
}

} // namespace

void registerWhatsAppRoutes(Router &r, ApiServices &s)
{
    const QString one = QStringLiteral("/api/whatsapp/{id}");
    r.add("GET", one + QStringLiteral("/status"), Access::User, [&s](RequestContext &c) { return status(c, s); });
    r.add("GET", one + QStringLiteral("/qr"), Access::User, [&s](RequestContext &c) {
        const auto inst = ownedInstance(c, s);
        return qrReply(inst, s.instances->state(inst.id));
    });
    r.add("POST", one + QStringLiteral("/send"), Access::User, [&s](RequestContext &c) { return send(c, s); });
    r.add("POST", one + QStringLiteral("/send-media"), Access::User, [&s](RequestContext &c) { return sendMedia(c, s); });
    r.add("POST", one + QStringLiteral("/send-file"), Access::User, [&s](RequestContext &c) { return sendFile(c, s); });
    r.add("POST", one + QStringLiteral("/logout"), Access::User, [&s](RequestContext &c) { return logout(c, s); });
    r.add("POST", QStringLiteral("/api/instances/{id}/pairing-code"), Access::User, [&s](RequestContext &c) { return pairingCode(c, s); });
}

} // namespace core::api
