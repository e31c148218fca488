// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressqueries.h"
#include "progress/progressstats.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <ctime>

using namespace unknot;

namespace {

QDateTime at(int y, int m, int d, int h, int min, const char *zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone));
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionRepository> m_repo;

    qint64 add(const QDateTime &startedAt, bool completed = true,
               const QString &region = QStringLiteral("neck"), std::optional<int> before = {},
               std::optional<int> after = {})
    {
        SessionRecord r;
        r.techniqueId = QStringLiteral("neck-release");
        r.regionId = region;
        r.startedAt = startedAt;
        r.endedAt = startedAt.addSecs(300);
        r.completed = completed;
        r.stepsTotal = 4;
        r.stepsCompleted = completed ? 4 : 1;
        r.painBefore = before;
        r.painAfter = after;
        const qint64 id = m_repo->add(r);
        if (id <= 0)
            qWarning() << m_repo->errorText();
        return id;
    }
    ProgressQueries queries() const { return ProgressQueries(m_db->connection()); }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n))));
        m_repo = std::make_unique<SessionRepository>(m_db->connection());
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void emptyHistoryHasNoStreak()
    {
        const auto s = queries().streaks(QDate(2026, 3, 1));
        QCOMPARE(s.current, 0);
        QCOMPARE(s.best, 0);
    }

    void streaksRunAcrossMonthAndYearEnds()
    {
        for (const QDate d :
             {QDate(2025, 12, 30), QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 1, 2),
              QDate(2026, 1, 30), QDate(2026, 1, 31), QDate(2026, 2, 1)})
            QVERIFY(add(QDateTime(d, QTime(19, 0), QTimeZone("Europe/Berlin"))) > 0);
        // Two on one day count once.
        QVERIFY(add(at(2026, 1, 1, 8, 0, "Europe/Berlin")) > 0);
        auto s = queries().streaks(QDate(2026, 2, 1));
        QCOMPARE(s.best, 4);
        QCOMPARE(s.current, 3);
        // Today not done yet: the streak still stands until the day is over.
        QCOMPARE(queries().streaks(QDate(2026, 2, 2)).current, 3);
        QCOMPARE(queries().streaks(QDate(2026, 2, 3)).current, 0);
        QCOMPARE(queries().streaks(QDate(2026, 2, 3)).best, 4);
        // Looking back from the first run, the later days do not count yet.
        s = queries().streaks(QDate(2026, 1, 2));
        QCOMPARE(s.current, 4);
        QCOMPARE(s.best, 4);
    }

    void leapDayJoinsFebruaryAndMarch()
    {
        for (int d : {27, 28, 29})
            QVERIFY(add(at(2028, 2, d, 7, 30, "Europe/Berlin")) > 0);
        QVERIFY(add(at(2028, 3, 1, 7, 30, "Europe/Berlin")) > 0);
        QCOMPARE(queries().streaks(QDate(2028, 3, 1)).current, 4);
    }

    void incompleteSessionsDoNotKeepAStreak()
    {
        QVERIFY(add(at(2026, 5, 4, 9, 0, "Europe/Berlin")) > 0);
        QVERIFY(add(at(2026, 5, 5, 9, 0, "Europe/Berlin"), false) > 0);
        QVERIFY(add(at(2026, 5, 6, 9, 0, "Europe/Berlin")) > 0);
        const auto s = queries().streaks(QDate(2026, 5, 6));
        QCOMPARE(s.current, 1);
        QCOMPARE(s.best, 1);
    }

    void daysFollowTheLocalClockAcrossDst()
    {
        // Spring forward (29 March 2026) and fall back (25 October 2026) in Berlin: late
        // sessions stay on their local evening, not on the UTC day.
        QVERIFY(add(at(2026, 3, 28, 23, 30, "Europe/Berlin")) > 0);
        QVERIFY(add(at(2026, 3, 29, 23, 30, "Europe/Berlin")) > 0); // 21:30 UTC
        QVERIFY(add(at(2026, 3, 30, 0, 15, "Europe/Berlin")) > 0);  // 22:15 UTC the day before
        QCOMPARE(queries().streaks(QDate(2026, 3, 30)).current, 3);

        QVERIFY(add(at(2026, 10, 24, 0, 30, "Europe/Berlin")) > 0);
        QVERIFY(add(at(2026, 10, 25, 0, 30, "Europe/Berlin")) > 0); // 22:30 UTC on the 24th
        QVERIFY(add(at(2026, 10, 25, 23, 45, "Europe/Berlin")) > 0);
        QVERIFY(add(at(2026, 10, 26, 0, 10, "Europe/Berlin")) > 0);
        QCOMPARE(queries().streaks(QDate(2026, 10, 26)).current, 3);
        const QList<ProgressQueries::DayCount> days =
            queries().activeDays(QDate(2026, 10, 24), QDate(2026, 10, 26));
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(1).day, QDate(2026, 10, 25));
        QCOMPARE(days.at(1).completed, 2);
    }

    void daysFollowTheLocalClockWhenTravelling()
    {
        QVERIFY(add(at(2026, 1, 10, 8, 0, "Europe/Berlin")) > 0);
        QVERIFY(add(at(2026, 1, 11, 7, 0, "Asia/Tokyo")) > 0);        // 22:00 UTC on the 10th
        QVERIFY(add(at(2026, 1, 12, 7, 0, "Asia/Tokyo")) > 0);        // 22:00 UTC on the 11th
        QVERIFY(add(at(2026, 1, 13, 23, 0, "America/New_York")) > 0); // 04:00 UTC on the 14th
        QCOMPARE(queries().streaks(QDate(2026, 1, 13)).current, 4);
        QCOMPARE(queries().streaks(QDate(2026, 1, 13)).best, 4);
    }

    // A session belongs to the day on the clock where it was done. The device's zone (TZ, read
    // by Qt's local time) decides the offset a session is recorded with, and nothing after
    // that: moving the device to another zone moves no recorded day.
    void aSessionKeepsTheLocalDayItWasDoneOn()
    {
        QVERIFY(add(at(2026, 6, 1, 23, 30, "Europe/Berlin")) > 0); // 21:30 UTC
        QVERIFY(add(at(2026, 6, 2, 23, 30, "Europe/Berlin")) > 0);
        const QByteArray saved = qgetenv("TZ");
        const auto restoreZone = qScopeGuard([&saved] {
            qputenv("TZ", saved);
            tzset();
        });
        qputenv("TZ", "Pacific/Auckland");
        tzset();
        // The switch took: in Auckland the first session's instant falls on 2 June.
        const QDateTime firstInstant = at(2026, 6, 1, 23, 30, "Europe/Berlin");
        QCOMPARE(firstInstant.toLocalTime().date(), QDate(2026, 6, 2));
        QCOMPARE(firstInstant.toLocalTime().offsetFromUtc(), 12 * 3600);

        // Done on the device's own clock while in Auckland: 09:00 on 4 June there is 21:00 UTC
        // on the 3rd, and the 3rd in Berlin; it counts on the 4th.
        const QDateTime inAuckland(QDate(2026, 6, 4), QTime(9, 0));
        QCOMPARE(inAuckland.toUTC().date(), QDate(2026, 6, 3));
        QVERIFY(add(inAuckland) > 0);
        const auto s = queries().streaks(QDate(2026, 6, 4));
        const QList<ProgressQueries::DayCount> days =
            queries().activeDays(QDate(2026, 6, 1), QDate(2026, 6, 5));

        // Back home in Berlin: every day is where it was.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const QList<ProgressQueries::DayCount> daysAtHome =
            queries().activeDays(QDate(2026, 6, 1), QDate(2026, 6, 5));

        QCOMPARE(s.current, 1); // 1st, 2nd, then nothing on the 3rd: only the 4th
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).day, QDate(2026, 6, 1));
        QCOMPARE(days.at(1).day, QDate(2026, 6, 2));
        QCOMPARE(days.at(2).day, QDate(2026, 6, 4));
        QCOMPARE(daysAtHome.size(), 3);
        QCOMPARE(daysAtHome.at(2).day, QDate(2026, 6, 4));
        QCOMPARE(queries().streaks(QDate(2026, 6, 2)).current, 2);
    }

    void weeksRunMondayToSundayOverTheLast12()
    {
        const QDate today(2026, 3, 18);                                   // a Wednesday
        QVERIFY(add(at(2026, 3, 16, 7, 0, "Europe/Berlin")) > 0);         // this Monday
        QVERIFY(add(at(2026, 3, 18, 7, 0, "Europe/Berlin")) > 0);         // today
        QVERIFY(add(at(2026, 3, 15, 22, 0, "Europe/Berlin")) > 0);        // last Sunday
        QVERIFY(add(at(2026, 3, 15, 23, 0, "Europe/Berlin"), false) > 0); // not completed
        QVERIFY(add(at(2025, 12, 29, 7, 0, "Europe/Berlin")) > 0);        // Monday 11 weeks back
        QVERIFY(add(at(2025, 12, 28, 7, 0, "Europe/Berlin")) > 0);        // before the window
        const QList<int> weeks = queries().weeklyCompleted(today, 12);
        QCOMPARE(weeks.size(), 12);
        QCOMPARE(weeks.last(), 2);
        QCOMPARE(weeks.at(10), 1);
        QCOMPARE(weeks.first(), 1);
        int total = 0;
        for (int w : weeks)
            total += w;
        QCOMPARE(total, 4);
    }

    void risingPainAfterThreeSessionsIsFlagged_data()
    {
        QTest::addColumn<QList<int>>("painAfter"); // oldest first
        QTest::addColumn<int>("trend");
        using T = ProgressQueries::Trend;
        QTest::newRow("rising") << QList<int>{2, 3, 5} << int(T::Rising);
        QTest::newRow("rising after a good spell") << QList<int>{6, 1, 2, 4} << int(T::Rising);
        // 2 -> 6 is not "unchanged": higher than before, though not rising three times.
        QTest::newRow("only two, up") << QList<int>{2, 6} << int(T::Higher);
        QTest::newRow("only two, down") << QList<int>{6, 2} << int(T::Lower);
        QTest::newRow("only two, same") << QList<int>{4, 4} << int(T::Steady);
        QTest::newRow("up then down, still higher") << QList<int>{2, 5, 3} << int(T::Higher);
        QTest::newRow("flat then up") << QList<int>{3, 3, 4} << int(T::Higher);
        QTest::newRow("down then flat") << QList<int>{5, 3, 3} << int(T::Lower);
        QTest::newRow("up and back") << QList<int>{2, 5, 2} << int(T::Steady);
        QTest::newRow("flat") << QList<int>{3, 3, 3} << int(T::Steady);
        QTest::newRow("easing") << QList<int>{5, 4, 3} << int(T::Easing);
        QTest::newRow("easing after a bad spell") << QList<int>{1, 9, 4, 2} << int(T::Easing);
        QTest::newRow("one") << QList<int>{6} << int(T::Unknown);
    }

    void risingPainAfterThreeSessionsIsFlagged()
    {
        QFETCH(QList<int>, painAfter);
        QFETCH(int, trend);
        QDateTime t = at(2026, 4, 1, 9, 0, "Europe/Berlin");
        for (int p : painAfter) {
            QVERIFY(add(t, true, QStringLiteral("shoulder-left"), 5, p) > 0);
            // Unrated sessions and other regions in between do not count.
            QVERIFY(add(t.addSecs(600), true, QStringLiteral("shoulder-left")) > 0);
            QVERIFY(add(t.addSecs(1200), true, QStringLiteral("neck"), 1, 9) > 0);
            t = t.addDays(1);
        }
        QCOMPARE(int(queries().painTrend(QStringLiteral("shoulder-left"))), trend);

        ProgressStats stats(m_db->connection());
        stats.setToday(QDate(2026, 4, 10));
        stats.refresh();
        const QVariantMap detail = stats.regionDetail(QStringLiteral("shoulder-left"));
        QCOMPARE(detail.value(QStringLiteral("rising")).toBool(),
                 trend == int(ProgressQueries::Trend::Rising));
        // The name the overview and the body map get, written out per state.
        const QHash<int, QString> names = {{int(ProgressQueries::Trend::Rising), "rising"},
                                           {int(ProgressQueries::Trend::Higher), "higher"},
                                           {int(ProgressQueries::Trend::Steady), "steady"},
                                           {int(ProgressQueries::Trend::Lower), "lower"},
                                           {int(ProgressQueries::Trend::Easing), "easing"}};
        QCOMPARE(stats.regionStates().value(QStringLiteral("shoulder-left")).toString(),
                 names.contains(trend) ? QStringLiteral("pain-") + names.value(trend) : QString());
    }

    void todayRollsOverAtLocalMidnightAndOnAZoneChange()
    {
        // The app stays open past midnight: the calendar's today and the streak move on by
        // themselves, with no refresh from outside.
        QVERIFY(add(at(2026, 4, 10, 9, 0, "Europe/Berlin")) > 0);
        QDateTime now(QDate(2026, 4, 10), QTime(23, 59, 59, 800)); // local time (Berlin)
        ProgressStats stats(m_db->connection());
        stats.setClock([&now] { return now; });
        stats.refresh();
        QCOMPARE(stats.shownToday(), QDate(2026, 4, 10));
        const qint64 tomorrow = stats.calendarStart().daysTo(QDate(2026, 4, 11));
        QCOMPARE(stats.calendarCounts().at(tomorrow).toInt(), -1); // still to come
        QCOMPARE(stats.currentStreak(), 1);

        now = QDateTime(QDate(2026, 4, 11), QTime(0, 0, 0, 100));
        QSignalSpy changed(&stats, &ProgressStats::changed);
        QTRY_COMPARE_WITH_TIMEOUT(stats.shownToday(), QDate(2026, 4, 11), 5000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(
            stats.calendarCounts().at(stats.calendarStart().daysTo(QDate(2026, 4, 11))).toInt(), 0);
        QCOMPARE(stats.currentStreak(), 1); // yesterday counts until today ends

        // Flying to New Zealand: it is already the 12th there when the app comes back.
        now = QDateTime(QDate(2026, 4, 12), QTime(10, 0), QTimeZone("Pacific/Auckland"));
        stats.checkToday();
        QCOMPARE(stats.shownToday(), QDate(2026, 4, 12));
        QCOMPARE(stats.currentStreak(), 0);
        // Nothing changes when the day has not.
        stats.checkToday();
        QCOMPARE(changed.size(), 2);
    }

    void keptStreaksFollowEveryWrite()
    {
        // The overview keeps the streaks between refreshes; any write, through this connection
        // (a session saved or deleted) or another one (a restore's thread), must still show.
        QVERIFY(add(at(2026, 4, 9, 9, 0, "Europe/Berlin")) > 0);
        ProgressStats stats(m_db->connection());
        stats.setToday(QDate(2026, 4, 10));
        stats.refresh();
        QCOMPARE(stats.currentStreak(), 1);
        const qint64 today = add(at(2026, 4, 10, 9, 0, "Europe/Berlin"));
        QVERIFY(today > 0);
        stats.refresh();
        QCOMPARE(stats.currentStreak(), 2);
        QCOMPARE(stats.bestStreak(), 2);
        QVERIFY(m_repo->remove(today));
        stats.refresh();
        QCOMPARE(stats.currentStreak(), 1);

        {
            Database other(QStringLiteral("other"));
            QVERIFY(other.open(m_db->filePath()));
            SessionRepository otherRepo(other.connection());
            for (int day = 5; day <= 8; ++day) {
                SessionRecord r;
                r.techniqueId = QStringLiteral("neck-release");
                r.regionId = QStringLiteral("neck");
                r.startedAt = at(2026, 4, day, 9, 0, "Europe/Berlin");
                r.endedAt = r.startedAt.addSecs(300);
                r.completed = true;
                QVERIFY(otherRepo.add(r) > 0);
            }
        }
        stats.refresh();
        QCOMPARE(stats.currentStreak(), 5); // the 5th to the 9th
        QCOMPARE(stats.bestStreak(), 5);
    }

    void refreshWithNothingNewRedoesNothing()
    {
        // Issue 12: the overview refreshes each time it opens; with no write and the same day
        // nothing is re-read or re-announced, while a write or a new day still shows at once.
        QVERIFY(add(at(2026, 4, 9, 9, 0, "Europe/Berlin"), true, QStringLiteral("neck"), 5, 3) > 0);
        ProgressStats stats(m_db->connection());
        stats.setToday(QDate(2026, 4, 10));
        QSignalSpy changed(&stats, &ProgressStats::changed);
        stats.refresh();
        QCOMPARE(changed.size(), 1);
        const QVariantList regions = stats.regions();
        const QVariantList calendar = stats.calendarCounts();
        stats.refresh();
        stats.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stats.regions(), regions);
        QCOMPARE(stats.calendarCounts(), calendar);
        QCOMPARE(stats.currentStreak(), 1);

        QVERIFY(add(at(2026, 4, 10, 9, 0, "Europe/Berlin"), true, QStringLiteral("calf-left")) > 0);
        stats.refresh();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(stats.currentStreak(), 2);
        QCOMPARE(stats.regions().size(), 2);

        // Another connection's write (a restore's thread) counts too.
        {
            Database other(QStringLiteral("other"));
            QVERIFY(other.open(m_db->filePath()));
            SessionRepository otherRepo(other.connection());
            SessionRecord r;
            r.techniqueId = QStringLiteral("neck-release");
            r.regionId = QStringLiteral("knee-left");
            r.startedAt = at(2026, 4, 10, 18, 0, "Europe/Berlin");
            r.endedAt = r.startedAt.addSecs(300);
            r.completed = true;
            QVERIFY(otherRepo.add(r) > 0);
        }
        stats.refresh();
        QCOMPARE(changed.size(), 3);
        QCOMPARE(stats.regions().size(), 3);

        // A new day with nothing written: the calendar and the streak move on.
        stats.setToday(QDate(2026, 4, 12));
        stats.refresh();
        QCOMPARE(changed.size(), 4);
        QCOMPARE(stats.currentStreak(), 0);
    }

    void regionSummaryAveragesRatedChange()
    {
        const QDateTime t = at(2026, 4, 1, 9, 0, "Europe/Berlin");
        QVERIFY(add(t, true, QStringLiteral("calf-left"), 6, 3) > 0);
        QVERIFY(add(t.addDays(1), true, QStringLiteral("calf-left"), 5, 4) > 0);
        QVERIFY(add(t.addDays(2), false, QStringLiteral("calf-left"), 5, std::nullopt) > 0);
        const qint64 last = add(t.addDays(3), true, QStringLiteral("calf-left"), 2, 4);
        QVERIFY(last > 0);
        auto summary = queries().regionSummary(QStringLiteral("calf-left"));
        QVERIFY(summary);
        QCOMPARE(summary->sessions, 4);
        QCOMPARE(summary->completed, 3);
        QCOMPARE(summary->rated, 3);
        QCOMPARE(*summary->averageChange, (-3 - 1 + 2) / 3.0);
        const QList<ProgressQueries::PainPoint> series =
            queries().painSeries(QStringLiteral("calf-left"), 10);
        QCOMPARE(series.size(), 4);
        QCOMPARE(series.first().before, 6);
        QVERIFY(!series.at(2).after);
        QCOMPARE(series.last().startedAt, t.addDays(3));
        QCOMPARE(queries().painSeries(QStringLiteral("calf-left"), 2).last().after, 4);

        // Deleting keeps the totals right.
        QVERIFY(m_repo->remove(last));
        summary = queries().regionSummary(QStringLiteral("calf-left"));
        QCOMPARE(summary->sessions, 3);
        QCOMPARE(*summary->averageChange, -2.0);
        QCOMPARE(queries().activeDays(t.date(), t.date().addDays(5)).size(), 2);
    }

    void statsFillTheOverview()
    {
        const QDate today(2026, 3, 18);
        QVERIFY(add(at(2026, 3, 17, 7, 0, "Europe/Berlin"), true, QStringLiteral("neck"), 4, 2) >
                0);
        QVERIFY(add(at(2026, 3, 18, 7, 0, "Europe/Berlin"), true, QStringLiteral("neck"), 4, 3) >
                0);
        ProgressStats stats(m_db->connection());
        stats.setToday(today);
        QSignalSpy changed(&stats, &ProgressStats::changed);
        stats.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stats.currentStreak(), 2);
        QCOMPARE(stats.bestStreak(), 2);
        QCOMPARE(stats.weeks().size(), ProgressStats::kWeeks);
        QCOMPARE(stats.weekMax(), 2);
        QCOMPARE(stats.calendarStart().dayOfWeek(), 1);
        QCOMPARE(stats.calendarCounts().size(), ProgressStats::kCalendarWeeks * 7);
        const int todayIndex = int(stats.calendarStart().daysTo(today));
        QCOMPARE(stats.calendarCounts().at(todayIndex).toInt(), 1);
        QCOMPARE(stats.calendarCounts().at(todayIndex - 2).toInt(), 0);
        QCOMPARE(stats.calendarCounts().at(todayIndex + 1).toInt(), -1); // still to come
        QCOMPARE(stats.daysWorked(), 2);
        QCOMPARE(stats.regions().size(), 1);
        const QVariantMap neck = stats.regions().first().toMap();
        QCOMPARE(neck.value(QStringLiteral("name")).toString(), QStringLiteral("Neck"));
        QCOMPARE(neck.value(QStringLiteral("averageChange")).toDouble(), -1.5);
        QVERIFY(std::isnan(stats.regionDetail(QStringLiteral("knee-left"))
                               .value(QStringLiteral("averageChange"))
                               .toDouble()));
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
