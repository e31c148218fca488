// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/clearancerepository.h"

#include "safety/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

namespace {
RegionClearance fromRow(const QSqlQuery &q)
{
    RegionClearance c;
    c.regionId = q.value(0).toString();
    // The table's CHECK keeps the names known; an unknown one reads as "nothing recorded".
    c.clearance = clearanceFromName(q.value(1).toString()).value_or(Clearance::Unknown);
    c.clearedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.clearedBy = q.value(3).toString();
    c.note = q.value(4).toString();
    c.updatedAt = q.value(5).toLongLong();
    return c;
}
constexpr char kColumns[] = "region_id, clearance, cleared_on, cleared_by, note, updated_at";
} // namespace

ClearanceRepository::ClearanceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ClearanceRepository::fail(const QSqlQuery &query) const
{
    m_error = query.lastError().text();
    qCWarning(lcSafety).noquote() << "region_status:" << m_error;
    return false;
}

QList<RegionClearance> ClearanceRepository::all() const
{
    m_error.clear();
    QList<RegionClearance> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM region_status ORDER BY region_id")
                    .arg(QLatin1String(kColumns)))) {
        fail(q);
        return {};
    }
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<RegionClearance> ClearanceRepository::byRegion(const QString &regionId) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM region_status WHERE region_id = :region_id")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":region_id"), regionId);
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

bool ClearanceRepository::save(const RegionClearance &c)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO region_status (region_id, clearance, cleared_on, cleared_by, note,"
        " updated_at) VALUES (:region_id, :clearance, :cleared_on, :cleared_by, :note,"
        " :updated_at) ON CONFLICT (region_id) DO UPDATE SET clearance = excluded.clearance,"
        " cleared_on = excluded.cleared_on, cleared_by = excluded.cleared_by,"
        " note = excluded.note, updated_at = excluded.updated_at"));
    q.bindValue(QStringLiteral(":region_id"), c.regionId);
    q.bindValue(QStringLiteral(":clearance"), clearanceName(c.clearance));
    q.bindValue(QStringLiteral(":cleared_on"),
                c.clearedOn.isValid() ? c.clearedOn.toString(Qt::ISODate) : QStringLiteral(""));
    q.bindValue(QStringLiteral(":cleared_by"),
                c.clearedBy.isNull() ? QStringLiteral("") : c.clearedBy);
    q.bindValue(QStringLiteral(":note"), c.note.isNull() ? QStringLiteral("") : c.note);
    q.bindValue(QStringLiteral(":updated_at"), c.updatedAt);
    return q.exec() || fail(q);
}

bool ClearanceRepository::remove(const QString &regionId)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM region_status WHERE region_id = :region_id"));
    q.bindValue(QStringLiteral(":region_id"), regionId);
    return q.exec() || fail(q);
}

} // namespace unknot
