#include "core/api/webhookinput.h"

#include "core/api/apierror.h"
#include "core/api/requestinput.h"

#include <QRegularExpression>
#include <QUrl>

namespace core::api {

std::optional<QString> webhookUrlProblem(const QString &text)
{
    if (text.size() > 2048)
        return QStringLiteral("must be at most 2048 characters");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("is not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("must use http or https");
    if (url.host().isEmpty())
        return QStringLiteral("must name a host");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return QStringLiteral("must not contain credentials; use headers or webhookSecret instead");
    return std::nullopt;
}

namespace {

QJsonObject validHeaders(const QJsonObject &headers, const QString &field)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$"));
    static const QStringList reserved{QStringLiteral("content-type"), QStringLiteral("content-length"),
                                      QStringLiteral("host"), QStringLiteral("connection"),
                                      QStringLiteral("transfer-encoding")};
    if (headers.size() > 50)
        throw ApiError::validation(field, QStringLiteral("at most 50 headers"));
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString name = it.key();
        if (!token.match(name).hasMatch())
            throw ApiError::validation(field, QStringLiteral("\"%1\" is not a valid header name").arg(name.left(64)));
        if (reserved.contains(name.toLower()) || name.toLower().startsWith(QLatin1String("x-webhook-")))
            throw ApiError::validation(field, QStringLiteral("header \"%1\" is set by WaMulti and cannot be overridden").arg(name));
        if (!it.value().isString())
            throw ApiError::validation(field, QStringLiteral("value of \"%1\" must be a string").arg(name));
        const QString value = it.value().toString();
        if (value.size() > 4096 || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
            throw ApiError::validation(field, QStringLiteral("value of \"%1\" must be one line of at most 4096 characters").arg(name));
    }
    return headers;
}

void applySettings(const Fields &f, store::WebhookSettingsRecord &w, WebhookInput &out, const QString &prefix)
{
    if (auto v = f.boolean("notifyReceived"))
        w.notifyReceived = *v;
    if (auto v = f.boolean("notifySent"))
        w.notifySent = *v;
    if (auto v = f.boolean("notifyDelivery"))
        w.notifyDelivery = *v;
    if (auto v = f.boolean("notifyRead"))
        w.notifyRead = *v;
    if (auto v = f.integer("maxRetries", 0, 50))
        w.maxRetries = int(*v);
    if (auto v = f.integer("retryInterval", 1000, 86'400'000))
        w.retryInterval = *v;
    if (auto v = f.object("headers"))
        w.headers = validHeaders(*v, f.name("headers"));
    if (auto v = f.string("webhookFormat", 16)) {
        if (*v != QLatin1String("standard") && *v != QLatin1String("legacy"))
            throw ApiError::validation(f.name("webhookFormat"), QStringLiteral("must be \"standard\" or \"legacy\""));
        w.format = *v;
    }
    for (const char *key : {"secret", "webhookSecret"}) {
        if (!f.has(key))
            continue;
        if (f.isNull(key)) {
            out.secret = QString();
            continue;
        }
        const QString secret = *f.string(key, 512);
        out.secret = secret;
    }
    Q_UNUSED(prefix);
}

} // namespace

WebhookInput applyWebhookFields(const QJsonObject &body, store::InstanceRecord &r)
{
    WebhookInput out;
    const Fields flat(body);
    if (flat.has("webhookUrl")) {
        const QString url = flat.isNull("webhookUrl") ? QString() : flat.string("webhookUrl", 4096)->trimmed();
        if (!url.isEmpty())
            if (auto problem = webhookUrlProblem(url))
                throw ApiError::validation(QStringLiteral("webhookUrl"), *problem);
        out.url = url;
        r.webhookUrl = url;
    }
    if (auto v = flat.boolean("webhookEnabled")) {
        out.enabled = *v;
        r.webhookEnabled = *v;
    }
    applySettings(flat, r.webhook, out, {});
    if (auto nested = flat.object("webhookSettings"))
        applySettings(Fields(*nested, QStringLiteral("webhookSettings")), r.webhook, out, QStringLiteral("webhookSettings"));
    if (r.webhookEnabled && r.webhookUrl.isEmpty())
        throw ApiError::validation(QStringLiteral("webhookUrl"), QStringLiteral("is required when webhookEnabled is true"));
    return out;
}

} // namespace core::api
