// wamulti-server: the headless executable (no QtGui/QtWidgets). AppRuntime does the work.
#include "core/logging/logging.h"
#include "core/runtime/appruntime.h"
#include "core/runtime/banner.h"
#include "core/runtime/signalwatcher.h"
#include "embeddedsandbox.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wamulti"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAMULTI_VERSION));
    core::logging::installMessagePattern();

    using core::settings::ConfigLoad;
    const ConfigLoad load = core::settings::loadConfig(app.arguments(), QProcessEnvironment::systemEnvironment(),
                                                       core::settings::Executable::Server);
    if (load.action != ConfigLoad::Action::Run) {
        std::fprintf(load.action == ConfigLoad::Action::Error ? stderr : stdout, "%s\n", qPrintable(load.text));
        return load.action == ConfigLoad::Action::Error ? 2 : 0;
    }
    core::settings::AppConfig config = load.config;
    wamulti::EmbeddedSandbox sandbox; // outlives the runtime, whose instances talk to it
    QString error;
    if (config.sandbox && !sandbox.start(config, &error)) {
        std::fprintf(stderr, "wamulti-server: --sandbox: %s\n", qPrintable(error));
        return 1;
    }
    core::runtime::AppRuntime runtime(config);
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "wamulti-server: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "%s", qPrintable(core::runtime::startupBanner(runtime)));
    std::fflush(stdout);
    core::runtime::SignalWatcher signals;
    QObject::connect(&signals, &core::runtime::SignalWatcher::terminationRequested, &app, [&](int) {
        runtime.shutdown();
        QCoreApplication::quit();
    });
    return app.exec();
}
