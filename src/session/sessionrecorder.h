// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionrecord.h"

namespace unknot {

class SessionRepository;

// Keeps the history row of the running session up to date: written when the steps begin,
// updated as each step completes and when the session ends, so a kill loses at most the step
// in progress. Every write is one transaction (the repository's).
class SessionRecorder
{
public:
    explicit SessionRecorder(SessionRepository *repository);

    bool begin(const SessionRecord &record);
    bool progress(int stepsCompleted);
    bool end(const QDateTime &endedAt, int stepsCompleted, bool completed, bool stoppedForPain);
    bool annotate(std::optional<int> painAfter, const QString &note);

    bool isRecording() const { return m_record.id > 0; }
    const SessionRecord &record() const { return m_record; }
    QString errorText() const;

private:
    bool write();

    SessionRepository *m_repository;
    SessionRecord m_record;
};

} // namespace unknot
