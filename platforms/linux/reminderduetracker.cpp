// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderduetracker.h"

#include <algorithm>

namespace unknot {

namespace {

bool sameReminder(const ScheduledReminder &a, const ScheduledReminder &b)
{
    return a.id == b.id && a.fireTimes == b.fireTimes && a.timeOfDay == b.timeOfDay &&
           a.weekdays == b.weekdays && a.title == b.title && a.body == b.body &&
           a.openLink == b.openLink && a.startLink == b.startLink;
}

constexpr qint64 toMs(std::chrono::milliseconds duration)
{
    return duration.count();
}

} // namespace

bool ReminderDueTracker::setReminders(const QList<ScheduledReminder> &reminders)
{
    const bool same = std::equal(reminders.begin(), reminders.end(), m_reminders.begin(),
                                 m_reminders.end(), sameReminder);
    if (same)
        return false;
    m_reminders = reminders;
    m_snoozes.removeIf([this](const Snooze &snooze) { return !reminder(snooze.reminderId); });
    return true;
}

const ScheduledReminder *ReminderDueTracker::reminder(qint64 id) const
{
    const auto it = std::find_if(m_reminders.cbegin(), m_reminders.cend(),
                                 [id](const ScheduledReminder &r) { return r.id == id; });
    return it == m_reminders.cend() ? nullptr : &*it;
}

void ReminderDueTracker::addSnooze(qint64 reminderId, const QDateTime &due)
{
    m_snoozes.append({reminderId, due.toUTC()});
}

QList<ReminderDueTracker::Due> ReminderDueTracker::takeDue(const QDateTime &nowUtc)
{
    if (!m_latestNow.isValid() || nowUtc > m_latestNow)
        m_latestNow = nowUtc;
    const QDateTime oldestToFire = nowUtc.addMSecs(-toMs(missedGrace));

    QList<Due> due;
    for (const ScheduledReminder &r : std::as_const(m_reminders)) {
        // Of several occurrences reached at once only the latest is worth a notification.
        QDateTime latest;
        for (const QDateTime &occurrence : r.fireTimes) {
            if (occurrence > nowUtc || isHandled(r.id, occurrence))
                continue;
            m_handled.insert({r.id, occurrence.toMSecsSinceEpoch()});
            if (occurrence >= oldestToFire && (!latest.isValid() || occurrence > latest))
                latest = occurrence;
        }
        if (latest.isValid())
            due.append({r.id, latest, false});
    }
    for (auto it = m_snoozes.begin(); it != m_snoozes.end();) {
        if (it->due > nowUtc) {
            ++it;
            continue;
        }
        if (it->due >= oldestToFire)
            due.append({it->reminderId, it->due, true});
        it = m_snoozes.erase(it);
    }
    forgetOldHandled();
    return due;
}

QDateTime ReminderDueTracker::nextDue() const
{
    QDateTime next;
    const auto consider = [&next](const QDateTime &candidate) {
        if (!next.isValid() || candidate < next)
            next = candidate;
    };
    for (const ScheduledReminder &r : m_reminders)
        for (const QDateTime &occurrence : r.fireTimes)
            if (!isHandled(r.id, occurrence))
                consider(occurrence);
    for (const Snooze &snooze : m_snoozes)
        consider(snooze.due);
    return next;
}

int ReminderDueTracker::pendingCount() const
{
    int count = int(m_snoozes.size());
    for (const ScheduledReminder &r : m_reminders)
        count += int(std::count_if(r.fireTimes.cbegin(), r.fireTimes.cend(),
                                   [&](const QDateTime &t) { return !isHandled(r.id, t); }));
    return count;
}

bool ReminderDueTracker::isHandled(qint64 reminderId, const QDateTime &occurrence) const
{
    if (m_handled.contains({reminderId, occurrence.toMSecsSinceEpoch()}))
        return true;
    // Older than anything still remembered: it was due long ago, whether or not it was seen.
    return m_latestNow.isValid() && occurrence < m_latestNow.addMSecs(-toMs(handledMemory));
}

void ReminderDueTracker::forgetOldHandled()
{
    const qint64 forgetBefore = m_latestNow.addMSecs(-toMs(handledMemory)).toMSecsSinceEpoch();
    m_handled.removeIf(
        [forgetBefore](const OccurrenceKey &key) { return key.second < forgetBefore; });
}

} // namespace unknot
