// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A weekly reminder rule: a local wall time on some local weekdays. Computes fire instants the
 * way the C++ core does (src/reminders), so alarms re-armed without the app agree with it:
 * a wall time that does not exist that day (clocks jump forward) fires once, at the instant of
 * the jump; one that happens twice (clocks go back) fires once, at its first occurrence.
 * Plain java.time: runs (and is tested) without Android.
 */
public final class ReminderRule {
    private final LocalTime time;
    private final Set<DayOfWeek> days;

    public ReminderRule(LocalTime time, Set<DayOfWeek> days) {
        if (time == null || days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a reminder needs a time and at least one weekday");
        }
        this.time = time;
        this.days = EnumSet.copyOf(days);
    }

    public LocalTime time() {
        return time;
    }

    public Set<DayOfWeek> days() {
        return EnumSet.copyOf(days);
    }

    /** The first `count` fire instants strictly after `after`, in `zone`, ascending. */
    public List<Instant> next(ZoneId zone, Instant after, int count) {
        final ZoneRules rules = zone.getRules();
        final TreeSet<Instant> found = new TreeSet<>();
        // A day before `after`'s local date: a gap can move that day's time past `after`.
        LocalDate day = LocalDateTime.ofInstant(after, zone).toLocalDate().minusDays(1);
        // At least one matching day a week: count + 2 weeks hold `count` fire instants.
        for (int scanned = 0; scanned < 7 * (count + 2) + 2; ++scanned, day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            final Instant fire = resolve(rules, LocalDateTime.of(day, time));
            if (fire.isAfter(after)) {
                found.add(fire); // a set: two local days can meet at one instant (Apia 2011)
            }
        }
        final List<Instant> result = new ArrayList<>(found);
        return new ArrayList<>(result.subList(0, Math.min(count, result.size())));
    }

    private static Instant resolve(ZoneRules rules, LocalDateTime local) {
        final List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            // In a gap: the wall time never shows; fire when the clock jumps over it.
            final ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        // One offset, or two in an overlap: the earliest instant is the first occurrence.
        Instant first = null;
        for (ZoneOffset offset : offsets) {
            final Instant candidate = local.toInstant(offset);
            if (first == null || candidate.isBefore(first)) {
                first = candidate;
            }
        }
        return first;
    }
}
