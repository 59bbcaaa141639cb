// HttpSender against scripted raw TCP and TLS servers: the request bytes on the wire, keep-alive
// reuse, receivers that close connections (said or unsaid), chunked and oversized answers,
// garbage, timeouts, TLS with an untrusted and a trusted CA, and abortAll.
#include "core/webhooks/httpsender.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

using core::webhooks::HttpSender;
using Result = HttpSender::Result;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral("%1/tests/core/webhooks/tls/%2").arg(qEnvironmentVariable("WAMULTI_SOURCE_DIR"), QLatin1String(name));
}

// Reads whole requests (head + Content-Length body) from each connection and answers each with
// `answer`; optionally closes the connection after answering.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QTcpServer *server) : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                adopt(s);
        });
        m_server->listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &scheme, const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("%1://localhost:%2%3").arg(scheme).arg(m_server->serverPort()).arg(path);
    }
    QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    bool closeAfter = false;
    int connections = 0;
    QList<QByteArray> requests;

private:
    void adopt(QTcpSocket *s)
    {
        ++connections;
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            *buffer += s->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                const qsizetype at = head.toLower().indexOf("content-length:");
                const qint64 length = at < 0 ? 0 : head.mid(at + 15).split('\r').first().trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                requests.push_back(buffer->left(end + 4 + length));
                buffer->remove(0, end + 4 + length);
                s->write(answer);
                if (closeAfter) {
                    s->disconnectFromHost();
                    return;
                }
            }
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
    QTcpServer *m_server;
};

struct Waiter {
    QList<Result> results;
    HttpSender::Done done()
    {
        return [this](const Result &r) { results.push_back(r); };
    }
};

} // namespace

class TstHttpSender : public QObject
{
    Q_OBJECT
    void postAndWait(HttpSender &sender, const QString &url, Waiter &w, int count = 1, const QByteArray &body = "{}")
    {
        const int target = int(w.results.size()) + count;
        for (int i = 0; i < count; ++i) { // one after the other, as the dispatcher does per instance
            const int before = int(w.results.size());
            sender.post(QUrl(url), {{"Content-Type", "application/json"}}, body, w.done());
            QTRY_COMPARE_WITH_TIMEOUT(int(w.results.size()), before + 1, 5000);
        }
        QCOMPARE(int(w.results.size()), target);
    }

private Q_SLOTS:
    void requestOnTheWireAndReuse()
    {
        QTcpServer tcp;
        ScriptedServer server(&tcp);
        HttpSender sender(3000);
        Waiter w;
        const QString url = server.url(QStringLiteral("http"), QStringLiteral("/p/a%20th?token=t&x=1"));
        sender.post(QUrl(url), {{"X-Webhook-Id", "abc"}, {"X-Bad", "a\r\nInjected: yes"}, {"User-Agent", "ua"}}, "{\"k\":1}", w.done());
        QVERIFY(w.results.isEmpty()); // never inside post()
        QTRY_COMPARE(w.results.size(), 1);
        QCOMPARE(w.results[0].status, 200);
        QVERIFY(w.results[0].problem.isEmpty());
        const QByteArray req = server.requests[0];
        QVERIFY2(req.startsWith("POST /p/a%20th?token=t&x=1 HTTP/1.1\r\n"), req.constData());
        QVERIFY(req.contains(QByteArray("\r\nHost: localhost:") + QByteArray::number(tcp.serverPort()) + "\r\n"));
        QVERIFY(req.contains("\r\nContent-Length: 7\r\n"));
        QVERIFY(req.contains("\r\nX-Webhook-Id: abc\r\n"));
        QVERIFY(req.contains("\r\nUser-Agent: ua\r\n"));
        QVERIFY(!req.contains("Injected")); // a header that would break the framing is dropped
        QVERIFY(req.endsWith("\r\n\r\n{\"k\":1}"));
        postAndWait(sender, url, w, 9);
        QCOMPARE(server.connections, 1); // kept alive and reused
        QCOMPARE(sender.connectionCount(), 1);
    }

    void receiversThatClose()
    {
        QTcpServer tcp;
        ScriptedServer server(&tcp);
        HttpSender sender(3000);
        Waiter w;
        // Closes after each answer without saying so: a reused connection may already be dead;
        // the request is then sent again on a new one, never failed.
        server.closeAfter = true;
        postAndWait(sender, server.url(QStringLiteral("http")), w, 20);
        for (const Result &r : w.results)
            QCOMPARE(r.status, 200);
        QCOMPARE(server.requests.size(), 20);
        // Says so: a new connection each time.
        server.closeAfter = false;
        server.answer = "HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbusy";
        const int before = server.connections;
        postAndWait(sender, server.url(QStringLiteral("http")), w, 5);
        QCOMPARE(server.connections - before, 5);
        QCOMPARE(w.results.last().status, 503);
    }

