#pragma once
// Sending from the API: one place that turns a request into a message for an instance and the
// engine's answer into the reply (the WhatsApp id once the server accepted it, or an error whose
// status says what to do: 409 not connected, 404 not on WhatsApp, 502/504 WhatsApp's side, ...).
// Shared by /api/whatsapp/{id}/send* and the legacy /instances/{id}/send*.
#include "core/api/router.h"
#include "wa/message/messagecontent.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace core::api {

struct ApiServices;

// A message with `content` to `to` (a JID); `media` for media content. The reply comes when the
// server answered; `idKey` names the id field of the success body ("id", or "messageId").
// With `legacy`, the success body is {"success": true, "messageId"} (the /instances API).
Reply sendLater(ApiServices &s, const QString &instanceId, const QString &userId, const QString &to,
                const wa::message::MessageContent &content, const QByteArray &media, bool legacy = false);
// Media content for a file: the kind from `type` when given ("image", "video", "audio", "ptt",
// "document", "sticker"), else from the MIME type (sniffed from the data when absent).
wa::message::MessageContent mediaContent(const QByteArray &data, QString mimeType, const QString &fileName,
                                         const QString &caption, const QString &type);
// Fetches `url` (send-media) and sends what it returned; 413/502 name a fetch problem.
Reply sendFromUrl(ApiServices &s, const QString &instanceId, const QString &userId, const QString &to, const QString &url,
                  const QString &fileName, const QString &caption, const QString &type, bool legacy = false);

} // namespace core::api
