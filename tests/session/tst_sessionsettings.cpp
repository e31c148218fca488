// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/clipstream.h"
#include "core/appcore.h"
#include "session/guidedsession.h"
#include "session/streamclipoutput.h"
#include "settings/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace unknot;

// "Voice off" and the volume are what the user chose last time: they survive a restart of the
// app (a new AppCore on the same settings file) and reach the session and its audio output.
class TestSessionSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppCore> startApp()
    {
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("db.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        return std::make_unique<AppCore>(config);
    }

    QTemporaryDir m_dir;

private slots:
    void defaultsAreVoiceOnAndFullVolume()
    {
        auto app = startApp();
        QCOMPARE(app->session()->voiceOff(), false);
        QCOMPARE(app->audioOutput()->stream()->volume(), 1.0);
    }

    void voiceOffAndVolumeSurviveARestart()
    {
        {
            auto app = startApp();
            // What the session screen does: the switch sets the session's voice off, the
            // slider the settings' volume.
            app->session()->setVoiceOff(true);
            app->settings()->setVoiceVolume(0.35);
            QCOMPARE(app->audioOutput()->stream()->volume(), 0.35);
        }
        {
            auto app = startApp();
            QCOMPARE(app->session()->voiceOff(), true);
            QCOMPARE(app->settings()->voiceOff(), true);
            QCOMPARE(app->audioOutput()->stream()->volume(), 0.35);
            app->session()->setVoiceOff(false);
            app->settings()->setVoiceVolume(0.8);
        }
        auto app = startApp();
        QCOMPARE(app->session()->voiceOff(), false);
        QCOMPARE(app->audioOutput()->stream()->volume(), 0.8);
    }
};

QTEST_GUILESS_MAIN(TestSessionSettings)
#include "tst_sessionsettings.moc"
