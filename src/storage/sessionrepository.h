// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionrecord.h"

#include <QList>
#include <QSqlDatabase>

namespace unknot {

// Reads and writes session records. Every write is one transaction, committed or not at all.
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
    // Rewrites every field of an existing session (a running session's progress, its end).
    bool update(const SessionRecord &record);
    // Sessions a run began and never ended (ended_at is NULL), oldest first.
    QList<SessionRecord> unfinished() const;
    QString errorText() const { return m_error; }

private:
    qint64 insert(const SessionRecord &record, bool keepId);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
