// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderschedule.h"

#include <limits>

namespace unknot::ReminderSchedule {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
// Zone offsets around a local day are looked up this far on either side: wide enough for a
// whole skipped day (Pacific/Apia, 2011-12-30) and the usual one- or half-hour shifts.
constexpr qint64 kLookAroundSeconds = 2 * kSecondsPerDay;

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

// The first instant in (from, to] whose offset differs from the one at `from`. Zone rules
// change offsets on whole seconds, so halving the interval down to one second finds it
// exactly, also where the platform's zone backend lists no transitions (Android's).
qint64 firstChangeAfter(const QTimeZone &zone, qint64 from, qint64 to)
{
    const int before = offsetAt(zone, from);
    while (to - from > 1) {
        const qint64 middle = from + (to - from) / 2;
        if (offsetAt(zone, middle) == before)
            from = middle;
        else
            to = middle;
    }
    return to;
}

} // namespace

QDateTime fireInstant(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall time read as if it were UTC; an offset `o` maps it to the instant local - o.
    const qint64 local = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const int earlier = offsetAt(zone, local - kLookAroundSeconds);
    const int later = offsetAt(zone, local + kLookAroundSeconds);

    // The wall time happens at `local - o` for each offset o in force at that instant; where
    // it happens twice (the clocks went back), the earlier instant is its first occurrence.
    qint64 best = std::numeric_limits<qint64>::max();
    for (const int offset : {earlier, later}) {
        const qint64 candidate = local - offset;
        if (offsetAt(zone, candidate) == offset)
            best = std::min(best, candidate);
    }
    if (best != std::numeric_limits<qint64>::max())
        return QDateTime::fromSecsSinceEpoch(best, Qt::UTC);

    // The clocks skipped this wall time: fire at the jump. Read with the offset before the
    // jump, the wall time lies after it, so the jump is the first change before that.
    return QDateTime::fromSecsSinceEpoch(
        firstChangeAfter(zone, local - kLookAroundSeconds, local - earlier), Qt::UTC);
}

QList<QDateTime> nextFireTimes(QTime time, int weekdays, const QTimeZone &zone,
                               const QDateTime &after, int count)
{
    QList<QDateTime> result;
    weekdays &= 0x7f;
    if (weekdays == 0 || !time.isValid() || !zone.isValid() || !after.isValid() || count <= 0)
        return result;
    // A skipped day can move a fire instant forward by at most a day, so starting a day
    // before `after`'s local date misses nothing.
    QDate day = after.toTimeZone(zone).date().addDays(-1);
    const qint64 afterMs = after.toMSecsSinceEpoch();
    qint64 lastMs = afterMs;
    result.reserve(count);
    // At least one day a week fires, so this ends; the bound guards against a broken zone.
    for (int step = 0; result.size() < count && step < (count + 2) * 7;
         ++step, day = day.addDays(1)) {
        if (!(weekdays & (1 << (day.dayOfWeek() - 1))))
            continue;
        const QDateTime fire = fireInstant(day, time, zone);
        if (fire.toMSecsSinceEpoch() > lastMs) {
            result.append(fire);
            lastMs = fire.toMSecsSinceEpoch();
        }
    }
    return result;
}

} // namespace unknot::ReminderSchedule
