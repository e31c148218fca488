// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop notifier against a real notification server: dunst on a private session bus and
// a private Xvfb display (with-notification-server.sh). What the notifier sends is read off the
// bus by dbus-monitor; action buttons are clicked through dunst's own context menu.
#include "core/appcore.h"
#include "desktopremindernotifier.h"
#include "reminders/reminders.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace unknot;

namespace {

// One Notify call as dbus-monitor printed it.
struct NotifyCall
{
    QStringList strings; // every string argument, in order (nested ones too)
    QString appName() const { return strings.value(0); }
    QString summary() const { return strings.value(2); }
    QString body() const { return strings.value(3); }
    QStringList actions; // the actions array
    QMap<QString, QString> hints;
};

QString quoted(const QString &line)
{
    const qsizetype first = line.indexOf(QLatin1Char('"'));
    const qsizetype last = line.lastIndexOf(QLatin1Char('"'));
    return first >= 0 && last > first ? line.mid(first + 1, last - first - 1) : QString();
}

// Parses dbus-monitor's text output: a header line per message, then its arguments indented.
QList<NotifyCall> parseNotifyCalls(const QString &monitorOutput)
{
    QList<NotifyCall> calls;
    NotifyCall *current = nullptr;
    int arrayDepth = 0;
    int arraysSeen = 0;
    QString pendingHintKey;
    for (const QString &line : monitorOutput.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' '))) {
            current = nullptr;
            if (line.startsWith(QLatin1String("method call")) &&
                line.contains(QLatin1String("member=Notify"))) {
                calls.append(NotifyCall());
                current = &calls.last();
                arrayDepth = arraysSeen = 0;
            }
            continue;
        }
        if (!current)
            continue;
        const QString item = line.trimmed();
        if (item.startsWith(QLatin1String("array ["))) {
            ++arrayDepth;
            ++arraysSeen;
        } else if (item == QLatin1String("]")) {
            --arrayDepth;
        } else if (item.startsWith(QLatin1String("string "))) {
            current->strings.append(quoted(item));
            if (arrayDepth == 1 && arraysSeen == 1)
                current->actions.append(quoted(item));
            else if (arrayDepth == 1 && arraysSeen == 2)
                pendingHintKey = quoted(item);
        } else if (item.startsWith(QLatin1String("variant")) && arraysSeen == 2) {
            const QString value = item.mid(item.indexOf(QLatin1Char(' ')) + 1).trimmed();
            current->hints.insert(
                pendingHintKey, value.startsWith(QLatin1String("string ")) ? quoted(value) : value);
        }
    }
    return calls;
}

const QString techniqueId = QStringLiteral("forearm-flexor-release");

} // namespace

class TestDesktopReminders : public QObject
{
    Q_OBJECT

