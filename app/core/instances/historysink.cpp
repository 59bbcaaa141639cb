#include "core/instances/historysink.h"

#include "core/common/ids.h"
#include "core/common/timeutil.h"
#include "core/logging/logging.h"
#include "core/instances/instancemanager.h"
#include "core/store/activityrepository.h"
#include "core/store/contactrepository.h"
#include "core/store/messagerepository.h"

#include <QJsonObject>

namespace core::instances {

using store::MessageRecord;
using store::MessageRepository;
using wa::message::ContentKind;

namespace {

MessageRecord recordOf(const QString &instanceId, const QString &chat, const QString &id, bool fromMe,
                       const wa::message::MessageContent &c, const QString &status, QJsonObject metadata)
{
    MessageRecord m;
    m.id = newId();
    m.instanceId = instanceId;
    m.remoteJid = chat;
    m.messageId = id;
    m.fromMe = fromMe;
    m.messageType = HistorySink::messageType(c);
    m.hasMedia = wa::message::isMediaKind(c.kind);
    m.content = c.kind == ContentKind::Location ? (c.name.isEmpty() ? c.text : c.name)
              : c.kind == ContentKind::Contact  ? c.name
                                                : c.text;
    if (m.hasMedia) {
        m.caption = c.text.isEmpty() ? QString() : c.text;
        m.mimeType = c.media->mimeType;
        m.fileName = c.media->fileName;
        m.mediaSize = qint64(c.media->fileLength);
    }
    if (!c.quotedId.isEmpty())
        metadata.insert(QStringLiteral("quotedMessageId"), c.quotedId);
    if (!c.targetId.isEmpty())
        metadata.insert(QStringLiteral("targetMessageId"), c.targetId);
    if (c.kind == ContentKind::Location) {
        metadata.insert(QStringLiteral("latitude"), c.latitude);
        metadata.insert(QStringLiteral("longitude"), c.longitude);
    }
    if (c.kind == ContentKind::Contact)
        metadata.insert(QStringLiteral("vcard"), c.vcard);
    m.status = status;
    m.metadata = metadata;
    m.createdAt = m.updatedAt = nowMs();
    m.statusUpdatedAt = m.createdAt;
    return m;
}

} // namespace

HistorySink::HistorySink(QSqlDatabase db, QString instanceId) : m_db(std::move(db)), m_instanceId(std::move(instanceId)) {}

QString HistorySink::messageType(const wa::message::MessageContent &c)
{
    return wa::message::contentKindName(c.kind, c.media && c.media->ptt);
}

QString HistorySink::webhookType(const wa::message::MessageContent &c)
{
    switch (c.kind) {
    case ContentKind::Text: return c.quotedId.isEmpty() ? QStringLiteral("conversation") : QStringLiteral("extendedTextMessage");
    case ContentKind::Image: return QStringLiteral("imageMessage");
    case ContentKind::Video: return QStringLiteral("videoMessage");
    case ContentKind::Audio: return QStringLiteral("audioMessage");
    case ContentKind::Document: return QStringLiteral("documentMessage");
    case ContentKind::Sticker: return QStringLiteral("stickerMessage");
    case ContentKind::Location: return QStringLiteral("locationMessage");
    case ContentKind::Contact: return QStringLiteral("contactMessage");
    case ContentKind::Reaction: return QStringLiteral("reactionMessage");
    case ContentKind::Revoke: return QStringLiteral("protocolMessage");
    default: return QStringLiteral("unknown");
    }
}

bool HistorySink::event(const QString &type, const QJsonObject &data)
{
    // The events feed row and the webhook outbox row, in the client's transaction.
    QString error;
    if (InstanceManager::writeEvent(m_db, {0, m_instanceId, type, data, nowMs()}, &error))
        return true;
    qCWarning(lcCoreInstances, "[inst %s] cannot record %s: %s", qPrintable(m_instanceId), qPrintable(type), qPrintable(error));
    return false;
}

bool HistorySink::storeIncoming(const wa::client::IncomingMessage &in)
{
    QJsonObject metadata{{QStringLiteral("timestamp"), double(in.timestamp)}};
    if (!in.pushName.isEmpty())
        metadata.insert(QStringLiteral("pushName"), in.pushName);
    if (in.isGroup)
        metadata.insert(QStringLiteral("participant"), in.senderUser);
    const MessageRecord m = recordOf(m_instanceId, in.chat, in.id, in.fromMe, in.content,
                                     in.fromMe ? QStringLiteral("sent") : QStringLiteral("received"), metadata);
    QString error;
    const auto inserted = MessageRepository::insert(m_db, m, &error);
    if (inserted == MessageRepository::InsertResult::Failed) {
        qCWarning(lcCoreInstances, "[inst %s] cannot store message %s: %s", qPrintable(m_instanceId), qPrintable(in.id), qPrintable(error));
        return false;
    }
    if (inserted == MessageRepository::InsertResult::Duplicate)
        return true; // stored before a crash that lost the ack: nothing new to tell anyone
    const qint64 now = nowMs();
    if (!store::ContactRepository::touch(m_db, m_instanceId, in.chat, in.isGroup ? QString() : in.pushName, in.isGroup, now, &error)
        || (in.isGroup && !in.fromMe
            && !store::ContactRepository::touch(m_db, m_instanceId, in.senderUser, in.pushName, false, now, &error))) {
        qCWarning(lcCoreInstances, "[inst %s] cannot update a contact: %s", qPrintable(m_instanceId), qPrintable(error));
        return false;
    }
    if (in.fromMe) // sent from the phone or another linked device: history only
        return event(QStringLiteral("message_sent"), {{QStringLiteral("instanceId"), m_instanceId}, {QStringLiteral("messageId"), in.id},
                                                       {QStringLiteral("to"), in.chat}, {QStringLiteral("body"), m.content},
                                                       {QStringLiteral("type"), m.messageType}, {QStringLiteral("timestamp"), double(in.timestamp)},
                                                       {QStringLiteral("hasMedia"), m.hasMedia}, {QStringLiteral("fromOtherDevice"), true}});
    return event(QStringLiteral("message_received"),
                 {{QStringLiteral("instanceId"), m_instanceId}, {QStringLiteral("messageId"), in.id},
                  {QStringLiteral("remoteJid"), in.chat}, {QStringLiteral("from"), in.isGroup ? in.senderUser : in.chat},
                  {QStringLiteral("fromMe"), false}, {QStringLiteral("body"), m.content},
                  {QStringLiteral("type"), webhookType(in.content)}, {QStringLiteral("messageType"), m.messageType},
                  {QStringLiteral("timestamp"), double(in.timestamp)}, {QStringLiteral("hasMedia"), m.hasMedia},
                  {QStringLiteral("pushName"), in.pushName}, {QStringLiteral("status"), QStringLiteral("received")},
                  {QStringLiteral("metadata"), metadata}});
}

bool HistorySink::storeReceipt(const wa::client::ReceiptUpdate &r)
{
    QString error;
    const qint64 now = nowMs();
    if (!r.fromMe) {
        MessageRepository::markIncomingRead(m_db, m_instanceId, r.ids, now, &error);
        return error.isEmpty();
    }
    for (const QString &id : r.ids) {
        QString chat;
        error.clear();
        if (!MessageRepository::advanceStatus(m_db, m_instanceId, id, r.status, now, &chat, &error)) {
            if (!error.isEmpty()) {
                qCWarning(lcCoreInstances, "[inst %s] cannot update a status: %s", qPrintable(m_instanceId), qPrintable(error));
                return false;
            }
            continue; // unknown message, or the status was already further along
        }
        QJsonObject data{{QStringLiteral("instanceId"), m_instanceId}, {QStringLiteral("messageId"), id},
                         {QStringLiteral("status"), r.status}, {QStringLiteral("from"), chat}, {QStringLiteral("fromMe"), true}};
        if (!r.participant.isEmpty())
            data.insert(QStringLiteral("participant"), r.participant);
        if (!event(QStringLiteral("message_status"), data))
            return false;
    }
    return true;
}

bool HistorySink::storeSent(const wa::client::SentMessage &s)
{
    QJsonObject metadata{{QStringLiteral("timestamp"), double(s.timestamp)}};
    if (s.errorCode)
        metadata.insert(QStringLiteral("errorCode"), s.errorCode);
    const MessageRecord m = recordOf(m_instanceId, s.chat, s.id, true, s.content, s.status, metadata);
    QString error;
    if (MessageRepository::insert(m_db, m, &error) == MessageRepository::InsertResult::Failed) {
        qCWarning(lcCoreInstances, "[inst %s] cannot store sent message %s: %s", qPrintable(m_instanceId), qPrintable(s.id), qPrintable(error));
        return false;
    }
    if (!store::ContactRepository::touch(m_db, m_instanceId, s.chat, {}, s.chat.endsWith(QLatin1String("@g.us")), nowMs(), &error))
        return false;
    if (s.status == QLatin1String("failed"))
        return event(QStringLiteral("message_status"), {{QStringLiteral("instanceId"), m_instanceId}, {QStringLiteral("messageId"), s.id},
                                                        {QStringLiteral("status"), s.status}, {QStringLiteral("from"), s.chat},
                                                        {QStringLiteral("fromMe"), true}, {QStringLiteral("errorCode"), s.errorCode}});
    return event(QStringLiteral("message_sent"), {{QStringLiteral("instanceId"), m_instanceId}, {QStringLiteral("messageId"), s.id},
                                                  {QStringLiteral("to"), s.chat}, {QStringLiteral("body"), m.content},
                                                  {QStringLiteral("type"), m.messageType}, {QStringLiteral("timestamp"), double(s.timestamp)},
                                                  {QStringLiteral("hasMedia"), m.hasMedia}});
}

} // namespace core::instances
