// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the body map's Qt Quick tests (tests/bodymap/qml) against the real UI module and app
// core, with a database and settings of their own.
#include "core/appcore.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

class BodyMapQmlSetup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        unknot::AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        m_core = std::make_unique<unknot::AppCore>(config);
        unknot::AppCore::setInstance(m_core.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not look in the resource prefix on its own.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase() { m_core.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<unknot::AppCore> m_core;
};

QUICK_TEST_MAIN_WITH_SETUP(unknot_bodymap_qml, BodyMapQmlSetup)
#include "tst_bodymapqml.moc"
