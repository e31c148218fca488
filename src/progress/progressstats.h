// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "progress/progressqueries.h"

#include <functional>

namespace unknot {

// The progress overview for QML: streaks, the last 12 weeks, a calendar of recent weeks, and
// per-region pain trends (also as body-map region states). Re-read on refresh(), e.g. after a
// session was saved or deleted.
class ProgressStats : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Progress is provided by the app core")
    Q_PROPERTY(int currentStreak READ currentStreak NOTIFY changed)
    Q_PROPERTY(int bestStreak READ bestStreak NOTIFY changed)
    // [{ weekStart: date, count: int }], oldest first; the last is this week.
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY changed)
    Q_PROPERTY(int weekMax READ weekMax NOTIFY changed)
    // The calendar starts on the Monday kCalendarWeeks - 1 weeks before this one.
    Q_PROPERTY(QDateTime calendarStart READ calendarStartTime NOTIFY changed)
    // Completed sessions per day from calendarStart to the end of this week (-1 for days
    // still to come).
    Q_PROPERTY(QVariantList calendarCounts READ calendarCounts NOTIFY changed)
    Q_PROPERTY(int daysWorked READ daysWorked NOTIFY changed)
    // [{ regionId, name, sessions, completed, rated, averageChange (NaN if none), trend }],
    // trend being "rising", "higher", "steady", "lower", "easing" or "" (ProgressQueries::Trend).
    Q_PROPERTY(QVariantList regions READ regions NOTIFY changed)
    // Region id -> "pain-" + trend, for BodyMapModel.regionStates.
    Q_PROPERTY(QVariantMap regionStates READ regionStates NOTIFY changed)

public:
    static constexpr int kWeeks = 12;
    static constexpr int kCalendarWeeks = 17; // about four months
    static constexpr int kChartPoints = 30;

    explicit ProgressStats(QSqlDatabase db, QObject *parent = nullptr);

    int currentStreak() const { return m_currentStreak; }
    int bestStreak() const { return m_bestStreak; }
    QVariantList weeks() const { return m_weeks; }
    int weekMax() const { return m_weekMax; }
    QDate calendarStart() const { return m_calendarStart; }
    QDateTime calendarStartTime() const { return m_calendarStart.startOfDay(); }
    QVariantList calendarCounts() const { return m_calendarCounts; }
    int daysWorked() const { return m_daysWorked; }
    QVariantList regions() const { return m_regions; }
    QVariantMap regionStates() const { return m_regionStates; }

    // For tests: the day taken as today (default: the clock's local date at refresh).
    void setToday(QDate today) { m_fixedToday = today; }
    // For tests: where the time comes from (default: QDateTime::currentDateTime).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The day the figures were last computed for.
    QDate shownToday() const { return m_shownToday; }
    // Refreshes when the local day is no longer the one shown (past midnight, or a change of
    // time zone); e.g. when the app comes back to the foreground.
    Q_INVOKABLE void checkToday();

    Q_INVOKABLE void refresh();
    // Re-reads only the per-region summaries and trends: cheap enough for the first screen,
    // whose body map shows them, to call at start-up.
    Q_INVOKABLE void refreshRegions();
    // { regionId, name, sessions, rated, averageChange, rising: bool,
    //   points: [{ date: "d MMM", startedAt: date, before: int|-1, after: int|-1 }] }
    Q_INVOKABLE QVariantMap regionDetail(const QString &regionId) const;

signals:
    void changed();

private:
    QDate today() const;
    void armMidnight();
    void readRegions(const ProgressQueries &queries);

    QSqlDatabase m_db;
    QDate m_fixedToday;
    QDate m_shownToday;
    // The records as they were when every figure was last read (see refresh()).
    ProgressQueries::Stamp m_shownStamp;
    std::function<QDateTime()> m_clock;
    // Fires just after the next local midnight: streaks and the calendar roll over while the
    // app stays open.
    QTimer m_midnight;
    // Streaks read every day ever worked (years of them); kept until the records or the day
    // change, so opening the overview again reads only the recent weeks.
    ProgressQueries::Stamp m_streaksStamp;
    QDate m_streaksDay;
    int m_currentStreak = 0;
    int m_bestStreak = 0;
    QVariantList m_weeks;
    int m_weekMax = 0;
    QDate m_calendarStart;
    QVariantList m_calendarCounts;
    int m_daysWorked = 0;
    QVariantList m_regions;
    QVariantMap m_regionStates;
};

} // namespace unknot
