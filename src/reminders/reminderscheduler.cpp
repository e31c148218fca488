// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderscheduler.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "plan/planrepository.h"
#include "plan/planschedule.h"
#include "reminders/logging.h"
#include "reminders/reminderrepository.h"
#include "reminders/reminderschedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace unknot {

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("ReminderScheduler", text, nullptr, n);
}

bool sameSchedule(const QList<ScheduledReminder> &a, const QList<ScheduledReminder> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ScheduledReminder &x = a.at(i);
        const ScheduledReminder &y = b.at(i);
        if (x.id != y.id || x.fireTimes != y.fireTimes || x.timeOfDay != y.timeOfDay ||
            x.weekdays != y.weekdays || x.title != y.title || x.body != y.body ||
            x.openLink != y.openLink || x.startLink != y.startLink)
            return false;
    }
    return true;
}

} // namespace

ReminderScheduler::ReminderScheduler(const ReminderRepository *repository,
                                     const PlanRepository *plan, const Catalog *catalog,
                                     ReminderNotifier *notifier, QObject *parent)
    : QObject(parent), m_repository(repository), m_plan(plan), m_catalog(catalog),
      m_notifier(notifier), m_now([] { return QDateTime::currentDateTimeUtc(); }),
      m_zone([] { return QTimeZone::systemTimeZone(); })
{
    connect(&m_checkTimer, &QTimer::timeout, this, &ReminderScheduler::checkClock);
}

void ReminderScheduler::setClock(std::function<QDateTime()> now, std::function<QTimeZone()> zone)
{
    m_now = std::move(now);
    m_zone = std::move(zone);
}

void ReminderScheduler::startChecking(int intervalMs)
{
    m_checkTimer.start(intervalMs);
}

bool ReminderScheduler::sessionDoneToday() const
{
    const QTimeZone zone = m_zone();
    const QDate today = m_now().toTimeZone(zone).date();
    return m_repository->hasCompletedSessionBetween(
        ReminderSchedule::fireInstant(today, QTime(0, 0), zone),
        ReminderSchedule::fireInstant(today.addDays(1), QTime(0, 0), zone));
}

bool ReminderScheduler::planDoneToday() const
{
    if (!m_plan)
        return false;
    const QDate today = m_now().toTimeZone(m_zone()).date();
    const QList<PlanEntry> entries = m_plan->entries();
    if (!m_plan->errorText().isEmpty())
        return false; // unreadable: remind rather than stay silent
    const QList<PlanActivity> week = m_plan->activityBetween(PlanSchedule::mondayOf(today), today);
    if (!m_plan->errorText().isEmpty())
        return false;
    return std::none_of(entries.cbegin(), entries.cend(), [&](const PlanEntry &e) {
        return PlanSchedule::statusOn(e, week, today) == PlanSchedule::Status::Due;
    });
}

bool ReminderScheduler::skipsToday(const Reminder &reminder, DoneToday &cache) const
{
    if (!reminder.skipIfDone)
        return false;
    if (reminder.forPlan()) {
        if (!cache.plan)
            cache.plan = planDoneToday();
        return *cache.plan;
    }
    if (!cache.session)
        cache.session = sessionDoneToday();
    return *cache.session;
}

QList<QDateTime> ReminderScheduler::occurrences(const Reminder &reminder, int count,
                                                bool skipToday) const
{
    const QTimeZone zone = m_zone();
    const QDateTime now = m_now();
    QList<QDateTime> times = ReminderSchedule::nextFireTimes(
        reminder.timeOfDay(), reminder.weekdays, zone, now, count + (skipToday ? 1 : 0));
    if (skipToday) {
        const QDate today = now.toTimeZone(zone).date();
        times.removeIf([&](const QDateTime &t) { return t.toTimeZone(zone).date() == today; });
    }
    if (times.size() > count)
        times.resize(count);
    return times;
}

