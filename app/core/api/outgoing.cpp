#include "core/api/outgoing.h"

#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/urlfetch.h"
#include "core/instances/instancemanager.h"
#include "core/users/usagelimits.h"

#include <QJsonObject>
#include <QMimeDatabase>

namespace core::api {

using wa::message::ContentKind;

namespace {

Reply failed(const instances::SendOutcome &o)
{
    struct Mapping {
        const char *reason;
        int status;
        const char *code;
    };
    static const Mapping map[] = {
        {"not_connected", 409, "not_connected"},   {"invalid_recipient", 400, "validation_error"},
        {"not_on_whatsapp", 404, "not_on_whatsapp"}, {"no_session", 502, "whatsapp_error"},
        {"server_refused", 502, "whatsapp_refused"}, {"timeout", 504, "whatsapp_timeout"},
        {"connection_lost", 502, "connection_lost"}, {"upload_failed", 502, "upload_failed"},
    };
    for (const Mapping &m : map)
        if (o.reason == QLatin1String(m.reason))
            return errorReply(m.status, QLatin1String(m.code), o.error);
    return errorReply(500, QStringLiteral("internal_error"), o.error.isEmpty() ? QStringLiteral("the message could not be sent") : o.error);
}

} // namespace

Reply sendLater(ApiServices &s, const QString &instanceId, const QString &userId, const QString &to,
                const wa::message::MessageContent &content, const QByteArray &media, bool legacy)
{
    unwrap(s.instances->checkCanSend(instanceId));
    if (s.limits)
        if (auto refused = s.limits->checkMessageSend(userId))
            throwFailure(*refused); // 429 naming maxMessagesSent
    Reply reply;
    reply.later = [&s, instanceId, userId, to, content, media, legacy](std::function<void(const Reply &)> finish) {
        s.instances->send(instanceId, to, content, media, s.instances, [&s, userId, finish, legacy](const instances::SendOutcome &o) {
            if (!o.ok)
                return finish(failed(o));
            if (s.limits)
                s.limits->countMessageSent(userId);
            finish(legacy ? json({{QStringLiteral("success"), true}, {QStringLiteral("messageId"), o.id}}) : json({{QStringLiteral("id"), o.id}}));
        });
    };
    return reply;
}

wa::message::MessageContent mediaContent(const QByteArray &data, QString mimeType, const QString &fileName,
                                         const QString &caption, const QString &type)
{
    QMimeDatabase db;
    if (mimeType.isEmpty() || mimeType == QLatin1String("application/octet-stream"))
        mimeType = db.mimeTypeForFileNameAndData(fileName, data).name();
    wa::message::MessageContent c;
    bool ptt = false;
    if (!type.isEmpty()) {
        const auto kind = wa::message::contentKindFromName(type, &ptt);
        if (!kind || !wa::message::isMediaKind(*kind))
            throw ApiError::validation(QStringLiteral("type"), QStringLiteral("one of image, video, audio, ptt, document, sticker"));
        c.kind = *kind;
    } else if (mimeType.startsWith(QLatin1String("image/")) && mimeType != QLatin1String("image/svg+xml")) {
        c.kind = ContentKind::Image;
    } else if (mimeType.startsWith(QLatin1String("video/"))) {
        c.kind = ContentKind::Video;
    } else if (mimeType.startsWith(QLatin1String("audio/"))) {
        c.kind = ContentKind::Audio;
    } else {
        c.kind = ContentKind::Document;
    }
    wa::message::MediaRef ref;
    ref.mimeType = ptt ? QStringLiteral("audio/ogg; codecs=opus") : mimeType;
    ref.fileName = fileName.isEmpty() && c.kind == ContentKind::Document
        ? QStringLiteral("file.") + db.mimeTypeForName(mimeType).preferredSuffix()
        : fileName;
    ref.ptt = ptt;
    c.media = ref;
    c.text = c.kind == ContentKind::Audio || c.kind == ContentKind::Sticker ? QString() : caption;
    return c;
}

Reply sendFromUrl(ApiServices &s, const QString &instanceId, const QString &userId, const QString &to, const QString &url,
                  const QString &fileName, const QString &caption, const QString &type, bool legacy)
{
    unwrap(s.instances->checkCanSend(instanceId));
    if (!type.isEmpty())
        mediaContent({}, {}, {}, {}, type); // validates `type` before anything is fetched
    Reply reply;
    reply.later = [&s, instanceId, userId, to, url, fileName, caption, type, legacy](std::function<void(const Reply &)> finish) {
        fetchUrl(s.network, url, s.maxMediaBytes, s.mediaFetchTimeoutMs, s.instances,
                 [&s, instanceId, userId, to, fileName, caption, type, legacy, finish](const FetchedFile &f) {
                     if (f.tooLarge)
                         return finish(errorReply(413, QStringLiteral("media_too_large"), f.error));
                     if (!f.error.isEmpty())
                         return finish(errorReply(502, QStringLiteral("fetch_failed"), QStringLiteral("url: %1").arg(f.error)));
                     try {
                         const auto content = mediaContent(f.data, f.mimeType, fileName.isEmpty() ? f.fileName : fileName, caption, type);
                         Reply r = sendLater(s, instanceId, userId, to, content, f.data, legacy);
                         r.later(finish);
                     } catch (const ApiError &e) {
                         finish(errorReply(e.status, e.code, e.message));
                     }
                 });
    };
    return reply;
}

} // namespace core::api
