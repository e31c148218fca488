// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace unknot {

// The progress figures, each one SQL query over the running totals the schema keeps per
// local day and per region (or an indexed range of one region's sessions): none reads the
// whole history.
//
// A "day" is the user's calendar day where and when the session started (its stored UTC
// offset), so a session at 23:30 counts for that evening even after travelling or a DST change.
class ProgressQueries
{
public:
    struct Streaks
    {
        int current = 0; // consecutive days up to today, or up to yesterday if today is not done
        int best = 0;
    };
    struct DayCount
    {
        QDate day;
        int completed = 0;
    };
    struct RegionSummary
    {
        QString regionId;
        int sessions = 0;
        int completed = 0;
        int rated = 0;                       // sessions with pain before and after
        std::optional<double> averageChange; // mean of (after - before); negative is better
    };
    // A region's sessions in a period of local days.
    struct RegionInPeriod
    {
        QString regionId;
        int sessions = 0;
        std::optional<double> averageBefore;
        std::optional<double> averageAfter;
    };
    struct PainPoint
    {
        QDateTime startedAt; // in the offset it was recorded in
        std::optional<int> before;
        std::optional<int> after;
    };
    // What pain after a region's last (up to) three rated sessions did, oldest to newest.
    enum class Trend {
        Unknown, // fewer than two ratings
        Rising,  // three ratings, each higher than the one before (check with the practitioner)
        Higher,  // the newest is higher than the oldest, not rising at every step
        Steady,  // the newest is the same as the oldest
        Lower,   // the newest is lower than the oldest, not easing at every step
        Easing,  // three ratings, each lower than the one before
    };

    // Says whether the records may have changed since it was taken: SQLite's count of rows this
    // connection changed (triggers included), its counter of commits by other connections
    // (PRAGMA data_version) and the connection itself (a recovery reopens it). Two equal stamps
    // mean nothing was written in between; unequal ones may still mean nothing changed.
    struct Stamp
    {
        const void *connection = nullptr;
        qint64 changes = -1;
        qint64 dataVersion = -1;
        bool operator==(const Stamp &) const = default;
    };

    explicit ProgressQueries(QSqlDatabase db);

    Stamp stamp() const;

    static qint64 dayNumber(QDate day); // days since 1970-01-01
    static QDate dateOf(qint64 dayNumber);

    Streaks streaks(QDate today) const;
    // Completed sessions per week (Monday to Sunday), oldest first, the last being this week.
    QList<int> weeklyCompleted(QDate today, int weeks) const;
    // Days with at least one completed session from `from` to `to`, oldest first.
    QList<DayCount> activeDays(QDate from, QDate to) const;
    // Regions with sessions, most sessions first.
    QList<RegionSummary> regionSummaries() const;
    std::optional<RegionSummary> regionSummary(const QString &regionId) const;
    // Regions with sessions that started on local days from `from` to `to`, most sessions
    // first.
    QList<RegionInPeriod> regionsBetween(QDate from, QDate to) const;
    // The region's last `limit` sessions with a pain rating, oldest first.
    QList<PainPoint> painSeries(const QString &regionId, int limit) const;
    // From pain after the region's last three rated sessions (see Trend).
    Trend painTrend(const QString &regionId) const;
    // The rule itself, over pain-after ratings newest first.
    static Trend trendOf(const QList<int> &newestFirst);
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
