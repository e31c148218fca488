// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionrecorder.h"

#include "storage/sessionrepository.h"

namespace unknot {

SessionRecorder::SessionRecorder(SessionRepository *repository) : m_repository(repository) {}

bool SessionRecorder::begin(const SessionRecord &record)
{
    m_record = record;
    m_record.id = 0;
    m_record.endedAt = {}; // NULL marks it as still running
    m_record.id = m_repository->add(m_record);
    return m_record.id > 0;
}

bool SessionRecorder::progress(int stepsCompleted)
{
    if (m_record.stepsCompleted == stepsCompleted)
        return true;
    m_record.stepsCompleted = stepsCompleted;
    return write();
}

bool SessionRecorder::end(const QDateTime &endedAt, int stepsCompleted, bool completed,
                          bool stoppedForPain)
{
    m_record.endedAt = endedAt;
    m_record.stepsCompleted = stepsCompleted;
    m_record.completed = completed;
    m_record.stoppedForPain = stoppedForPain;
    return write();
}

bool SessionRecorder::annotate(std::optional<int> painAfter, const QString &note)
{
    m_record.painAfter = painAfter;
    m_record.note = note.trimmed();
    return write();
}

bool SessionRecorder::write()
{
    return isRecording() && m_repository->update(m_record);
}

QString SessionRecorder::errorText() const
{
    return m_repository->errorText();
}

} // namespace unknot
