// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionrecord.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace unknot {

// The one place that reads and writes the `sessions` table: its column list, how a record is
// bound to them and read back (by column name). Exports, the restore and the report use it.
// Every write is one transaction, committed or not at all, unless it says it joins the
// caller's.
class SessionRepository
{
public:
    explicit SessionRepository(QSqlDatabase db);

    // Returns the new id, or 0 when the write failed (errorText() says why).
    qint64 add(const SessionRecord &record);
    // Newest first.
    QList<SessionRecord> page(int offset, int limit) const;
    std::optional<SessionRecord> byId(qint64 id) const;
    int count() const;
    // Deletes one session; false when there was none (or the write failed).
    bool remove(qint64 id);
    // Puts back a removed session under its old id (undo).
    bool restore(const SessionRecord &record);
    // Writes the fields of an existing session that differ from what is stored (a running
    // session's progress, its end), and nothing when none does: the per-day and per-region
    // totals are recounted only when a field they depend on changed.
    bool update(const SessionRecord &record);
    // Sessions a run began and never ended (ended_at is NULL), oldest first.
    QList<SessionRecord> unfinished() const;
    // Every session, oldest first, one at a time (for exports); false when reading failed.
    bool forEachOldestFirst(const std::function<void(const SessionRecord &)> &visit) const;
    // Sessions with a note that started on local days from `from` to `to`, newest first.
    QList<SessionRecord> notedBetween(QDate from, QDate to, int limit) const;

    // For a restore that writes many tables in one transaction of its own:
    // a session of this technique started at this instant is already recorded (nullopt:
    // reading failed);
    std::optional<bool> containsStart(const QString &techniqueId, const QDateTime &startedAt) const;
    // adds a session (new id) as part of the caller's open transaction.
    qint64 addInOpenTransaction(const SessionRecord &record);

    QString errorText() const { return m_error; }

private:
    qint64 insert(const SessionRecord &record, bool keepId);
    qint64 insertRow(const SessionRecord &record, bool keepId);
    QList<SessionRecord> readAll(QSqlQuery &q) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
