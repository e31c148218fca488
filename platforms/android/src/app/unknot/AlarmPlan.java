// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the alarm receiver does, decided without Android: which reminders to post now and when
 * to wake next. The same rules as the desktop notifier: an occurrence is posted once; one missed
 * by at most MISSED_GRACE (phone off, clock set forward) is still posted, an older one is
 * skipped; `handledUpTo` (persisted) only moves forward, so a clock set back posts nothing twice.
 */
public final class AlarmPlan {
    public static final Duration MISSED_GRACE = Duration.ofMinutes(15);
    public static final Duration SNOOZE = Duration.ofMinutes(10);

    /** A snoozed reminder: posted again at `due`. */
    public static final class Snooze {
        public final long reminderId;
        public final Instant due;

        public Snooze(long reminderId, Instant due) {
            this.reminderId = reminderId;
            this.due = due;
        }
    }

    /** A notification to post. */
    public static final class Due {
        public final ReminderSchedule.Entry entry;
        public final Instant occurrence;

        Due(ReminderSchedule.Entry entry, Instant occurrence) {
            this.entry = entry;
            this.occurrence = occurrence;
        }
    }

    private AlarmPlan() {}

    /**
     * The reminders to post at `now`: per reminder its latest occurrence after `handledUpTo`,
     * at or before `now` and at most MISSED_GRACE old, and the snoozes in that same window.
     */
    public static List<Due> due(ReminderSchedule schedule, List<Snooze> snoozes, ZoneId zone,
            Instant handledUpTo, Instant now) {
        Instant from = now.minus(MISSED_GRACE);
        if (handledUpTo != null && handledUpTo.isAfter(from)) {
            from = handledUpTo;
        }
        final List<Due> due = new ArrayList<>();
        if (!now.isAfter(from)) {
            return due; // the clock was set back: everything up to handledUpTo was handled
        }
        for (ReminderSchedule.Entry entry : schedule.entries) {
            Instant latest = null;
            for (Instant occurrence : occurrencesAfter(schedule, entry, zone, from, 4)) {
                if (occurrence.isAfter(now)) {
                    break;
                }
                latest = occurrence;
            }
            if (latest != null) {
                due.add(new Due(entry, latest));
            }
        }
        for (Snooze snooze : snoozes) {
            final ReminderSchedule.Entry entry = schedule.find(snooze.reminderId);
            if (entry != null && snooze.due.isAfter(from) && !snooze.due.isAfter(now)) {
                due.add(new Due(entry, snooze.due));
            }
        }
        return due;
    }

    /** When to wake next: the first occurrence or snooze strictly after `after`; null: never. */
    public static Instant nextAlarm(
            ReminderSchedule schedule, List<Snooze> snoozes, ZoneId zone, Instant after) {
        Instant next = null;
        for (ReminderSchedule.Entry entry : schedule.entries) {
            final List<Instant> first = occurrencesAfter(schedule, entry, zone, after, 1);
            if (!first.isEmpty() && (next == null || first.get(0).isBefore(next))) {
                next = first.get(0);
            }
        }
        for (Snooze snooze : snoozes) {
            if (snooze.due.isAfter(after) && (next == null || snooze.due.isBefore(next))) {
                next = snooze.due;
            }
        }
        return next;
    }

    /** Snoozes still ahead of `now` (the rest have been posted or skipped). */
    public static List<Snooze> pendingSnoozes(List<Snooze> snoozes, Instant now) {
        final List<Snooze> pending = new ArrayList<>();
        for (Snooze snooze : snoozes) {
            if (snooze.due.isAfter(now)) {
                pending.add(snooze);
            }
        }
        return pending;
    }

    /**
     * Up to `count` occurrences of `entry` strictly after `after`: the ones the app computed
     * (they know "skip if I already did a session today"), then from the rule once they run
     * out. Computed in another zone (the phone moved) they are stale: then only the rule,
     * which keeps the local wall time in the new zone.
     */
    static List<Instant> occurrencesAfter(ReminderSchedule schedule, ReminderSchedule.Entry entry,
            ZoneId zone, Instant after, int count) {
        final List<Instant> result = new ArrayList<>();
        Instant ruleAfter = after;
        if (zone.getId().equals(schedule.zoneId) && !entry.fireTimes.isEmpty()) {
            for (Instant stored : entry.fireTimes) {
                if (stored.isAfter(after) && result.size() < count) {
                    result.add(stored);
                }
            }
            final Instant lastStored = entry.fireTimes.get(entry.fireTimes.size() - 1);
            if (lastStored.isAfter(ruleAfter)) {
                ruleAfter = lastStored;
            }
        }
        if (result.size() < count) {
            result.addAll(entry.rule.next(zone, ruleAfter, count - result.size()));
        }
        return result;
    }
}
