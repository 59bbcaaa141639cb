#pragma once
// Test support: a real AppRuntime (store, services, REST API on 127.0.0.1:0) in a temporary data
// directory, and a small synchronous HTTP client for driving it over real sockets.
#include "core/runtime/appruntime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <memory>

namespace testsupport {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

class HttpClient
{
public:
    explicit HttpClient(QString baseUrl) : m_base(std::move(baseUrl)) {}
    void setApiKey(const QString &key) { m_apiKey = key; m_token.clear(); }
    void setToken(const QString &token) { m_token = token; m_apiKey.clear(); }
    void clearCredentials() { m_apiKey.clear(); m_token.clear(); }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult get(const QString &path) { return request("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &body) { return request("POST", path, QJsonDocument(body).toJson()); }
    HttpResult put(const QString &path, const QJsonObject &body) { return request("PUT", path, QJsonDocument(body).toJson()); }
    HttpResult del(const QString &path) { return request("DELETE", path); }

private:
    QString m_base;
    QString m_apiKey;
    QString m_token;
};

struct TestServer {
    static constexpr const char *adminEmail = "admin@example.com";
    static constexpr const char *adminPassword = "admin-password-1";
    static constexpr const char *jwtSecret = "test-jwt-secret-that-is-long-enough-0123456789";

    // Starts a runtime on a fresh data dir (or `dataDir` when given, to test restarts).
    explicit TestServer(const QString &dataDir = {}, const QList<QPair<QString, QString>> &extraEnv = {},
                        core::instances::InstanceBackendFactory factory = {});
    ~TestServer();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return runtime->apiUrl(); }
    QString dataDir() const { return m_dir; }
    HttpClient client() const { return HttpClient(url()); }
    // Logs in as admin and returns its API key.
    QString adminApiKey();
    // Creates a user through the API (as admin) and returns {id, apiKey}.
    QPair<QString, QString> createUser(const QString &email, const QString &role = QStringLiteral("user"));

    std::unique_ptr<QTemporaryDir> tempDir;
    std::unique_ptr<core::runtime::AppRuntime> runtime;

private:
    QString m_dir;
    QString m_error;
};

} // namespace testsupport
