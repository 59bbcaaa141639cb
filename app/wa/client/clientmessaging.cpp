// Client: the messaging API (send, media, read receipts, number checks, groups). See client.h.
#include "wa/client/client.h"

#include "wa/client/mediatransfer.h"
#include "wa/client/sender.h"
#include "wa/client/stanzas.h"

#include <QDateTime>

namespace wa::client {

void Client::sendMessage(const QString &to, const message::MessageContent &content, SendCallback done, const QString &id)
{
    m_sender->send(to, content, id, std::move(done));
}

void Client::sendMedia(const QString &to, message::MessageContent content, const QByteArray &data, SendCallback done)
{
    if (!message::isMediaKind(content.kind))
        return done({false, {}, 0, 0, QStringLiteral("not a media message"), QStringLiteral("internal")});
    if (!isConnected())
        return done({false, {}, 0, 0, QStringLiteral("not connected"), QStringLiteral("not_connected")});
    const message::MediaType type = mediaTypeOf(content);
    const auto encrypted = message::encryptMedia(data, type);
    if (!encrypted)
        return done({false, {}, 0, 0, QStringLiteral("cannot encrypt the media"), QStringLiteral("internal")});
    const message::EncryptedMedia e = *encrypted;
    QPointer<Client> self(this);
    m_media->upload(e.blob, type, e.fileEncSha256, [self, to, content, e, done](const QString &url, const QString &directPath, const QString &error) mutable {
        if (!self)
            return;
        if (!error.isEmpty())
            return done({false, {}, 0, 0, error, QStringLiteral("upload_failed")});
        message::MediaRef ref = content.media.value_or(message::MediaRef{});
        ref.url = url;
        ref.directPath = directPath;
        ref.mediaKey = e.mediaKey;
        ref.fileSha256 = e.fileSha256;
        ref.fileEncSha256 = e.fileEncSha256;
        ref.fileLength = e.fileLength;
        ref.mediaKeyTimestamp = QDateTime::currentSecsSinceEpoch();
        content.media = ref;
        self->sendMessage(to, content, std::move(done));
    });
}

void Client::markRead(const QString &chat, const QStringList &ids, const QString &participant)
{
    if (ids.isEmpty())
        return;
    sendNode(buildReceipt(chat, participant, ids, QStringLiteral("read"), {}, QDateTime::currentSecsSinceEpoch()));
}

void Client::downloadMedia(const message::MessageContent &content, std::function<void(const QByteArray &, const QString &)> done)
{
    if (!content.media)
        return done({}, QStringLiteral("the message has no media"));
    m_media->download(*content.media, mediaTypeOf(content), std::move(done));
}

void Client::checkNumbers(const QStringList &numbers, std::function<void(const QList<ContactCheck> &, const QString &)> done)
{
    const QString sid = QString::number(QDateTime::currentMSecsSinceEpoch());
    sendIq(buildContactQuery(numbers, sid), [done](const connection::IqResponse &r) {
        if (!r.ok())
            return done({}, r.errorText.isEmpty() ? QStringLiteral("the server did not answer") : r.errorText);
        done(parseContactQuery(r.node), {});
    });
}

void Client::createGroup(const QString &subject, const QStringList &participants, std::function<void(const GroupInfo &, const QString &)> done)
{
    m_groups->create(subject, participants, std::move(done));
}

void Client::groupInfo(const QString &group, std::function<void(const GroupInfo &, const QString &)> done)
{
    m_groups->info(group, false, std::move(done));
}

} // namespace wa::client