    void chunkedLargeAndGarbage()
    {
        QTcpServer tcp;
        ScriptedServer server(&tcp);
        HttpSender sender(3000);
        Waiter w;
        server.answer = "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nokay\r\n0\r\n\r\n";
        postAndWait(sender, server.url(QStringLiteral("http")), w, 3);
        QCOMPARE(w.results.last().status, 202);
        QCOMPARE(server.connections, 1);
        server.answer = "HTTP/1.1 200 OK\r\nContent-Length: 4000000\r\n\r\n" + QByteArray(4'000'000, 'z');
        postAndWait(sender, server.url(QStringLiteral("http")), w);
        QCOMPARE(w.results.last().status, 200); // the status decides; the rest is not read
        server.answer = "SSH-2.0-OpenSSH_9.2\r\n";
        postAndWait(sender, server.url(QStringLiteral("http")), w);
        QCOMPARE(w.results.last().status, 0);
        QVERIFY2(w.results.last().problem.startsWith(QLatin1String("invalid HTTP response")), qPrintable(w.results.last().problem));
    }

    void timeoutsAndRefusals()
    {
        QTcpServer silent; // accepts, never answers
        silent.listen(QHostAddress::LocalHost, 0);
        HttpSender sender(300);
        Waiter w;
        QElapsedTimer t;
        t.start();
        sender.post(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())), {}, "{}", w.done());
        QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 3000);
        QCOMPARE(w.results[0].problem, QStringLiteral("no response within 300 ms"));
        QVERIFY(t.elapsed() >= 290);
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        sender.post(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), {}, "{}", w.done());
        QTRY_COMPARE(w.results.size(), 2);
        QCOMPARE(w.results[1].problem, QStringLiteral("connection refused"));
        sender.post(QUrl(QStringLiteral("ftp://127.0.0.1/")), {}, "{}", w.done());
        QTRY_COMPARE(w.results.size(), 3);
        QCOMPARE(w.results[2].problem, QStringLiteral("invalid webhook URL"));
    }

    void tls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QFile certFile(tlsFile("server.pem")), keyFile(tlsFile("server.key")), caFile(tlsFile("ca.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly) && caFile.open(QIODevice::ReadOnly));
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        serverTls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslServer tlsServer;
        tlsServer.setSslConfiguration(serverTls);
        ScriptedServer server(&tlsServer);
        Waiter w;
        {
            HttpSender sender(3000); // the system's CAs do not know the test CA
            sender.post(QUrl(server.url(QStringLiteral("https"))), {}, "{}", w.done());
            QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 1, 5000);
            QCOMPARE(w.results[0].status, 0);
            QVERIFY2(w.results[0].problem.startsWith(QLatin1String("TLS")), qPrintable(w.results[0].problem));
            QVERIFY(server.requests.isEmpty()); // nothing was sent to an unverified peer
        }
        HttpSender sender(3000);
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates({QSslCertificate(caFile.readAll())});
        sender.setTlsConfiguration(trusting);
        postAndWait(sender, server.url(QStringLiteral("https")), w, 3);
        QCOMPARE(w.results.last().status, 200);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.connections, 1); // kept alive (QSslServer hands over only completed handshakes)
        // The certificate names localhost and 127.0.0.1, not other names for the same address.
        sender.post(QUrl(QStringLiteral("https://127.0.0.2:%1/").arg(tlsServer.serverPort())), {}, "{}", w.done());
        QTRY_COMPARE_WITH_TIMEOUT(w.results.size(), 5, 5000);
        QVERIFY2(w.results.last().problem.startsWith(QLatin1String("TLS")) || w.results.last().problem == QLatin1String("connection refused"),
                 qPrintable(w.results.last().problem));
    }

    void abortAllCallsNothing()
    {
        QTcpServer silent;
        silent.listen(QHostAddress::LocalHost, 0);
        HttpSender sender(5000);
        Waiter w;
        for (int i = 0; i < 3; ++i)
            sender.post(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())), {}, "{}", w.done());
        QTest::qWait(100);
        sender.abortAll();
        QCOMPARE(sender.connectionCount(), 0);
        QTest::qWait(200);
        QVERIFY(w.results.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHttpSender)
#include "tst_httpsender.moc"
