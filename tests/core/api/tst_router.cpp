// Route matching: placeholders, literal precedence, 405 detection.
#include "core/api/router.h"

#include <QtTest>

using namespace core::api;

class TstRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matching()
    {
        Router r;
        const Handler h = [](RequestContext &) { return Reply{}; };
        r.add("GET", QStringLiteral("/api/users/{id}"), Access::Admin, h);
        r.add("GET", QStringLiteral("/api/users/me"), Access::User, h);
        r.add("POST", QStringLiteral("/api/users/{id}/api-key"), Access::AdminOrSelf, h);
        r.add("GET", QStringLiteral("/api/instances/{id}/chats/{chat}/messages"), Access::User, h);

        auto m = r.match("GET", QStringLiteral("/api/users/abc"));
        QVERIFY(m.route);
        QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("abc"));
        m = r.match("GET", QStringLiteral("/api/users/me"));
        QCOMPARE(m.route->pattern, QStringLiteral("/api/users/me"));
        m = r.match("GET", QStringLiteral("/api/instances/i1/chats/c@s.whatsapp.net/messages"));
        QCOMPARE(m.params.value(QStringLiteral("chat")), QStringLiteral("c@s.whatsapp.net"));
        m = r.match("GET", QStringLiteral("/api/users/abc/"));
        QVERIFY(m.route); // trailing slash tolerated
        m = r.match("DELETE", QStringLiteral("/api/users/abc"));
        QVERIFY(!m.route);
        QCOMPARE(m.allowedMethods, QList<QByteArray>{"GET"});
        m = r.match("GET", QStringLiteral("/api/users/abc/api-key"));
        QCOMPARE(m.allowedMethods, QList<QByteArray>{"POST"});
        m = r.match("GET", QStringLiteral("/api/unknown"));
        QVERIFY(!m.route);
        QVERIFY(m.allowedMethods.isEmpty());
        QVERIFY(!r.match("GET", QStringLiteral("/")).route);
    }
};

QTEST_GUILESS_MAIN(TstRouter)
#include "tst_router.moc"
