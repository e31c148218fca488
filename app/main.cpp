// SPDX-License-Identifier: GPL-3.0-or-later
// Creates the application, hands the platform services to the model layer, loads the UI;
// --self-test and --bench-first-frame end it after the first frame.
#include "core/appcore.h"
#include "core/corepreparation.h"
#include "firstframewatcher.h"
#include "fontwarmup.h"
#include "linkentry.h"
#include "platform/platformservices.h"
#include "qmlwarningguard.h"
#include "reminders/reminders.h"
#include "reminders/reminderstatus.h"
#include "selftest.h"
#include "settings/appsettings.h"
#include "startupoptions.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
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
    // Links from the OS are taken from here on; on the desktop a second start hands its link
    // to the running instance and ends here.
    LinkEntry links;
    if (!links.claimInstance(options.link, !options.selfTest && !options.benchFirstFrame))
        return 0;

    std::optional<QmlWarningGuard> warningGuard;
    if (options.selfTest)
        warningGuard.emplace();

    // One style on both phones: every page hands its design tokens to Material (AppPage); the
    // iOS style would ignore them.
    QQuickStyle::setStyle(QStringLiteral("Material"));

    unknot::AppCore::Config config;
    config.startupLink = options.link;
    // The start-up benchmark measures the everyday start, not the first-launch introduction;
    // the self-test's tour starts as a first launch does (its settings file is new) and walks
    // the introduction, while a self-test that follows a link checks only what the link shows.
    config.firstLaunchFlow =
        !options.benchFirstFrame &&
        (!options.selfTest || (options.link.isEmpty() && options.screenshotPath.isEmpty()));
    // The self-test must never touch the user's own records.
    // Created only then: phones kill the app instead of letting it exit, so a folder made on
    // every launch would never be removed.
    std::optional<QTemporaryDir> selfTestDir;
    if (options.selfTest) {
        selfTestDir.emplace();
        config.databasePath = selfTestDir->filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = selfTestDir->filePath(QStringLiteral("settings.ini"));
    }
    // A given database file (benchmarks, screenshots with real data) wins over both; the
    // self-test works on a copy of it.
    if (qEnvironmentVariableIsSet("UNKNOT_DATABASE")) {
        const QString given = qEnvironmentVariable("UNKNOT_DATABASE");
        if (!options.selfTest) {
            config.databasePath = given;
        } else if (!QFile::copy(given, config.databasePath)) {
            std::fprintf(stderr, "unknot: cannot copy %s for the self-test\n", qPrintable(given));
            return 1;
        }
    }
    const FontWarmup fonts;
    QQmlApplicationEngine engine;
    if (warningGuard)
        warningGuard->watch(engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not add it by itself
    // Start-up runs on four threads: the QML loader thread imports and compiles the UI, one
    // worker reads the font configuration (FontWarmup), another loads the SQLite driver and
    // parses the content files (CorePreparation). Once the UI is compiled this thread opens the
    // records, builds the model layer on what the workers prepared, and creates the UI.
    QQmlComponent ui(&engine);
    ui.loadUrl(QUrl(QStringLiteral("qrc:/qt/qml/Unknot/Main.qml")), QQmlComponent::Asynchronous);
    unknot::CorePreparation prepared(config.resources);
    if (ui.isLoading()) {
        QEventLoop loading;
        QObject::connect(&ui, &QQmlComponent::statusChanged, &loading, &QEventLoop::quit);
        loading.exec();
    }

    const unknot::PlatformServices platform = unknot::createPlatformServices();
    config.screenAwake = platform.screenAwake.get();
    config.fileSharer = platform.fileSharer.get();
    config.reminderNotifier = platform.reminderNotifier.get();
    config.microphoneAccess = platform.microphoneAccess.get();
    unknot::AppCore core(config, std::move(prepared));
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &core,
                     &unknot::AppCore::setApplicationState);
    // The phone's text size, again whenever the app returns (the setting is changed elsewhere).
    const auto systemTextScale = [&platform] {
        return platform.systemTextScale ? platform.systemTextScale() : 1.0;
    };
    core.settings()->setSystemTextScale(systemTextScale());
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &core,
                     [&core, systemTextScale](Qt::ApplicationState state) {
                         if (state == Qt::ApplicationActive)
                             core.settings()->setSystemTextScale(systemTextScale());
                     });
    unknot::AppCore::setInstance(&core);

    // Destroyed before the engine and the model layer it shows.
    const std::unique_ptr<QObject> root(ui.isReady() ? ui.create() : nullptr);
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        std::fprintf(stderr, "unknot: the user interface did not load: %s\n",
                     qPrintable(ui.errorString()));
        return 1;
    }
    if (options.windowSize.isValid())
        window->resize(options.windowSize);
    links.deliverTo(core, window);
    // leaveRequested is declared in QML (Main.qml), so only the string form can name it.
    if (platform.appBackground)
        QObject::connect(window, SIGNAL(leaveRequested()), // clazy:exclude=old-style-connect
                         platform.appBackground.get(), SLOT(sendToBackground()));

    // The full integrity check and the day's backup read the whole records file: not before
    // the first frame.
    FirstFrame::watch(window, [&core, &platform] {
        core.startBackgroundChecks();
        // The platform's deferred start (the desktop's reminders) and what the reminders
        // screen says about it: queued, so that the frame's own work (and the benchmark's
        // marker) comes first.
        if (platform.startAfterFirstFrame)
            QTimer::singleShot(0, &core, [&core, &platform] {
                platform.startAfterFirstFrame();
                core.reminders()->health()->refresh();
            });
    });

    // A UI that never renders is a failure, not a hang.
    QTimer noFrame;
    if (options.selfTest || options.benchFirstFrame) {
        noFrame.setSingleShot(true);
        QObject::connect(&noFrame, &QTimer::timeout, &app, [] {
            std::fprintf(stderr, "self-test: no frame rendered within 60 s\n");
            QCoreApplication::exit(3);
        });
        noFrame.start(60000);
        FirstFrame::watch(window, [&] {
            noFrame.stop();
            if (options.benchFirstFrame)
                FirstFrame::printBenchmarkMarkers();
            if (warningGuard)
                SelfTest::run(window, core, options, *warningGuard);
            else
                QCoreApplication::exit(0);
        });
    }
    return QGuiApplication::exec();
}
