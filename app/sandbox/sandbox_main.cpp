// wamulti-sandbox: a simulated WhatsApp network for tests, demos and integrations without a real
// phone. Prints its URLs on start; see docs/sandbox.md.
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wamulti-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAMULTI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated WhatsApp network: the server side of the protocol on ws://HOST:PORT/ws/chat and a JSON\n"
        "control API on the same port (GET /sandbox/info, GET /sandbox/stats). Point WaMulti at it with\n"
        "--wa-url and --wa-root-key (values from /sandbox/info). See docs/sandbox.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port (0 picks a free one; default 0)."), QStringLiteral("port"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("address"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("root-key"), QStringLiteral("File holding the root private key (hex); created when missing. Default: a new root per run."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Log every connection (the simulated phones' too).")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("verbose")) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wa.*.info=false\nsandbox.*.info=false"));

    sandbox::SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "wamulti-sandbox: invalid --port\n");
        return 2;
    }
    options.port = quint16(port);
    if (!options.host.setAddress(parser.value(QStringLiteral("host")))) {
        std::fprintf(stderr, "wamulti-sandbox: invalid --host (an IP address)\n");
        return 2;
    }
    options.rootKeyFile = parser.value(QStringLiteral("root-key"));
    sandbox::SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "wamulti-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("WaMulti sandbox %s\n  control: %s/sandbox/info\n  ws:      %s\n  root:    %s\n%s\n", WAMULTI_VERSION,
                qPrintable(server.baseUrl()), qPrintable(server.wsUrl()),
                server.keys().root.publicKey.toHex().constData(),
                QJsonDocument(server.info()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    // Only an atomic flag is touched in the signal handler; the event loop polls it.
    static volatile std::sig_atomic_t stop = 0;
    std::signal(SIGTERM, [](int) { stop = 1; });
    std::signal(SIGINT, [](int) { stop = 1; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [] {
        if (stop)
            QCoreApplication::quit();
    });
    poll.start(100);
    return app.exec();
}
