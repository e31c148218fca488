// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/remindernotifier.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <chrono>

namespace unknot {

// Decides, against the wall clock, which reminder occurrences are due now: each (reminder,
// occurrence) at most once, whatever the clock does. Knows nothing of D-Bus or timers: the
// desktop notifier asks it what to post each time it wakes up.
//
// - An occurrence is due once the clock has reached it. When the clock was not looked at for a
//   while (suspend, the clock set forward) an occurrence missed by at most missedGrace still
//   fires, once; an older one is skipped: a reminder to stretch an hour late is noise.
// - What fired or was skipped is remembered, so a clock set backward, or the core handing the
//   same occurrence again, never fires it a second time (for clock jumps back of up to
//   handledMemory).
class ReminderDueTracker
{
public:
    static constexpr std::chrono::minutes missedGrace{15};
    static constexpr std::chrono::hours handledMemory{48};

    struct Due
    {
        qint64 reminderId = 0;
        QDateTime occurrence; // UTC; for a snooze, the moment the snooze ends
        bool snoozed = false;
    };

    // Makes the tracked reminders equal to `reminders`; false when nothing changed. Snoozes of
    // reminders no longer in the list are dropped.
    bool setReminders(const QList<ScheduledReminder> &reminders);
    const ScheduledReminder *reminder(qint64 id) const;

    // Posts `reminderId` once more at `due` (UTC).
    void addSnooze(qint64 reminderId, const QDateTime &due);

    // What to post at `nowUtc`; each returned occurrence is never returned again.
    QList<Due> takeDue(const QDateTime &nowUtc);

    // The first occurrence or snooze not yet handled, or an invalid QDateTime when none.
    QDateTime nextDue() const;
    // Occurrences and snoozes not yet handled.
    int pendingCount() const;

private:
    struct Snooze
    {
        qint64 reminderId = 0;
        QDateTime due;
    };
    using OccurrenceKey = std::pair<qint64, qint64>; // reminder id, occurrence in ms since epoch

    bool isHandled(qint64 reminderId, const QDateTime &occurrence) const;
    void forgetOldHandled();

    QList<ScheduledReminder> m_reminders;
    QList<Snooze> m_snoozes;
    QSet<OccurrenceKey> m_handled;
    QDateTime m_latestNow; // the latest clock reading seen
};

} // namespace unknot
