// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/fixturetechnique.h"
#include "session/sessionplan.h"

#include <QFileInfo>
#include <QTest>

using namespace unknot;

class TestSessionPlan : public QObject
{
    Q_OBJECT

    static QStringList names(const PlannedStep &step)
    {
        QStringList out;
        for (const Segment &s : step.segments)
            out << (s.clip.isEmpty() ? QStringLiteral("hold %1").arg(s.durationMs)
                                     : QFileInfo(s.clip.path()).completeBaseName());
        return out;
    }

private slots:
    void bothSidesRunsLeftThenRightWithAnnouncements()
    {
        const SessionPlan plan = SessionPlan::build(SessionFixture::bothSides());
        QCOMPARE(plan.steps.size(), 6);
        QCOMPARE(plan.passes, QList<Side>({Side::Left, Side::Right}));
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(plan.steps.at(i).techniqueStep, i % 3);
            QCOMPARE(plan.steps.at(i).side, i < 3 ? Side::Left : Side::Right);
            QCOMPARE(plan.steps.at(i).pass, i < 3 ? 0 : 1);
        }
        QCOMPARE(names(plan.steps.at(0)), QStringList({"left-side", "01", "hold 5000", "chime"}));
        // Repetitions are counted at the tempo; the last is announced as the last.
        QCOMPARE(names(plan.steps.at(1)),
                 QStringList({"02", "count-1", "count-2", "last-one", "chime"}));
        for (const Segment &s : plan.steps.at(1).segments)
            if (s.kind == Segment::Kind::Repetition)
                QCOMPARE(s.durationMs, 2000);
        QCOMPARE(names(plan.steps.at(3)),
                 QStringList({"switch-sides", "right-side", "01", "hold 5000", "chime"}));
        QCOMPARE(names(plan.steps.at(5)), QStringList({"03", "hold 3000", "chime", "well-done"}));
        QCOMPARE(plan.timedMs(2), 5000 + 6000);
        QCOMPARE(plan.timedMs(6), 2 * (5000 + 6000 + 3000));
    }

    // Issue 15: the technique's safety line is said first, once, before the side is named.
    void safetyLineOpensTheSession()
    {
        Technique t = SessionFixture::bothSides();
        t.cautions = {QStringLiteral("Stop if the fingers tingle.")};
        t.safetyAudioPath = QStringLiteral("/a/safety/fixture.mp3");
        const SessionPlan plan = SessionPlan::build(t);
        QCOMPARE(names(plan.steps.at(0)),
                 QStringList({"fixture", "left-side", "01", "hold 5000", "chime"}));
        QCOMPARE(plan.steps.at(0).segments.first().kind, Segment::Kind::Announcement);
        QCOMPARE(names(plan.steps.at(3)),
                 QStringList({"switch-sides", "right-side", "01", "hold 5000", "chime"}));
        QCOMPARE(t.safetyLine(), QStringLiteral("Stop if the fingers tingle."));
    }

    void centreHasNoSideAnnouncement()
    {
        const SessionPlan plan =
            SessionPlan::build(SessionFixture::shortCentre({"/a/01.mp3", "/a/02.mp3"}));
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.passes, QList<Side>({Side::Centre}));
        QCOMPARE(names(plan.steps.at(0)), QStringList({"01", "hold 1000", "chime"}));
        QCOMPARE(plan.steps.at(1).side, Side::Centre);
    }

    void oneSideIsAnnounced()
    {
        Technique t = SessionFixture::bothSides();
        t.sides = {Side::Right};
        const SessionPlan plan = SessionPlan::build(t);
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.passes, QList<Side>({Side::Right}));
        QCOMPARE(names(plan.steps.at(0)).first(), QStringLiteral("right-side"));
    }

    // The user tapped the right forearm: the right side comes first, the left after it.
    void startsOnTheTappedSide()
    {
        const SessionPlan plan = SessionPlan::build(SessionFixture::bothSides(), {Side::Right});
        QCOMPARE(plan.passes, QList<Side>({Side::Right, Side::Left}));
        QCOMPARE(plan.steps.size(), 6);
        QCOMPARE(plan.steps.at(0).side, Side::Right);
        QCOMPARE(plan.steps.at(3).side, Side::Left);
        QCOMPARE(names(plan.steps.at(0)), QStringList({"right-side", "01", "hold 5000", "chime"}));
        QCOMPARE(names(plan.steps.at(3)),
                 QStringList({"switch-sides", "left-side", "01", "hold 5000", "chime"}));
    }

    void thisSideOnlyRunsOneSideAndClosesIt()
    {
        const SessionPlan plan =
            SessionPlan::build(SessionFixture::bothSides(), {Side::Right, true});
        QCOMPARE(plan.passes, QList<Side>({Side::Right}));
        QCOMPARE(plan.steps.size(), 3);
        for (const PlannedStep &step : plan.steps)
            QCOMPARE(step.side, Side::Right);
        QCOMPARE(names(plan.steps.at(0)).first(), QStringLiteral("right-side"));
        QCOMPARE(names(plan.steps.at(2)), QStringList({"03", "hold 3000", "chime", "well-done"}));
    }

    // A centre area worked one side at a time: the session runs the second side itself, with
    // "switch sides" between, and closes only after it.
    void eachSideCentreRunsTheSecondSide()
    {
        Technique t = SessionFixture::shortCentre({"/a/01.mp3", "/a/02.mp3"});
        t.sides = {Side::Centre, Side::Centre};
        const SessionPlan plan = SessionPlan::build(t);
        QCOMPARE(plan.steps.size(), 4);
        QCOMPARE(plan.passes, QList<Side>({Side::Centre, Side::Centre}));
        QCOMPARE(names(plan.steps.at(0)), QStringList({"01", "hold 1000", "chime"}));
        QCOMPARE(names(plan.steps.at(1)),
                 QStringList({"02", "count-1", "count-2", "last-one", "chime"}));
        QCOMPARE(names(plan.steps.at(2)),
                 QStringList({"switch-sides", "01", "hold 1000", "chime"}));
        QCOMPARE(plan.steps.at(2).pass, 1);
        QCOMPARE(names(plan.steps.at(3)),
                 QStringList({"02", "count-1", "count-2", "last-one", "chime", "well-done"}));
        QCOMPARE(SessionPlan::build(t, {Side::Centre, true}).steps.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionPlan)
#include "tst_sessionplan.moc"
