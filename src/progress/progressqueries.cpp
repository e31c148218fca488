// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressqueries.h"

#include "progress/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace unknot {

namespace {
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
} // namespace

ProgressQueries::ProgressQueries(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 ProgressQueries::dayNumber(QDate day)
{
    return day.isValid() ? day.toJulianDay() - kEpochJulianDay : 0;
}

QDate ProgressQueries::dateOf(qint64 dayNumber)
{
    return QDate::fromJulianDay(dayNumber + kEpochJulianDay);
}

ProgressQueries::Stamp ProgressQueries::stamp() const
{
    Stamp s;
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || !handle.constData())
        return s; // never equal to a stamp taken on an open connection
    s.connection = *static_cast<const void *const *>(handle.constData());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        s.changes = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        s.dataVersion = q.value(0).toLongLong();
    return s;
}

ProgressQueries::Streaks ProgressQueries::streaks(QDate today) const
{
    // Gaps and islands: along consecutive days, day - row_number() stays the same.
    Streaks s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), MAX(day) FROM (SELECT day, day - ROW_NUMBER() OVER (ORDER BY day) AS "
        "island FROM daily_activity WHERE completed > 0 AND day <= :today) GROUP BY island"));
    q.bindValue(QStringLiteral(":today"), dayNumber(today));
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcProgress).noquote() << "streaks:" << m_error;
        return s;
    }
    const qint64 todayNumber = dayNumber(today);
    while (q.next()) {
        const int length = q.value(0).toInt();
        const qint64 last = q.value(1).toLongLong();
        s.best = std::max(s.best, length);
        if (last >= todayNumber - 1)
            s.current = length;
    }
    return s;
}

QList<int> ProgressQueries::weeklyCompleted(QDate today, int weeks) const
{
    QList<int> counts(weeks, 0);
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (day - :from) / 7, SUM(completed) FROM daily_activity "
                             "WHERE day BETWEEN :from AND :to GROUP BY 1"));
    q.bindValue(QStringLiteral(":from"), dayNumber(firstMonday));
    q.bindValue(QStringLiteral(":to"), dayNumber(firstMonday) + 7 * weeks - 1);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return counts;
    }
    while (q.next()) {
        const int week = q.value(0).toInt();
        if (week >= 0 && week < weeks)
            counts[week] = q.value(1).toInt();
    }
    return counts;
}

QList<ProgressQueries::DayCount> ProgressQueries::activeDays(QDate from, QDate to) const
{
    QList<DayCount> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, completed FROM daily_activity "
                             "WHERE day BETWEEN :from AND :to AND completed > 0 ORDER BY day"));
    q.bindValue(QStringLiteral(":from"), dayNumber(from));
    q.bindValue(QStringLiteral(":to"), dayNumber(to));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({dateOf(q.value(0).toLongLong()), q.value(1).toInt()});
    return out;
}

namespace {
ProgressQueries::RegionSummary readSummary(const QSqlQuery &q)
{
    ProgressQueries::RegionSummary r;
    r.regionId = q.value(0).toString();
    r.sessions = q.value(1).toInt();
    r.completed = q.value(2).toInt();
    r.rated = q.value(3).toInt();
    if (r.rated > 0)
        r.averageChange = q.value(4).toDouble() / r.rated;
    return r;
}
const char kSummaryColumns[] = "region_id, sessions, completed, rated, change_sum";
} // namespace

QList<ProgressQueries::RegionSummary> ProgressQueries::regionSummaries() const
{
    QList<RegionSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM region_activity ORDER BY sessions DESC, region_id")
                    .arg(QLatin1String(kSummaryColumns)))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << readSummary(q);
    return out;
}

std::optional<ProgressQueries::RegionSummary>
ProgressQueries::regionSummary(const QString &regionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM region_activity WHERE region_id = :region")
                  .arg(QLatin1String(kSummaryColumns)));
    q.bindValue(QStringLiteral(":region"), regionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSummary(q);
}

QList<ProgressQueries::RegionInPeriod> ProgressQueries::regionsBetween(QDate from, QDate to) const
{
    QList<RegionInPeriod> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The UTC range (a day wider on each side than any time zone) lets the index on started_at
    // narrow the search; the local day the session started on decides.
    q.prepare(QStringLiteral(
        "SELECT region_id, COUNT(*), AVG(pain_before), AVG(pain_after) FROM sessions "
        "WHERE started_at >= :from_ms AND started_at < :to_ms AND "
        "(started_at + utc_offset_min * 60000) / 86400000 BETWEEN :from AND :to "
        "GROUP BY region_id ORDER BY COUNT(*) DESC, region_id"));
    q.bindValue(QStringLiteral(":from_ms"), (dayNumber(from) - 1) * 86400000);
    q.bindValue(QStringLiteral(":to_ms"), (dayNumber(to) + 2) * 86400000);
    q.bindValue(QStringLiteral(":from"), dayNumber(from));
    q.bindValue(QStringLiteral(":to"), dayNumber(to));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    const auto average = [](const QVariant &v) {
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toInt(), average(q.value(2)), average(q.value(3))});
    return out;
}

QList<ProgressQueries::PainPoint> ProgressQueries::painSeries(const QString &regionId,
                                                              int limit) const
{
    QList<PainPoint> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT started_at, utc_offset_min, pain_before, pain_after FROM sessions "
        "WHERE region_id = :region AND (pain_before IS NOT NULL OR pain_after IS NOT NULL) "
        "ORDER BY started_at DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":region"), regionId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PainPoint p;
        p.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(),
                                                     QTimeZone(q.value(1).toInt() * 60));
        p.before = optionalInt(q.value(2));
        p.after = optionalInt(q.value(3));
        out.prepend(p);
    }
    return out;
}

ProgressQueries::Trend ProgressQueries::painTrend(const QString &regionId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT pain_after FROM sessions WHERE region_id = :region AND "
                             "pain_after IS NOT NULL ORDER BY started_at DESC LIMIT 3"));
    q.bindValue(QStringLiteral(":region"), regionId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return Trend::Unknown;
    }
    QList<int> newestFirst;
    while (q.next())
        newestFirst << q.value(0).toInt();
    return trendOf(newestFirst);
}

ProgressQueries::Trend ProgressQueries::trendOf(const QList<int> &newestFirst)
{
    if (newestFirst.size() < 2)
        return Trend::Unknown;
    const int newest = newestFirst.first();
    const int oldest = newestFirst.last();
    if (newestFirst.size() >= 3) {
        bool rising = true, easing = true;
        for (qsizetype i = 0; i + 1 < newestFirst.size(); ++i) {
            rising = rising && newestFirst.at(i) > newestFirst.at(i + 1);
            easing = easing && newestFirst.at(i) < newestFirst.at(i + 1);
        }
        if (rising)
            return Trend::Rising;
        if (easing)
            return Trend::Easing;
    }
    return newest > oldest ? Trend::Higher : newest < oldest ? Trend::Lower : Trend::Steady;
}

} // namespace unknot
