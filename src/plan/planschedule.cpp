// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planschedule.h"

#include <algorithm>

namespace unknot::PlanSchedule {

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

bool doneOn(const PlanEntry &entry, const QList<PlanActivity> &activity, QDate day)
{
    bool left = false;
    bool right = false;
    for (const PlanActivity &a : activity) {
        if (a.day != day || a.techniqueId != entry.techniqueId)
            continue;
        if (a.side.isEmpty())
            return true; // a centre area has no sides to tell apart
        left = left || a.side == QLatin1String("left");
        right = right || a.side == QLatin1String("right");
    }
    switch (entry.side) {
    case PlanEntry::Side::Left:
        return left;
    case PlanEntry::Side::Right:
        return right;
    case PlanEntry::Side::Both:
        break;
    }
    return left && right;
}

int daysDoneInWeek(const PlanEntry &entry, const QList<PlanActivity> &activity, QDate day)
{
    int done = 0;
    for (QDate d = mondayOf(day); d <= day; d = d.addDays(1))
        done += doneOn(entry, activity, d);
    return done;
}

Status statusOn(const PlanEntry &entry, const QList<PlanActivity> &activity, QDate today)
{
    if (doneOn(entry, activity, today))
        return Status::Done;
    switch (entry.frequency) {
    case PlanEntry::Frequency::Daily:
        return Status::Due;
    case PlanEntry::Frequency::Weekdays:
        return entry.onWeekday(today) ? Status::Due : Status::Rest;
    case PlanEntry::Frequency::TimesPerWeek:
        break;
    }
    return daysDoneInWeek(entry, activity, today) < entry.timesPerWeek ? Status::Due : Status::Rest;
}

Week weekAdherence(const QList<PlanEntry> &entries, const QList<PlanActivity> &activity,
                   QDate monday, QDate today)
{
    Week week{monday, 0, 0};
    const QDate sunday = monday.addDays(6);
    for (const PlanEntry &e : entries) {
        const QDate first = std::max(monday, e.addedOn.isValid() ? e.addedOn : monday);
        const QDate last = std::min(sunday, today); // days that have come
        if (first > sunday || first > today)
            continue;
        if (e.frequency == PlanEntry::Frequency::TimesPerWeek) {
            // An entry added mid-week is planned at most once for each day it had left.
            const int planned = int(std::min<qint64>(e.timesPerWeek, first.daysTo(sunday) + 1));
            int done = 0;
            for (QDate d = first; d <= last; d = d.addDays(1))
                done += doneOn(e, activity, d);
            week.planned += planned;
            week.done += std::min(done, planned);
            continue;
        }
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            if (e.frequency == PlanEntry::Frequency::Weekdays && !e.onWeekday(d))
                continue;
            ++week.planned;
            week.done += doneOn(e, activity, d);
        }
    }
    return week;
}

} // namespace unknot::PlanSchedule
