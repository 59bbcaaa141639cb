#pragma once
// Reading request input with errors that name the field: JSON bodies, typed fields, query
// parameters (pagination, dates, lists). Every reader throws ApiError (400) on bad input.
#include "core/api/router.h"

#include <QJsonObject>
#include <optional>

namespace core::api {

// The body as a JSON object. Empty body -> {} when allowEmpty, else 400.
QJsonObject jsonObjectBody(const RequestContext &ctx, bool allowEmpty = false);

class Fields
{
public:
    explicit Fields(const QJsonObject &object, QString prefix = {}) : m_o(object), m_prefix(std::move(prefix)) {}

    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }
    bool isNull(const char *key) const;
    std::optional<QString> string(const char *key, int maxLength = 10000) const; // absent -> nullopt
    QString requiredString(const char *key, int maxLength = 10000) const;         // absent/empty -> 400
    std::optional<bool> boolean(const char *key) const;
    std::optional<qint64> integer(const char *key, qint64 min, qint64 max) const;
    std::optional<QJsonObject> object(const char *key) const;
    // Nullable integer: absent -> nullopt; null -> optional(nullopt); number -> value.
    std::optional<std::optional<qint64>> nullableInteger(const char *key, qint64 min, qint64 max) const;

    QString name(const char *key) const;

private:
    QJsonObject m_o;
    QString m_prefix;
};

int queryInt(const RequestContext &ctx, const char *name, int defaultValue, int min, int max);
std::optional<qint64> queryDate(const RequestContext &ctx, const char *name);
QStringList queryList(const RequestContext &ctx, const char *name, const QStringList &allowed = {});
QString queryString(const RequestContext &ctx, const char *name);

} // namespace core::api
