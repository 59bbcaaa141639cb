#include "core/api/requestinput.h"

#include "core/api/apierror.h"
#include "core/common/timeutil.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>
#include <cmath>

namespace core::api {

QJsonObject jsonObjectBody(const RequestContext &ctx, bool allowEmpty)
{
    const QByteArray body = ctx.request.body();
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return {};
        throw ApiError::badRequest(QStringLiteral("request body must be a JSON object"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(400, QStringLiteral("invalid_json"),
                       QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        throw ApiError::badRequest(QStringLiteral("request body must be a JSON object"));
    return doc.object();
}

QString Fields::name(const char *key) const
{
    return m_prefix.isEmpty() ? QLatin1String(key) : m_prefix + QLatin1Char('.') + QLatin1String(key);
}

bool Fields::isNull(const char *key) const
{
    return m_o.value(QLatin1String(key)).isNull();
}

std::optional<QString> Fields::string(const char *key, int maxLength) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString())
        throw ApiError::validation(name(key), QStringLiteral("must be a string"));
    const QString s = v.toString();
    if (s.size() > maxLength)
        throw ApiError::validation(name(key), QStringLiteral("must be at most %1 characters").arg(maxLength));
    return s;
}

QString Fields::requiredString(const char *key, int maxLength) const
{
    const auto s = string(key, maxLength);
    if (!s)
        throw ApiError::validation(name(key), QStringLiteral("is required"));
    if (s->trimmed().isEmpty())
        throw ApiError::validation(name(key), QStringLiteral("must not be empty"));
    return *s;
}

std::optional<bool> Fields::boolean(const char *key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool())
        throw ApiError::validation(name(key), QStringLiteral("must be true or false"));
    return v.toBool();
}

std::optional<qint64> Fields::integer(const char *key, qint64 min, qint64 max) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d))
        throw ApiError::validation(name(key), QStringLiteral("must be an integer"));
    if (d < double(min) || d > double(max))
        throw ApiError::validation(name(key), QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return qint64(d);
}

std::optional<QJsonObject> Fields::object(const char *key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject())
        throw ApiError::validation(name(key), QStringLiteral("must be an object"));
    return v.toObject();
}

std::optional<std::optional<qint64>> Fields::nullableInteger(const char *key, qint64 min, qint64 max) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(integer(key, min, max));
}

QString queryString(const RequestContext &ctx, const char *name)
{
    return ctx.request.query().queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

int queryInt(const RequestContext &ctx, const char *name, int defaultValue, int min, int max)
{
    const QUrlQuery q = ctx.request.query();
    if (!q.hasQueryItem(QLatin1String(name)))
        return defaultValue;
    bool ok = false;
    const QString text = q.queryItemValue(QLatin1String(name));
    const qlonglong v = text.toLongLong(&ok);
    if (!ok)
        throw ApiError::validation(QLatin1String(name), QStringLiteral("must be an integer"));
    if (v < min || v > max)
        throw ApiError::validation(QLatin1String(name), QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return int(v);
}

std::optional<qint64> queryDate(const RequestContext &ctx, const char *name)
{
    const QUrlQuery q = ctx.request.query();
    if (!q.hasQueryItem(QLatin1String(name)))
        return std::nullopt;
    const QString text = q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    const auto ms = msFromIso(text);
    if (!ms)
        throw ApiError::validation(QLatin1String(name),
                                   QStringLiteral("must be an ISO 8601 date, e.g. 2023-01-01T12:00:00.000Z"));
    return ms;
}

QStringList queryList(const RequestContext &ctx, const char *name, const QStringList &allowed)
{
    const QString text = queryString(ctx, name);
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        if (item.size() > 64)
            throw ApiError::validation(QLatin1String(name), QStringLiteral("items must be at most 64 characters"));
        if (!allowed.isEmpty() && !allowed.contains(item))
            throw ApiError::validation(QLatin1String(name),
                                       QStringLiteral("unknown value \"%1\"; allowed: %2").arg(item, allowed.join(QStringLiteral(", "))));
        out << item;
    }
    if (out.size() > 50)
        throw ApiError::validation(QLatin1String(name), QStringLiteral("at most 50 values"));
    return out;
}

} // namespace core::api
