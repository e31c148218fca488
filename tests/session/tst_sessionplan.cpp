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
        QCOMPARE(plan.sides, QStringLiteral("left,right"));
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(plan.steps.at(i).techniqueStep, i % 3);
            QCOMPARE(plan.steps.at(i).side,
                     i < 3 ? PlannedStep::Side::Left : PlannedStep::Side::Right);
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

    void centreHasNoSideAnnouncement()
    {
        const SessionPlan plan =
            SessionPlan::build(SessionFixture::shortCentre({"/a/01.mp3", "/a/02.mp3"}));
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.sides, QString());
        QCOMPARE(names(plan.steps.at(0)), QStringList({"01", "hold 1000", "chime"}));
        QCOMPARE(plan.steps.at(1).side, PlannedStep::Side::Centre);
    }

    void oneSideIsAnnounced()
    {
        Technique t = SessionFixture::bothSides();
        t.side = TechniqueSide::Right;
        const SessionPlan plan = SessionPlan::build(t);
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.sides, QStringLiteral("right"));
        QCOMPARE(names(plan.steps.at(0)).first(), QStringLiteral("right-side"));
    }
};

QTEST_GUILESS_MAIN(TestSessionPlan)
#include "tst_sessionplan.moc"
