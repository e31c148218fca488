// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace unknot {

// When a weekly reminder fires: a local wall time on some local weekdays, in a time zone.
// Pure calculation on the zone's rules (tests/fixtures/reminders/schedule-cases.json holds the
// cases the Android Java calculator must agree with).
namespace ReminderSchedule {

// The instant a reminder set for `time` fires on the local day `date`:
// - a time the clocks skip that day (spring forward) fires once, at the first instant after
//   the jump (02:30 on 2027-03-28 in Europe/Berlin fires at 03:00 CEST);
// - a time that happens twice (fall back) fires once, at its first occurrence.
// Returned in UTC.
QDateTime fireInstant(QDate date, QTime time, const QTimeZone &zone);

// The next `count` instants (UTC, strictly ascending) strictly after `after` at which a rule
// for `time` on `weekdays` (bitmask: Monday = 1 .. Sunday = 64) fires in `zone`. Two days
// whose fire instants coincide (a skipped day meeting the next one) fire once. Empty when
// `weekdays` has no day or `time` is invalid.
QList<QDateTime> nextFireTimes(QTime time, int weekdays, const QTimeZone &zone,
                               const QDateTime &after, int count);

} // namespace ReminderSchedule
} // namespace unknot
