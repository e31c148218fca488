// SPDX-License-Identifier: GPL-3.0-or-later
// unknot:// links handed over the way the operating system hands them (QDesktopServices, which
// Android VIEW intents and iOS openURL go through) reach the model layer, whether they arrive
// before it exists or after.
#include "core/appcore.h"
#include "links/linkreceiver.h"
#include "plan/plan.h"

#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using unknot::AppCore;
using unknot::LinkReceiver;

class TestLinkReceiver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppCore> makeCore()
    {
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        return std::make_unique<AppCore>(config);
    }
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void linkBeforeTheCoreIsKeptAndDeliveredOnce()
    {
        LinkReceiver receiver;
        // As on Android: the launch intent arrives before the model layer is built.
        QVERIFY(QDesktopServices::openUrl(
            QUrl(QStringLiteral("unknot://technique/neck-side-release"))));
        QCOMPARE(receiver.pendingLinks(),
                 QStringList{QStringLiteral("unknot://technique/neck-side-release")});

        const std::unique_ptr<AppCore> core = makeCore();
        QSignalSpy techniques(core.get(), &AppCore::techniqueRequested);
        connect(&receiver, &LinkReceiver::linkReceived, core.get(), &AppCore::openLink);
        QCOMPARE(techniques.count(), 0); // nothing goes out before the app is ready
        receiver.startDelivering();
        QCOMPARE(techniques.count(), 1);
        QCOMPARE(techniques.at(0).at(0).toString(), QStringLiteral("neck-side-release"));
        QVERIFY(receiver.pendingLinks().isEmpty());
        receiver.startDelivering(); // a second call repeats nothing
        QCOMPARE(techniques.count(), 1);
    }

    void linkAfterTheCoreGoesStraightThrough()
    {
        LinkReceiver receiver;
        const std::unique_ptr<AppCore> core = makeCore();
        connect(&receiver, &LinkReceiver::linkReceived, core.get(), &AppCore::openLink);
        receiver.startDelivering();
        QSignalSpy sessions(core.get(), &AppCore::sessionRequested);
        QSignalSpy failures(core.get(), &AppCore::linkFailed);
        QVERIFY(QDesktopServices::openUrl(
            QUrl(QStringLiteral("unknot://session/start?technique=forearm-flexor-release"))));
        QCOMPARE(sessions.count(), 1);
        QCOMPARE(sessions.at(0).at(0).toString(), QStringLiteral("forearm-flexor-release"));
        // A link the app cannot follow says so instead of vanishing.
        QVERIFY(QDesktopServices::openUrl(QUrl(QStringLiteral("unknot://technique/no-such-one"))));
        QCOMPARE(failures.count(), 1);
    }

    // "Open with" a plan file on iOS hands the app a file:// URL through the same path as a
    // link (Android: content://); once the scheme is taken, it reaches the plan's import.
    void aPlanFileHandedOverAsAUrlIsOffered()
    {
        const QString path = m_dir.filePath(QStringLiteral("from the clinic.unknotplan"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"unknot-plan","version":1,"entries":[
            {"technique":"forearm-flexor-release","side":"left","frequency":"daily"}]})");
        file.close();
        LinkReceiver receiver;
        receiver.receiveFileSchemes({QStringLiteral("file")});
        const std::unique_ptr<AppCore> core = makeCore();
        connect(&receiver, &LinkReceiver::linkReceived, core.get(), &AppCore::openLink);
        receiver.startDelivering();
        QSignalSpy offered(core->plan(), &unknot::Plan::importOffered);
        QVERIFY(QDesktopServices::openUrl(QUrl::fromLocalFile(path)));
        QTRY_COMPARE(offered.count(), 1);
        QCOMPARE(core->plan()->pendingImport().size(), 1);
    }

    void linksKeepTheirOrder()
    {
        LinkReceiver receiver;
        QDesktopServices::openUrl(QUrl(QStringLiteral("unknot://technique/a")));
        QDesktopServices::openUrl(QUrl(QStringLiteral("unknot://technique/b")));
        QSignalSpy received(&receiver, &LinkReceiver::linkReceived);
        receiver.startDelivering();
        QCOMPARE(received.count(), 2);
        QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("unknot://technique/a"));
        QCOMPARE(received.at(1).at(0).toString(), QStringLiteral("unknot://technique/b"));
    }

    void noHandlerOnceTheReceiverIsGone()
    {
        {
            LinkReceiver receiver;
            QVERIFY(QDesktopServices::openUrl(QUrl(QStringLiteral("unknot://technique/a"))));
        }
        // Offscreen has no desktop to fall back on: an unhandled link cannot be opened.
        QVERIFY(!QDesktopServices::openUrl(QUrl(QStringLiteral("unknot://technique/a"))));
    }
};

QTEST_MAIN(TestLinkReceiver)
#include "tst_linkreceiver.moc"
