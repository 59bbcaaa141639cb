// Disconnect classification, the reconnect policy and the IQ tracker, without sockets.
#include "wa/connection/disconnect.h"
#include "wa/connection/iqtracker.h"
#include "wa/connection/reconnectpolicy.h"

#include <QtTest>

using namespace wa::connection;
using wa::binary::Node;

class TstPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamErrors()
    {
        Disconnect d = fromStreamError(Node("stream:error", {{"code", "515"}}));
        QCOMPARE(d.code, 515);
        QCOMPARE(d.name, QStringLiteral("restart_required"));
        QVERIFY(!d.loggedOut);
        d = fromStreamError(Node("stream:error", {{"code", "401"}}, std::vector<Node>{Node("conflict", {{"type", "device_removed"}})}));
        QCOMPARE(d.code, 401);
        QVERIFY(d.loggedOut);
        d = fromStreamError(Node("stream:error", {}, std::vector<Node>{Node("conflict", {{"type", "replaced"}})}));
        QCOMPARE(d.code, 440);
        QVERIFY(d.replaced);
        d = fromStreamError(Node("stream:error", {{"code", "503"}}));
        QCOMPARE(d.code, 503);
        d = fromStreamError(Node("stream:error", {}));
        QCOMPARE(d.code, 500);
        d = fromStreamError(Node("stream:error", {{"code", "nonsense"}}));
        QCOMPARE(d.code, 500);
    }
    void failures()
    {
        Disconnect d = fromFailure(Node("failure", {{"reason", "401"}}));
        QVERIFY(d.loggedOut);
        d = fromFailure(Node("failure", {{"reason", "402"}, {"code", "101"}, {"expire", "3600"}}));
        QCOMPARE(d.code, 402);
        QCOMPARE(d.banExpiresInSecs, 3600);
        d = fromFailure(Node("failure", {{"reason", "405"}}));
        QCOMPARE(d.name, QStringLiteral("client_outdated"));
        for (const char *r : {"403", "406"})
            QVERIFY2(fromFailure(Node("failure", {{"reason", r}})).loggedOut, r);
        QVERIFY(!fromFailure(Node("failure", {{"reason", "503"}})).loggedOut);
    }
    void reconnectPolicy()
    {
        const ReconnectPolicy p;
        QCOMPARE(p.delayMs(make(reason::RestartRequired), 1, 0.9), std::optional<int>(0));
        for (int code : {401, 403, 406, 440, 402, 405, 411})
            QVERIFY2(!p.delayMs(make(code), 1, 0.5), qPrintable(QString::number(code)));
        QCOMPARE(p.delayMs(make(reason::ConnectionLost), 1, 0.5), std::optional<int>(2000));
        QCOMPARE(p.delayMs(make(reason::ConnectionLost), 3, 0.5), std::optional<int>(8000));
        QCOMPARE(p.delayMs(make(reason::UnavailableService), 30, 0.5), std::optional<int>(120000)); // capped
        QCOMPARE(p.delayMs(make(reason::ConnectionLost), 1, 0.0), std::optional<int>(1500));       // jitter -25%
        QCOMPARE(p.delayMs(make(reason::ConnectionLost), 1, 1.0), std::optional<int>(2500));       // jitter +25%
    }
    void iqTracker()
    {
        IqTracker t;
        const QString a = t.nextId(), b = t.nextId(), c = t.nextId();
        QVERIFY(a != b);
        QList<IqResponse::Kind> got;
        int errorCode = 0;
        t.track(a, 10000, [&](const IqResponse &r) { got << r.kind; });
        t.track(b, 10000, [&](const IqResponse &r) {
            got << r.kind;
            errorCode = r.errorCode;
        });
        t.track(c, 50, [&](const IqResponse &r) { got << r.kind; });
        QVERIFY(!t.resolve(Node("iq", {{"id", "unknown"}, {"type", "result"}})));
        QVERIFY(t.resolve(Node("iq", {{"id", a.toStdString()}, {"type", "result"}})));
        QVERIFY(!t.resolve(Node("iq", {{"id", a.toStdString()}, {"type", "result"}}))); // once only
        QVERIFY(t.resolve(Node("iq", {{"id", b.toStdString()}, {"type", "error"}},
                               std::vector<Node>{Node("error", {{"code", "404"}, {"text", "item-not-found"}})})));
        QCOMPARE(errorCode, 404);
        QTRY_COMPARE(got.size(), 3);
        QCOMPARE(got, (QList<IqResponse::Kind>{IqResponse::Kind::Result, IqResponse::Kind::Error, IqResponse::Kind::Timeout}));
        t.track(t.nextId(), 10000, [&](const IqResponse &r) { got << r.kind; });
        t.failAll(QStringLiteral("gone"));
        QCOMPARE(got.last(), IqResponse::Kind::Disconnected);
        QCOMPARE(t.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPolicy)
#include "tst_policy.moc"
