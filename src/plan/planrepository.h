// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planentry.h"
#include "plan/planschedule.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace unknot {

// The one place that reads and writes the plan's tables: `plan_entries` (the plan, in the
// user's order), `plan_runs` and `plan_run_sessions` (each back-to-back run and the sessions
// it recorded). It also reads, from `sessions`, the completed work the plan counts. Every
// write is one transaction; failures return false/0 and errorText() says why.
class PlanRepository
{
public:
    explicit PlanRepository(QSqlDatabase db);

    // In the user's order. Empty with errorText() set when the read failed.
    QList<PlanEntry> entries() const;
    // Adds at the end; returns the new id, or 0.
    qint64 add(const PlanEntry &entry);
    bool update(const PlanEntry &entry);
    bool remove(qint64 id);
    // Puts the entry `id` at `index` of the order (the others keep theirs).
    bool move(qint64 id, int index);
    // The imported plan takes the place of the whole plan, or nothing changes.
    bool replaceAll(const QList<PlanEntry> &entries);
    // The same as part of the caller's open transaction (a restore writes everything in one).
    bool replaceAllInOpenTransaction(const QList<PlanEntry> &entries);

    // Completed sessions that started on local days from `from` to `to`, as the plan counts
    // them (a row holding both sides counts for each).
    QList<PlanActivity> activityBetween(QDate from, QDate to) const;

    // A run of the plan began: returns its id, or 0.
    qint64 addRun(const QDateTime &startedAt, int techniques);
    bool linkSession(qint64 sessionId, qint64 runId);
    // The sessions a run recorded, in the order they were written.
    QList<qint64> sessionsOfRun(qint64 runId) const;

    QString errorText() const { return m_error; }

private:
    bool fail(const class QSqlQuery &query) const;
    bool writePositions(const QList<qint64> &ids);
    qint64 insert(const PlanEntry &entry, int position);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
