// SPDX-License-Identifier: GPL-3.0-or-later
// A reminder for the plan, end to end on the desktop: the core's scheduler hands it to the
// desktop notifier, a real notification server (dunst on a private session bus,
// with-notification-server.sh) shows it when the notifier's clock reaches it, and clicking it
// reaches the real UI (AppShell): the tap opens My plan; "Start now" starts today's plan, or
// first asks (a region not cleared), or refuses (the block setting), exactly as the plan's own
// Start button does.
#include "core/appcore.h"
#include "desktopremindernotifier.h"
#include "plan/plan.h"
#include "reminders/reminderlistmodel.h"
#include "reminders/reminders.h"
#include "reminders/reminderscheduler.h"
#include "safety/safety.h"
#include "session/guidedsession.h"
#include "settings/appsettings.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(UnknotCorePlugin)
Q_IMPORT_QML_PLUGIN(UnknotUiPlugin)

using namespace unknot;

namespace {

const QString kNeck = QStringLiteral("neck-side-release");

int shownNotifications()
{
    QProcess count;
    count.start(QStringLiteral("dunstctl"), {QStringLiteral("count"), QStringLiteral("displayed")});
    if (!count.waitForFinished(5000))
        return -1;
    bool ok = false;
    const int n = QString::fromUtf8(count.readAllStandardOutput()).trimmed().toInt(&ok);
    return ok ? n : -1;
}

} // namespace

