#pragma once
// The one exception controllers may throw. ApiServer::dispatch is the single place that maps it
// to an HTTP status and the JSON body {"error": code, "message": text}; nothing else crosses the
// event loop.
#include <QList>
#include <QPair>
#include <QString>
#include <exception>

namespace core::api {

struct ApiError : std::exception {
    ApiError(int status, QString code, QString message)
        : status(status), code(std::move(code)), message(std::move(message)) {}
    const char *what() const noexcept override { return "ApiError"; }

    static ApiError badRequest(const QString &message) { return {400, QStringLiteral("bad_request"), message}; }
    static ApiError validation(const QString &field, const QString &problem)
    {
        return {400, QStringLiteral("validation_error"), QStringLiteral("%1: %2").arg(field, problem)};
    }
    static ApiError unauthorized(const QString &message) { return {401, QStringLiteral("unauthorized"), message}; }
    static ApiError forbidden(const QString &message) { return {403, QStringLiteral("forbidden"), message}; }
    static ApiError notFound(const QString &message) { return {404, QStringLiteral("not_found"), message}; }
    static ApiError conflict(const QString &message) { return {409, QStringLiteral("conflict"), message}; }
    static ApiError internal(const QString &message) { return {500, QStringLiteral("internal_error"), message}; }

    int status;
    QString code;
    QString message;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace core::api
