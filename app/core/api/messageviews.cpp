#include "core/api/messageviews.h"

#include "core/api/jsonwriter.h"
#include "core/common/timeutil.h"

#include <QJsonDocument>

namespace core::api {

namespace {
void nullable(JsonWriter &w, const char *key, const QString &value)
{
    w.key(key);
    value.isEmpty() ? w.null() : w.value(value);
}
} // namespace

void writeMessage(JsonWriter &w, const store::MessageRecord &m, const QString &baseUrl)
{
    w.beginObject();
    w.key("id").value(m.id).key("instanceId").value(m.instanceId).key("remoteJid").value(m.remoteJid);
    w.key("fromMe").value(m.fromMe).key("messageType").value(m.messageType);
    nullable(w, "content", m.content);
    w.key("messageId").value(m.messageId).key("hasMedia").value(m.hasMedia);
    nullable(w, "mediaUrl", m.mediaUrl.startsWith(QLatin1Char('/')) ? baseUrl + m.mediaUrl : m.mediaUrl);
    nullable(w, "caption", m.caption);
    nullable(w, "mimeType", m.mimeType);
    nullable(w, "fileName", m.fileName);
    if (m.mediaSize)
        w.key("mediaSize").value(*m.mediaSize);
    w.key("status").value(m.status);
    w.key("metadata").raw(QJsonDocument(m.metadata).toJson(QJsonDocument::Compact), "{}");
    w.key("createdAt").latin1(isoBytesFromMs(m.createdAt)).key("updatedAt").latin1(isoBytesFromMs(m.updatedAt));
    w.key("statusUpdatedAt");
    m.statusUpdatedAt ? w.latin1(isoBytesFromMs(*m.statusUpdatedAt)) : w.null();
    w.endObject();
}

QString displayName(const store::ContactRecord &c)
{
    return !c.name.isEmpty() ? c.name : !c.pushName.isEmpty() ? c.pushName : c.number;
}

void writeContact(JsonWriter &w, const store::ContactRecord &c)
{
    w.beginObject();
    w.key("id").value(c.id).key("instanceId").value(c.instanceId);
    nullable(w, "name", c.name);
    w.key("number").value(c.number).key("remoteJid").value(c.remoteJid);
    nullable(w, "pushName", c.pushName);
    w.key("isGroup").value(c.isGroup);
    nullable(w, "profilePicture", c.profilePicture);
    nullable(w, "about", c.about);
    w.key("lastActivity");
    c.lastActivity ? w.latin1(isoBytesFromMs(*c.lastActivity)) : w.null();
    w.key("createdAt").latin1(isoBytesFromMs(c.createdAt)).key("updatedAt").latin1(isoBytesFromMs(c.updatedAt));
    w.endObject();
}

} // namespace core::api
