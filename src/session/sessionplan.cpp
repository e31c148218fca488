// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionplan.h"

#include "base/resourcepaths.h"

#include <cmath>

namespace unknot {

QUrl SharedClips::named(const QString &name) const
{
    return ResourcePaths::toUrl(dir + QLatin1Char('/') + name + QLatin1String(".mp3"));
}

QUrl SharedClips::count(int n) const
{
    return named(QStringLiteral("count-%1").arg(n));
}

namespace {

using Kind = Segment::Kind;

QList<Segment> timingSegments(StepTiming timing, const SharedClips &clips)
{
    QList<Segment> out;
    if (!timing.isRepetitions()) {
        out.append({Kind::Hold, {}, qint64(timing.seconds) * 1000, 0});
        return out;
    }
    const qint64 tempo = std::llround(timing.tempoSeconds * 1000.0);
    for (int rep = 1; rep <= timing.reps; ++rep) {
        // The last repetition is announced as such instead of by its number.
        const QUrl clip =
            rep == timing.reps ? clips.named(QStringLiteral("last-one")) : clips.count(rep);
        out.append({Kind::Repetition, clip, tempo, rep});
    }
    return out;
}

QList<PlannedStep> stepsForSide(const Technique &t, PlannedStep::Side side,
                                const QList<Segment> &announcement, const SharedClips &clips)
{
    QList<PlannedStep> out;
    for (int i = 0; i < t.steps.size(); ++i) {
        const Step &step = t.steps.at(i);
        PlannedStep planned{i, side, {}};
        if (i == 0)
            planned.segments = announcement;
        planned.segments.append({Kind::Cue, ResourcePaths::toUrl(step.audioPath), 0, 0});
        planned.segments.append(timingSegments(step.timing, clips));
        planned.segments.append({Kind::Chime, clips.named(QStringLiteral("chime")), 0, 0});
        out.append(planned);
    }
    return out;
}

} // namespace

SessionPlan SessionPlan::build(const Technique &t, const SharedClips &clips)
{
    SessionPlan plan;
    const Segment left{Kind::Announcement, clips.named(QStringLiteral("left-side")), 0, 0};
    const Segment right{Kind::Announcement, clips.named(QStringLiteral("right-side")), 0, 0};
    const Segment switchSides{Kind::Announcement, clips.named(QStringLiteral("switch-sides")), 0,
                              0};
    switch (t.side) {
    case TechniqueSide::Centre:
        plan.steps = stepsForSide(t, PlannedStep::Side::Centre, {}, clips);
        break;
    case TechniqueSide::Left:
        plan.steps = stepsForSide(t, PlannedStep::Side::Left, {left}, clips);
        plan.sides = QStringLiteral("left");
        break;
    case TechniqueSide::Right:
        plan.steps = stepsForSide(t, PlannedStep::Side::Right, {right}, clips);
        plan.sides = QStringLiteral("right");
        break;
    case TechniqueSide::Both:
        plan.steps = stepsForSide(t, PlannedStep::Side::Left, {left}, clips);
        plan.steps += stepsForSide(t, PlannedStep::Side::Right, {switchSides, right}, clips);
        plan.sides = QStringLiteral("left,right");
        break;
    }
    if (!plan.steps.isEmpty())
        plan.steps.last().segments.append(
            {Kind::Closing, clips.named(QStringLiteral("well-done")), 0, 0});
    return plan;
}

qint64 SessionPlan::timedMs(int count) const
{
    qint64 total = 0;
    for (int i = 0; i < std::min<qsizetype>(count, steps.size()); ++i)
        for (const Segment &s : steps.at(i).segments)
            total += s.durationMs;
    return total;
}

} // namespace unknot
