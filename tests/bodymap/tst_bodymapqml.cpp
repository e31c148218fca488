// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the body map's Qt Quick tests (tests/bodymap/qml) against the real UI module and app
// core, with a database and settings of their own. The database starts with a short history
// whose pain trends the map shows: rising on the left shoulder, easing on the right knee.
#include "accessibility/accessibilityprobe.h"
#include "core/appcore.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QQmlContext>
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
        seedHistory(config.databasePath);
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        m_core = std::make_unique<unknot::AppCore>(config);
        unknot::AppCore::setInstance(m_core.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not look in the resource prefix on its own.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("accessibility"), &m_probe);
    }
    void cleanupTestCase() { m_core.reset(); }

private:
    static void seedHistory(const QString &path)
    {
        unknot::Database db(QStringLiteral("seed"));
        if (!db.open(path))
            qFatal("cannot create the test database: %s", qPrintable(db.errorText()));
        unknot::SessionRepository sessions(db.connection());
        const QDateTime first = QDateTime::currentDateTime().addDays(-10);
        const auto add = [&](const char *technique, const char *region, int day, int after) {
            unknot::SessionRecord r;
            r.techniqueId = QString::fromLatin1(technique);
            r.regionId = QString::fromLatin1(region);
            r.sides = r.regionId.endsWith(QLatin1String("-left")) ? QStringLiteral("left")
                                                                  : QStringLiteral("right");
            r.startedAt = first.addDays(day);
            r.endedAt = r.startedAt.addSecs(300);
            r.stepsCompleted = r.stepsTotal = 6;
            r.completed = true;
            r.painBefore = 5;
            r.painAfter = after;
            if (sessions.add(r) == 0)
                qFatal("cannot seed the test database: %s", qPrintable(sessions.errorText()));
        };
        for (int i = 0; i < 3; ++i) {
            add("front-of-shoulder-release", "shoulder-left", i, 2 + i);
            add("outer-thigh-release", "knee-itband-right", i, 4 - i);
        }
        db.close();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<unknot::AppCore> m_core;
    AccessibilityProbe m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(unknot_bodymap_qml, BodyMapQmlSetup)
#include "tst_bodymapqml.moc"
