#pragma once
// The route table: method + path pattern ("/api/instances/{id}/qr") + who may call it + handler.
// Our own table (instead of QHttpServer's) gives 405 for a known path with the wrong method, lets
// tests enumerate every route (auth matrix, OpenAPI check), and keeps one error-mapping point.
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QHttpServerRequest;

namespace core::api {

enum class Access {
    Public,      // no credentials
    User,        // any authenticated user
    Admin,       // admins only (others get 403)
    AdminOrSelf, // admins, or the user named by the {id} parameter
};

struct AuthUser {
    QString id;
    QString email;
    bool isAdmin = false;
    std::optional<qint64> maxApiCalls; // the user's daily limit, checked by ApiServer
};

struct Reply {
    int status = 200;
    QJsonValue json;        // used when body is empty
    QByteArray body;        // raw body (with contentType)
    QByteArray contentType; // default application/json
    QList<QPair<QByteArray, QByteArray>> headers;
    // A reply that comes later (e.g. a send waits for WhatsApp's ack): the handler sets `later`,
    // the server calls it with `finish`, which writes the reply once and only if the client is
    // still connected. Errors inside must become replies (errorReply), nothing may throw there.
    std::function<void(std::function<void(const Reply &)> finish)> later;
};

// {"error": code, "message": text} with `status`.
Reply errorReply(int status, const QString &code, const QString &message);

struct RequestContext {
    const QHttpServerRequest &request;
    QHash<QString, QString> params; // from {name} placeholders
    AuthUser user;                  // empty for Public routes
    QString param(const QString &name) const { return params.value(name); }
};

using Handler = std::function<Reply(RequestContext &)>;

struct Route {
    QByteArray method; // "GET", "POST", ...
    QString pattern;
    Access access = Access::User;
    Handler handler;
    QStringList segments; // pattern split on '/'
};

class Router
{
public:
    void add(const char *method, const QString &pattern, Access access, Handler handler);

    struct Match {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; // non-empty when the path exists but the method does not
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace core::api
