// SPDX-License-Identifier: GPL-3.0-or-later
// A link that arrives before the first-launch acknowledgement (a practitioner's link opened on
// a new phone) is kept and opened right after it, through the same path the operating system
// uses (QDesktopServices -> LinkReceiver -> AppCore::openLink), never lost.
#include "core/appcore.h"
#include "links/linkreceiver.h"
#include "safety/onboarding.h"
#include "safety/safety.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using unknot::AppCore;
using unknot::LinkReceiver;

class TestOnboardingLinks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppCore> makeCore()
    {
        AppCore::Config config;
        config.databasePath = m_dir->filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
        config.firstLaunchFlow = true; // as main builds it
        return std::make_unique<AppCore>(config);
    }
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void linkBeforeTheAcknowledgementIsOpenedRightAfterIt()
    {
        LinkReceiver receiver;
        QVERIFY(QDesktopServices::openUrl(
            QUrl(QStringLiteral("unknot://session/start?technique=forearm-flexor-release"))));
        const std::unique_ptr<AppCore> core = makeCore();
        QVERIFY(core->safety()->onboarding()->needed());
        QSignalSpy sessions(core.get(), &AppCore::sessionRequested);
        QSignalSpy techniques(core.get(), &AppCore::techniqueRequested);
        connect(&receiver, &LinkReceiver::linkReceived, core.get(), &AppCore::openLink);
        receiver.startDelivering(); // the UI is up, showing the introduction
        // A second link while the introduction is still open waits too, behind the first.
        QVERIFY(QDesktopServices::openUrl(
            QUrl(QStringLiteral("unknot://technique/neck-side-release"))));
        QCOMPARE(sessions.count(), 0);
        QCOMPARE(techniques.count(), 0);

        core->safety()->onboarding()->acknowledge();
        QCOMPARE(sessions.count(), 1);
        QCOMPARE(sessions.at(0).at(0).toString(), QStringLiteral("forearm-flexor-release"));
        QCOMPARE(techniques.count(), 1);
        QCOMPARE(techniques.at(0).at(0).toString(), QStringLiteral("neck-side-release"));

        // Once acknowledged, links go straight through, now and at the next start.
        QVERIFY(QDesktopServices::openUrl(
            QUrl(QStringLiteral("unknot://technique/forearm-flexor-release"))));
        QCOMPARE(techniques.count(), 2);
    }

    void afterAnEarlierAcknowledgementNothingWaits()
    {
        {
            const std::unique_ptr<AppCore> first = makeCore();
            first->safety()->onboarding()->acknowledge();
        }
        LinkReceiver receiver;
        const std::unique_ptr<AppCore> core = makeCore();
        QVERIFY(!core->safety()->onboarding()->needed());
        QSignalSpy techniques(core.get(), &AppCore::techniqueRequested);
        connect(&receiver, &LinkReceiver::linkReceived, core.get(), &AppCore::openLink);
        receiver.startDelivering();
        QVERIFY(QDesktopServices::openUrl(
            QUrl(QStringLiteral("unknot://technique/neck-side-release"))));
        QCOMPARE(techniques.count(), 1);
    }
};

QTEST_MAIN(TestOnboardingLinks)
#include "tst_onboardinglinks.moc"
