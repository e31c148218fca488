// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/catalog.h"
#include "core/appcore.h"
#include "fakeclipoutput.h"
#include "fakeclock.h"
#include "plan/plan.h"
#include "plan/planfile.h"
#include "plan/planrepository.h"
#include "plan/planschedule.h"
#include "safety/onboarding.h"
#include "safety/safety.h"
#include "session/fixturetechnique.h"
#include "session/guidedsession.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unknot;
using Status = PlanSchedule::Status;

namespace {

const QString kBoth = QStringLiteral("fixture-both-sides");
const QString kCentre = QStringLiteral("fixture-each-side");
const QDate kMonday(2026, 3, 2); // a Monday

PlanEntry entry(const QString &technique, PlanEntry::Frequency frequency, int n = 0,
                PlanEntry::Side side = PlanEntry::Side::Both)
{
    PlanEntry e;
    e.techniqueId = technique;
    e.side = side;
    e.frequency = frequency;
    if (frequency == PlanEntry::Frequency::TimesPerWeek)
        e.timesPerWeek = n;
    if (frequency == PlanEntry::Frequency::Weekdays)
        e.weekdays = n;
    e.addedOn = kMonday.addDays(-28);
    return e;
}

PlanActivity did(const QString &technique, const QString &side, QDate day)
{
    return {technique, side, day};
}

// A completed session of `technique` on `side`, started at a local wall time in `offsetMin`.
SessionRecord session(const QString &technique, const QString &side, QDateTime localStart,
                      int offsetMin, bool completed = true)
{
    SessionRecord r;
    r.techniqueId = technique;
    r.regionId =
        side.isEmpty() ? QStringLiteral("neck") : QStringLiteral("forearm-wrist-%1").arg(side);
    r.sides = side;
    localStart.setTimeZone(QTimeZone(offsetMin * 60));
    r.startedAt = localStart;
    r.endedAt = localStart.addSecs(120);
    r.completed = completed;
    r.stepsTotal = 3;
    r.stepsCompleted = completed ? 3 : 1;
    return r;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Catalog m_catalog;

private slots:
    void init()
    {
        m_catalog.setTechniques({SessionFixture::bothSides(), SessionFixture::eachSideCentre()});
        const QString path = m_dir.filePath(QStringLiteral("plan.sqlite"));
        QFile::remove(path);
        m_db = std::make_unique<Database>(QStringLiteral("plan"));
        QVERIFY(m_db->open(path));
    }
    void cleanup()
    {
        m_db->close();
        m_db.reset();
    }

    // --- due and done, per local day -------------------------------------------------------

    void aDailyEntryIsDueEachDayUntilDone()
    {
        const PlanEntry e = entry(kBoth, PlanEntry::Frequency::Daily);
        const QList<PlanActivity> a = {did(kBoth, "left", kMonday), did(kBoth, "right", kMonday)};
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday), Status::Done);
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday.addDays(1)), Status::Due);
    }

    void bothSidesNeedTheLeftAndTheRight()
    {
        const PlanEntry both = entry(kBoth, PlanEntry::Frequency::Daily);
        const PlanEntry left = entry(kBoth, PlanEntry::Frequency::Daily, 0, PlanEntry::Side::Left);
        const PlanEntry right =
            entry(kBoth, PlanEntry::Frequency::Daily, 0, PlanEntry::Side::Right);
        const QList<PlanActivity> leftOnly = {did(kBoth, "left", kMonday)};
        QVERIFY(!PlanSchedule::doneOn(both, leftOnly, kMonday));
        QVERIFY(PlanSchedule::doneOn(left, leftOnly, kMonday));
        QVERIFY(!PlanSchedule::doneOn(right, leftOnly, kMonday));
        // Another technique, or another day, does not count.
        QVERIFY(!PlanSchedule::doneOn(left, {did(kCentre, "", kMonday)}, kMonday));
        QVERIFY(!PlanSchedule::doneOn(left, leftOnly, kMonday.addDays(1)));
        // A centre area has no sides.
        QVERIFY(PlanSchedule::doneOn(entry(kCentre, PlanEntry::Frequency::Daily),
                                     {did(kCentre, "", kMonday)}, kMonday));
    }

    void timesAWeekIsDueUntilDoneThatOftenFromMondayToSunday()
    {
        const PlanEntry e = entry(kCentre, PlanEntry::Frequency::TimesPerWeek, 2);
        QList<PlanActivity> a = {did(kCentre, "", kMonday)};
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday.addDays(1)), Status::Due);
        a << did(kCentre, "", kMonday.addDays(1));
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday.addDays(1)), Status::Done);
        // Twice this week: nothing more until the next Monday.
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday.addDays(2)), Status::Rest);
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday.addDays(6)), Status::Rest);
        QCOMPARE(PlanSchedule::statusOn(e, a, kMonday.addDays(7)), Status::Due);
        // A Sunday belongs to the week before the next Monday, not after it.
        const QList<PlanActivity> sunday = {did(kCentre, "", kMonday.addDays(-1))};
        QCOMPARE(PlanSchedule::daysDoneInWeek(e, sunday, kMonday), 0);
        QCOMPARE(PlanSchedule::daysDoneInWeek(e, sunday, kMonday.addDays(-1)), 1);
    }

    void chosenWeekdaysAreDueOnlyOnThoseDays()
    {
        const int monThu = 1 | 8;
        const PlanEntry e = entry(kCentre, PlanEntry::Frequency::Weekdays, monThu);
        QCOMPARE(PlanSchedule::statusOn(e, {}, kMonday), Status::Due);
        QCOMPARE(PlanSchedule::statusOn(e, {}, kMonday.addDays(1)), Status::Rest);
        QCOMPARE(PlanSchedule::statusOn(e, {}, kMonday.addDays(3)), Status::Due);
        // Done on a day off still shows as done that day.
        QCOMPARE(
            PlanSchedule::statusOn(e, {did(kCentre, "", kMonday.addDays(1))}, kMonday.addDays(1)),
            Status::Done);
    }

    // The repository gives each session the local day where it happened: its own offset, not
    // the phone's zone now and not UTC.
    void sessionsCountOnTheLocalDayTheyStartedAcrossZones()
    {
        SessionRepository sessions(m_db->connection());
        // 23:30 in Tokyo on Monday (14:30 UTC Monday).
        QVERIFY(sessions.add(session(kCentre, "", QDateTime(kMonday, QTime(23, 30)), 9 * 60)));
        // 00:30 in Berlin on Wednesday is still Tuesday in UTC.
        QVERIFY(
            sessions.add(session(kBoth, "left", QDateTime(kMonday.addDays(2), QTime(0, 30)), 60)));
        // 22:00 in New York on Wednesday is Thursday in UTC.
        QVERIFY(sessions.add(
            session(kBoth, "right", QDateTime(kMonday.addDays(2), QTime(22, 0)), -5 * 60)));
        // Not completed: not counted.
        QVERIFY(sessions.add(
            session(kCentre, "", QDateTime(kMonday.addDays(3), QTime(9, 0)), 60, false)));
        PlanRepository repo(m_db->connection());
        const QList<PlanActivity> a = repo.activityBetween(kMonday, kMonday.addDays(6));
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(0).day, kMonday);
        QCOMPARE(a.at(1).day, kMonday.addDays(2));
        QCOMPARE(a.at(2).day, kMonday.addDays(2));
        // So both sides of the forearm were done on that Wednesday.
        QVERIFY(
            PlanSchedule::doneOn(entry(kBoth, PlanEntry::Frequency::Daily), a, kMonday.addDays(2)));
        QVERIFY(!PlanSchedule::doneOn(entry(kCentre, PlanEntry::Frequency::Daily), a,
                                      kMonday.addDays(3)));
        // The day range is the local one at both ends.
        QCOMPARE(repo.activityBetween(kMonday.addDays(1), kMonday.addDays(1)).size(), 0);
        QCOMPARE(repo.activityBetween(kMonday, kMonday).size(), 1);
    }

    // --- adherence -----------------------------------------------------------------------

    void adherenceCountsDoneAgainstPlannedPerWeek()
    {
        PlanEntry daily = entry(kBoth, PlanEntry::Frequency::Daily, 0, PlanEntry::Side::Left);
        PlanEntry twice = entry(kCentre, PlanEntry::Frequency::TimesPerWeek, 2);
        PlanEntry monThu =
            entry(kBoth, PlanEntry::Frequency::Weekdays, 1 | 8, PlanEntry::Side::Right);
        QList<PlanActivity> a;
        // Daily left: done Mon, Tue, Sun.
        for (int d : {0, 1, 6})
            a << did(kBoth, "left", kMonday.addDays(d));
        // Twice a week: done three times (counts two).
        for (int d : {2, 3, 4})
            a << did(kCentre, "", kMonday.addDays(d));
        // Mon/Thu right: done Thursday and on Friday (not one of its days).
        a << did(kBoth, "right", kMonday.addDays(3)) << did(kBoth, "right", kMonday.addDays(4));
        const QDate later = kMonday.addDays(20);
        const PlanSchedule::Week week =
            PlanSchedule::weekAdherence({daily, twice, monThu}, a, kMonday, later);
        QCOMPARE(week.monday, kMonday);
        QCOMPARE(week.planned, 7 + 2 + 2);
        QCOMPARE(week.done, 3 + 2 + 1);

        // This week so far (today Wednesday): days to come are not planned yet, the "n times"
        // target is the week's.
        const PlanSchedule::Week soFar =
            PlanSchedule::weekAdherence({daily, twice, monThu}, a, kMonday, kMonday.addDays(2));
        QCOMPARE(soFar.planned, 3 + 2 + 1);
        QCOMPARE(soFar.done, 2 + 1 + 0);

        // An entry added on Saturday: two days planned for daily, at most two for "n times".
        daily.addedOn = twice.addedOn = kMonday.addDays(5);
        twice.timesPerWeek = 3;
        const PlanSchedule::Week added =
            PlanSchedule::weekAdherence({daily, twice}, a, kMonday, later);
        QCOMPARE(added.planned, 2 + 2);
        QCOMPARE(added.done, 1 + 0);
        // Before it was added, nothing was planned.
        QCOMPARE(PlanSchedule::weekAdherence({daily}, a, kMonday.addDays(-7), later).planned, 0);
    }

    // --- the plan as the app uses it -------------------------------------------------------

    void editingKeepsOrderAndSaysWhatIsWrong()
    {
        Plan plan(m_db->connection(), &m_catalog, nullptr, nullptr);
        QAbstractItemModelTester tester(&plan);
        plan.setClock([] { return QDateTime(kMonday, QTime(9, 0)); });
        plan.load();
        QCOMPARE(plan.add(kBoth, "both", "daily"), QString());
        QCOMPARE(plan.add(kCentre, "both", "weekly", 3), QString());
        QCOMPARE(plan.add(kCentre, "both", "weekdays", 0, 1 | 16), QString());
        QCOMPARE(plan.add(QStringLiteral("no-such"), "both", "daily"),
                 QStringLiteral("This technique is not available."));
        QCOMPARE(plan.add(kCentre, "both", "weekly", 9),
                 QStringLiteral("Choose from 1 to 7 times a week."));
        QCOMPARE(plan.add(kCentre, "both", "weekdays", 0, 0),
                 QStringLiteral("Choose at least one day of the week."));
        QCOMPARE(plan.add(kCentre, "sideways", "daily"),
                 QStringLiteral("Choose a side and how often."));
        QCOMPARE(plan.count(), 3);
        QVERIFY(plan.contains(kCentre));

        QVERIFY(plan.move(2, 0));
        const auto order = [&plan] {
            QStringList out;
            for (int row = 0; row < plan.rowCount(); ++row)
                out << plan.index(row).data(Plan::FrequencyRole).toString();
            return out;
        };
        QCOMPARE(order(), (QStringList{"weekdays", "daily", "weekly"}));
        QCOMPARE(plan.index(0).data(Plan::ScheduleTextRole).toString(),
                 QStringLiteral("%1, %2").arg(QLocale().dayName(1, QLocale::ShortFormat),
                                              QLocale().dayName(5, QLocale::ShortFormat)));
        QCOMPARE(plan.index(2).data(Plan::ScheduleTextRole).toString(),
                 QStringLiteral("3 times a week"));
        QCOMPARE(plan.change(1, "left", "daily"), QString());
        QCOMPARE(plan.index(1).data(Plan::SideTextRole).toString(), QStringLiteral("Left side"));
        QCOMPARE(plan.index(0).data(Plan::SideTextRole).toString(), QString()); // centre
        QVERIFY(plan.remove(0));
        QCOMPARE(order(), (QStringList{"daily", "weekly"}));

        // The order and the edits are what a new start reads.
        Plan reopened(m_db->connection(), &m_catalog, nullptr, nullptr);
        reopened.load();
        QCOMPARE(reopened.entries(), plan.entries());
        QCOMPARE(reopened.entries().first().addedOn, kMonday);
    }

    // Start runs what is due, back to back; the run's sessions are linked to it and the day's
    // plan shows them done.
    void startRunsTheDueEntriesAndLinksTheirSessions()
    {
        FakeClock clock;
        FakeClipOutput output(&clock);
        SessionRepository sessions(m_db->connection());
        GuidedSession guided(&m_catalog, &sessions, &output, &clock);
        Plan plan(m_db->connection(), &m_catalog, &guided, nullptr);
        const QDateTime now = clock.now();
        plan.setClock([&clock] { return clock.now(); });
        plan.load();
        QCOMPARE(plan.startToday(), QStringLiteral("Nothing in your plan is due today."));
        QCOMPARE(plan.add(kCentre, "both", "daily"), QString());
        QCOMPARE(plan.add(kBoth, "right", "daily"), QString());
        // Not due today: chosen for another weekday only.
        const int otherDay = 1 << (now.date().addDays(1).dayOfWeek() - 1);
        QCOMPARE(plan.add(kBoth, "left", "weekdays", 0, otherDay), QString());
        QCOMPARE(plan.dueCount(), 2);
        QCOMPARE(plan.doneCount(), 0);

        QCOMPARE(plan.startToday(), QString());
        QCOMPARE(guided.partCount(), 2);
        const qint64 run = guided.planRunId();
        QVERIFY(run > 0);
        guided.begin(4);
        clock.advance(300000);
        QCOMPARE(guided.phase(), GuidedSession::Phase::Review);
        guided.finish(2);

        const QList<SessionRecord> rows = sessions.page(0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).regionId, QStringLiteral("forearm-wrist-right"));
        QCOMPARE(rows.at(1).techniqueId, kCentre);
        PlanRepository repo(m_db->connection());
        QCOMPARE(repo.sessionsOfRun(run), (QList<qint64>{rows.at(1).id, rows.at(0).id}));
        // saved() reloaded the plan: both done, nothing due.
        QCOMPARE(plan.doneCount(), 2);
        QCOMPARE(plan.dueCount(), 0);
        QCOMPARE(plan.index(2).data(Plan::StatusRole).toString(), QStringLiteral("rest"));
        const QVariantList weeks = plan.adherence(2);
        QCOMPARE(weeks.size(), 2);
        const QVariantMap thisWeek = weeks.last().toMap();
        QCOMPARE(thisWeek.value("monday").toDate(), PlanSchedule::mondayOf(now.date()));
        QCOMPARE(thisWeek.value("done").toInt(), 2);
        QCOMPARE(weeks.first().toMap().value("planned").toInt(), 0); // before the plan
    }

    // --- the plan file ---------------------------------------------------------------------

    void aPlanFileRoundTrips()
    {
        QList<PlanEntry> entries = {
            entry(kBoth, PlanEntry::Frequency::Daily, 0, PlanEntry::Side::Right),
            entry(kCentre, PlanEntry::Frequency::TimesPerWeek, 4),
            entry(kBoth, PlanEntry::Frequency::Weekdays, 1 | 4 | 64, PlanEntry::Side::Left)};
        const QByteArray json = PlanFile::write(entries, QDateTime(kMonday, QTime(8, 0)));
        const PlanFile::Contents back = PlanFile::parse(json, [](const QString &) { return true; });
        QVERIFY2(back.ok, qPrintable(back.error));
        for (PlanEntry &e : entries)
            e.addedOn = {}; // the day it joins a plan is the importing phone's
        QCOMPARE(back.entries, entries);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("version").toInt(), 1);
        QCOMPARE(root.value("customTechniques").toObject().value("version").toInt(), 1);
        QCOMPARE(root.value("entries").toArray().at(2).toObject().value("days").toArray(),
                 (QJsonArray{"mon", "wed", "sun"}));
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const auto plan = [](const QByteArray &entries, const QByteArray &extra = {}) {
            return QByteArray(R"({"format":"unknot-plan","version":1,)") + extra + R"("entries":)" +
                   entries + "}";
        };
        QTest::newRow("not json") << QByteArray("{\"format\":") << "not readable JSON";
        QTest::newRow("an array") << QByteArray("[]") << "not readable JSON";
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1})") << "This file is not an Unknot plan.";
        QTest::newRow("no version")
            << QByteArray(R"({"format":"unknot-plan"})") << "no valid format version";
        QTest::newRow("fractional version")
            << QByteArray(R"({"format":"unknot-plan","version":1.5})") << "no valid format";
        QTest::newRow("newer") << QByteArray(R"({"format":"unknot-plan","version":3})")
                               << "newer version of Unknot";
        QTest::newRow("no entries")
            << QByteArray(R"({"format":"unknot-plan","version":1})") << "lists no techniques";
        QTest::newRow("empty") << plan("[]") << "This plan is empty.";
        QTest::newRow("entry not object") << plan("[1]") << "Technique 1 of the plan is not";
        QTest::newRow("bad id")
            << plan(R"([{"technique":"../x","side":"both","frequency":"daily"}])")
            << "does not name a technique";
        QTest::newRow("bad side")
            << plan(R"([{"technique":"fixture-each-side","side":"up","frequency":"daily"}])")
            << "has no side";
        QTest::newRow("bad frequency")
            << plan(R"([{"technique":"fixture-each-side","side":"both","frequency":"hourly"}])")
            << "has no frequency";
        QTest::newRow("nine a week") << plan(R"([{"technique":"fixture-each-side","side":"both",)"
                                             R"("frequency":"weekly","timesPerWeek":9}])")
                                     << "timesPerWeek from 1 to 7";
        QTest::newRow("text times") << plan(R"([{"technique":"fixture-each-side","side":"both",)"
                                            R"("frequency":"weekly","timesPerWeek":"3"}])")
                                    << "timesPerWeek from 1 to 7";
        QTest::newRow("bad day") << plan(R"([{"technique":"fixture-each-side","side":"both",)"
                                         R"("frequency":"weekdays","days":["mon","funday"]}])")
                                 << "names a day that is not mon to sun";
        QTest::newRow("no days") << plan(R"([{"technique":"fixture-each-side","side":"both",)"
                                         R"("frequency":"weekdays","days":[]}])")
                                 << "at least one day";
        QByteArray many = "[";
        for (int i = 0; i <= PlanFile::kMaxEntries; ++i)
            many += R"({"technique":"fixture-each-side","side":"both","frequency":"daily"},)";
        many.chop(1);
        many += "]";
        QTest::newRow("too many") << plan(many) << "more techniques than Unknot accepts";
        QTest::newRow("too large") << QByteArray(PlanFile::kMaxBytes + 1, ' ') << "too large";
        QTest::newRow("all unknown")
            << plan(R"([{"technique":"not-here","side":"both","frequency":"daily"}])")
            << "None of this plan's techniques are in this version of Unknot: not-here.";
        QTest::newRow("newer custom slot")
            << plan(R"([{"technique":"fixture-each-side","side":"both","frequency":"daily"}])",
                    R"("customTechniques":{"version":2,"techniques":[]},)")
            << "custom techniques were made by a newer version";
        QTest::newRow("damaged custom slot")
            << plan(R"([{"technique":"fixture-each-side","side":"both","frequency":"daily"}])",
                    R"("customTechniques":[],)")
            << "custom techniques in this plan file are damaged";
    }
    void hostileFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const PlanFile::Contents c =
            PlanFile::parse(json, [this](const QString &id) { return m_catalog.hasTechnique(id); });
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(error), qPrintable(c.error));
        QVERIFY(c.entries.isEmpty());
    }

    // A plan arriving from a file is shown first; the current plan changes only on Replace.
    void importAsksBeforeReplacingAndReportsUnknownTechniques()
    {
        Plan plan(m_db->connection(), &m_catalog, nullptr, nullptr);
        plan.setClock([] { return QDateTime(kMonday, QTime(9, 0)); });
        plan.load();
        QCOMPARE(plan.add(kBoth, "both", "daily"), QString());
        const QList<PlanEntry> before = plan.entries();

        const QString path = m_dir.filePath(QStringLiteral("incoming.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"unknot-plan","version":1,"entries":[
            {"technique":"fixture-each-side","side":"both","frequency":"weekly","timesPerWeek":3},
            {"technique":"from-the-clinic","side":"left","frequency":"daily"}],
            "customTechniques":{"version":1,"techniques":[]},
            "comment":"unknown keys are ignored"})");
        file.close();

        QSignalSpy pending(&plan, &Plan::pendingImportChanged);
        QCOMPARE(plan.previewImport(QUrl::fromLocalFile(path)), QString());
        QCOMPARE(pending.count(), 1);
        QCOMPARE(plan.pendingImport().size(), 1);
        QCOMPARE(plan.pendingImport().first().toMap().value("title").toString(),
                 QStringLiteral("Fixture neck release"));
        QVERIFY(plan.importNotes().contains(QLatin1String("from-the-clinic")));
        QCOMPARE(plan.entries(), before); // nothing changed yet

        plan.cancelImport();
        QVERIFY(plan.pendingImport().isEmpty());
        QCOMPARE(plan.applyImport(), QStringLiteral("There is no plan waiting to be imported."));
        QCOMPARE(plan.entries(), before);

        QCOMPARE(plan.previewImport(QUrl::fromLocalFile(path)), QString());
        QCOMPARE(plan.applyImport(), QString());
        QCOMPARE(plan.count(), 1);
        QCOMPARE(plan.entries().first().techniqueId, kCentre);
        QCOMPARE(plan.entries().first().timesPerWeek, 3);

        // A damaged file changes nothing and says why.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\":\"unknot-plan\",");
        file.close();
        QVERIFY(plan.previewImport(QUrl::fromLocalFile(path)).contains("not readable JSON"));
        QCOMPARE(plan.count(), 1);
        QVERIFY(plan.previewImport(QUrl::fromLocalFile(m_dir.filePath("missing.json")))
                    .startsWith("The plan file could not be opened"));
    }

    void exportWritesWhatImportReads()
    {
        Plan plan(m_db->connection(), &m_catalog, nullptr, nullptr);
        plan.load();
        const QUrl target = QUrl::fromLocalFile(m_dir.filePath(plan.suggestedFileName()));
        QCOMPARE(plan.exportTo(target),
                 QStringLiteral("The plan is empty: add a technique first."));
        QCOMPARE(plan.add(kBoth, "left", "weekdays", 0, 2 | 32), QString());
        QCOMPARE(plan.add(kCentre, "both", "daily"), QString());
        QCOMPARE(plan.exportTo(target), QString());
        const QList<PlanEntry> exported = plan.entries();
        QVERIFY(plan.remove(0));
        QCOMPARE(plan.previewImport(target), QString());
        QCOMPARE(plan.applyImport(), QString());
        QCOMPARE(plan.count(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(plan.entries().at(i).techniqueId, exported.at(i).techniqueId);
            QCOMPARE(plan.entries().at(i).side, exported.at(i).side);
            QCOMPARE(plan.entries().at(i).weekdays, exported.at(i).weekdays);
        }
    }

    // unknot://plan and unknot://plan/start reach the UI as their own requests; a plan file
    // handed to the app (a path or a file URL) is read and offered, a bad one said plainly.
    void linksAndFilesAreRouted()
    {
        AppCore::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("core.sqlite"));
        config.settingsPath = m_dir.filePath(QStringLiteral("core.ini"));
        AppCore core(config);
        core.safety()->onboarding()->acknowledge(); // links wait for it (tst_onboardinglinks)
        QSignalSpy open(&core, &AppCore::planRequested);
        QSignalSpy start(&core, &AppCore::planStartRequested);
        QSignalSpy failed(&core, &AppCore::linkFailed);
        QSignalSpy offered(core.plan(), &Plan::importOffered);
        core.openLink(QStringLiteral("unknot://plan"));
        core.openLink(QStringLiteral("unknot://plan/start"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(start.count(), 1);
        QCOMPARE(failed.count(), 0);

        const QString path = m_dir.filePath(QStringLiteral("from-clinic.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"unknot-plan","version":1,"entries":[
            {"technique":"forearm-flexor-release","side":"left","frequency":"daily"}]})");
        file.close();
        // Read on a worker thread: offered once it is checked; one file at a time.
        core.openLink(path);
        QVERIFY(core.plan()->importBusy());
        QTRY_COMPARE(offered.count(), 1);
        core.openLink(QUrl::fromLocalFile(path).toString());
        QTRY_COMPARE(offered.count(), 2);
        // A file opened while another is still being read is not lost: it follows.
        core.openLink(path);
        core.openLink(QUrl::fromLocalFile(path).toString());
        QTRY_COMPARE(offered.count(), 4);
        QCOMPARE(core.plan()->pendingImport().size(), 1);
        QCOMPARE(core.plan()->count(), 0); // nothing imported before Replace

        core.openLink(m_dir.filePath(QStringLiteral("missing.json")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().startsWith(
            QLatin1String("The plan file could not be opened")));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
