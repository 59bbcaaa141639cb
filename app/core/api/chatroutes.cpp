// Chats and history of an instance: GET /api/instances/{id}/chats, GET .../chats/{chatId}/messages,
// POST .../chats/{chatId}/read, and GET .../messages/{messageId}/media (the kept file).
#include "core/api/apierror.h"
#include "core/api/apiservices.h"
#include "core/api/apiviews.h"
#include "core/api/jsonwriter.h"
#include "core/api/messageviews.h"
#include "core/api/recipient.h"
#include "core/api/requestinput.h"
#include "core/common/timeutil.h"
#include "core/instances/instancemanager.h"
#include "core/store/messagerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core::api {

namespace {

QString baseUrl(ApiServices &s)
{
    return s.publicBaseUrl ? s.publicBaseUrl() : QString();
}

// {chatId}: a JID (URL-encoded or not) or a bare phone number.
QString chatJid(RequestContext &ctx)
{
    return recipientJid(ctx.param(QStringLiteral("chatId")), QStringLiteral("chatId"));
}

Reply chats(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    store::ChatQuery q;
    q.instanceId = r.id;
    q.limit = queryInt(ctx, "limit", 50, 1, 500);
    q.skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    q.search = queryString(ctx, "search").left(100);
    QString error;
    const store::ChatPage page = s.messages->chats(q, &error);
    if (!error.isEmpty())
        throw ApiError::internal(QStringLiteral("could not read the chats"));
    const QString base = baseUrl(s);
    JsonWriter w(256 + page.chats.size() * 700);
    w.beginObject().key("chats").beginArray();
    for (const store::ChatSummary &c : page.chats) {
        w.beginObject().key("remoteJid").value(c.remoteJid).key("name").value(c.name).key("isGroup").value(c.isGroup);
        w.key("unread").value(c.unread).key("messageCount").value(c.messageCount);
        w.key("lastActivity").latin1(isoBytesFromMs(c.lastAt)).key("lastMessage");
        writeMessage(w, c.last, base);
        w.endObject();
    }
    w.endArray().key("pagination");
    writePagination(w, page.total, q.limit, q.skip);
    w.endObject();
    return jsonBytes(w.take());
}

Reply history(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    store::MessageQuery q;
    q.instanceId = r.id;
    q.remoteJid = chatJid(ctx);
    q.limit = queryInt(ctx, "limit", 50, 1, 1000);
    q.skip = queryInt(ctx, "skip", 0, 0, 1'000'000'000);
    q.startMs = queryDate(ctx, "startDate");
    q.endMs = queryDate(ctx, "endDate");
    if (q.startMs && q.endMs && *q.startMs > *q.endMs)
        throw ApiError::validation(QStringLiteral("startDate"), QStringLiteral("must not be after endDate"));
    QString error;
    const store::MessagePage page = s.messages->chatMessages(q, &error);
    if (!error.isEmpty())
        throw ApiError::internal(QStringLiteral("could not read the messages"));
    const QString base = baseUrl(s);
    JsonWriter w(256 + page.messages.size() * 600);
    w.beginObject().key("messages").beginArray();
    for (const store::MessageRecord &m : page.messages)
        writeMessage(w, m, base);
    w.endArray().key("pagination");
    writePagination(w, page.total, q.limit, q.skip);
    w.endObject();
    return jsonBytes(w.take());
}

Reply markRead(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const QString chat = chatJid(ctx);
    unwrap(s.instances->markChatRead(r.id, chat));
    return json({{QStringLiteral("success"), true}, {QStringLiteral("chatId"), chat}});
}

Reply media(RequestContext &ctx, ApiServices &s)
{
    const auto r = ownedInstance(ctx, s);
    const QString messageId = ctx.param(QStringLiteral("messageId"));
    const auto m = s.messages->find(r.id, messageId.left(128));
    if (!m || !m->hasMedia)
        throw ApiError::notFound(QStringLiteral("message %1 has no media").arg(messageId.left(64)));
    if (m->mediaPath.isEmpty())
        throw ApiError::notFound(QStringLiteral("the media of message %1 is not kept (not downloaded yet, too large, or auto-download is off)")
                                     .arg(messageId.left(64)));
    // Paths are ours ("<instance>/<name>"), but check anyway that they stay in the media directory.
    const QString root = QDir(s.mediaDirectory).canonicalPath();
    const QString path = QFileInfo(QDir(s.mediaDirectory).filePath(m->mediaPath)).canonicalFilePath();
    if (root.isEmpty() || path.isEmpty() || !path.startsWith(root + QLatin1Char('/')))
        throw ApiError::notFound(QStringLiteral("the media file of message %1 is gone").arg(messageId.left(64)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ApiError::internal(QStringLiteral("cannot read the media file"));
    Reply reply;
    reply.body = file.readAll();
    reply.contentType = m->mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : m->mimeType.toLatin1();
    QString name = m->fileName.isEmpty() ? QFileInfo(path).fileName() : m->fileName;
    name.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\n'), QLatin1Char('_')).replace(QLatin1Char('\r'), QLatin1Char('_'));
    reply.headers.push_back({"Content-Disposition", "inline; filename=\"" + name.toUtf8() + "\""});
    return reply;
}

} // namespace

void registerChatRoutes(Router &r, ApiServices &s)
{
    const QString one = QStringLiteral("/api/instances/{id}");
    r.add("GET", one + QStringLiteral("/chats"), Access::User, [&s](RequestContext &c) { return chats(c, s); });
    r.add("GET", one + QStringLiteral("/chats/{chatId}/messages"), Access::User, [&s](RequestContext &c) { return history(c, s); });
    r.add("POST", one + QStringLiteral("/chats/{chatId}/read"), Access::User, [&s](RequestContext &c) { return markRead(c, s); });
    r.add("GET", one + QStringLiteral("/messages/{messageId}/media"), Access::User, [&s](RequestContext &c) { return media(c, s); });
}

} // namespace core::api
