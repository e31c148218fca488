// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/catalog.h"
#include "fakeclipoutput.h"
#include "fakeclock.h"
#include "session/fixturetechnique.h"
#include "session/guidedsession.h"
#include "session/sessionrecovery.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace unknot;
using Phase = GuidedSession::Phase;

namespace {

// Everything a session needs, on a database file of its own and the fake clock.
struct Rig
{
    explicit Rig(const QString &dbPath, const QString &connection = QStringLiteral("engine"))
        : db(connection)
    {
        catalog.setTechniques({SessionFixture::bothSides(), SessionFixture::eachSideCentre()});
        opened = db.open(dbPath);
        repo = std::make_unique<SessionRepository>(db.connection());
        session = std::make_unique<GuidedSession>(&catalog, repo.get(), &output, &clock);
    }
    ~Rig()
    {
        session.reset();
        repo.reset();
        db.close();
    }

    FakeClock clock;
    FakeClipOutput output{&clock};
    Catalog catalog;
    Database db;
    bool opened = false;
    std::unique_ptr<SessionRepository> repo;
    std::unique_ptr<GuidedSession> session;
};

const char kTechnique[] = "fixture-both-sides";

// Child mode: run two steps of a session, then die the hardest way there is.
int runKilledChild(const QString &dbPath)
{
    Rig rig(dbPath, QStringLiteral("child"));
    if (!rig.opened || !rig.session->start(QString::fromLatin1(kTechnique)))
        return 2;
    rig.session->begin(6);
    rig.clock.advance(18500); // both steps of the left side's first two are done
    if (rig.session->stepsCompleted() != 2)
        return 3;
    std::raise(SIGKILL);
    return 4;
}

} // namespace

class TestSessionEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Rig> m_rig;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("engine.sqlite")); }
    GuidedSession &session() { return *m_rig->session; }
    FakeClock &clock() { return m_rig->clock; }
    FakeClipOutput &output() { return m_rig->output; }

    void startRunning(int painBefore = -1)
    {
        QVERIFY(
            session().start(QString::fromLatin1(kTechnique), QStringLiteral("forearm-wrist-left")));
        QCOMPARE(session().phase(), Phase::Preparing);
        session().begin(painBefore);
        QCOMPARE(session().phase(), Phase::Running);
    }

