// Auth matrix: enumerates EVERY registered route and checks that credentials are enforced:
// none -> 401, bad API key -> 401, expired/forged JWT -> 401, another user's instance -> 404,
// non-admin on admin routes -> 403. A new route is covered the moment it is registered.
#include "testserver.h"

#include "core/api/apiserver.h"
#include "core/auth/jwt.h"
#include "core/common/timeutil.h"

#include <QtTest>

using testsupport::HttpClient;
using testsupport::TestServer;
using core::api::Access;

class TstAuthMatrix : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_instanceOfA, m_keyA, m_keyB, m_idA, m_adminId;

    QString concretePath(const core::api::Route &route) const
    {
        QString path = route.pattern;
        const bool instanceRoute = path.contains(QLatin1String("/instances/{id}"));
        return path.replace(QLatin1String("{id}"), instanceRoute ? m_instanceOfA : m_adminId);
    }
    static QByteArray label(const core::api::Route &r) { return r.method + ' ' + r.pattern.toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        HttpClient admin = m_server->client();
        admin.setApiKey(m_server->adminApiKey());
        m_adminId = admin.get(QStringLiteral("/api/auth/me")).json.value(QStringLiteral("id")).toString();
        std::tie(m_idA, m_keyA) = m_server->createUser(QStringLiteral("a@example.com"));
        m_keyB = m_server->createUser(QStringLiteral("b@example.com")).second;
        HttpClient a = m_server->client();
        a.setApiKey(m_keyA);
        m_instanceOfA = a.post(QStringLiteral("/api/instances"), {{QStringLiteral("name"), QStringLiteral("A")}})
                            .json.value(QStringLiteral("id")).toString();
        QVERIFY(!m_instanceOfA.isEmpty());
        QVERIFY(m_server->runtime->apiServer()->router().routes().size() >= 25);
    }
    void cleanupTestCase() { m_server.reset(); }

    void onlyLoginAndHealthArePublic()
    {
        QStringList publicRoutes;
        for (const auto &r : m_server->runtime->apiServer()->router().routes())
            if (r.access == Access::Public)
                publicRoutes << QString::fromUtf8(label(r));
        publicRoutes.sort();
        QCOMPARE(publicRoutes, QStringList({QStringLiteral("GET /api/health"), QStringLiteral("POST /api/auth/login")}));
    }

    void everyProtectedRouteRejectsBadCredentials()
    {
        core::auth::Jwt jwt(QByteArray(TestServer::jwtSecret));
        core::auth::JwtClaims expired;
        expired.sub = m_idA;
        expired.iat = core::nowMs() / 1000 - 7200;
        expired.exp = core::nowMs() / 1000 - 3600;
        const QString expiredToken = jwt.sign(expired);
        core::auth::Jwt otherSecret(QByteArrayLiteral("some-other-secret-that-is-long-enough-000000"));
        core::auth::JwtClaims valid = expired;
        valid.exp = core::nowMs() / 1000 + 3600;
        const QString forgedToken = otherSecret.sign(valid);

        int checked = 0;
        for (const auto &route : m_server->runtime->apiServer()->router().routes()) {
            if (route.access == Access::Public)
                continue;
            const QString path = concretePath(route);
            HttpClient c = m_server->client();
            QVERIFY2(c.request(route.method, path, "{}").status == 401, label(route).constData());
            c.setApiKey(QStringLiteral("wam_notarealkeynotarealkeynotarealkey0000"));
            QVERIFY2(c.request(route.method, path, "{}").status == 401, label(route).constData());
            c.setApiKey(QStringLiteral("garbage"));
            QVERIFY2(c.request(route.method, path, "{}").status == 401, label(route).constData());
            c.setToken(expiredToken);
            QVERIFY2(c.request(route.method, path, "{}").status == 401, label(route).constData());
            c.setToken(forgedToken);
            QVERIFY2(c.request(route.method, path, "{}").status == 401, label(route).constData());
            c.setToken(QStringLiteral("not.a.jwt"));
            QVERIFY2(c.request(route.method, path, "{}").status == 401, label(route).constData());
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void otherUsersInstancesAreNotFound()
    {
        int checked = 0;
        for (const auto &route : m_server->runtime->apiServer()->router().routes()) {
            if (!route.pattern.contains(QLatin1String("/instances/{id}")))
                continue;
            HttpClient b = m_server->client();
            b.setApiKey(m_keyB);
            const auto r = b.request(route.method, concretePath(route), "{}");
            QVERIFY2(r.status == 404, (label(route) + " -> " + QByteArray::number(r.status)).constData());
            ++checked;
        }
        QVERIFY(checked >= 10);
        HttpClient a = m_server->client(); // and the instance is still there for its owner
        a.setApiKey(m_keyA);
        QCOMPARE(a.get(QStringLiteral("/api/instances/") + m_instanceOfA).status, 200);
    }

    void nonAdminsGetForbiddenOnAdminRoutes()
    {
        int checked = 0;
        for (const auto &route : m_server->runtime->apiServer()->router().routes()) {
            if (route.access != Access::Admin && route.access != Access::AdminOrSelf)
                continue;
            HttpClient a = m_server->client();
            a.setApiKey(m_keyA);
            const auto r = a.request(route.method, concretePath(route), "{}"); // {id} = the admin's id
            QVERIFY2(r.status == 403, (label(route) + " -> " + QByteArray::number(r.status)).constData());
            QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
            ++checked;
        }
        QVERIFY(checked >= 8);
    }
};

QTEST_GUILESS_MAIN(TstAuthMatrix)
#include "tst_authmatrix.moc"
