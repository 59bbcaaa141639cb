#include "core/api/router.h"

#include <QJsonObject>

namespace core::api {

void Router::add(const char *method, const QString &pattern, Access access, Handler handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.access = access;
    r.handler = std::move(handler);
    r.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.push_back(std::move(r));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Literal segments beat placeholders: "/api/users/me" is not "/api/users/{id}". Among the
    // routes matching the path, pick the one with the most literal segments.
    int bestScore = -1;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        int score = 0;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments[i];
            if (seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}')))
                params.insert(seg.mid(1, seg.size() - 2), parts[i]);
            else if (seg == parts[i])
                ++score;
            else
                ok = false;
        }
        if (!ok)
            continue;
        if (r.method != method) {
            if (!result.allowedMethods.contains(r.method))
                result.allowedMethods.push_back(r.method);
            continue;
        }
        if (score > bestScore) {
            bestScore = score;
            result.route = &r;
            result.params = std::move(params);
        }
    }
    if (result.route)
        result.allowedMethods.clear();
    return result;
}

Reply errorReply(int status, const QString &code, const QString &message)
{
    Reply r;
    r.status = status;
    r.json = QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    return r;
}

} // namespace core::api
