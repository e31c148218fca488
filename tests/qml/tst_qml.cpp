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

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

// Gives every QML test the real app core, on a database of its own.
class Setup : public QObject
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
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // What a screen reader meets (tst_session.qml).
        engine->rootContext()->setContextProperty(QStringLiteral("accessibility"), &m_probe);
    }
    void cleanupTestCase() { m_core.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<unknot::AppCore> m_core;
    AccessibilityProbe m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(unknot_qml, Setup)
#include "tst_qml.moc"
