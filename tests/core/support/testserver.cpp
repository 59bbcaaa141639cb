#include "testserver.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>

namespace testsupport {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpResult HttpClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager();
    QNetworkRequest req(QUrl(m_base + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_apiKey.isEmpty())
        req.setRawHeader("x-api-key", m_apiKey.toUtf8());
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[k, v] : extraHeaders)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

TestServer::TestServer(const QString &dataDir, const QList<QPair<QString, QString>> &extraEnv,
                       core::instances::InstanceBackendFactory factory)
{
    if (dataDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        m_dir = tempDir->path();
    } else {
        m_dir = dataDir;
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("ADMIN_PASSWORD"), QLatin1String(adminPassword));
    env.insert(QStringLiteral("JWT_SECRET"), QLatin1String(jwtSecret));
    env.insert(QStringLiteral("WAMULTI_KEYCHAIN"), QStringLiteral("off"));
    env.insert(QStringLiteral("WAMULTI_FAST_HASH"), QStringLiteral("1"));
    env.insert(QStringLiteral("WAMULTI_ENGINE"), QStringLiteral("off")); // API tests: no network engine
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    const auto load = core::settings::loadConfig(
        {QStringLiteral("wamulti-server"), QStringLiteral("--data-dir"), m_dir, QStringLiteral("--port"), QStringLiteral("0")},
        env, core::settings::Executable::Server);
    if (load.action != core::settings::ConfigLoad::Action::Run) {
        m_error = load.text;
        return;
    }
    runtime = std::make_unique<core::runtime::AppRuntime>(load.config);
    runtime->setBackendFactory(std::move(factory));
    if (!runtime->start(&m_error) && m_error.isEmpty())
        m_error = QStringLiteral("start failed");
}

TestServer::~TestServer()
{
    runtime.reset();
}

QString TestServer::adminApiKey()
{
    HttpClient c = client();
    const HttpResult r = c.post(QStringLiteral("/api/auth/login"),
                                {{QStringLiteral("email"), QLatin1String(adminEmail)},
                                 {QStringLiteral("password"), QLatin1String(adminPassword)}});
    return r.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("apiKey")).toString();
}

QPair<QString, QString> TestServer::createUser(const QString &email, const QString &role)
{
    HttpClient c = client();
    c.setApiKey(adminApiKey());
    const HttpResult r = c.post(QStringLiteral("/api/users"), {{QStringLiteral("email"), email},
                                                               {QStringLiteral("password"), QStringLiteral("user-password-1")},
                                                               {QStringLiteral("role"), role}});
    return {r.json.value(QStringLiteral("id")).toString(), r.json.value(QStringLiteral("apiKey")).toString()};
}

} // namespace testsupport
