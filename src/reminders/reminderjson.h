// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace unknot {

// The "reminders" list of a JSON export (transfer/jsonexport.cpp, jsonimport.cpp): each
// reminder as {minuteOfDay, weekdays, techniqueId, regionId, label, enabled, skipIfDone,
// createdAt}, and a plan reminder's "plan": "open" (My plan) or "start" (start today's plan),
// with empty techniqueId and regionId. Older exports without label, skipIfDone or plan are read
// with "", false and no plan.
namespace ReminderJson {

// Every stored reminder, oldest first; nullopt (with `error`) when they cannot be read.
std::optional<QJsonArray> exportAll(QSqlDatabase db, QString *error);
// Reads and checks a whole list before anything is written; nullopt with `error` saying
// which reminder is wrong and how. Unknown technique ids are kept (a newer app's content);
// malformed ids, unknown regions and anything the editor would refuse are not.
std::optional<QList<Reminder>> parse(const QJsonArray &list, QString *error);
// Adds the reminders not already present (same time, days and target), inside the caller's
// transaction. False (with `error`) when a write failed; the caller rolls back.
bool merge(QSqlDatabase db, const QList<Reminder> &reminders, QString *error);

} // namespace ReminderJson
} // namespace unknot
