// SPDX-License-Identifier: GPL-3.0-or-later
// Creates the application, wires the model layer, loads the UI module. Nothing else.
#include "core/appcore.h"
#include "firstframewatcher.h"
#include "platform/screenawake.h"
#include "qmlwarningguard.h"
#include "startupoptions.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

int main(int argc, char *argv[])
{
    StartupOptions::prepareEnvironment(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Unknot"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("unknot.app"));
    QGuiApplication::setApplicationName(QStringLiteral("Unknot"));
    QGuiApplication::setApplicationVersion(QStringLiteral(UNKNOT_VERSION));
    const StartupOptions options = StartupOptions::parse(QGuiApplication::arguments());

    std::optional<QmlWarningGuard> warningGuard;
    if (options.selfTest)
        warningGuard.emplace();

#ifdef Q_OS_IOS
    QQuickStyle::setStyle(QStringLiteral("iOS"));
#else
    QQuickStyle::setStyle(QStringLiteral("Material"));
#endif

    unknot::AppCore::Config config;
    config.startupLink = options.link;
    // The self-test must never touch the user's own records.
    QTemporaryDir selfTestDir;
    if (options.selfTest) {
        config.databasePath = selfTestDir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = selfTestDir.filePath(QStringLiteral("settings.ini"));
    }
    // A given database file (benchmarks, screenshots with real data) wins over both.
    if (qEnvironmentVariableIsSet("UNKNOT_DATABASE"))
        config.databasePath = qEnvironmentVariable("UNKNOT_DATABASE");
    const std::unique_ptr<unknot::ScreenAwake> screenAwake = unknot::createPlatformScreenAwake();
    unknot::AppCore core(config);
    core.setScreenAwake(screenAwake.get());
    unknot::AppCore::setInstance(&core);

    QQmlApplicationEngine engine;
    if (warningGuard)
        warningGuard->watch(engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not add it by itself
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Unknot/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (options.windowSize.isValid()) {
        QObject *window = engine.rootObjects().first();
        window->setProperty("width", options.windowSize.width());
        window->setProperty("height", options.windowSize.height());
    }

    // The full integrity check and the day's backup read the whole records file: not before
    // the first frame.
    FirstFrame::watch(engine, [&core] { core.startBackgroundChecks(); });

    if (options.selfTest || options.benchFirstFrame) {
        FirstFrame::watch(engine, [&] {
            if (options.benchFirstFrame)
                FirstFrame::printBenchmarkMarkers();
            if (!options.screenshotPath.isEmpty()) {
                // Let page transitions started by a link settle before taking the picture.
                QEventLoop settle;
                QTimer::singleShot(800, &settle, &QEventLoop::quit);
                settle.exec();
                FirstFrame::saveScreenshot(engine, options.screenshotPath);
            }
            int code = 0;
            if (warningGuard) {
                const QStringList warnings = warningGuard->warnings();
                std::fprintf(stderr, "self-test: %lld QML warning(s)\n",
                             static_cast<long long>(warnings.size()));
                code = warnings.isEmpty() ? 0 : 2;
            }
            QCoreApplication::exit(code);
        });
        // A UI that never renders is a failure, not a hang.
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "self-test: no frame rendered within 60 s\n");
            QCoreApplication::exit(3);
        });
    }
    return QGuiApplication::exec();
}
