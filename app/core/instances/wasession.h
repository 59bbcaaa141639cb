#pragma once
// The session-thread half of a WhatsApp instance: its key store and history sink on the thread's
// own connection, and the wa::client::Client that uses them. It also keeps media files: received
// media is downloaded (when enabled) and written under <data>/media/<instance>/, sent media is
// kept there too, and the message rows point at them. Created, used and deleted on its thread
// only; WaBackend is its voice on the main thread.
#include "core/instances/historysink.h"
#include "core/store/sqlkeystore.h"
#include "wa/client/client.h"

#include <QObject>
#include <memory>

namespace core::instances {

struct MediaOptions {
    QString directory;     // <data>/media; empty = do not keep files
    QString urlBase;       // "<api url>/api/instances" for the mediaUrl of stored files
    bool autoDownload = true;
    qint64 maxBytes = 100LL * 1024 * 1024;
};

class WaSession : public QObject
{
    Q_OBJECT
public:
    WaSession(const QString &instanceId, wa::client::ClientConfig config, QSqlDatabase db, const secrets::SecretBox *box,
              MediaOptions media);
    ~WaSession() override;

    wa::client::Client *client() const { return m_client.get(); }
    // Writes the file of a message and records it on the message row.
    void keepMedia(const QString &messageId, bool fromMe, const wa::message::MessageContent &content, const QByteArray &data);

private:
    void onReceived(const wa::client::IncomingMessage &message);

    QString m_instanceId;
    QSqlDatabase m_db;
    MediaOptions m_media;
    store::SqlKeyStore m_keys;
    HistorySink m_sink;
    std::unique_ptr<wa::client::Client> m_client;
};

} // namespace core::instances
