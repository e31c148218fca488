// SPDX-License-Identifier: GPL-3.0-or-later
// The text size setting: the phone's factor times the app's own, kept within what the screens
// are checked at, and the app's own survives a restart (a real settings file).
#include "settings/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using unknot::AppSettings;

class TestTextScaleSetting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void normalUntilSomethingSaysOtherwise()
    {
        const AppSettings settings(m_dir.filePath(QStringLiteral("fresh.ini")));
        QCOMPARE(settings.textScale(), 1.0);
        QCOMPARE(settings.systemTextScale(), 1.0);
        QCOMPARE(settings.appTextScale(), 1.0);
    }

    void phoneTimesApp()
    {
        AppSettings settings(file());
        QSignalSpy changed(&settings, &AppSettings::textScaleChanged);
        settings.setSystemTextScale(1.3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.textScale(), 1.3);
        settings.setAppTextScale(1.5);
        QCOMPARE(changed.count(), 2);
        QVERIFY(qFuzzyCompare(settings.textScale(), 1.3 * 1.5));
        settings.setSystemTextScale(1.3); // unchanged: no signal
        QCOMPARE(changed.count(), 2);
    }

    void keptWithinTheCheckedRange()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("bounds.ini")));
        settings.setSystemTextScale(3.1); // iOS's largest accessibility size
        QCOMPARE(settings.textScale(), AppSettings::maxTextScale);
        settings.setSystemTextScale(1.5);
        settings.setAppTextScale(2.0);
        QCOMPARE(settings.textScale(), AppSettings::maxTextScale);
        settings.setSystemTextScale(0.1);
        QCOMPARE(settings.systemTextScale(), AppSettings::minTextScale);
        // Nonsense from a platform call that failed is read as normal size.
        settings.setSystemTextScale(qQNaN());
        QCOMPARE(settings.systemTextScale(), 1.0);
        settings.setSystemTextScale(-2);
        QCOMPARE(settings.systemTextScale(), 1.0);
    }

    void appSettingSurvivesARestart()
    {
        {
            AppSettings settings(m_dir.filePath(QStringLiteral("restart.ini")));
            settings.setSystemTextScale(1.2);
            settings.setAppTextScale(1.6);
        }
        const AppSettings again(m_dir.filePath(QStringLiteral("restart.ini")));
        QCOMPARE(again.appTextScale(), 1.6);
        // The phone's factor is read afresh each start, never stored.
        QCOMPARE(again.systemTextScale(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTextScaleSetting)
#include "tst_textscalesetting.moc"
