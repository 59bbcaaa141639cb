#include "core/api/urlfetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

namespace core::api {

void fetchUrl(QNetworkAccessManager *network, const QString &url, qint64 maxBytes, int timeoutMs, QObject *context,
              std::function<void(const FetchedFile &)> done)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        FetchedFile f;
        f.error = QStringLiteral("not an http(s) URL");
        return done(f);
    }
    QNetworkRequest request(parsed);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("WaMulti/" WAMULTI_VERSION));
    QNetworkReply *reply = network->get(request);
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes, tooLarge](qint64 received, qint64) {
        if (received > maxBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QPointer<QObject> alive(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, maxBytes, tooLarge, alive, done] {
        reply->deleteLater();
        FetchedFile f;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge) {
            f.tooLarge = true;
            f.error = QStringLiteral("the file is larger than %1 bytes").arg(maxBytes);
        } else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
            f.error = QStringLiteral("the URL did not answer in time");
        } else if (status >= 400) {
            f.error = QStringLiteral("the URL answered HTTP %1").arg(status);
        } else if (reply->error() != QNetworkReply::NoError) {
            f.error = QStringLiteral("cannot fetch the URL: %1").arg(reply->errorString());
        } else {
            f.data = reply->read(maxBytes + 1);
            if (f.data.size() > maxBytes) {
                f.tooLarge = true;
                f.error = QStringLiteral("the file is larger than %1 bytes").arg(maxBytes);
                f.data.clear();
            } else if (f.data.isEmpty()) {
                f.error = QStringLiteral("the URL returned an empty body");
            }
            f.mimeType = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(QLatin1Char(';'), 0, 0).trimmed();
            f.fileName = reply->url().fileName();
        }
        if (alive)
            done(f);
    });
}

} // namespace core::api
