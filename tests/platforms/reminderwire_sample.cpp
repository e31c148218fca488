// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a known reminder list in the Android hand-over format (platforms/android/reminderwire)
// to the file named by the first argument; ReminderLogicTest.java reads it back and checks each
// field, so the C++ writer and the Java reader cannot drift apart.
#include "reminders/reminderscheduler.h"
#include "reminderwire.h"

#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace unknot;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: reminderwire_sample <output file>\n");
        return 2;
    }
    const QTimeZone berlin("Europe/Berlin");
    ScheduledReminder first;
    first.id = 42;
    first.fireTimes = {QDateTime(QDate(2027, 6, 7), QTime(7, 30), berlin).toUTC(),
                       QDateTime(QDate(2027, 6, 9), QTime(7, 30), berlin).toUTC()};
    first.timeOfDay = QTime(7, 30);
    first.weekdays = {5, 1, 3, 3}; // unordered, repeated: written sorted and once
    first.title = QStringLiteral("Forearm flexor release — 6 min");
    first.body = QStringLiteral("tab\there, line\nbreak, cr\r, back\\slash, \\t literally — ü");
    first.openLink = QStringLiteral("unknot://technique/forearm-flexor-release");
    first.startLink = QStringLiteral("unknot://session/start?technique=forearm-flexor-release");
    ScheduledReminder second;
    second.id = 7;
    second.timeOfDay = QTime(0, 0);
    second.weekdays = {7};
    second.title = QStringLiteral("Body map");
    second.openLink = QStringLiteral("unknot://bodymap");

    // A reminder for the plan, with the title and links the core's scheduler gives it: tapping
    // opens My plan, "Start now" starts today's plan.
    Reminder forPlan;
    forPlan.plan = Reminder::PlanTarget::Open;
    ScheduledReminder third;
    third.id = 9;
    third.timeOfDay = QTime(18, 0);
    third.weekdays = {1, 2, 3, 4, 5};
    third.title = ReminderScheduler::titleFor(forPlan, nullptr);
    third.body = ReminderScheduler::bodyFor(forPlan, nullptr);
    third.openLink = ReminderScheduler::openLinkFor(forPlan);
    third.startLink = ReminderScheduler::startLinkFor(forPlan);

    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "reminderwire_sample: cannot write %s\n", argv[1]);
        return 1;
    }
    out.write(
        reminderScheduleText({first, second, third}, QStringLiteral("Europe/Berlin")).toUtf8());
    return out.error() == QFile::NoError ? 0 : 1;
}
