// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planentry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace unknot {

// A completed session as the plan counts it: its technique, the side it was worked on
// ("left", "right", or "" for a centre area) and the local day it started on (the app's one
// time rule: the calendar day where and when it happened, see ProgressQueries).
struct PlanActivity
{
    QString techniqueId;
    QString side;
    QDate day;
};

// What is due and done, per local day, and how well a week kept to the plan. Pure: the caller
// reads the sessions (PlanRepository) and says what day it is.
//
// Weeks run Monday to Sunday (ISO weeks), whatever the locale's first day: "n times a week"
// is due on any day until n days of that Monday-to-Sunday week have it done.
namespace PlanSchedule {

enum class Status {
    Due,  // still to do today
    Done, // done today
    Rest, // not today: not one of its days, or this week's times are done already
};

QDate mondayOf(QDate day);
// Whether `entry` was done on `day`: a completed session of its technique on its side (both
// sides: the left and the right that day, or a centre area).
bool doneOn(const PlanEntry &entry, const QList<PlanActivity> &activity, QDate day);
// Days of the Monday-to-Sunday week of `day`, up to and including `day`, with it done.
int daysDoneInWeek(const PlanEntry &entry, const QList<PlanActivity> &activity, QDate day);
// `activity` must cover at least the week of `today`.
Status statusOn(const PlanEntry &entry, const QList<PlanActivity> &activity, QDate today);

// Done against planned for one week, in entry-days: every day of a daily entry counts one,
// each chosen day of a weekdays entry one, an "n times" entry n (counting at most n done).
// Days before an entry was added, and days after `today`, are not planned (except the n of
// this week's "n times" entries, which are the week's target); an entry done on a day it was
// not planned for does not count.
struct Week
{
    QDate monday;
    int planned = 0;
    int done = 0;
};
Week weekAdherence(const QList<PlanEntry> &entries, const QList<PlanActivity> &activity,
                   QDate monday, QDate today);

} // namespace PlanSchedule

} // namespace unknot
