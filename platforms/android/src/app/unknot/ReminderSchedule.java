// SPDX-License-Identifier: GPL-3.0-or-later
package app.unknot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * The reminders as the app last handed them over (C++ writes this text through JNI, see
 * platforms/android/reminderwire.cpp); kept as-is in SharedPreferences so the alarm receiver can
 * post notifications and re-arm without the Qt library. The format, UTF-8 text:
 *
 * <pre>
 * unknot-reminders TAB 1 TAB zone-id              (the zone the fire times were computed in)
 * id TAB HH:mm TAB days TAB fire-times TAB title TAB body TAB open-link TAB start-link
 * ...one line per reminder
 * </pre>
 *
 * days: ISO weekday numbers (1 = Monday) separated by commas; fire-times: epoch milliseconds
 * separated by commas, ascending, possibly none. In text fields a backslash, tab, newline and
 * carriage return are written as \\, \t, \n and \r.
 */
public final class ReminderSchedule {
    public static final String MAGIC = "unknot-reminders";
    public static final int VERSION = 1;

    /** One reminder. */
    public static final class Entry {
        public final long id;
        public final ReminderRule rule;
        public final List<Instant> fireTimes;
        public final String title;
        public final String body;
        public final String openLink;
        public final String startLink; // empty: no Start now action

        public Entry(long id, ReminderRule rule, List<Instant> fireTimes, String title, String body,
                String openLink, String startLink) {
            this.id = id;
            this.rule = rule;
            this.fireTimes = Collections.unmodifiableList(new ArrayList<>(fireTimes));
            this.title = title;
            this.body = body;
            this.openLink = openLink;
            this.startLink = startLink;
        }
    }

    public final String zoneId;
    public final List<Entry> entries;

    public ReminderSchedule(String zoneId, List<Entry> entries) {
        this.zoneId = zoneId;
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public Entry find(long id) {
        for (Entry entry : entries) {
            if (entry.id == id) {
                return entry;
            }
        }
        return null;
    }

    /** Reads the text; throws IllegalArgumentException naming the first problem. */
    public static ReminderSchedule parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no reminder schedule");
        }
        final String[] lines = text.split("\n", -1);
        final String[] header = lines[0].split("\t", -1);
        if (header.length != 3 || !header[0].equals(MAGIC)) {
            throw new IllegalArgumentException("not a reminder schedule");
        }
        if (!header[1].equals(Integer.toString(VERSION))) {
            throw new IllegalArgumentException("unknown reminder schedule version " + header[1]);
        }
        final List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.length; ++i) {
            if (lines[i].isEmpty()) {
                continue;
            }
            try {
                entries.add(parseEntry(lines[i]));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "reminder schedule line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new ReminderSchedule(header[2], entries);
    }

    public String serialize() {
        final StringBuilder out = new StringBuilder();
        out.append(MAGIC).append('\t').append(VERSION).append('\t').append(zoneId);
        for (Entry entry : entries) {
            out.append('\n').append(entry.id).append('\t');
            out.append(String.format(
                    "%02d:%02d", entry.rule.time().getHour(), entry.rule.time().getMinute()));
            out.append('\t');
            boolean first = true;
            for (DayOfWeek day : entry.rule.days()) {
                out.append(first ? "" : ",").append(day.getValue());
                first = false;
            }
            out.append('\t');
            first = true;
            for (Instant fire : entry.fireTimes) {
                out.append(first ? "" : ",").append(fire.toEpochMilli());
                first = false;
            }
            out.append('\t').append(escape(entry.title)).append('\t').append(escape(entry.body));
            out.append('\t').append(escape(entry.openLink));
            out.append('\t').append(escape(entry.startLink));
        }
        out.append('\n');
        return out.toString();
    }

    private static Entry parseEntry(String line) {
        final String[] f = line.split("\t", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException("expected 8 fields, found " + f.length);
        }
        final long id;
        try {
            id = Long.parseLong(f[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad reminder id \"" + f[0] + "\"");
        }
        if (!f[1].matches("\\d\\d:\\d\\d")) {
            throw new IllegalArgumentException("bad time \"" + f[1] + "\"");
        }
        final LocalTime time = LocalTime.parse(f[1]);
        final EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : f[2].split(",", -1)) {
            if (!day.matches("[1-7]")) {
                throw new IllegalArgumentException("bad weekday \"" + day + "\"");
            }
            days.add(DayOfWeek.of(Integer.parseInt(day)));
        }
        final List<Instant> fireTimes = new ArrayList<>();
        if (!f[3].isEmpty()) {
            for (String ms : f[3].split(",", -1)) {
                try {
                    fireTimes.add(Instant.ofEpochMilli(Long.parseLong(ms)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad fire time \"" + ms + "\"");
                }
            }
        }
        for (int i = 1; i < fireTimes.size(); ++i) {
            if (!fireTimes.get(i).isAfter(fireTimes.get(i - 1))) {
                throw new IllegalArgumentException("fire times out of order");
            }
        }
        final String openLink = unescape(f[6]);
        final String startLink = unescape(f[7]);
        if (!openLink.startsWith("unknot://")
                || !(startLink.isEmpty() || startLink.startsWith("unknot://"))) {
            throw new IllegalArgumentException("links must be unknot:// links");
        }
        return new Entry(id, new ReminderRule(time, days), fireTimes, unescape(f[4]),
                unescape(f[5]), openLink, startLink);
    }

    static String escape(String text) {
        final StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ++i) {
            final char c = text.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        final StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ++i) {
            final char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= text.length()) {
                throw new IllegalArgumentException("text ends in a lone backslash");
            }
            switch (text.charAt(i)) {
                case '\\':
                    out.append('\\');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                default:
                    throw new IllegalArgumentException("unknown escape \\" + text.charAt(i));
            }
        }
        return out.toString();
    }
}
