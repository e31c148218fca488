// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The Android reminder logic that runs without Qt or Android (ReminderRule, ReminderSchedule,
 * AlarmPlan), on the Debian JDK. Arguments: the shared schedule fixture, and optionally a
 * schedule written by the C++ side (reminderwire.cpp) to check the two agree on the format.
 * Prints every failure; exits 1 if there was one.
 */
public final class ReminderLogicTest {
    private static int failures;
    private static int checks;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReminderLogicTest schedule-cases.json [cpp-wire.txt]");
            System.exit(2);
        }
        sharedFixture(args[0]);
        roundTrip();
        hostileText();
        if (args.length > 1) {
            writtenByCpp(args[1]);
        }
        postsEachOccurrenceOnce();
        clockSetBackPostsNothingAgain();
        missedOccurrences();
        storedTimesThenTheRule();
        movedToAnotherZone();
        snooze();
        System.out.println(checks + " checks, " + failures + " failures");
        System.exit(failures == 0 ? 0 : 1);
    }

    static void check(boolean ok, String what) {
        ++checks;
        if (!ok) {
            ++failures;
            System.out.println("FAIL: " + what);
        }
    }

    static void checkEqual(Object actual, Object expected, String what) {
        check(expected == null ? actual == null : expected.equals(actual),
                what + ": expected <" + expected + "> got <" + actual + ">");
    }

    // ---- the shared fixture: the same cases the C++ calculator runs

    @SuppressWarnings("unchecked")
    static void sharedFixture(String path) throws Exception {
        final Map<String, Object> root = (Map<String, Object>) MiniJson.parse(
                new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8));
        final List<Object> cases = (List<Object>) root.get("cases");
        check(cases != null && !cases.isEmpty(), "the fixture has cases");
        for (Object c : cases) {
            final Map<String, Object> tc = (Map<String, Object>) c;
            final String name = (String) tc.get("name");
            final EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Object d : (List<Object>) tc.get("days")) {
                days.add(weekday((String) d));
            }
            final ReminderRule rule =
                    new ReminderRule(LocalTime.parse((String) tc.get("time")), days);
            final List<Instant> expected = new ArrayList<>();
            for (Object e : (List<Object>) tc.get("expect")) {
                expected.add(OffsetDateTime.parse((String) e).toInstant());
            }
            final List<Instant> actual = rule.next(ZoneId.of((String) tc.get("zone")),
                    OffsetDateTime.parse((String) tc.get("after")).toInstant(), expected.size());
            checkEqual(actual, expected, "fixture case \"" + name + "\"");
        }
    }

    static DayOfWeek weekday(String name) {
        final List<String> names = Arrays.asList("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        final int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("fixture: unknown weekday " + name);
        }
        return DayOfWeek.of(index + 1);
    }

    // ---- the persisted schedule

    static final String AWKWARD = "tab\there, line\nbreak, cr\r, back\\slash, \\t literally — ü";

    static ReminderSchedule.Entry entry(
            long id, String time, EnumSet<DayOfWeek> days, List<Instant> fires, String startLink) {
        return new ReminderSchedule.Entry(id, new ReminderRule(LocalTime.parse(time), days), fires,
                "Forearm flexor release — 6 min", AWKWARD,
                "unknot://technique/forearm-flexor-release", startLink);
    }

    static void roundTrip() {
        final ReminderSchedule schedule = new ReminderSchedule("Europe/Berlin",
                Arrays.asList(entry(42, "07:30", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                      Arrays.asList(Instant.ofEpochMilli(1800000000000L),
                                              Instant.ofEpochMilli(1800345600000L)),
                                      "unknot://session/start?technique=forearm-flexor-release"),
                        entry(7, "00:00", EnumSet.of(DayOfWeek.SUNDAY), Collections.emptyList(),
                                "")));
        final ReminderSchedule back = ReminderSchedule.parse(schedule.serialize());
        checkEqual(back.zoneId, "Europe/Berlin", "round trip: zone");
        checkEqual(back.entries.size(), 2, "round trip: entries");
        for (int i = 0; i < 2; ++i) {
            final ReminderSchedule.Entry a = schedule.entries.get(i);
            final ReminderSchedule.Entry b = back.entries.get(i);
            checkEqual(b.id, a.id, "round trip: id");
            checkEqual(b.rule.time(), a.rule.time(), "round trip: time");
            checkEqual(b.rule.days(), a.rule.days(), "round trip: days");
            checkEqual(b.fireTimes, a.fireTimes, "round trip: fire times");
            checkEqual(b.title, a.title, "round trip: title");
            checkEqual(b.body, AWKWARD, "round trip: body with tabs, newlines, backslashes");
            checkEqual(b.openLink, a.openLink, "round trip: open link");
            checkEqual(b.startLink, a.startLink, "round trip: start link");
        }
    }

    static void hostileText() {
        final String good = "unknot-reminders\t1\tEurope/Berlin\n"
                + "1\t07:30\t1,3\t1800000000000\tT\tB\tunknot://technique/x\tunknot://session/start?technique=x\n";
        check(ReminderSchedule.parse(good).entries.size() == 1, "the valid sample parses");
        final String[][] bad = {
                {"", "empty text"},
                {"hello\t1\tEurope/Berlin\n", "wrong magic"},
                {"unknot-reminders\t2\tEurope/Berlin\n", "a future version"},
                {good.replace("07:30", "25:00"), "an impossible time"},
                {good.replace("07:30", "7:30"), "a malformed time"},
                {good.replace("\t1,3\t", "\t1,8\t"), "weekday 8"},
                {good.replace("\t1,3\t", "\t\t"), "no weekday"},
                {good.replace("1800000000000", "18e11"), "a malformed fire time"},
                {good.replace("1800000000000", "1800000000000,1700000000000"),
                        "fire times out of order"},
                {good.replace("unknot://technique/x", "https://example.com"), "a foreign link"},
                {good.replace("\tT\t", "\tT\\\t"), "a lone backslash"},
                {good.replace("\tT\t", "\tT\\q\t"), "an unknown escape"},
                {good.replace("\tB\t", "\t"), "a missing field"},
                {good.replace("1\t07:30", "x\t07:30"), "a non-numeric id"},
        };
        for (String[] c : bad) {
            try {
                ReminderSchedule.parse(c[0]);
                check(false, "rejects " + c[1]);
            } catch (IllegalArgumentException e) {
                check(e.getMessage() != null && !e.getMessage().isEmpty(),
                        "rejects " + c[1] + " with a message");
            }
        }
    }

    static void writtenByCpp(String path) throws Exception {
        final ReminderSchedule fromCpp = ReminderSchedule.parse(
                new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8));
        // What tests/platforms/reminderwire_sample.cpp writes.
        checkEqual(fromCpp.zoneId, "Europe/Berlin", "C++ wire: zone");
        checkEqual(fromCpp.entries.size(), 3, "C++ wire: entries");
        if (fromCpp.entries.size() != 3) {
            return;
        }
        final ReminderSchedule.Entry first = fromCpp.entries.get(0);
        checkEqual(first.id, 42L, "C++ wire: id");
        checkEqual(first.rule.time(), LocalTime.of(7, 30), "C++ wire: time");
        checkEqual(first.rule.days(),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                "C++ wire: days");
        checkEqual(first.fireTimes,
                Arrays.asList(OffsetDateTime.parse("2027-06-07T07:30:00+02:00").toInstant(),
                        OffsetDateTime.parse("2027-06-09T07:30:00+02:00").toInstant()),
                "C++ wire: fire times");
        checkEqual(first.title, "Forearm flexor release — 6 min", "C++ wire: title");
        checkEqual(first.body, AWKWARD, "C++ wire: body");
        checkEqual(first.openLink, "unknot://technique/forearm-flexor-release", "C++ wire: open");
        checkEqual(first.startLink, "unknot://session/start?technique=forearm-flexor-release",
                "C++ wire: start");
        final ReminderSchedule.Entry second = fromCpp.entries.get(1);
        checkEqual(second.id, 7L, "C++ wire: second id");
        checkEqual(second.fireTimes, Collections.emptyList(), "C++ wire: no fire times");
        checkEqual(second.startLink, "", "C++ wire: no start link");
        checkEqual(second.openLink, "unknot://bodymap", "C++ wire: body map link");
        // A plan reminder as the core's scheduler writes it: the tap opens My plan, the action
        // starts today's plan (the app's start check runs when the link arrives).
        final ReminderSchedule.Entry third = fromCpp.entries.get(2);
        checkEqual(third.id, 9L, "C++ wire: plan reminder id");
        checkEqual(third.title, "Today's plan", "C++ wire: plan title");
        checkEqual(third.openLink, "unknot://plan", "C++ wire: plan open link");
        checkEqual(third.startLink, "unknot://plan/start", "C++ wire: plan start link");
        checkEqual(third.rule.days(),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                "C++ wire: plan days");
    }

    // ---- what to post and when to wake

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MON_0730 = OffsetDateTime.parse("2027-06-07T07:30:00+02:00").toInstant();
    static final Instant NEXT_MON_0730 = MON_0730.plus(java.time.Duration.ofDays(7));

    static ReminderSchedule mondays(List<Instant> stored) {
        return new ReminderSchedule("Europe/Berlin",
                Collections.singletonList(
                        entry(1, "07:30", EnumSet.of(DayOfWeek.MONDAY), stored, "")));
    }

    static final List<AlarmPlan.Snooze> NO_SNOOZES = Collections.emptyList();

    static void postsEachOccurrenceOnce() {
        final ReminderSchedule s = mondays(Arrays.asList(MON_0730, NEXT_MON_0730));
        final Instant synced = MON_0730.minusSeconds(3600);
        checkEqual(AlarmPlan.nextAlarm(s, NO_SNOOZES, BERLIN, synced), MON_0730, "arms the first");
        checkEqual(AlarmPlan.due(s, NO_SNOOZES, BERLIN, synced, MON_0730.minusSeconds(1)).size(), 0,
                "nothing before its time");
        final List<AlarmPlan.Due> due = AlarmPlan.due(s, NO_SNOOZES, BERLIN, synced, MON_0730);
        checkEqual(due.size(), 1, "posts at its time");
        checkEqual(due.isEmpty() ? null : due.get(0).occurrence, MON_0730, "that occurrence");
        // The alarm is delivered twice (or the receiver runs again on a TIME_SET).
        checkEqual(AlarmPlan.due(s, NO_SNOOZES, BERLIN, MON_0730, MON_0730.plusSeconds(2)).size(),
                0, "posted once");
        checkEqual(AlarmPlan.nextAlarm(s, NO_SNOOZES, BERLIN, MON_0730), NEXT_MON_0730,
                "then arms next week's");
    }

    static void clockSetBackPostsNothingAgain() {
        final ReminderSchedule s = mondays(Arrays.asList(MON_0730, NEXT_MON_0730));
        final Instant setBack = MON_0730.minusSeconds(2 * 3600);
        checkEqual(AlarmPlan.due(s, NO_SNOOZES, BERLIN, MON_0730, setBack).size(), 0,
                "set back: nothing");
        checkEqual(AlarmPlan.due(s, NO_SNOOZES, BERLIN, MON_0730, MON_0730).size(), 0,
                "set back, then the occurrence again: nothing");
        checkEqual(AlarmPlan.due(s, NO_SNOOZES, BERLIN, MON_0730, MON_0730.plusSeconds(600)).size(),
                0, "set back, then past the occurrence: nothing");
    }

    static void missedOccurrences() {
        final ReminderSchedule s = mondays(Arrays.asList(MON_0730, NEXT_MON_0730));
        final Instant before = MON_0730.minusSeconds(60);
        checkEqual(
                AlarmPlan.due(s, NO_SNOOZES, BERLIN, before, MON_0730.plusSeconds(14 * 60)).size(),
                1, "missed by 14 min (phone was off): posted");
        checkEqual(
                AlarmPlan.due(s, NO_SNOOZES, BERLIN, before, MON_0730.plusSeconds(16 * 60)).size(),
                0, "missed by 16 min: skipped");
    }

    static void storedTimesThenTheRule() {
        // Today's skipped by the app ("already did a session today"): only next week's stored.
        final ReminderSchedule skipped = mondays(Collections.singletonList(NEXT_MON_0730));
        checkEqual(AlarmPlan.nextAlarm(skipped, NO_SNOOZES, BERLIN, MON_0730.minusSeconds(3600)),
                NEXT_MON_0730, "a skipped occurrence stays skipped");
        checkEqual(AlarmPlan.due(skipped, NO_SNOOZES, BERLIN, MON_0730.minusSeconds(60), MON_0730)
                           .size(),
                0, "and is not posted");
        // The app was not opened for weeks: the rule continues after the stored times.
        final Instant later = OffsetDateTime.parse("2027-06-21T07:30:00+02:00").toInstant();
        checkEqual(AlarmPlan.nextAlarm(skipped, NO_SNOOZES, BERLIN, NEXT_MON_0730), later,
                "after the stored times, the rule");
        checkEqual(AlarmPlan.due(skipped, NO_SNOOZES, BERLIN, NEXT_MON_0730, later).size(), 1,
                "and posts it");
    }

    static void movedToAnotherZone() {
        final ReminderSchedule s = mondays(Arrays.asList(MON_0730, NEXT_MON_0730));
        final ZoneId newYork = ZoneId.of("America/New_York");
        checkEqual(AlarmPlan.nextAlarm(s, NO_SNOOZES, newYork, MON_0730.minusSeconds(7200)),
                OffsetDateTime.parse("2027-06-07T07:30:00-04:00").toInstant(),
                "in another zone: 07:30 local there");
    }

    static void snooze() {
        final ReminderSchedule s = mondays(Arrays.asList(MON_0730, NEXT_MON_0730));
        final Instant end = MON_0730.plus(AlarmPlan.SNOOZE);
        final List<AlarmPlan.Snooze> snoozes =
                Collections.singletonList(new AlarmPlan.Snooze(1, end));
        checkEqual(AlarmPlan.nextAlarm(s, snoozes, BERLIN, MON_0730), end, "arms the snooze");
        checkEqual(AlarmPlan.due(s, snoozes, BERLIN, MON_0730, end).size(), 1, "posts it");
        checkEqual(AlarmPlan.due(s, snoozes, BERLIN, end, end.plusSeconds(5)).size(), 0, "once");
        checkEqual(AlarmPlan.pendingSnoozes(snoozes, end).size(), 0, "then forgets it");
        final ReminderSchedule deleted = new ReminderSchedule(
                "Europe/Berlin", Collections.<ReminderSchedule.Entry>emptyList());
        checkEqual(AlarmPlan.due(deleted, snoozes, BERLIN, MON_0730, end).size(), 0,
                "a deleted reminder's snooze posts nothing");
    }
}
