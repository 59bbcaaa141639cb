#pragma once
// Media over HTTP: media_conn (upload hosts and an auth token, cached for its ttl), encrypted
// uploads (POST <scheme>://<host>/mms/<type>/<token>?auth=...&token=...) and downloads with a
// size cap. The scheme follows the chat endpoint: wss:// (WhatsApp) uploads over https, a
// plain ws:// endpoint (the sandbox) over http. A received media URL is fetched only from a host
// the server named in media_conn (or WhatsApp's own mmg.whatsapp.net); otherwise the direct
// path is fetched from our first media host, so a sender cannot make us fetch arbitrary URLs.
#include "wa/message/mediacrypto.h"
#include "wa/message/messagecontent.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wa::client {

class Client;

message::MediaType mediaTypeOf(const message::MessageContent &content);

class MediaTransfer : public QObject
{
    Q_OBJECT
public:
    using UploadDone = std::function<void(const QString &url, const QString &directPath, const QString &error)>;
    using DownloadDone = std::function<void(const QByteArray &data, const QString &error)>;

    explicit MediaTransfer(Client &client);
    ~MediaTransfer() override;

    void upload(const QByteArray &blob, message::MediaType type, const QByteArray &fileEncSha256, UploadDone done);
    void download(const message::MediaRef &media, message::MediaType type, DownloadDone done);

private:
    struct Conn {
        QString auth;
        QStringList hosts;
        qint64 expiresAt = 0;
    };
    void withConn(bool refresh, std::function<void(const Conn &, const QString &error)> then);
    QNetworkAccessManager *nam();
    QString scheme() const;

    Client &m_client;
    QNetworkAccessManager *m_nam = nullptr;
    Conn m_conn;
};

} // namespace wa::client
