#include "wa/client/mediatransfer.h"

#include "wa/client/client.h"
#include "wa/walogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace wa::client {

using binary::Node;

namespace {
constexpr int TransferTimeoutMs = 120000;
constexpr qint64 MaxUploadAnswerBytes = 64 * 1024;
const QString WhatsAppMediaHost = QStringLiteral("mmg.whatsapp.net");
} // namespace

message::MediaType mediaTypeOf(const message::MessageContent &content)
{
    switch (content.kind) {
    case message::ContentKind::Image: return message::MediaType::Image;
    case message::ContentKind::Video: return message::MediaType::Video;
    case message::ContentKind::Audio: return message::MediaType::Audio;
    case message::ContentKind::Sticker: return message::MediaType::Sticker;
    default: return message::MediaType::Document;
    }
}

MediaTransfer::MediaTransfer(Client &client) : m_client(client) {}

MediaTransfer::~MediaTransfer() = default;

QNetworkAccessManager *MediaTransfer::nam()
{
    if (!m_nam) // created on first use: most instances never send or fetch media
        m_nam = new QNetworkAccessManager(this);
    return m_nam;
}

QString MediaTransfer::scheme() const
{
    return m_client.config().connection.url.scheme() == QLatin1String("ws") ? QStringLiteral("http") : QStringLiteral("https");
}

void MediaTransfer::withConn(bool refresh, std::function<void(const Conn &, const QString &)> then)
{
    if (!refresh && !m_conn.hosts.isEmpty() && QDateTime::currentMSecsSinceEpoch() < m_conn.expiresAt)
        return then(m_conn, {});
    Node iq("iq", {{"xmlns", "w:m"}, {"type", "set"}}, std::vector<Node>{Node("media_conn", {})});
    m_client.sendIq(std::move(iq), [this, then](const connection::IqResponse &r) {
        const Node *conn = r.ok() ? r.node.child("media_conn") : nullptr;
        if (!conn)
            return then({}, QStringLiteral("media_conn failed (%1)").arg(r.ok() ? QStringLiteral("no media_conn") : r.errorText));
        Conn c;
        c.auth = QString::fromStdString(std::string(conn->attributeOr("auth", "")));
        const qint64 ttl = QByteArray::fromStdString(std::string(conn->attributeOr("ttl", "300"))).toLongLong();
        c.expiresAt = QDateTime::currentMSecsSinceEpoch() + qBound(qint64(10), ttl, qint64(86400)) * 1000;
        for (const Node &h : conn->children())
            if (h.tag() == "host" && h.hasAttribute("hostname"))
                c.hosts << QString::fromStdString(std::string(h.attributeOr("hostname", "")));
        if (c.hosts.isEmpty() || c.auth.isEmpty())
            return then({}, QStringLiteral("media_conn named no host"));
        m_conn = c;
        then(m_conn, {});
    });
}

void MediaTransfer::upload(const QByteArray &blob, message::MediaType type, const QByteArray &fileEncSha256, UploadDone done)
{
    withConn(false, [this, blob, type, fileEncSha256, done](const Conn &conn, const QString &error) {
        if (!error.isEmpty())
            return done({}, {}, error);
        const QString token = QString::fromLatin1(fileEncSha256.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QUrl url(QStringLiteral("%1://%2/mms/%3/%4").arg(scheme(), conn.hosts.first(), QLatin1String(message::mediaUploadPath(type)), token));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("auth"), QString::fromLatin1(QUrl::toPercentEncoding(conn.auth)));
        query.addQueryItem(QStringLiteral("token"), token);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        request.setRawHeader("Origin", "https://web.whatsapp.com");
        request.setTransferTimeout(TransferTimeoutMs);
        QNetworkReply *reply = nam()->post(request, blob);
        connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
            reply->deleteLater();
            const QByteArray body = reply->read(MaxUploadAnswerBytes);
            if (reply->error() != QNetworkReply::NoError) {
                m_conn.expiresAt = 0; // the auth may have expired: ask again next time
                return done({}, {}, QStringLiteral("upload failed: %1").arg(reply->errorString()));
            }
            const QJsonObject answer = QJsonDocument::fromJson(body).object();
            const QString directPath = answer.value(QStringLiteral("direct_path")).toString();
            if (directPath.isEmpty())
                return done({}, {}, QStringLiteral("the media host's answer has no direct_path"));
            done(answer.value(QStringLiteral("url")).toString(), directPath, {});
        });
    });
}

void MediaTransfer::download(const message::MediaRef &media, message::MediaType type, DownloadDone done)
{
    if (media.mediaKey.size() != 32 || (media.directPath.isEmpty() && media.url.isEmpty()))
        return done({}, QStringLiteral("the message carries no usable media reference"));
    const qint64 cap = m_client.config().maxMediaBytes;
    if (media.fileLength > quint64(cap))
        return done({}, QStringLiteral("the media is larger than the limit (%1 bytes)").arg(cap));
    withConn(false, [this, media, type, done, cap](const Conn &conn, const QString &error) {
        QUrl url(media.url);
        const bool trusted = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == scheme())
            && (url.host() == WhatsAppMediaHost || conn.hosts.contains(url.authority()));
        if (!trusted) {
            if (media.directPath.isEmpty() || !media.directPath.startsWith(QLatin1Char('/')))
                return done({}, QStringLiteral("the media URL is not on a WhatsApp media host"));
            const QString host = error.isEmpty() && !conn.hosts.isEmpty() ? conn.hosts.first() : WhatsAppMediaHost;
            url = QUrl(QStringLiteral("%1://%2%3").arg(scheme(), host, media.directPath));
        }
        QNetworkRequest request(url);
        request.setRawHeader("Origin", "https://web.whatsapp.com");
        request.setTransferTimeout(TransferTimeoutMs);
        QNetworkReply *reply = nam()->get(request);
        // The encrypted size is at most the plaintext plus a block and the mac.
        const qint64 limit = qMin<qint64>(cap, media.fileLength ? qint64(media.fileLength) : cap) + 16 + 10;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit](qint64 received, qint64) {
            if (received > limit)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [reply, media, type, done, limit] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError)
                return done({}, reply->error() == QNetworkReply::OperationCanceledError
                                    ? QStringLiteral("the media is larger than announced or allowed")
                                    : QStringLiteral("download failed: %1").arg(reply->errorString()));
            const QByteArray blob = reply->read(limit + 1);
            if (blob.size() > limit)
                return done({}, QStringLiteral("the media is larger than announced or allowed"));
            const auto plain = message::decryptMedia(blob, media.mediaKey, type, media.fileSha256, media.fileEncSha256);
            if (!plain)
                return done({}, QStringLiteral("the media does not decrypt: %1").arg(QLatin1String(message::mediaErrorName(plain.error()))));
            done(*plain, {});
        });
    });
}

} // namespace wa::client
