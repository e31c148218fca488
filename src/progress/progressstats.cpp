// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressstats.h"

#include "content/regions.h"

#include <QLocale>

#include <algorithm>

#include <cmath>

namespace unknot {

namespace {
QString trendName(ProgressQueries::Trend t)
{
    switch (t) {
    case ProgressQueries::Trend::Rising:
        return QStringLiteral("rising");
    case ProgressQueries::Trend::Higher:
        return QStringLiteral("higher");
    case ProgressQueries::Trend::Steady:
        return QStringLiteral("steady");
    case ProgressQueries::Trend::Lower:
        return QStringLiteral("lower");
    case ProgressQueries::Trend::Easing:
        return QStringLiteral("easing");
    case ProgressQueries::Trend::Unknown:
        break;
    }
    return {};
}
} // namespace

ProgressStats::ProgressStats(QSqlDatabase db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock([] { return QDateTime::currentDateTime(); })
{
    m_midnight.setSingleShot(true);
    // A coarse timer may fire minutes late over hours; midnight should turn at midnight.
    m_midnight.setTimerType(Qt::PreciseTimer);
    connect(&m_midnight, &QTimer::timeout, this, &ProgressStats::checkToday);
}

QDate ProgressStats::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : m_clock().date();
}

void ProgressStats::checkToday()
{
    if (m_shownToday.isValid() && today() != m_shownToday)
        refresh();
    else if (m_shownToday.isValid())
        armMidnight();
}

void ProgressStats::armMidnight()
{
    if (m_fixedToday.isValid())
        return;
    // The system's monotonic timer stops while a phone sleeps and knows nothing of time zones:
    // checkToday() on returning to the app covers both.
    const QDateTime now = m_clock();
    const qint64 ms = now.msecsTo(now.date().addDays(1).startOfDay());
    m_midnight.start(int(std::clamp<qint64>(ms + 50, 50, 24 * 3600 * 1000)));
}

void ProgressStats::refresh()
{
    const ProgressQueries queries(m_db);
    const QDate now = today();

    const ProgressQueries::Stamp stamp = queries.stamp();
    // Nothing written since the figures were read, on the same day: they would all come out
    // the same. The overview asks each time it opens; this keeps its opening (and everything
    // bound to these figures, such as the body map's colours) from redoing any of it.
    if (stamp.connection != nullptr && stamp == m_shownStamp && now == m_shownToday)
        return;
    if (stamp.connection == nullptr || stamp != m_streaksStamp || now != m_streaksDay) {
        const ProgressQueries::Streaks streaks = queries.streaks(now);
        m_currentStreak = streaks.current;
        m_bestStreak = streaks.best;
        m_streaksStamp = stamp;
        m_streaksDay = now;
    }

    const QDate thisMonday = now.addDays(1 - now.dayOfWeek());
    const QList<int> weekly = queries.weeklyCompleted(now, kWeeks);
    m_weeks.clear();
    m_weekMax = 0;
    for (int i = 0; i < weekly.size(); ++i) {
        m_weeks << QVariantMap{
            {QStringLiteral("weekStart"), thisMonday.addDays(-7 * (kWeeks - 1 - i)).startOfDay()},
            {QStringLiteral("count"), weekly.at(i)}};
        m_weekMax = std::max(m_weekMax, weekly.at(i));
    }

    m_calendarStart = thisMonday.addDays(-7 * (kCalendarWeeks - 1));
    const QList<ProgressQueries::DayCount> days = queries.activeDays(m_calendarStart, now);
    m_calendarCounts.clear();
    m_daysWorked = int(days.size());
    qsizetype next = 0;
    for (QDate d = m_calendarStart; d < thisMonday.addDays(7); d = d.addDays(1)) {
        int count = d > now ? -1 : 0;
        if (next < days.size() && days.at(next).day == d)
            count = days.at(next++).completed;
        m_calendarCounts << count;
    }

    readRegions(queries);
    m_shownToday = now;
    m_shownStamp = stamp;
    armMidnight();
    emit changed();
}

void ProgressStats::refreshRegions()
{
    readRegions(ProgressQueries(m_db));
    emit changed();
}

void ProgressStats::readRegions(const ProgressQueries &queries)
{
    m_regions.clear();
    m_regionStates.clear();
    for (const ProgressQueries::RegionSummary &r : queries.regionSummaries()) {
        const ProgressQueries::Trend trend = queries.painTrend(r.regionId);
        const QString name = trendName(trend);
        m_regions << QVariantMap{
            {QStringLiteral("regionId"), r.regionId},
            {QStringLiteral("name"), Regions::displayName(r.regionId)},
            {QStringLiteral("sessions"), r.sessions},
            {QStringLiteral("completed"), r.completed},
            {QStringLiteral("rated"), r.rated},
            {QStringLiteral("averageChange"), r.averageChange.value_or(std::nan(""))},
            {QStringLiteral("trend"), name}};
        if (!name.isEmpty())
            m_regionStates.insert(r.regionId, QStringLiteral("pain-") + name);
    }
}

QVariantMap ProgressStats::regionDetail(const QString &regionId) const
{
    const ProgressQueries queries(m_db);
    ProgressQueries::RegionSummary none;
    none.regionId = regionId;
    const ProgressQueries::RegionSummary summary = queries.regionSummary(regionId).value_or(none);
    QVariantList points;
    const QLocale locale;
    for (const ProgressQueries::PainPoint &p : queries.painSeries(regionId, kChartPoints)) {
        points << QVariantMap{
            {QStringLiteral("date"),
             locale.toString(p.startedAt.date(), locale.dateFormat(QLocale::ShortFormat))},
            {QStringLiteral("startedAt"), p.startedAt},
            {QStringLiteral("before"), p.before.value_or(-1)},
            {QStringLiteral("after"), p.after.value_or(-1)}};
    }
    return {
        {QStringLiteral("regionId"), regionId},
        {QStringLiteral("name"), Regions::displayName(regionId)},
        {QStringLiteral("sessions"), summary.sessions},
        {QStringLiteral("rated"), summary.rated},
        {QStringLiteral("averageChange"), summary.averageChange.value_or(std::nan(""))},
        {QStringLiteral("rising"), queries.painTrend(regionId) == ProgressQueries::Trend::Rising},
        {QStringLiteral("points"), points}};
}

} // namespace unknot