QList<ScheduledReminder> ReminderScheduler::build() const
{
    const QList<Reminder> reminders = m_repository->all();
    DoneToday doneToday;
    struct Candidate
    {
        ScheduledReminder scheduled;
        QList<QDateTime> times;
    };
    QList<Candidate> candidates;
    for (const Reminder &r : reminders) {
        if (!r.enabled)
            continue;
        Candidate c;
        c.times = occurrences(r, kMaxScheduled, skipsToday(r, doneToday));
        if (c.times.isEmpty())
            continue;
        ScheduledReminder &s = c.scheduled;
        s.id = r.id;
        s.timeOfDay = r.timeOfDay();
        s.weekdays = r.isoWeekdays();
        s.title = titleFor(r, m_catalog);
        s.body = bodyFor(r, m_catalog);
        s.openLink = openLinkFor(r);
        s.startLink = startLinkFor(r);
        candidates << c;
    }
    // Each reminder's next occurrence first (the soonest reminders when there are more than
    // the budget), then the soonest of all the others, so the OS always holds every reminder
    // and never more than kMaxScheduled notifications.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.times.first() < b.times.first();
    });
    if (candidates.size() > kMaxScheduled)
        candidates.resize(kMaxScheduled);
    QList<std::pair<QDateTime, qsizetype>> rest;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        candidates[i].scheduled.fireTimes << candidates.at(i).times.first().toUTC();
        for (qsizetype k = 1; k < candidates.at(i).times.size(); ++k)
            rest.append({candidates.at(i).times.at(k), i});
    }
    std::sort(rest.begin(), rest.end());
    const qsizetype budget = kMaxScheduled - candidates.size();
    for (qsizetype k = 0; k < std::min(budget, rest.size()); ++k)
        candidates[rest.at(k).second].scheduled.fireTimes << rest.at(k).first.toUTC();

    QList<ScheduledReminder> result;
    for (const Candidate &c : std::as_const(candidates))
        result << c.scheduled;
    std::sort(result.begin(), result.end(),
              [](const ScheduledReminder &a, const ScheduledReminder &b) { return a.id < b.id; });
    return result;
}

QDateTime ReminderScheduler::nextFire(const Reminder &reminder) const
{
    if (!reminder.enabled)
        return {};
    DoneToday doneToday;
    const QList<QDateTime> times = occurrences(reminder, 1, skipsToday(reminder, doneToday));
    return times.isEmpty() ? QDateTime() : times.first().toTimeZone(m_zone());
}

void ReminderScheduler::sync()
{
    m_lastSynced = build();
    m_syncedOnce = true;
    int count = 0;
    for (const ScheduledReminder &s : std::as_const(m_lastSynced))
        count += int(s.fireTimes.size());
    qCInfo(lcReminders) << "sync:" << m_lastSynced.size() << "reminders," << count << "occurrences";
    if (m_notifier)
        m_notifier->sync(m_lastSynced);
    emit synced();
}

void ReminderScheduler::checkClock()
{
    if (!m_syncedOnce || !sameSchedule(build(), m_lastSynced))
        sync();
}

QString ReminderScheduler::titleFor(const Reminder &reminder, const Catalog *catalog)
{
    if (reminder.forPlan())
        return translated("Today's plan");
    if (!reminder.techniqueId.isEmpty()) {
        const Technique *technique = catalog ? catalog->technique(reminder.techniqueId) : nullptr;
        if (technique) {
            const int minutes =
                std::max(1, int(std::lround(technique->totalMilliseconds() / 60000.0)));
            return translated("%1 — %n min", minutes).arg(technique->title);
        }
    } else if (!reminder.regionId.isEmpty() && Regions::isKnownId(reminder.regionId)) {
        return Regions::displayName(reminder.regionId);
    }
    return translated("Time for your release work");
}

QString ReminderScheduler::bodyFor(const Reminder &reminder, const Catalog *catalog)
{
    if (!reminder.label.isEmpty())
        return reminder.label;
    if (reminder.plan == Reminder::PlanTarget::Open)
        return translated("Your reminder to do today's plan. Tap to open it, or start now.");
    if (reminder.plan == Reminder::PlanTarget::Start)
        return translated("Your reminder to do today's plan. Tap to start it.");
    if (!reminder.techniqueId.isEmpty() && catalog && catalog->hasTechnique(reminder.techniqueId))
        return translated("Your reminder to do this release. Tap to open it, or start now.");
    if (!reminder.regionId.isEmpty())
        return translated("Your reminder to work on this region. Tap to choose a technique.");
    return translated("Your reminder to do some release work. Tap to choose where.");
}

QString ReminderScheduler::openLinkFor(const Reminder &reminder)
{
    if (reminder.plan == Reminder::PlanTarget::Open)
        return QStringLiteral("unknot://plan");
    if (reminder.plan == Reminder::PlanTarget::Start)
        return QStringLiteral("unknot://plan/start");
    if (!reminder.techniqueId.isEmpty())
        return QStringLiteral("unknot://technique/") + reminder.techniqueId;
    if (!reminder.regionId.isEmpty())
        return QStringLiteral("unknot://region/") + reminder.regionId;
    return QStringLiteral("unknot://bodymap");
}

QString ReminderScheduler::startLinkFor(const Reminder &reminder)
{
    // A reminder that starts the plan when tapped needs no second button doing the same.
    if (reminder.plan == Reminder::PlanTarget::Open)
        return QStringLiteral("unknot://plan/start");
    if (reminder.forPlan() || reminder.techniqueId.isEmpty())
        return {};
    return QStringLiteral("unknot://session/start?technique=") + reminder.techniqueId;
}

} // namespace unknot
