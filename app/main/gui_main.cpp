// wamulti: the desktop application. Runs the window when a display is present (or headless with
// --headless, or when no display is found); AppRuntime builds everything else.
#include "core/logging/logging.h"
#include "core/runtime/appruntime.h"
#include "core/runtime/banner.h"
#include "core/runtime/signalwatcher.h"
#include "embeddedsandbox.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <cstdio>
#include <memory>

namespace {
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    using core::settings::ConfigLoad;
    const ConfigLoad load = core::settings::loadConfig(args, QProcessEnvironment::systemEnvironment(),
                                                       core::settings::Executable::Gui);
    if (load.action != ConfigLoad::Action::Run) {
        std::fprintf(load.action == ConfigLoad::Action::Error ? stderr : stdout, "%s\n", qPrintable(load.text));
        return load.action == ConfigLoad::Action::Error ? 2 : 0;
    }
    const bool gui = !load.config.headless && displayAvailable();
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("wamulti"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAMULTI_VERSION));
    core::logging::installMessagePattern();
    if (!gui && !load.config.headless)
        std::fprintf(stderr, "wamulti: no display found; running headless (API only)\n");

    core::settings::AppConfig config = load.config;
    wamulti::EmbeddedSandbox sandbox; // outlives the runtime, whose instances talk to it
    QString error;
    if (config.sandbox && !sandbox.start(config, &error)) {
        std::fprintf(stderr, "wamulti: --sandbox: %s\n", qPrintable(error));
        return 1;
    }
    core::runtime::AppRuntime runtime(config);
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "wamulti: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "%s", qPrintable(core::runtime::startupBanner(runtime)));
    std::fflush(stdout);
    std::unique_ptr<ui::MainWindow> window;
    if (gui) {
        window = std::make_unique<ui::MainWindow>(&runtime);
        window->show();
    }
    core::runtime::SignalWatcher signals;
    QObject::connect(&signals, &core::runtime::SignalWatcher::terminationRequested, app.get(), [&](int) {
        window.reset();
        runtime.shutdown();
        QCoreApplication::quit();
    });
    const int rc = app->exec();
    window.reset();
    runtime.shutdown();
    return rc;
}
