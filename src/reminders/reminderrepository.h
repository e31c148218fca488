// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace unknot {

// Reads and writes the `reminders` table. Each write is one statement: stored whole or not at
// all. Validation is the caller's (ReminderRules::check); the table's CHECKs are the last guard.
class ReminderRepository
{
public:
    explicit ReminderRepository(QSqlDatabase db);

    // Oldest first. An empty list with errorText() set when the read failed.
    QList<Reminder> all() const;
    std::optional<Reminder> byId(qint64 id) const;
    // Returns the new id, or 0 when the write failed. A reminder with an id keeps it (undo).
    qint64 add(const Reminder &reminder);
    // Restore: adds `reminder` under a new id unless one with the same time, days and target is
    // there already. False when the write failed.
    bool addUnlessPresent(const Reminder &reminder);
    bool update(const Reminder &reminder);
    bool setEnabled(qint64 id, bool enabled);
    // False when there was none (or the write failed).
    bool remove(qint64 id);
    // Whether a session that ended complete was started in [fromUtc, toUtc).
    bool hasCompletedSessionBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    QString errorText() const { return m_error; }

private:
    bool fail(const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
