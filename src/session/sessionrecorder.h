// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionrecord.h"

#include <QList>

namespace unknot {

class SessionRepository;

// Keeps the history rows of the running session up to date: one row per region worked (a
// both-sides technique gives the left and the right region a row each, so each side's totals
// and pain trend see the work done there). A row is written when its side begins, updated as
// each of its steps completes and when it ends, so a kill loses at most the step in progress.
// Every write is one transaction (the repository's).
class SessionRecorder
{
public:
    explicit SessionRecorder(SessionRepository *repository);

    // Opens a new row (the caller ends the one before it first).
    bool begin(const SessionRecord &record);
    bool progress(int row, int stepsCompleted);
    bool end(int row, const QDateTime &endedAt, int stepsCompleted, bool completed,
             bool stoppedForPain);
    // The rating after and the note belong to the whole session: every row gets them.
    bool annotate(std::optional<int> painAfter, const QString &note);

    bool isRecording() const { return !m_rows.isEmpty() && m_rows.first().id > 0; }
    int rowCount() const { return int(m_rows.size()); }
    // The row opened last (an empty record before the steps begin).
    const SessionRecord &record() const;
    const QList<SessionRecord> &records() const { return m_rows; }
    QString errorText() const;

private:
    bool write(int row);

    SessionRepository *m_repository;
    QList<SessionRecord> m_rows;
};

} // namespace unknot
