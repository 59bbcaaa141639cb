#pragma once
// Fetches the file behind a URL for send-media: http/https only, at most a few redirects, a
// timeout and a size cap (aborted as soon as the body grows past it), without blocking the
// thread. The result says what went wrong in words a caller can act on.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace core::api {

struct FetchedFile {
    QByteArray data;
    QString mimeType; // from Content-Type, without parameters
    QString fileName; // from the URL's last path segment
    QString error;    // empty on success
    bool tooLarge = false;
};

void fetchUrl(QNetworkAccessManager *network, const QString &url, qint64 maxBytes, int timeoutMs, QObject *context,
              std::function<void(const FetchedFile &)> done);

} // namespace core::api
