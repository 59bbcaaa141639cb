#include "core/instances/wasession.h"

#include "core/logging/logging.h"
#include "core/store/messagerepository.h"

#include <QDir>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace core::instances {

WaSession::WaSession(const QString &instanceId, wa::client::ClientConfig config, QSqlDatabase db, const secrets::SecretBox *box,
                     MediaOptions media)
    : m_instanceId(instanceId), m_db(db), m_media(std::move(media)), m_keys(db, instanceId, box), m_sink(db, instanceId)
{
    config.maxMediaBytes = m_media.maxBytes;
    m_client = std::make_unique<wa::client::Client>(std::move(config), wa::client::ClientStores::of(m_keys, &m_sink), this);
    connect(m_client.get(), &wa::client::Client::messageReceived, this, &WaSession::onReceived);
}

WaSession::~WaSession()
{
    m_client->stop();
}

void WaSession::onReceived(const wa::client::IncomingMessage &message)
{
    if (!m_media.autoDownload || m_media.directory.isEmpty() || !wa::message::isMediaKind(message.content.kind))
        return;
    const QString id = message.id;
    const bool fromMe = message.fromMe;
    const wa::message::MessageContent content = message.content;
    m_client->downloadMedia(content, [this, id, fromMe, content](const QByteArray &data, const QString &error) {
        if (!error.isEmpty()) {
            qCInfo(lcCoreInstances, "[inst %s] media of %s not kept: %s", qPrintable(m_instanceId), qPrintable(id), qPrintable(error));
            return;
        }
        keepMedia(id, fromMe, content, data);
    });
}

void WaSession::keepMedia(const QString &messageId, bool fromMe, const wa::message::MessageContent &content, const QByteArray &data)
{
    if (m_media.directory.isEmpty() || data.isEmpty())
        return;
    const QString dir = QDir(m_media.directory).filePath(m_instanceId);
    if (!QDir().mkpath(dir))
        return;
    // The name is ours (the id is hex-like, the suffix from the MIME type): a sender's file name
    // never reaches the file system.
    QString safeId = messageId;
    safeId.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString suffix = content.media ? QMimeDatabase().mimeTypeForName(content.media->mimeType).preferredSuffix() : QString();
    const QString name = (fromMe ? QStringLiteral("out-") : QStringLiteral("in-")) + safeId.left(64) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    QSaveFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcCoreInstances, "[inst %s] cannot write media file %s", qPrintable(m_instanceId), qPrintable(name));
        return;
    }
    const QString relative = m_instanceId + QLatin1Char('/') + name;
    const QString url = m_media.urlBase.isEmpty() ? QString()
                                                  : QStringLiteral("%1/%2/messages/%3/media").arg(m_media.urlBase, m_instanceId, messageId);
    QString error;
    if (!store::MessageRepository::setMedia(m_db, m_instanceId, messageId, fromMe, relative, url, data.size(), &error))
        qCWarning(lcCoreInstances, "[inst %s] cannot record media of %s: %s", qPrintable(m_instanceId), qPrintable(messageId), qPrintable(error));
}

} // namespace core::instances
