// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace unknot {

// One line of the user's plan: a technique (bundled or custom: keyed by its id), the side it is
// worked on and how often.
struct PlanEntry
{
    enum class Side { Both, Left, Right };
    enum class Frequency {
        Daily,        // every day
        TimesPerWeek, // `timesPerWeek` days a week, any days (due until that many are done)
        Weekdays,     // on the days of `weekdays`
    };

    qint64 id = 0; // 0 until stored
    QString techniqueId;
    Side side = Side::Both;
    Frequency frequency = Frequency::Daily;
    int timesPerWeek = 0; // 1 .. 7 for TimesPerWeek
    int weekdays = 0;     // bitmask, Monday = 1 .. Sunday = 64, for Weekdays
    QDate addedOn;        // local day it joined the plan: nothing is planned before it

    // Whether `day` is one of the chosen weekdays.
    bool onWeekday(QDate day) const { return weekdays & (1 << (day.dayOfWeek() - 1)); }
    // What is wrong with it, in plain words ("" when nothing is).
    QString problem() const;

    friend bool operator==(const PlanEntry &, const PlanEntry &) = default;
};

// The names the table and the plan file use: "both", "left", "right"; "daily", "weekly",
// "weekdays".
QString sideKey(PlanEntry::Side side);
std::optional<PlanEntry::Side> sideFromKey(const QString &key);
QString frequencyKey(PlanEntry::Frequency frequency);
std::optional<PlanEntry::Frequency> frequencyFromKey(const QString &key);

} // namespace unknot
