// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionplan.h"

#include "base/resourcepaths.h"
#include "session/cuevoice.h"

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

QList<PlannedStep> stepsForSide(const Technique &t, Side side, int pass,
                                const QList<Segment> &announcement, const SharedClips &clips)
{
    QList<PlannedStep> out;
    for (int i = 0; i < t.steps.size(); ++i) {
        const Step &step = t.steps.at(i);
        PlannedStep planned{i, side, pass, {}};
        if (i == 0)
            planned.segments = announcement;
        planned.segments.append({Kind::Cue, CueVoice::cueClipOf(t, step), 0, 0});
        planned.segments.append(timingSegments(step.timing, clips));
        planned.segments.append({Kind::Chime, clips.named(QStringLiteral("chime")), 0, 0});
        out.append(planned);
    }
    return out;
}

QList<Side> passesFor(const Technique &t, SessionChoice choice)
{
    QList<Side> passes = t.sides;
    // Start where the user tapped: the tapped side first, the other after it.
    if (passes.size() > 1 && passes.indexOf(choice.firstSide) > 0)
        passes.move(passes.indexOf(choice.firstSide), 0);
    if (choice.oneSideOnly && passes.size() > 1)
        passes.resize(1);
    return passes;
}

QList<Segment> announcementFor(Side side, int pass, const SharedClips &clips)
{
    QList<Segment> out;
    if (pass > 0)
        out.append({Kind::Announcement, clips.named(QStringLiteral("switch-sides")), 0, 0});
    if (side != Side::Centre)
        out.append(
            {Kind::Announcement, clips.named(sideName(side) + QLatin1String("-side")), 0, 0});
    return out;
}

} // namespace

SessionPlan SessionPlan::build(const Technique &t, SessionChoice choice, const SharedClips &clips)
{
    SessionPlan plan;
    plan.passes = passesFor(t, choice);
    for (int pass = 0; pass < plan.passes.size(); ++pass) {
        const Side side = plan.passes.at(pass);
        plan.steps += stepsForSide(t, side, pass, announcementFor(side, pass, clips), clips);
    }
    if (!plan.steps.isEmpty())
        plan.steps.last().segments.append(
            {Kind::Closing, clips.named(QStringLiteral("well-done")), 0, 0});
    return plan;
}

SessionPlan SessionPlan::concatenate(const QList<SessionPlan> &parts, qint64 transitionMs)
{
    SessionPlan run;
    for (qsizetype part = 0; part < parts.size(); ++part) {
        const qsizetype first = run.steps.size();
        for (PlannedStep step : parts.at(part).steps) {
            step.part = int(part);
            if (part + 1 < parts.size())
                step.segments.removeIf([](const Segment &s) { return s.kind == Kind::Closing; });
            run.steps.append(step);
        }
        run.passes += parts.at(part).passes;
        if (part > 0 && run.steps.size() > first)
            run.steps[first].segments.prepend({Kind::Transition, {}, transitionMs, 0});
    }
    return run;
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
