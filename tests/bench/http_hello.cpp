// bench_http_hello: the peer for tests/bench/api-bench.sh. A minimal Qt QHttpServer with one route,
// GET /hello -> {"hello":"world"} (compact JSON via QHttpServerResponse(QJsonObject)), so the
// benchmark can report the management API's throughput as a ratio of what bare QHttpServer does on
// the same machine in the same run. Listens on 127.0.0.1 only.
//   bench_http_hello [port]     (0 or absent = any free port; the port is printed on stdout)
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    quint16 requested = 0;
    if (argc > 1) {
        bool ok = false;
        const uint port = QString::fromLocal8Bit(argv[1]).toUInt(&ok);
        if (!ok || port > 65535) {
            std::fprintf(stderr, "usage: bench_http_hello [port]\n");
            return 2;
        }
        requested = quint16(port);
    }
    QHttpServer server;
    server.route(QStringLiteral("/hello"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("hello"), QStringLiteral("world")}});
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, requested);
    if (port == 0) {
        std::fprintf(stderr, "bench_http_hello: could not listen on 127.0.0.1:%u\n", unsigned(requested));
        return 1;
    }
    std::printf("%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
