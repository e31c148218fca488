// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionrecovery.h"

#include "content/catalog.h"
#include "session/logging.h"
#include "session/sessionplan.h"
#include "storage/sessionrepository.h"

namespace unknot::SessionRecovery {

int closeUnfinished(SessionRepository &repository, const Catalog &catalog, const QDateTime &now)
{
    int closed = 0;
    for (SessionRecord r : repository.unfinished()) {
        qint64 doneMs = 0;
        if (const Technique *t = catalog.technique(r.techniqueId))
            doneMs = SessionPlan::build(*t).timedMs(r.stepsCompleted);
        r.endedAt = std::min(r.startedAt.addMSecs(doneMs), std::max(now, r.startedAt));
        r.completed = false;
        if (repository.update(r))
            ++closed;
        else
            qCWarning(lcSession).noquote()
                << "could not close an interrupted session:" << repository.errorText();
    }
    if (closed)
        qCInfo(lcSession) << "recovered" << closed << "interrupted session(s)";
    return closed;
}

} // namespace unknot::SessionRecovery