private slots:
    void init()
    {
        QFile::remove(dbPath());
        m_rig = std::make_unique<Rig>(dbPath());
        QVERIFY(m_rig->opened);
    }
    void cleanup() { m_rig.reset(); }

    void runsBothSidesWithCountsChimesAndAnnouncements()
    {
        QSignalSpy sides(&session(), &GuidedSession::stepChanged);
        startRunning(4);
        QCOMPARE(session().side(), QStringLiteral("left"));
        QCOMPARE(session().stepCount(), 6);
        QCOMPARE(session().stepNumber(), 1);
        clock().advance(60000);
        QCOMPARE(session().phase(), Phase::Review);
        // Each clip lasts 1.5 s on the fake output; holds and repetitions run on the clock.
        const QStringList expected = {
            "left-side@0",   "01@1500",        "chime@8000",         "02@9500",
            "count-1@11000", "count-2@13000",  "last-one@15000",     "chime@17000",
            "03@18500",      "chime@23000",    "switch-sides@24500", "right-side@26000",
            "01@27500",      "chime@34000",    "02@35500",           "count-1@37000",
            "count-2@39000", "last-one@41000", "chime@43000",        "03@44500",
            "chime@49000",   "well-done@50500"};
        QCOMPARE(output().log, expected);
        QCOMPARE(session().stepsCompleted(), 6);
        QVERIFY(session().completed());
        QVERIFY(sides.count() >= 6);
    }

    void showsSideStepAndCountdownAsItGoes()
    {
        startRunning();
        clock().advance(1500 + 1500); // announcement and cue: the hold begins
        QCOMPARE(session().activity(), QStringLiteral("hold"));
        QCOMPARE(session().secondsLeft(), 5);
        clock().advance(1);
        QCOMPARE(session().secondsLeft(), 5); // 4.999 s left shows as 5
        clock().advance(999);
        QCOMPARE(session().secondsLeft(), 4);
        clock().advance(9500 - 4000 + 1500 + 2000); // into the second repetition of step 2
        QCOMPARE(session().stepNumber(), 2);
        QVERIFY(session().repetitions());
        QCOMPARE(session().repetition(), 2);
        QCOMPARE(session().repetitionCount(), 3);
        clock().advance(26000 - 13000 + 1500); // the right side's first step
        QCOMPARE(session().stepIndex(), 3);
        QCOMPARE(session().stepNumber(), 1);
        QCOMPARE(session().side(), QStringLiteral("right"));
        QCOMPARE(session().stepText(), QStringLiteral("Pin the tight spot"));
    }

    void pauseKeepsTheTimeLeftExactly()
    {
        startRunning();
        clock().advance(3000 + 1700); // 1.7 s into the 5 s hold
        session().pause();
        QVERIFY(session().paused());
        QVERIFY(!session().interrupted());
        clock().advance(10 * 60 * 1000); // a long pause changes nothing
        QCOMPARE(session().activity(), QStringLiteral("hold"));
        QCOMPARE(session().secondsLeft(), 4);
        QCOMPARE(output().log.size(), 2);
        session().resume();
        clock().advance(3299);
        QCOMPARE(session().activity(), QStringLiteral("hold"));
        clock().advance(1);
        QCOMPARE(session().activity(), QStringLiteral("chime"));
        QCOMPARE(output().log.last(), QStringLiteral("chime@%1").arg(3000 + 600000 + 5000));
    }

    void pauseMidClipResumesTheClipWhereItWas()
    {
        startRunning();
        clock().advance(1500 + 600); // 0.6 s into the first cue
        QCOMPARE(output().playing(), QStringLiteral("01"));
        session().pause();
        QVERIFY(output().isPaused());
        QCOMPARE(output().positionMs(), 600);
        clock().advance(5000);
        session().resume();
        QCOMPARE(output().resumes, 1);
        QCOMPARE(output().log.size(), 2); // resumed, not played again from the start
        clock().advance(899);
        QCOMPARE(session().activity(), QStringLiteral("cue"));
        clock().advance(1);
        QCOMPARE(session().activity(), QStringLiteral("hold"));
    }

    void pauseDuringRepetitionsKeepsTheTempo()
    {
        startRunning();
        clock().advance(11000 + 500); // half a second into "one"
        QCOMPARE(session().repetition(), 1);
        session().pause();
        clock().advance(7000);
        session().resume();
        clock().advance(1499);
        QCOMPARE(session().repetition(), 1);
        clock().advance(1);
        QCOMPARE(session().repetition(), 2);
        QCOMPARE(output().log.last(), QStringLiteral("count-2@%1").arg(13000 + 7000));
    }

    void nextAndBackMidClipMoveCleanly()
    {
        startRunning();
        clock().advance(9500 + 400); // 0.4 s into step 2's cue
        QCOMPARE(output().playing(), QStringLiteral("02"));
        session().next();
        QCOMPARE(session().stepIndex(), 2);
        QCOMPARE(output().playing(), QStringLiteral("03"));
        QCOMPARE(output().log.last(), QStringLiteral("03@9900"));
        QCOMPARE(session().stepsCompleted(), 2); // the skipped step counts as done
        clock().advance(700);                    // 0.7 s into step 3's cue
        session().back();
        QCOMPARE(session().stepIndex(), 1);
        QCOMPARE(output().log.last(), QStringLiteral("02@10600"));
        // The cue of step 3 was cut off: its end must not move step 2 along.
        clock().advance(1499);
        QCOMPARE(session().activity(), QStringLiteral("cue"));
        clock().advance(1);
        QCOMPARE(session().activity(), QStringLiteral("repetition"));
        QCOMPARE(output().log.last(), QStringLiteral("count-1@12100"));
        // Back on the first step starts it again.
        session().back();
        session().back();
        QCOMPARE(session().stepIndex(), 0);
        QCOMPARE(output().log.last(), QStringLiteral("left-side@12100"));
    }

    void nextWhilePausedCarriesOn()
    {
        startRunning();
        clock().advance(4000);
        session().pause();
        session().next();
        QVERIFY(!session().paused());
        QCOMPARE(output().playing(), QStringLiteral("02"));
    }

    void sharpPainStopsAtOnceAndIsRecorded()
    {
        startRunning(3);
        clock().advance(9500 + 700);
        session().stopForPain();
        QCOMPARE(session().phase(), Phase::PainStopped);
        QVERIFY(output().playing().isEmpty());
        const int logged = output().log.size();
        clock().advance(60000);
        QCOMPARE(output().log.size(), logged); // nothing more is played
        const SessionRecord r = *m_rig->repo->byId(session().record().id);
        QVERIFY(r.stoppedForPain);
        QVERIFY(!r.completed);
        QCOMPARE(r.stepsCompleted, 1);
        QCOMPARE(r.endedAt, r.startedAt.addMSecs(10200));
        session().finish();
        QCOMPARE(session().phase(), Phase::Idle);
        QVERIFY(m_rig->repo->byId(r.id)->stoppedForPain);
    }

    void stopRecordsWhatWasDone()
    {
        QSignalSpy finished(&session(), &GuidedSession::finished);
        startRunning();
        clock().advance(18500 + 100);
        session().stop();
        QCOMPARE(session().phase(), Phase::Review);
        session().finish(-1, QString());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        // Stopped halfway through the left side: only the left side has a row.
        QCOMPARE(m_rig->repo->count(), 1);
        const SessionRecord r = *m_rig->repo->byId(session().lastSavedId());
        QCOMPARE(r.regionId, QStringLiteral("forearm-wrist-left"));
        QVERIFY(!r.completed);
        QCOMPARE(r.stepsCompleted, 2);
        QCOMPARE(r.stepsTotal, 3);
        QVERIFY(!r.painAfter);
        QVERIFY(!r.stoppedForPain);
    }

    // Stopped during the second side: the first side is recorded as done, the second as begun.
    void stopOnTheSecondSideRecordsBothSidesAsTheyWere()
    {
        startRunning(4);
        clock().advance(34000 + 100); // the right side's first step is done
        session().stop();
        session().finish(3);
        const QList<SessionRecord> rows = m_rig->repo->page(0, 10);
        QCOMPARE(rows.size(), 2);
        const SessionRecord &right = rows.at(0); // newest first
        const SessionRecord &left = rows.at(1);
        QCOMPARE(left.regionId, QStringLiteral("forearm-wrist-left"));
        QVERIFY(left.completed);
        QCOMPARE(left.stepsCompleted, 3);
        QCOMPARE(right.regionId, QStringLiteral("forearm-wrist-right"));
        QVERIFY(!right.completed);
        QCOMPARE(right.stepsCompleted, 1);
        QCOMPARE(right.stepsTotal, 3);
        QCOMPARE(left.painAfter, 3);
        QCOMPARE(right.painAfter, 3);
    }

    // Both sides done: each side's region gets a row of its own with that side's time and
    // steps, so its totals, pain trend and colour on the map see the work.
    void savesEveryFieldOfAFinishedSessionForEachSide()
    {
        QSignalSpy saved(&session(), &GuidedSession::saved);
        const QDateTime started = clock().now();
        startRunning(6);
        clock().advance(60000);
        session().finish(2, QStringLiteral("  Looser than last week  "));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_rig->repo->count(), 2);
        const SessionRecord left = *m_rig->repo->byId(saved.first().first().toLongLong());
        const SessionRecord right = m_rig->repo->page(0, 1).first();
        QVERIFY(right.id != left.id);
        for (const SessionRecord &r : {left, right}) {
            QCOMPARE(r.techniqueId, QString::fromLatin1(kTechnique));
            QCOMPARE(r.startedAt.offsetFromUtc(), 3600);
            QCOMPARE(r.stepsCompleted, 3);
            QCOMPARE(r.stepsTotal, 3);
            QVERIFY(r.completed);
            QCOMPARE(r.painBefore, 6);
            QCOMPARE(r.painAfter, 2);
            QVERIFY(!r.stoppedForPain);
            QCOMPARE(r.note, QStringLiteral("Looser than last week"));
        }
        QCOMPARE(left.regionId, QStringLiteral("forearm-wrist-left"));
        QCOMPARE(left.sides, QStringLiteral("left"));
        QCOMPARE(left.startedAt, started);
        QCOMPARE(left.endedAt, started.addMSecs(24500)); // "switch sides" begins the right
        QCOMPARE(right.regionId, QStringLiteral("forearm-wrist-right"));
        QCOMPARE(right.sides, QStringLiteral("right"));
        QCOMPARE(right.startedAt, started.addMSecs(24500));
        QCOMPARE(right.endedAt, started.addMSecs(52000));
    }

    // The plan's Start: two techniques as one session. One rating before and one after, a
    // timed "Next: ..." transition between them, closing words only at the very end, and each
    // technique's rows written and reported for linking to the run.
    void aPlanRunWorksTechniquesBackToBackAndRecordsEach()
    {
        QSignalSpy linked(&session(), &GuidedSession::rowRecorded);
        QSignalSpy saved(&session(), &GuidedSession::saved);
        QStringList seen; // activity changes: "part:activity:title"
        connect(&session(), &GuidedSession::activityChanged, this, [&] {
            seen << QStringLiteral("%1:%2:%3")
                        .arg(session().partIndex())
                        .arg(session().activity(), session().title());
        });
        QVERIFY(session().startRun(
            {{QStringLiteral("fixture-each-side"), {}, false},
             {QString::fromLatin1(kTechnique), QStringLiteral("forearm-wrist-right"), true}},
            7));
        QCOMPARE(session().partCount(), 2);
        QCOMPARE(session().planRunId(), 7);
        QCOMPARE(session().stepCount(), 2 * 2 + 3); // each side twice, then the right only
        session().begin(5);
        clock().advance(200000);
        QCOMPARE(session().phase(), Phase::Review);
        QVERIFY(session().completed());

        // The transition comes once, between the two, showing the second technique.
        const QStringList transitions = seen.filter(QStringLiteral(":transition:"));
        QCOMPARE(transitions, QStringList{QStringLiteral("1:transition:Fixture forearm release")});
        const qsizetype at = seen.indexOf(transitions.first());
        QVERIFY(seen.at(at - 1).startsWith(QLatin1String("0:chime:Fixture neck release")));
        // Only the last technique says the closing words; the transition is silent for now.
        QCOMPARE(output().log.filter(QStringLiteral("well-done@")).size(), 1);
        QVERIFY(output().log.last().startsWith(QLatin1String("well-done@")));
        const auto startOf = [this](const QString &entry) {
            return entry.section(QLatin1Char('@'), 1).toLongLong();
        };
        // The first technique's last chime, then 5 s of transition before the right side.
        qsizetype right = 0;
        while (right < output().log.size() &&
               !output().log.at(right).startsWith(QLatin1String("right-side@")))
            ++right;
        QVERIFY2(right > 0 && right < output().log.size(), qPrintable(output().log.join(u' ')));
        QCOMPARE(startOf(output().log.at(right)) - startOf(output().log.at(right - 1)),
                 1500 + GuidedSession::kTransitionMs);

        session().finish(1, QStringLiteral("plan day"));
        QCOMPARE(saved.count(), 1);
        const QList<SessionRecord> rows = m_rig->repo->page(0, 10);
        QCOMPARE(rows.size(), 2);
        const SessionRecord forearm = rows.at(0);
        const SessionRecord neck = rows.at(1);
        QCOMPARE(neck.techniqueId, QStringLiteral("fixture-each-side"));
        QCOMPARE(neck.stepsTotal, 4);
        QCOMPARE(forearm.techniqueId, QString::fromLatin1(kTechnique));
        QCOMPARE(forearm.regionId, QStringLiteral("forearm-wrist-right"));
        QCOMPARE(forearm.stepsTotal, 3);
        QCOMPARE(forearm.startedAt, neck.endedAt);
        for (const SessionRecord &r : rows) {
            QVERIFY(r.completed);
            QCOMPARE(r.stepsCompleted, r.stepsTotal);
            QCOMPARE(r.painBefore, 5);
            QCOMPARE(r.painAfter, 1);
            QCOMPARE(r.note, QStringLiteral("plan day"));
        }
        QCOMPARE(linked.count(), 2);
        QCOMPARE(linked.at(0), (QVariantList{neck.id, qint64(7)}));
        QCOMPARE(linked.at(1), (QVariantList{forearm.id, qint64(7)}));
    }

    // Stopped during the second technique: the first stays complete, the second incomplete.
    void stoppingARunKeepsWhatWasDone()
    {
        QVERIFY(session().startRun({{QStringLiteral("fixture-each-side"), {}, false},
                                    {QString::fromLatin1(kTechnique), {}, false}}));
        session().begin(3);
        while (session().partIndex() == 0)
            clock().advance(500);
        session().stop();
        session().finish();
        const QList<SessionRecord> rows = m_rig->repo->page(0, 10);
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.at(0).completed);
        QCOMPARE(rows.at(0).techniqueId, QString::fromLatin1(kTechnique));
        QVERIFY(rows.at(1).completed);
    }

    void aRunWithAnUnknownTechniqueDoesNotStart()
    {
        QSignalSpy failed(&session(), &GuidedSession::failed);
        QVERIFY(!session().startRun(
            {{QString::fromLatin1(kTechnique), {}, false}, {QStringLiteral("nope"), {}, false}}));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(session().phase(), Phase::Idle);
    }

    // The user tapped the right forearm: the session starts there.
    void startsOnTheTappedSide()
    {
        QVERIFY(session().start(QString::fromLatin1(kTechnique),
                                QStringLiteral("forearm-wrist-right")));
        session().begin(5);
        QCOMPARE(session().side(), QStringLiteral("right"));
        QCOMPARE(session().record().regionId, QStringLiteral("forearm-wrist-right"));
        clock().advance(60000);
        QCOMPARE(output().log.first(), QStringLiteral("right-side@0"));
        QVERIFY(output().log.contains(QStringLiteral("left-side@26000")));
        session().finish();
        const QList<SessionRecord> rows = m_rig->repo->page(0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).regionId, QStringLiteral("forearm-wrist-right"));
        QCOMPARE(rows.at(0).regionId, QStringLiteral("forearm-wrist-left"));
    }

    void thisSideOnlyDoesAndRecordsOneSide()
    {
        QVERIFY(session().start(QString::fromLatin1(kTechnique),
                                QStringLiteral("forearm-wrist-right"), true));
        QCOMPARE(session().stepCount(), 3);
        session().begin();
        clock().advance(60000);
        QCOMPARE(session().phase(), Phase::Review);
        QVERIFY(session().completed());
        QVERIFY(!output().log.contains(QStringLiteral("switch-sides@24500")));
        QCOMPARE(output().log.last(), QStringLiteral("well-done@24500"));
        session().finish();
        QCOMPARE(m_rig->repo->count(), 1);
        const SessionRecord r = m_rig->repo->page(0, 1).first();
        QCOMPARE(r.regionId, QStringLiteral("forearm-wrist-right"));
        QCOMPARE(r.sides, QStringLiteral("right"));
        QCOMPARE(r.stepsTotal, 3);
        QVERIFY(r.completed);
    }

    // Opened by a link (no region): both sides are recorded, not the left twice over.
    void aSessionOpenedByLinkRecordsBothSides()
    {
        QVERIFY(session().start(QString::fromLatin1(kTechnique)));
        session().begin();
        clock().advance(60000);
        session().finish();
        QStringList regions;
        for (const SessionRecord &r : m_rig->repo->page(0, 10))
            regions << r.regionId;
        QCOMPARE(regions, QStringList({"forearm-wrist-right", "forearm-wrist-left"}));
    }

    // A centre area worked one side at a time: the session runs the second side itself
    // (switch, the steps again, then the closing words) and the history counts it once.
    void anEachSideCentreTechniqueRunsTheSecondSideAndCountsOnce()
    {
        QVERIFY(session().start(QStringLiteral("fixture-each-side")));
        QCOMPARE(session().passCount(), 2);
        session().begin(3);
        QCOMPARE(session().pass(), 0);
        QVERIFY(session().side().isEmpty());
        clock().advance(11500 + 1500 + 100);
        QCOMPARE(session().pass(), 1);
        QCOMPARE(session().stepNumber(), 1);
        clock().advance(60000);
        QCOMPARE(session().phase(), Phase::Review);
        const QStringList expected = {
            "01@0",          "chime@2500",     "02@4000",     "count-1@5500",
            "count-2@7000",  "last-one@8500",  "chime@10000", "switch-sides@11500",
            "01@13000",      "chime@15500",    "02@17000",    "count-1@18500",
            "count-2@20000", "last-one@21500", "chime@23000", "well-done@24500"};
        QCOMPARE(output().log, expected);
        session().finish(1);
        QCOMPARE(m_rig->repo->count(), 1);
        const SessionRecord r = m_rig->repo->page(0, 1).first();
        QCOMPARE(r.regionId, QStringLiteral("neck"));
        QCOMPARE(r.sides, QString());
        QCOMPARE(r.stepsTotal, 4);
        QCOMPARE(r.stepsCompleted, 4);
        QVERIFY(r.completed);
        QCOMPARE(r.endedAt, r.startedAt.addMSecs(26000));
    }

    void theRowIsWrittenAtTheStartAndAsStepsComplete()
    {
        QVERIFY(session().start(QString::fromLatin1(kTechnique)));
        QCOMPARE(m_rig->repo->count(), 0); // nothing done yet while the rating is asked
        session().begin();
        QCOMPARE(m_rig->repo->count(), 1);
        const qint64 id = session().record().id;
        QVERIFY(!m_rig->repo->byId(id)->endedAt.isValid());
        QCOMPARE(m_rig->repo->unfinished().size(), 1);
        clock().advance(8000);
        QCOMPARE(m_rig->repo->byId(id)->stepsCompleted, 1);
        clock().advance(9000);
        QCOMPARE(m_rig->repo->byId(id)->stepsCompleted, 2);
        QVERIFY(!m_rig->repo->byId(id)->completed);
    }

    void skippingThePainRatingLeavesItEmpty()
    {
        startRunning(-1);
        session().stop();
        QVERIFY(!m_rig->repo->byId(session().record().id)->painBefore);
    }

    void stoppingBeforeTheStepsRecordsNothing()
    {
        QVERIFY(session().start(QString::fromLatin1(kTechnique)));
        session().stop();
        QCOMPARE(session().phase(), Phase::Idle);
        QCOMPARE(m_rig->repo->count(), 0);
    }

    void voiceOffKeepsChimesAndTiming()
    {
        session().setVoiceOff(true);
        startRunning();
        clock().advance(18000);
        QCOMPARE(output().log, QStringList({"chime@5000", "chime@12500", "chime@17000"}));
        QCOMPARE(session().stepIndex(), 2);
        // Turning the voice back on speaks from the next clip on.
        session().setVoiceOff(false);
        clock().advance(1000);
        QCOMPARE(output().log.last(), QStringLiteral("switch-sides@18500"));
    }

    void voiceOffMidCueMovesToTheTiming()
    {
        startRunning();
        clock().advance(1500 + 300);
        session().setVoiceOff(true);
        QCOMPARE(session().activity(), QStringLiteral("hold"));
        QVERIFY(output().playing().isEmpty());
    }

    void anInterruptionPausesAndOffersToResume()
    {
        startRunning();
        clock().advance(3500);
        output().interrupt();
        QVERIFY(session().paused());
        QVERIFY(session().interrupted());
        clock().advance(30000);
        QCOMPARE(session().activity(), QStringLiteral("hold"));
        session().resume();
        QVERIFY(!session().interrupted());
        clock().advance(4499);
        QCOMPARE(session().activity(), QStringLiteral("hold"));
        clock().advance(1);
        QCOMPARE(session().activity(), QStringLiteral("chime"));
    }

    void theNextClipIsPreloaded()
    {
        startRunning();
        QCOMPARE(output().preloaded, QStringLiteral("01"));
        clock().advance(3000); // the hold: the chime is next
        QCOMPARE(output().preloaded, QStringLiteral("chime"));
        clock().advance(5000); // the chime: the next step's cue is next
        QCOMPARE(output().preloaded, QStringLiteral("02"));
    }

    void aSessionDestroyedMidwayIsRecoveredAsIncomplete()
    {
        startRunning(5);
        clock().advance(18500);
        const qint64 id = session().record().id;
        m_rig->session.reset(); // the app went away without ending the session
        QVERIFY(!m_rig->repo->byId(id)->endedAt.isValid());
        const QDateTime later = clock().now().addDays(1);
        QCOMPARE(SessionRecovery::closeUnfinished(*m_rig->repo, m_rig->catalog, later), 1);
        const SessionRecord r = *m_rig->repo->byId(id);
        QVERIFY(!r.completed);
        QCOMPARE(r.stepsCompleted, 2);
        QCOMPARE(r.painBefore, 5);
        // Its end is estimated from the steps done, not the time of the next start.
        QCOMPARE(r.endedAt, r.startedAt.addMSecs(5000 + 6000));
        QVERIFY(m_rig->repo->unfinished().isEmpty());
        QCOMPARE(SessionRecovery::closeUnfinished(*m_rig->repo, m_rig->catalog, later), 0);
    }

    void aKilledProcessIsRecoveredOnTheNextOpen()
    {
        m_rig.reset();
        QFile::remove(dbPath());
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--killed-child"), dbPath()});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        m_rig = std::make_unique<Rig>(dbPath());
        QVERIFY(m_rig->opened);
        QCOMPARE(m_rig->repo->unfinished().size(), 1);
        QCOMPARE(SessionRecovery::closeUnfinished(*m_rig->repo, m_rig->catalog,
                                                  QDateTime::currentDateTime()),
                 1);
        const SessionRecord r = m_rig->repo->page(0, 10).first();
        QVERIFY(!r.completed);
        QCOMPARE(r.stepsCompleted, 2);
        QCOMPARE(r.stepsTotal, 3); // the left side's row
        QCOMPARE(r.painBefore, 6);
        QVERIFY(r.endedAt.isValid());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--killed-child") == 0)
        return runKilledChild(QString::fromLocal8Bit(argv[2]));
    TestSessionEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionengine.moc"