    QProcess m_monitor;
    QString m_monitorOutput;
    qint64 m_clockOffsetMs = 0; // how far the test has moved the wall clock
    int m_barriers = 0;

    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs); }
    DesktopReminderNotifier::WallClock clock()
    {
        return [this] {
            return now();
        };
    }

    QList<NotifyCall> notifyCalls() const { return parseNotifyCalls(m_monitorOutput); }

    // Returns once every message this process sent before has reached the bus: a call on the
    // notifier's connection (closing a notification id nobody has, marked by that id), seen by
    // the monitor after anything sent earlier on that connection.
    bool barrier()
    {
        const uint marker = 4000000000u + uint(++m_barriers);
        QDBusMessage call = QDBusMessage::createMethodCall(
            QLatin1String(DesktopReminderNotifier::service),
            QLatin1String(DesktopReminderNotifier::path),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("CloseNotification"));
        call << marker;
        QDBusConnection::sessionBus().call(call); // an error reply: no such notification
        const QString seen = QStringLiteral("uint32 %1").arg(marker);
        QDeadlineTimer deadline(10000);
        while (!m_monitorOutput.contains(seen) && !deadline.hasExpired())
            QTest::qWait(20);
        return m_monitorOutput.contains(seen);
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

    static ScheduledReminder reminderDueAt(qint64 id, const QDateTime &due)
    {
        ScheduledReminder reminder;
        reminder.id = id;
        reminder.fireTimes = {due, due.addDays(7)};
        reminder.timeOfDay = due.toLocalTime().time();
        reminder.weekdays = {due.toLocalTime().date().dayOfWeek()};
        reminder.title = QStringLiteral("Forearm flexor release — 6 min");
        reminder.body = QStringLiteral("Mouse hand & wrist, before the afternoon");
        reminder.openLink = QStringLiteral("unknot://technique/") + techniqueId;
        reminder.startLink = QStringLiteral("unknot://session/start?technique=") + techniqueId;
        return reminder;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("UNKNOT_PICK_ACTION_FILE"),
                 "run through tests/platforms/with-notification-server.sh");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        connect(&m_monitor, &QProcess::readyReadStandardOutput, this, [this] {
            m_monitorOutput += QString::fromUtf8(m_monitor.readAllStandardOutput());
        });
        m_monitor.start(QStringLiteral("dbus-monitor"),
                        {QStringLiteral("--session"),
                         QStringLiteral("type='method_call',interface='org.freedesktop."
                                        "Notifications'")});
        QVERIFY(m_monitor.waitForStarted());
        // The monitor is ready once it sees calls: repeat one until it does.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QDBusConnection::sessionBus().call(
                    QDBusMessage::createMethodCall(QLatin1String(DesktopReminderNotifier::service),
                                                   QLatin1String(DesktopReminderNotifier::path),
                                                   QStringLiteral("org.freedesktop.Notifications"),
                                                   QStringLiteral("GetServerInformation")));
                return m_monitorOutput.contains(QLatin1String("member=GetServerInformation"));
            }(),
            10000);
    }

    void cleanup()
    {
        QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
        m_clockOffsetMs = 0;
    }

    void cleanupTestCase()
    {
        m_monitor.terminate();
        if (!m_monitor.waitForFinished(5000))
            m_monitor.kill();
    }

    void aDueReminderIsPostedOnceAndStartNowStartsTheSession()
    {
        QTemporaryDir dir;
        DesktopReminderNotifier notifier(QDBusConnection::sessionBus(), clock());
        AppCore::Config config;
        config.databasePath = dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        config.reminderNotifier = &notifier;
        AppCore core(config);
        // What the core's reminder scheduler does with the notifier's links.
        notifier.setLinkHandler([&core](const QString &link) { core.openLink(link); });
        QSignalSpy sessionRequested(&core, &AppCore::sessionRequested);
        QSignalSpy techniqueRequested(&core, &AppCore::techniqueRequested);

        const ReminderHealth health = notifier.health();
        QCOMPARE(health.notifications, ReminderHealth::State::Allowed);
        QVERIFY(!health.firesWhileClosed);

        const qsizetype before = notifyCalls().size();
        const ScheduledReminder reminder = reminderDueAt(7, now().addSecs(2));
        notifier.sync({reminder});
        notifier.sync({reminder});
        QCOMPARE(notifier.health().scheduledCount, 2);
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before); // not before its time

        QTRY_COMPARE_WITH_TIMEOUT(notifyCalls().size(), before + 1, 15000);
        const NotifyCall posted = notifyCalls().last();
        QCOMPARE(posted.appName(), QStringLiteral("Unknot"));
        QCOMPARE(posted.summary(), reminder.title);
        QCOMPARE(posted.body(), reminder.body); // dunst 1.9 announces no body-markup
        const QStringList actions{QStringLiteral("default"), QStringLiteral("Open"),
                                  QStringLiteral("start"),   QStringLiteral("Start now"),
                                  QStringLiteral("snooze"),  QStringLiteral("Snooze 10 min")};
        QCOMPARE(posted.actions, actions);
        QCOMPARE(posted.hints.value(QStringLiteral("desktop-entry")), QStringLiteral("app.unknot"));
        QCOMPARE(notifier.health().scheduledCount, 1);

        // The clock jumps forward (past the 15-minute grace), back by hours, and forward to
        // the occurrence again; the core syncs the same reminder after each change.
        m_clockOffsetMs += 20 * 60 * 1000;
        notifier.checkDue();
        m_clockOffsetMs -= 3 * 3600 * 1000;
        notifier.checkDue();
        notifier.sync({reminder});
        m_clockOffsetMs += 3 * 3600 * 1000 - 20 * 60 * 1000;
        notifier.checkDue();
        ScheduledReminder resynced = reminder;
        resynced.body = QStringLiteral("Mouse hand, before the afternoon");
        notifier.sync({resynced});
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before + 1);

        clickAction(QStringLiteral("start"));
        QVERIFY(sessionRequested.wait(10000));
        QCOMPARE(sessionRequested.first().first().toString(), techniqueId);

        // Clicking the notification itself opens the technique (dunst: action 0 is the first
        // shown notification's default action).
        QCOMPARE(QProcess::execute(QStringLiteral("dunstctl"),
                                   {QStringLiteral("action"), QStringLiteral("0")}),
                 0);
        QVERIFY(techniqueRequested.wait(10000));
        QCOMPARE(techniqueRequested.first().first().toString(), techniqueId);
        QCOMPARE(sessionRequested.size(), 1);
    }

    void snoozePostsOnceMoreTenMinutesLater()
    {
        DesktopReminderNotifier notifier(QDBusConnection::sessionBus(), clock());
        const qsizetype before = notifyCalls().size();
        const ScheduledReminder reminder = reminderDueAt(8, now().addSecs(1));
        notifier.sync({reminder});
        QTRY_COMPARE_WITH_TIMEOUT(notifyCalls().size(), before + 1, 15000);
        QCOMPARE(notifier.health().scheduledCount, 1); // next week's

        clickAction(QStringLiteral("snooze"));
        QTRY_COMPARE_WITH_TIMEOUT(notifier.health().scheduledCount, 2, 10000);
        m_clockOffsetMs += 9 * 60 * 1000;
        notifier.checkDue();
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before + 1);

        m_clockOffsetMs += 60 * 1000 + 500;
        notifier.checkDue();
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before + 2);
        QCOMPARE(notifyCalls().last().summary(), reminder.title);

        m_clockOffsetMs += 30 * 60 * 1000;
        notifier.checkDue();
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before + 2);
    }

    // The core's own clock check re-syncs once an occurrence is past, with a list that no
    // longer holds it; when that sync comes before the notifier's timer, it must still post.
    void anOccurrenceDroppedByAResyncAtItsTimeIsStillPosted()
    {
        DesktopReminderNotifier notifier(QDBusConnection::sessionBus(), clock());
        const qsizetype before = notifyCalls().size();
        const ScheduledReminder reminder = reminderDueAt(9, now().addSecs(3600));
        notifier.sync({reminder});
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before);

        m_clockOffsetMs += 3600 * 1000 + 10;
        ScheduledReminder resynced = reminder;
        resynced.fireTimes.removeFirst();
        notifier.sync({resynced});
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before + 1);
        QCOMPARE(notifyCalls().last().summary(), reminder.title);
    }

    // A timer set hours ahead misses suspend and clock changes: the notifier looks at the
    // clock at least every maxWakeInterval, and right at a nearer due time.
    void wakesAtTheDueTimeButAtLeastEvery30Seconds()
    {
        DesktopReminderNotifier notifier(QDBusConnection::sessionBus(), clock());
        QCOMPARE(notifier.msecsUntilNextCheck(), -1);
        notifier.sync({reminderDueAt(10, now().addSecs(3 * 3600))});
        const int maxWait =
            int(std::chrono::milliseconds(DesktopReminderNotifier::maxWakeInterval).count());
        QVERIFY(notifier.msecsUntilNextCheck() > maxWait - 1000);
        // A coarse timer: Qt may move it by up to 5%.
        QVERIFY(notifier.msecsUntilNextCheck() <= maxWait * 21 / 20);
        notifier.sync({reminderDueAt(10, now().addSecs(5))});
        QVERIFY(notifier.msecsUntilNextCheck() > 4000);
        QVERIFY(notifier.msecsUntilNextCheck() <= 5050 * 21 / 20);
        notifier.sync({});
        QCOMPARE(notifier.msecsUntilNextCheck(), -1);
    }

    // The app starts the notifier after its first frame: the bus is not touched before, and
    // an occurrence that came due in between is posted then, not lost.
    void anOccurrenceDueBeforeStartIsPostedOnStart()
    {
        int busAsked = 0;
        DesktopReminderNotifier notifier(DesktopReminderNotifier::BusProvider([&busAsked] {
                                             ++busAsked;
                                             return QDBusConnection::sessionBus();
                                         }),
                                         clock());
        const qsizetype before = notifyCalls().size();
        const ScheduledReminder reminder = reminderDueAt(11, now().addSecs(1));
        notifier.sync({reminder});
        QCOMPARE(notifier.health().notifications, ReminderHealth::State::NotAsked);
        QCOMPARE(notifier.health().scheduledCount, int(reminder.fireTimes.size())); // kept
        QCOMPARE(notifier.msecsUntilNextCheck(), -1); // no timer before start()
        m_clockOffsetMs += 2000; // due now, while the first frame is still being made
        notifier.checkDue();
        QVERIFY(barrier());
        QCOMPARE(notifyCalls().size(), before);
        QCOMPARE(busAsked, 0);

        notifier.start();
        QCOMPARE(busAsked, 1);
        QTRY_COMPARE_WITH_TIMEOUT(notifyCalls().size(), before + 1, 15000);
        QCOMPARE(notifier.health().notifications, ReminderHealth::State::Allowed);
        notifier.start();
        QCOMPARE(busAsked, 1);
    }

    // Through the core: a reminder saved in an earlier run reaches the deferred notifier when
    // the core starts, and is scheduled once the notifier starts.
    void aReminderSavedBeforeStartIsScheduledAfterTheFirstFrame()
    {
        QTemporaryDir dir;
        AppCore::Config config;
        config.databasePath = dir.filePath(QStringLiteral("unknot.sqlite"));
        config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppCore earlier(config);
            const QVariantMap everyDay{{QStringLiteral("minuteOfDay"), 9 * 60},
                                       {QStringLiteral("weekdays"), 127},
                                       {QStringLiteral("techniqueId"), QString()},
                                       {QStringLiteral("regionId"), QString()}};
            QCOMPARE(earlier.reminders()->save(everyDay), QVariantMap());
        }
        int busAsked = 0;
        DesktopReminderNotifier notifier(DesktopReminderNotifier::BusProvider([&busAsked] {
                                             ++busAsked;
                                             return QDBusConnection::sessionBus();
                                         }),
                                         clock());
        config.reminderNotifier = &notifier;
        AppCore core(config);
        QCOMPARE(busAsked, 0);
        QVERIFY(notifier.health().scheduledCount >= 1); // handed over, kept
        QCOMPARE(notifier.msecsUntilNextCheck(), -1);

        notifier.start();
        QCOMPARE(busAsked, 1);
        QVERIFY(notifier.health().scheduledCount >= 1);
        QVERIFY(notifier.msecsUntilNextCheck() >= 0); // the wake-up for it is set
    }

    void withoutAServiceRemindersAreDenied()
    {
        DesktopReminderNotifier notifier(QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("no-bus")));
        QCOMPARE(notifier.health().notifications, ReminderHealth::State::Denied);
        QVERIFY(!notifier.openSystemSetting(ReminderNotifier::SystemSetting::Notifications));
        bool answered = false, granted = true;
        notifier.requestPermission([&](bool g) {
            answered = true;
            granted = g;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!granted);
    }
};

QTEST_MAIN(TestDesktopReminders)
#include "tst_desktopreminders.moc"
