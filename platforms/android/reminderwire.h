// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/remindernotifier.h"

#include <QList>
#include <QString>

namespace unknot {

// The reminders as text for the Java side (app.unknot.ReminderSchedule documents the format),
// which keeps it and posts from it while Qt is not loaded. `zoneId`: the IANA zone the fire
// times were computed in, so Java can tell when the phone has moved to another one.
// Plain Qt Core: tests/platforms runs it on Linux and checks that Java reads it back.
QString reminderScheduleText(const QList<ScheduledReminder> &reminders, const QString &zoneId);

} // namespace unknot
