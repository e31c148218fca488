// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionrecorder.h"

#include "storage/sessionrepository.h"

namespace unknot {

SessionRecorder::SessionRecorder(SessionRepository *repository) : m_repository(repository) {}

const SessionRecord &SessionRecorder::record() const
{
    static const SessionRecord kNone;
    return m_rows.isEmpty() ? kNone : m_rows.last();
}

bool SessionRecorder::begin(const SessionRecord &record)
{
    SessionRecord row = record;
    row.endedAt = {}; // NULL marks it as still running
    row.id = m_repository->add(row);
    m_rows.append(row);
    return row.id > 0;
}

bool SessionRecorder::progress(int row, int stepsCompleted)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).stepsCompleted == stepsCompleted)
        return true;
    m_rows[row].stepsCompleted = stepsCompleted;
    return write(row);
}

bool SessionRecorder::end(int row, const QDateTime &endedAt, int stepsCompleted, bool completed,
                          bool stoppedForPain)
{
    if (row < 0 || row >= m_rows.size())
        return true;
    SessionRecord &r = m_rows[row];
    r.endedAt = endedAt;
    r.stepsCompleted = stepsCompleted;
    r.completed = completed;
    r.stoppedForPain = stoppedForPain;
    return write(row);
}

bool SessionRecorder::annotate(std::optional<int> painAfter, const QString &note)
{
    bool ok = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rows[row].painAfter = painAfter;
        m_rows[row].note = note.trimmed();
        ok = write(row) && ok;
    }
    return ok;
}

bool SessionRecorder::write(int row)
{
    const SessionRecord &r = m_rows.at(row);
    return r.id > 0 && m_repository->update(r);
}

QString SessionRecorder::errorText() const
{
    return m_repository->errorText();
}

} // namespace unknot
