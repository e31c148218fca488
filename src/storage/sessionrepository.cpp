// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionrepository.h"

#include "storage/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace unknot {

namespace {

const char kColumns[] = "id, technique_id, region_id, sides, started_at, utc_offset_min, ended_at, "
                        "steps_completed, steps_total, completed, pain_before, pain_after, "
                        "stopped_for_pain, note";

QVariant optionalInt(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromStored(const QVariant &ms, int offsetMinutes)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone(offsetMinutes * 60));
}

SessionRecord readRecord(const QSqlQuery &q)
{
    SessionRecord r;
    r.id = q.value(0).toLongLong();
    r.techniqueId = q.value(1).toString();
    r.regionId = q.value(2).toString();
    r.sides = q.value(3).toString();
    const int offset = q.value(5).toInt();
    r.startedAt = fromStored(q.value(4), offset);
    r.endedAt = fromStored(q.value(6), offset);
    r.stepsCompleted = q.value(7).toInt();
    r.stepsTotal = q.value(8).toInt();
    r.completed = q.value(9).toBool();
    if (!q.value(10).isNull())
        r.painBefore = q.value(10).toInt();
    if (!q.value(11).isNull())
        r.painAfter = q.value(11).toInt();
    r.stoppedForPain = q.value(12).toBool();
    r.note = q.value(13).toString();
    return r;
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 SessionRepository::add(const SessionRecord &r)
{
    return insert(r, false);
}

qint64 SessionRepository::insert(const SessionRecord &r, bool keepId)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return 0;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (id, technique_id, region_id, sides, started_at, utc_offset_min, "
        "ended_at, steps_completed, steps_total, completed, pain_before, pain_after, "
        "stopped_for_pain, note) VALUES (:id, :technique_id, :region_id, :sides, :started_at, "
        ":utc_offset_min, :ended_at, :steps_completed, :steps_total, :completed, :pain_before, "
        ":pain_after, :stopped_for_pain, :note)"));
    // A NULL id lets SQLite choose the next one.
    q.bindValue(QStringLiteral(":id"),
                keepId ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":technique_id"), r.techniqueId);
    q.bindValue(QStringLiteral(":region_id"), r.regionId);
    q.bindValue(QStringLiteral(":sides"), nonNull(r.sides));
    q.bindValue(QStringLiteral(":started_at"), r.startedAt.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":utc_offset_min"), r.startedAt.offsetFromUtc() / 60);
    q.bindValue(QStringLiteral(":ended_at"), r.endedAt.isValid()
                                                 ? QVariant(r.endedAt.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":steps_completed"), r.stepsCompleted);
    q.bindValue(QStringLiteral(":steps_total"), r.stepsTotal);
    q.bindValue(QStringLiteral(":completed"), r.completed ? 1 : 0);
    q.bindValue(QStringLiteral(":pain_before"), optionalInt(r.painBefore));
    q.bindValue(QStringLiteral(":pain_after"), optionalInt(r.painAfter));
    q.bindValue(QStringLiteral(":stopped_for_pain"), r.stoppedForPain ? 1 : 0);
    q.bindValue(QStringLiteral(":note"), nonNull(r.note));
    if (!q.exec()) {
        m_error = q.lastError().text();
        m_db.rollback();
        qCWarning(lcStorage).noquote() << "saving a session failed:" << m_error;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return 0;
    }
    return id;
}

QList<SessionRecord> SessionRepository::page(int offset, int limit) const
{
    QList<SessionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sessions ORDER BY started_at DESC, id DESC "
                             "LIMIT :limit OFFSET :offset")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << readRecord(q);
    return out;
}

std::optional<SessionRecord> SessionRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM sessions WHERE id = :id").arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

int SessionRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SessionRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcStorage).noquote() << "deleting a session failed:" << m_error;
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SessionRepository::restore(const SessionRecord &record)
{
    return record.id > 0 && insert(record, true) == record.id;
}

bool SessionRepository::update(const SessionRecord &r)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sessions SET technique_id = :technique_id, region_id = :region_id, "
        "sides = :sides, started_at = :started_at, utc_offset_min = :utc_offset_min, "
        "ended_at = :ended_at, steps_completed = :steps_completed, steps_total = :steps_total, "
        "completed = :completed, pain_before = :pain_before, pain_after = :pain_after, "
        "stopped_for_pain = :stopped_for_pain, note = :note WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":technique_id"), r.techniqueId);
    q.bindValue(QStringLiteral(":region_id"), r.regionId);
    q.bindValue(QStringLiteral(":sides"), nonNull(r.sides));
    q.bindValue(QStringLiteral(":started_at"), r.startedAt.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":utc_offset_min"), r.startedAt.offsetFromUtc() / 60);
    q.bindValue(QStringLiteral(":ended_at"), r.endedAt.isValid()
                                                 ? QVariant(r.endedAt.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":steps_completed"), r.stepsCompleted);
    q.bindValue(QStringLiteral(":steps_total"), r.stepsTotal);
    q.bindValue(QStringLiteral(":completed"), r.completed ? 1 : 0);
    q.bindValue(QStringLiteral(":pain_before"), optionalInt(r.painBefore));
    q.bindValue(QStringLiteral(":pain_after"), optionalInt(r.painAfter));
    q.bindValue(QStringLiteral(":stopped_for_pain"), r.stoppedForPain ? 1 : 0);
    q.bindValue(QStringLiteral(":note"), nonNull(r.note));
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().isValid() ? q.lastError().text()
                                          : QStringLiteral("no session with id %1").arg(r.id);
        m_db.rollback();
        qCWarning(lcStorage).noquote() << "updating a session failed:" << m_error;
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QList<SessionRecord> SessionRepository::unfinished() const
{
    QList<SessionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sessions WHERE ended_at IS NULL ORDER BY id")
                    .arg(QLatin1String(kColumns)))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << readRecord(q);
    return out;
}

} // namespace unknot
