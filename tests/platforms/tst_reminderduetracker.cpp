// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop notifier posts as the wall clock moves: on time, once, and never again when
// the clock jumps.
#include "reminderduetracker.h"

#include <QTest>

using namespace unknot;

namespace {

const QDateTime monday0730 = QDateTime(QDate(2027, 3, 1), QTime(6, 30), Qt::UTC);

ScheduledReminder weekly(qint64 id, const QList<QDateTime> &fireTimes)
{
    ScheduledReminder reminder;
    reminder.id = id;
    reminder.fireTimes = fireTimes;
    reminder.timeOfDay = QTime(7, 30);
    reminder.weekdays = {1};
    reminder.title = QStringLiteral("Forearm flexor release — 6 min");
    reminder.openLink = QStringLiteral("unknot://technique/forearm-flexor-release");
    return reminder;
}

QList<qint64> ids(const QList<ReminderDueTracker::Due> &due)
{
    QList<qint64> result;
    for (const auto &d : due)
        result.append(d.reminderId);
    return result;
}

} // namespace

class TestReminderDueTracker : public QObject
{
    Q_OBJECT

private slots:
    void firesOnceWhenTheClockReachesIt()
    {
        ReminderDueTracker tracker;
        tracker.setReminders({weekly(1, {monday0730, monday0730.addDays(7)})});
        QVERIFY(tracker.takeDue(monday0730.addSecs(-1)).isEmpty());
        QCOMPARE(tracker.nextDue(), monday0730);
        const auto due = tracker.takeDue(monday0730);
        QCOMPARE(ids(due), QList<qint64>{1});
        QCOMPARE(due.first().occurrence, monday0730);
        QVERIFY(tracker.takeDue(monday0730.addSecs(1)).isEmpty());
        QVERIFY(tracker.takeDue(monday0730.addSecs(60)).isEmpty());
        QCOMPARE(tracker.nextDue(), monday0730.addDays(7));
        QCOMPARE(tracker.pendingCount(), 1);
    }

    void theSameListAgainChangesNothing()
    {
        ReminderDueTracker tracker;
        const QList<ScheduledReminder> list{weekly(1, {monday0730}), weekly(2, {monday0730})};
        QVERIFY(tracker.setReminders(list));
        QVERIFY(!tracker.setReminders(list));
        QCOMPARE(tracker.takeDue(monday0730).size(), 2);
        // The core syncing again after the occurrence fired does not bring it back.
        QVERIFY(!tracker.setReminders(list));
        QVERIFY(tracker.takeDue(monday0730.addSecs(5)).isEmpty());
        QList<ScheduledReminder> retitled = list;
        retitled[0].title = QStringLiteral("Thumb base release — 4 min");
        QVERIFY(tracker.setReminders(retitled));
        QVERIFY(tracker.takeDue(monday0730.addSecs(10)).isEmpty());
    }

    void aJumpForwardFiresARecentMissOnce()
    {
        ReminderDueTracker tracker;
        tracker.setReminders({weekly(1, {monday0730, monday0730.addDays(7)})});
        QVERIFY(tracker.takeDue(monday0730.addSecs(-30)).isEmpty());
        // Resumed from suspend 14 minutes after the reminder was due.
        const QDateTime resumed = monday0730.addSecs(14 * 60);
        QCOMPARE(ids(tracker.takeDue(resumed)), QList<qint64>{1});
        QVERIFY(tracker.takeDue(resumed.addSecs(30)).isEmpty());
    }

    void aJumpForwardSkipsAnOldMiss()
    {
        ReminderDueTracker tracker;
        tracker.setReminders({weekly(1, {monday0730, monday0730.addDays(7)})});
        QVERIFY(tracker.takeDue(monday0730.addSecs(-30)).isEmpty());
        const QDateTime resumed = monday0730.addSecs(16 * 60);
        QVERIFY(tracker.takeDue(resumed).isEmpty());
        QCOMPARE(tracker.pendingCount(), 1);
        QCOMPARE(tracker.nextDue(), monday0730.addDays(7));
    }

    void aJumpOverSeveralOccurrencesPostsOnlyTheLatest()
    {
        ReminderDueTracker tracker;
        const QDateTime a = monday0730, b = monday0730.addSecs(5 * 60);
        tracker.setReminders({weekly(1, {a, b})});
        const auto due = tracker.takeDue(b.addSecs(60));
        QCOMPARE(ids(due), QList<qint64>{1});
        QCOMPARE(due.first().occurrence, b);
        QCOMPARE(tracker.pendingCount(), 0);
    }

    void aJumpBackwardNeverFiresAgain()
    {
        ReminderDueTracker tracker;
        const QList<ScheduledReminder> list{weekly(1, {monday0730, monday0730.addDays(7)})};
        tracker.setReminders(list);
        QCOMPARE(tracker.takeDue(monday0730).size(), 1);
        // The clock is set back an hour and the core, seeing the change, syncs the occurrence
        // that lies "ahead" again.
        const QDateTime setBack = monday0730.addSecs(-3600);
        QVERIFY(tracker.takeDue(setBack).isEmpty());
        tracker.setReminders({weekly(1, {monday0730, monday0730.addDays(7)}), weekly(2, {})});
        QVERIFY(tracker.takeDue(monday0730).isEmpty());
        QVERIFY(tracker.takeDue(monday0730.addSecs(60)).isEmpty());
        // Set back by a day: still nothing, also after the handled set was pruned.
        QVERIFY(tracker.takeDue(monday0730.addDays(3)).isEmpty());
        QVERIFY(tracker.takeDue(monday0730.addSecs(-86400)).isEmpty());
        QVERIFY(tracker.takeDue(monday0730.addSecs(30)).isEmpty());
    }

    void aSnoozeFiresOnceAfterItsDelay()
    {
        ReminderDueTracker tracker;
        tracker.setReminders({weekly(1, {monday0730})});
        QCOMPARE(tracker.takeDue(monday0730).size(), 1);
        const QDateTime snoozeEnd = monday0730.addSecs(600);
        tracker.addSnooze(1, snoozeEnd);
        QCOMPARE(tracker.pendingCount(), 1);
        QCOMPARE(tracker.nextDue(), snoozeEnd);
        QVERIFY(tracker.takeDue(snoozeEnd.addSecs(-1)).isEmpty());
        const auto due = tracker.takeDue(snoozeEnd);
        QCOMPARE(ids(due), QList<qint64>{1});
        QVERIFY(due.first().snoozed);
        QVERIFY(tracker.takeDue(snoozeEnd.addSecs(60)).isEmpty());
        QCOMPARE(tracker.pendingCount(), 0);
    }

    void aDeletedReminderTakesItsSnoozeAlong()
    {
        ReminderDueTracker tracker;
        tracker.setReminders({weekly(1, {monday0730})});
        tracker.takeDue(monday0730);
        tracker.addSnooze(1, monday0730.addSecs(600));
        tracker.setReminders({});
        QCOMPARE(tracker.pendingCount(), 0);
        QVERIFY(tracker.takeDue(monday0730.addSecs(600)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReminderDueTracker)
#include "tst_reminderduetracker.moc"
