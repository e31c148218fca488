// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/healthanswerrepository.h"

#include "safety/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

HealthAnswerRepository::HealthAnswerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool HealthAnswerRepository::fail(const QSqlQuery &query) const
{
    m_error = query.lastError().text();
    qCWarning(lcSafety).noquote() << "health_answers:" << m_error;
    return false;
}

std::optional<QStringList> HealthAnswerRepository::ticked() const
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT flag FROM health_answers ORDER BY flag"))) {
        fail(q);
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<QList<HealthAnswerRepository::Answer>> HealthAnswerRepository::answers() const
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT flag, answered_at FROM health_answers ORDER BY flag"))) {
        fail(q);
        return std::nullopt;
    }
    QList<Answer> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

bool HealthAnswerRepository::setTicked(const QString &flag, bool ticked, qint64 atMs)
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (ticked) {
        // Ticking again keeps the first date: that is when the user first said so.
        q.prepare(QStringLiteral("INSERT INTO health_answers (flag, answered_at)"
                                 " VALUES (:flag, :answered_at) ON CONFLICT (flag) DO NOTHING"));
        q.bindValue(QStringLiteral(":answered_at"), atMs);
    } else {
        q.prepare(QStringLiteral("DELETE FROM health_answers WHERE flag = :flag"));
    }
    q.bindValue(QStringLiteral(":flag"), flag);
    return q.exec() || fail(q);
}

} // namespace unknot
