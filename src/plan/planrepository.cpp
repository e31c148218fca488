// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planrepository.h"

#include "plan/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace unknot {

namespace {

qint64 dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

// Writes as one transaction: `work` returns false to roll back.
template <typename Work> bool inTransaction(QSqlDatabase &db, QString *error, Work work)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool PlanRepository::fail(const QSqlQuery &query) const
{
    m_error = query.lastError().text();
    qCWarning(lcPlan).noquote() << "plan storage:" << m_error;
    return false;
}

QList<PlanEntry> PlanRepository::entries() const
{
    QList<PlanEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, technique_id, side, frequency, times_per_week,"
                               " weekdays, added_day FROM plan_entries ORDER BY position, id"))) {
        fail(q);
        return out;
    }
    while (q.next()) {
        PlanEntry e;
        e.id = q.value(0).toLongLong();
        e.techniqueId = q.value(1).toString();
        e.side = sideFromKey(q.value(2).toString()).value_or(PlanEntry::Side::Both);
        e.frequency = frequencyFromKey(q.value(3).toString()).value_or(PlanEntry::Frequency::Daily);
        e.timesPerWeek = q.value(4).toInt();
        e.weekdays = q.value(5).toInt();
        e.addedOn = QDate(1970, 1, 1).addDays(q.value(6).toLongLong());
        out.append(e);
    }
    return out;
}

qint64 PlanRepository::insert(const PlanEntry &e, int position)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO plan_entries (technique_id, side, frequency, times_per_week, weekdays,"
        " position, added_day) VALUES (:technique_id, :side, :frequency, :times_per_week,"
        " :weekdays, :position, :added_day)"));
    q.bindValue(QStringLiteral(":technique_id"), e.techniqueId);
    q.bindValue(QStringLiteral(":side"), sideKey(e.side));
    q.bindValue(QStringLiteral(":frequency"), frequencyKey(e.frequency));
    q.bindValue(QStringLiteral(":times_per_week"), e.timesPerWeek);
    q.bindValue(QStringLiteral(":weekdays"), e.weekdays);
    q.bindValue(QStringLiteral(":position"), position);
    q.bindValue(QStringLiteral(":added_day"), dayNumber(e.addedOn));
    if (!q.exec()) {
        fail(q);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 PlanRepository::add(const PlanEntry &entry)
{
    qint64 id = 0;
    inTransaction(m_db, &m_error, [&] {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(position) + 1, 0) FROM plan_entries")) ||
            !q.next())
            return fail(q);
        id = insert(entry, q.value(0).toInt());
        return id > 0;
    });
    return id;
}

bool PlanRepository::update(const PlanEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE plan_entries SET technique_id = :technique_id, side = :side,"
                             " frequency = :frequency, times_per_week = :times_per_week,"
                             " weekdays = :weekdays WHERE id = :id"));
    q.bindValue(QStringLiteral(":technique_id"), e.techniqueId);
    q.bindValue(QStringLiteral(":side"), sideKey(e.side));
    q.bindValue(QStringLiteral(":frequency"), frequencyKey(e.frequency));
    q.bindValue(QStringLiteral(":times_per_week"), e.timesPerWeek);
    q.bindValue(QStringLiteral(":weekdays"), e.weekdays);
    q.bindValue(QStringLiteral(":id"), e.id);
    if (!q.exec())
        return fail(q);
    return q.numRowsAffected() == 1;
}

bool PlanRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM plan_entries WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(q);
    return q.numRowsAffected() == 1;
}

bool PlanRepository::writePositions(const QList<qint64> &ids)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE plan_entries SET position = :position WHERE id = :id"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.bindValue(QStringLiteral(":position"), int(i));
        q.bindValue(QStringLiteral(":id"), ids.at(i));
        if (!q.exec())
            return fail(q);
    }
    return true;
}

bool PlanRepository::move(qint64 id, int index)
{
    QList<qint64> ids;
    for (const PlanEntry &e : entries())
        ids.append(e.id);
    const qsizetype from = ids.indexOf(id);
    if (from < 0 || index < 0 || index >= ids.size())
        return false;
    ids.move(from, index);
    return inTransaction(m_db, &m_error, [&] { return writePositions(ids); });
}

bool PlanRepository::replaceAll(const QList<PlanEntry> &entries)
{
    return inTransaction(m_db, &m_error, [&] { return replaceAllInOpenTransaction(entries); });
}

bool PlanRepository::replaceAllInOpenTransaction(const QList<PlanEntry> &entries)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM plan_entries")))
        return fail(q);
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (insert(entries.at(i), int(i)) <= 0)
            return false;
    return true;
}

QList<PlanActivity> PlanRepository::activityBetween(QDate from, QDate to) const
{
    QList<PlanActivity> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The UTC range (a day wider on each side than any time zone) lets the index on started_at
    // narrow the search; the local day the session started on decides.
    q.prepare(QStringLiteral(
        "SELECT technique_id, sides, (started_at + utc_offset_min * 60000) / 86400000"
        " FROM sessions WHERE completed = 1 AND started_at >= :from_ms AND started_at < :to_ms"
        " AND (started_at + utc_offset_min * 60000) / 86400000 BETWEEN :from AND :to"));
    q.bindValue(QStringLiteral(":from_ms"), (dayNumber(from) - 1) * 86400000);
    q.bindValue(QStringLiteral(":to_ms"), (dayNumber(to) + 2) * 86400000);
    q.bindValue(QStringLiteral(":from"), dayNumber(from));
    q.bindValue(QStringLiteral(":to"), dayNumber(to));
    if (!q.exec()) {
        fail(q);
        return out;
    }
    while (q.next()) {
        const QString technique = q.value(0).toString();
        const QDate day = QDate(1970, 1, 1).addDays(q.value(2).toLongLong());
        const QStringList sides = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (sides.isEmpty())
            out.append({technique, QString(), day});
        for (const QString &side : sides)
            out.append({technique, side.trimmed(), day});
    }
    return out;
}

qint64 PlanRepository::addRun(const QDateTime &startedAt, int techniques)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO plan_runs (started_at, utc_offset_min, techniques)"
                             " VALUES (:started_at, :utc_offset_min, :techniques)"));
    q.bindValue(QStringLiteral(":started_at"), startedAt.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":utc_offset_min"), startedAt.offsetFromUtc() / 60);
    q.bindValue(QStringLiteral(":techniques"), techniques);
    if (!q.exec()) {
        fail(q);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool PlanRepository::linkSession(qint64 sessionId, qint64 runId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO plan_run_sessions (session_id, plan_run_id)"
                             " VALUES (:session_id, :plan_run_id)"));
    q.bindValue(QStringLiteral(":session_id"), sessionId);
    q.bindValue(QStringLiteral(":plan_run_id"), runId);
    return q.exec() || fail(q);
}

QList<qint64> PlanRepository::sessionsOfRun(qint64 runId) const
{
    QList<qint64> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT session_id FROM plan_run_sessions"
                             " WHERE plan_run_id = :plan_run_id ORDER BY session_id"));
    q.bindValue(QStringLiteral(":plan_run_id"), runId);
    if (!q.exec()) {
        fail(q);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace unknot
