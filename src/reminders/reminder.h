// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace unknot {

class Catalog;

// One weekly reminder, as stored in the `reminders` table.
struct Reminder
{
    qint64 id = 0;       // 0 until stored
    int minuteOfDay = 0; // local wall time, 0 .. 1439
    int weekdays = 0;    // bitmask: Monday = 1, Tuesday = 2 .. Sunday = 64
    // What tapping it opens: the user's plan (then no technique or region), else a technique
    // (the region, if any, is where its session is recorded), else a region, else (all empty)
    // the body map.
    enum class PlanTarget {
        None,
        Open,  // opens My plan; the notification's "Start now" starts today's plan
        Start, // starts today's plan at once (through the same start check as its Start button)
    };
    PlanTarget plan = PlanTarget::None;
    QString techniqueId;
    QString regionId;
    QString label; // the user's own words, may be empty
    bool enabled = true;
    // Skip today's when a session was already done today; for the plan, when nothing of
    // today's plan is still due.
    bool skipIfDone = false;
    QDateTime createdAt;

    bool forPlan() const { return plan != PlanTarget::None; }
    QTime timeOfDay() const { return QTime(minuteOfDay / 60, minuteOfDay % 60); }
    // ISO weekday numbers (1 = Monday .. 7 = Sunday) of `weekdays`, ascending.
    QList<int> isoWeekdays() const;

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

// What is wrong with a reminder, field by field, in plain words. Empty strings: nothing.
struct ReminderProblems
{
    QString time;
    QString weekdays;
    QString target; // what it opens
    QString label;

    bool isEmpty() const
    {
        return time.isEmpty() && weekdays.isEmpty() && target.isEmpty() && label.isEmpty();
    }
    // All of them, one sentence each, for a single message.
    QString text() const;
};

namespace ReminderRules {

inline constexpr int kAllWeekdays = 127;
inline constexpr int kMaxLabelLength = 80;

// Checks a reminder before it is saved. `catalog` (may be null: shape checks only) is asked
// whether its technique exists; regions are checked against the known region ids.
ReminderProblems check(const Reminder &reminder, const Catalog *catalog);
// The shape of ids that may appear in links and files: lowercase words joined by hyphens.
bool isWellFormedId(const QString &id);
// How a plan target is written in the database, drafts and backups: "", "open", "start".
QString planTargetName(Reminder::PlanTarget target);
// Nullopt for a name that is none of those.
std::optional<Reminder::PlanTarget> planTargetFromName(const QString &name);

} // namespace ReminderRules
} // namespace unknot
