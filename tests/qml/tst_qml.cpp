// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/accessibilityprobe.h"
#include "core/appcore.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <map>
#include <memory>

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

// Qt Quick Test gives every test file an engine of its own; each engine gets its own app core
// on a new database and settings file, so no file's assertions depend on what another wrote.
class Setup : public QObject
{
    Q_OBJECT

    struct FileCore
    {
        QTemporaryDir dir;
        std::unique_ptr<unknot::AppCore> core;
    };
    std::map<QObject *, std::unique_ptr<FileCore>> m_cores;

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto fileCore = std::make_unique<FileCore>();
        if (!fileCore->dir.isValid())
            qFatal("no temporary folder: %s", qPrintable(fileCore->dir.errorString()));
        unknot::AppCore::Config config;
        config.databasePath = fileCore->dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = fileCore->dir.filePath(QStringLiteral("settings.ini"));
        fileCore->core = std::make_unique<unknot::AppCore>(config);
        unknot::AppCore::setInstance(fileCore->core.get());
        m_cores[engine] = std::move(fileCore);
        // What a screen reader meets (tst_session.qml).
        engine->rootContext()->setContextProperty(QStringLiteral("accessibility"), &m_probe);
        // Where tests save screenshots to be looked at (tst_customtechniques.qml); empty: none.
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"),
                                                  qEnvironmentVariable("UNKNOT_SCREENSHOT_DIR"));
        // The core outlives the file's QML and goes with its engine.
        connect(engine, &QObject::destroyed, this, [this](QObject *gone) { m_cores.erase(gone); });
    }
    void cleanupTestCase() { m_cores.clear(); }

private:
    AccessibilityProbe m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(unknot_qml, Setup)
#include "tst_qml.moc"