class TestPlanReminders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopReminderNotifier> m_notifier;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    std::unique_ptr<QObject> m_shell;
    qint64 m_reminderId = 0;
    qint64 m_clockOffsetMs = 0;

    QObject *find(const char *name) const
    {
        return m_shell->findChild<QObject *>(QLatin1String(name));
    }
    QString topPage() const
    {
        const auto *top = find("bodyStack")->property("currentItem").value<QObject *>();
        return top ? top->objectName() : QString();
    }
    QObject *startCheckSheet() const
    {
        return find("startCheckLoader")->property("item").value<QObject *>();
    }
    bool sessionActive() const { return m_core->session()->property("active").toBool(); }

    // Saves the plan reminder as the editor does, with `plan` ("open" or "start").
    void saveReminder(const QString &plan)
    {
        QVariantMap draft{{QStringLiteral("minuteOfDay"), 8 * 60},
                          {QStringLiteral("weekdays"), 127},
                          {QStringLiteral("plan"), plan}};
        if (m_reminderId > 0)
            draft.insert(QStringLiteral("id"), m_reminderId);
        QCOMPARE(m_core->reminders()->save(draft), QVariantMap());
        m_reminderId = m_core->reminders()->list()->reminders().first().id;
    }

    // The notifier's wall clock: moved forward to each occurrence the core handed over.
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs); }

    // Sets the notifier's clock to the next occurrence of the reminder the core handed over
    // and waits until the notification server shows it.
    void showReminderNow()
    {
        const QList<ScheduledReminder> handed = m_core->reminders()->scheduler()->lastSynced();
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().title, QStringLiteral("Today's plan"));
        const QDateTime current = now();
        const auto next =
            std::find_if(handed.first().fireTimes.cbegin(), handed.first().fireTimes.cend(),
                         [&](const QDateTime &fire) { return fire > current; });
        QVERIFY(next != handed.first().fireTimes.cend());
        m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(*next) + 1000;
        m_notifier->checkDue();
        QTRY_COMPARE_WITH_TIMEOUT(shownNotifications(), 1, 15000);
    }

    // Clicks the action `key` of the shown notification through dunst's context menu.
    static void clickAction(const QString &key)
    {
        QFile pick(qEnvironmentVariable("UNKNOT_PICK_ACTION_FILE"));
        QVERIFY(pick.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pick.write(key.toUtf8());
        pick.close();
        QCOMPARE(QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("context")}), 0);
    }
    // Clicks the notification itself (its default action).
    static void clickNotification()
    {
        QCOMPARE(QProcess::execute(QStringLiteral("dunstctl"),
                                   {QStringLiteral("action"), QStringLiteral("0")}),
                 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("UNKNOT_PICK_ACTION_FILE"),
                 "run through tests/platforms/with-notification-server.sh");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_notifier = std::make_unique<DesktopReminderNotifier>(QDBusConnection::sessionBus(),
                                                               [this] { return now(); });
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        config.reminderNotifier = m_notifier.get(); // the core routes its links itself
        m_core = std::make_unique<AppCore>(config);
        AppCore::setInstance(m_core.get());

        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_window = std::make_unique<QQuickWindow>();
        m_engine->setIncubationController(m_window->incubationController());
        QQmlComponent component(m_engine.get());
        component.setData("import Unknot\nAppShell { width: 390; height: 844 }", QUrl());
        m_shell.reset(component.create());
        QVERIFY2(m_shell, qPrintable(component.errorString()));
        qobject_cast<QQuickItem *>(m_shell.get())->setParentItem(m_window->contentItem());
        m_window->resize(390, 844);
        m_window->show();

        // Today's plan: one technique, every day, so it is due now.
        m_core->plan()->load();
        QCOMPARE(m_core->plan()->add(kNeck, QStringLiteral("both"), QStringLiteral("daily")),
                 QString());
        QCOMPARE(m_core->plan()->dueCount(), 1);
        saveReminder(QStringLiteral("open"));
    }

    void cleanup()
    {
        QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
        if (sessionActive())
            m_core->session()->stop();
        find("startCheckLoader")->setProperty("active", false);
        QMetaObject::invokeMethod(find("bodyStack"), "pop", Q_ARG(QVariant, QVariant(true)));
        m_core->settings()->setBlockUnclearedRegions(false);
        QCOMPARE(m_core->safety()->setClearance(QStringLiteral("neck"), QStringLiteral("cleared"),
                                                QString(), QStringLiteral("Dr. Ortiz"), QString()),
                 QString());
        QTRY_VERIFY(topPage() != QLatin1String("sessionPage"));
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        m_window.reset();
        m_engine.reset();
        m_core.reset();
        m_notifier.reset();
    }

    void tappingTheReminderOpensMyPlan()
    {
        QVERIFY(topPage() != QLatin1String("planPage"));
        showReminderNow();
        clickNotification();
        QTRY_COMPARE_WITH_TIMEOUT(topPage(), QStringLiteral("planPage"), 10000);
        QVERIFY(!sessionActive());
    }

    void startNowStartsTodaysPlan()
    {
        showReminderNow();
        clickAction(QStringLiteral("start"));
        QTRY_VERIFY_WITH_TIMEOUT(sessionActive(), 10000);
        QCOMPARE(m_core->session()->property("partCount").toInt(), 1);
        QCOMPARE(m_core->session()->property("techniqueId").toString(), kNeck);
        QCOMPARE(topPage(), QStringLiteral("sessionPage"));
        QVERIFY(!startCheckSheet());
    }

    // The plan's technique works the neck; the practitioner has not cleared it: the start
    // question comes first and nothing starts before it is answered.
    void startNowAsksFirstForARegionNotCleared()
    {
        QCOMPARE(m_core->safety()->setClearance(QStringLiteral("neck"),
                                                QStringLiteral("not-cleared"), QString(),
                                                QStringLiteral("Dr. Ortiz"), QString()),
                 QString());
        showReminderNow();
        clickAction(QStringLiteral("start"));
        QTRY_VERIFY_WITH_TIMEOUT(startCheckSheet() != nullptr, 10000);
        const QVariantMap check = startCheckSheet()->property("check").toMap();
        QVERIFY(check.value(QStringLiteral("needsConfirmation")).toBool());
        QVERIFY(!check.value(QStringLiteral("blocked")).toBool());
        const QVariantList reasons = check.value(QStringLiteral("reasons")).toList();
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first().toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("not-cleared"));
        QVERIFY(startCheckSheet()
                    ->findChild<QObject *>(QStringLiteral("startAnywayButton"))
                    ->property("visible")
                    .toBool());
        QTest::qWait(200);
        QVERIFY(!sessionActive());
    }

    // With "block areas not cleared" on, Start now refuses: the sheet says so and offers no
    // "Start anyway".
    void startNowIsRefusedWhenBlocked()
    {
        m_core->settings()->setBlockUnclearedRegions(true);
        QCOMPARE(m_core->safety()->setClearance(QStringLiteral("neck"),
                                                QStringLiteral("not-cleared"), QString(),
                                                QStringLiteral("Dr. Ortiz"), QString()),
                 QString());
        showReminderNow();
        clickAction(QStringLiteral("start"));
        QTRY_VERIFY_WITH_TIMEOUT(startCheckSheet() != nullptr, 10000);
        QVERIFY(
            startCheckSheet()->property("check").toMap().value(QStringLiteral("blocked")).toBool());
        QVERIFY(!startCheckSheet()
                     ->findChild<QObject *>(QStringLiteral("startAnywayButton"))
                     ->property("visible")
                     .toBool());
        QTest::qWait(200);
        QVERIFY(!sessionActive());
    }

    // A reminder that starts the plan when tapped: the tap itself starts it (and its
    // notification has no separate "Start now").
    void aStartReminderStartsThePlanWhenTapped()
    {
        saveReminder(QStringLiteral("start"));
        QVERIFY(m_core->reminders()->scheduler()->lastSynced().first().startLink.isEmpty());
        showReminderNow();
        clickNotification();
        QTRY_VERIFY_WITH_TIMEOUT(sessionActive(), 10000);
        QCOMPARE(m_core->session()->property("partCount").toInt(), 1);
    }
};

QTEST_MAIN(TestPlanReminders)
#include "tst_planreminders.moc"
