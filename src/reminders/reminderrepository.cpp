// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderrepository.h"

#include "reminders/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

namespace {

constexpr char kColumns[] =
    "id, minute_of_day, weekdays, technique_id, region_id, label, enabled, skip_if_done, "
    "created_at, plan_target";

Reminder fromRow(const QSqlQuery &q)
{
    Reminder r;
    r.id = q.value(0).toLongLong();
    r.minuteOfDay = q.value(1).toInt();
    r.weekdays = q.value(2).toInt();
    r.techniqueId = q.value(3).toString();
    r.regionId = q.value(4).toString();
    r.label = q.value(5).toString();
    r.enabled = q.value(6).toBool();
    r.skipIfDone = q.value(7).toBool();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    // The table's CHECK admits only known names.
    r.plan = ReminderRules::planTargetFromName(q.value(9).toString())
                 .value_or(Reminder::PlanTarget::None);
    return r;
}

void bindFields(QSqlQuery &q, const Reminder &r)
{
    q.bindValue(QStringLiteral(":minute_of_day"), r.minuteOfDay);
    q.bindValue(QStringLiteral(":weekdays"), r.weekdays);
    // NOT NULL columns: a null QString would bind as NULL.
    q.bindValue(QStringLiteral(":technique_id"),
                r.techniqueId.isNull() ? QStringLiteral("") : r.techniqueId);
    q.bindValue(QStringLiteral(":region_id"),
                r.regionId.isNull() ? QStringLiteral("") : r.regionId);
    q.bindValue(QStringLiteral(":label"), r.label.isNull() ? QStringLiteral("") : r.label);
    q.bindValue(QStringLiteral(":enabled"), r.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":skip_if_done"), r.skipIfDone ? 1 : 0);
    q.bindValue(QStringLiteral(":plan_target"), ReminderRules::planTargetName(r.plan));
}

} // namespace

ReminderRepository::ReminderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ReminderRepository::fail(const QSqlQuery &query) const
{
    m_error = query.lastError().text();
    if (m_error.isEmpty())
        m_error = QStringLiteral("the reminders could not be read or written");
    qCWarning(lcReminders) << "reminders:" << m_error;
    return false;
}

QList<Reminder> ReminderRepository::all() const
{
    m_error.clear();
    QList<Reminder> reminders;
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM reminders ORDER BY id").arg(QLatin1String(kColumns)))) {
        fail(q);
        return reminders;
    }
    while (q.next())
        reminders << fromRow(q);
    return reminders;
}

std::optional<Reminder> ReminderRepository::byId(qint64 id) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM reminders WHERE id = :id").arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

qint64 ReminderRepository::add(const Reminder &reminder)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO reminders (id, minute_of_day, weekdays, technique_id, region_id, label, "
        "enabled, skip_if_done, created_at, plan_target) VALUES (:id, :minute_of_day, "
        ":weekdays, :technique_id, :region_id, :label, :enabled, :skip_if_done, :created_at, "
        ":plan_target)"));
    // NULL lets SQLite choose a new id.
    q.bindValue(QStringLiteral(":id"), reminder.id > 0 ? QVariant(reminder.id) : QVariant());
    bindFields(q, reminder);
    const QDateTime created =
        reminder.createdAt.isValid() ? reminder.createdAt : QDateTime::currentDateTimeUtc();
    q.bindValue(QStringLiteral(":created_at"), created.toMSecsSinceEpoch());
    if (!q.exec())
        return fail(q), 0;
    return q.lastInsertId().toLongLong();
}

bool ReminderRepository::addUnlessPresent(const Reminder &reminder)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO reminders (minute_of_day, weekdays, technique_id, region_id, label, "
        "enabled, skip_if_done, created_at, plan_target) SELECT :minute_of_day, :weekdays, "
        ":technique_id, :region_id, :label, :enabled, :skip_if_done, :created_at, :plan_target "
        "WHERE NOT EXISTS (SELECT 1 FROM reminders WHERE minute_of_day = :minute_of_day AND "
        "weekdays = :weekdays AND technique_id = :technique_id AND region_id = :region_id AND "
        "plan_target = :plan_target)"));
    bindFields(q, reminder);
    q.bindValue(QStringLiteral(":created_at"), reminder.createdAt.toMSecsSinceEpoch());
    return q.exec() || fail(q);
}

bool ReminderRepository::update(const Reminder &reminder)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE reminders SET minute_of_day = :minute_of_day, weekdays = :weekdays, "
                       "technique_id = :technique_id, region_id = :region_id, label = :label, "
                       "enabled = :enabled, skip_if_done = :skip_if_done, "
                       "plan_target = :plan_target WHERE id = :id"));
    bindFields(q, reminder);
    q.bindValue(QStringLiteral(":id"), reminder.id);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1) {
        m_error = QStringLiteral("no reminder %1").arg(reminder.id);
        return false;
    }
    return true;
}

bool ReminderRepository::setEnabled(qint64 id, bool enabled)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE reminders SET enabled = :enabled WHERE id = :id"));
    q.bindValue(QStringLiteral(":enabled"), enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(q);
    return q.numRowsAffected() == 1;
}

bool ReminderRepository::remove(qint64 id)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM reminders WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(q);
    return q.numRowsAffected() == 1;
}

bool ReminderRepository::hasCompletedSessionBetween(const QDateTime &fromUtc,
                                                    const QDateTime &toUtc) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE started_at >= :from_ms AND "
                             "started_at < :to_ms AND completed = 1 LIMIT 1"));
    q.bindValue(QStringLiteral(":from_ms"), fromUtc.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to_ms"), toUtc.toMSecsSinceEpoch());
    if (!q.exec())
        return fail(q);
    return q.next();
}

} // namespace unknot
