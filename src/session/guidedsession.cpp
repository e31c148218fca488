// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/guidedsession.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "session/clipoutput.h"
#include "session/cuevoice.h"
#include "session/logging.h"
#include "session/systemclock.h"
#include "storage/sessionrepository.h"

#include <algorithm>
#include <cmath>

namespace unknot {

using Kind = Segment::Kind;

GuidedSession::GuidedSession(Catalog *catalog, SessionRepository *repository, ClipOutput *output,
                             SessionClock *clock, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_repository(repository), m_output(output),
      m_ownClock(clock ? nullptr : std::make_unique<SystemClock>()),
      m_clock(clock ? clock : m_ownClock.get()), m_countdown(m_clock), m_recorder(repository)
{
    connect(m_output, &ClipOutput::finished, this, &GuidedSession::onClipFinished);
    connect(this, &GuidedSession::stepChanged, this, &GuidedSession::voiceSourceChanged);
    connect(this, &GuidedSession::voiceOffChanged, this, &GuidedSession::voiceSourceChanged);
    connect(m_output, &ClipOutput::failed, this, [this](const QString &message) {
        // A clip that cannot play must not stall the session: the caption carries on.
        qCWarning(lcSession).noquote() << "clip failed, continuing without it:" << message;
        emit voiceSourceChanged(); // speech that broke down leaves captions
        onClipFinished();
    });
    connect(m_output, &ClipOutput::interrupted, this, &GuidedSession::pauseForInterruption);
}

// Being destroyed mid-session is treated like being killed: the row stays open and the next
// start closes it as incomplete (SessionRecovery). One path for both.
GuidedSession::~GuidedSession()
{
    m_countdown.cancel();
}

const PlannedStep *GuidedSession::currentStep() const
{
    return m_stepIndex < m_plan.steps.size() ? &m_plan.steps.at(m_stepIndex) : nullptr;
}

const Segment *GuidedSession::currentSegment() const
{
    const PlannedStep *step = currentStep();
    if (!step || m_segmentIndex < 0 || m_segmentIndex >= step->segments.size())
        return nullptr;
    return &step->segments.at(m_segmentIndex);
}

QString GuidedSession::techniqueId() const
{
    return m_technique ? m_technique->id : QString();
}

QString GuidedSession::title() const
{
    return m_technique ? m_technique->title : QString();
}

int GuidedSession::stepsPerSide() const
{
    return m_technique ? int(m_technique->steps.size()) : 0;
}

int GuidedSession::passCount() const
{
    const PlannedStep *step = currentStep();
    const int part = step ? step->part : 0;
    int passes = 0;
    for (const PlannedStep &s : m_plan.steps)
        if (s.part == part)
            passes = std::max(passes, s.pass + 1);
    return passes;
}

int GuidedSession::partIndex() const
{
    const PlannedStep *step = currentStep();
    return step ? step->part : 0;
}

int GuidedSession::stepNumber() const
{
    const PlannedStep *step = currentStep();
    return step ? step->techniqueStep + 1 : 0;
}

QString GuidedSession::side() const
{
    const PlannedStep *step = currentStep();
    return step ? sideName(step->side) : QString();
}

int GuidedSession::pass() const
{
    const PlannedStep *step = currentStep();
    return step ? step->pass : 0;
}

QString GuidedSession::stepText() const
{
    const PlannedStep *step = currentStep();
    return step && m_technique ? m_technique->steps.at(step->techniqueStep).text : QString();
}

QString GuidedSession::stepCue() const
{
    const PlannedStep *step = currentStep();
    return step && m_technique ? m_technique->steps.at(step->techniqueStep).cue : QString();
}

QString GuidedSession::voiceSource() const
{
    const PlannedStep *step = currentStep();
    if (!step || !m_technique)
        return {};
    if (m_voiceOff)
        return CueVoice::sourceName(CueVoice::Source::Captions);
    const auto cue = std::find_if(step->segments.cbegin(), step->segments.cend(),
                                  [](const Segment &s) { return s.kind == Kind::Cue; });
    const QUrl clip = cue == step->segments.cend() ? QUrl() : cue->clip;
    return CueVoice::sourceName(CueVoice::sourceOf(*m_technique, clip, m_output->canSpeak()));
}

QString GuidedSession::activity() const
{
    const Segment *s = currentSegment();
    if (!s)
        return {};
    switch (s->kind) {
    case Kind::Announcement:
        return QStringLiteral("announcement");
    case Kind::Cue:
        return QStringLiteral("cue");
    case Kind::Hold:
        return QStringLiteral("hold");
    case Kind::Repetition:
        return QStringLiteral("repetition");
    case Kind::Chime:
        return QStringLiteral("chime");
    case Kind::Closing:
        return QStringLiteral("closing");
    case Kind::Transition:
        return QStringLiteral("transition");
    }
    return {};
}

bool GuidedSession::repetitions() const
{
    const PlannedStep *step = currentStep();
    return step && m_technique && m_technique->steps.at(step->techniqueStep).timing.isRepetitions();
}

int GuidedSession::holdSeconds() const
{
    const PlannedStep *step = currentStep();
    return step && m_technique ? m_technique->steps.at(step->techniqueStep).timing.seconds : 0;
}

int GuidedSession::repetition() const
{
    const PlannedStep *step = currentStep();
    if (!step)
        return 0;
    // Before the counting starts: 0; after it: the last one stays shown.
    int rep = 0;
    for (int i = 0; i <= m_segmentIndex && i < step->segments.size(); ++i)
        if (step->segments.at(i).kind == Kind::Repetition)
            rep = step->segments.at(i).repetition;
    return rep;
}

int GuidedSession::repetitionCount() const
{
    const PlannedStep *step = currentStep();
    return step && m_technique ? m_technique->steps.at(step->techniqueStep).timing.reps : 0;
}

int GuidedSession::stepsCompleted() const
{
    return int(std::count(m_done.cbegin(), m_done.cend(), true));
}

void GuidedSession::setVoiceOff(bool off)
{
    if (m_voiceOff == off)
        return;
    m_voiceOff = off;
    emit voiceOffChanged();
    const Segment *s = currentSegment();
    if (!off || !s || !s->isVoice() || m_phase != Phase::Running)
        return;
    // Silence the words now; a spoken-only segment (the cue) is over, a timed one runs on.
    m_output->stop();
    if (m_waitingForClip && !m_paused)
        segmentDone();
    else
        preloadNext();
}

bool GuidedSession::start(const QString &techniqueId, const QString &regionId, bool thisSideOnly)
{
    return startRun({{techniqueId, regionId, thisSideOnly}});
}

bool GuidedSession::startRun(const QList<RunItem> &items, qint64 planRunId)
{
    QList<const Technique *> parts;
    for (const RunItem &item : items) {
        const Technique *t = m_catalog->technique(item.techniqueId);
        if (!t || t->steps.isEmpty()) {
            emit failed(tr("This technique is not available."));
            return false;
        }
        parts.append(t);
    }
    if (parts.isEmpty()) {
        emit failed(tr("There is nothing to run."));
        return false;
    }
    if (m_phase == Phase::Running)
        stop();
    if (active())
        finish();
    m_parts = parts;
    m_technique = parts.first();
    m_planRunId = planRunId;
    const auto regionOf = [this](const RunItem &item) {
        return item.regionId.isEmpty() ? m_catalog->defaultRegionFor(item.techniqueId)
                                       : item.regionId;
    };
    m_regionId = regionOf(items.first());
    QList<SessionPlan> plans;
    m_rowPlans.clear();
    m_rowOfStep.clear();
    for (qsizetype part = 0; part < items.size(); ++part) {
        const QString region = regionOf(items.at(part));
        const SessionPlan plan = SessionPlan::build(
            *parts.at(part), {Regions::sideOf(region), items.at(part).thisSideOnly});
        // Each side worked on a region of its own gets a row; a centre area's passes share one.
        const qsizetype firstRow = m_rowPlans.size();
        for (const PlannedStep &step : plan.steps) {
            const QString rowRegion =
                Regions::onSide(Regions::baseOf(region), plan.passes.at(step.pass));
            qsizetype row = firstRow;
            while (row < m_rowPlans.size() && m_rowPlans.at(row).regionId != rowRegion)
                ++row;
            if (row == m_rowPlans.size())
                m_rowPlans.append({int(part), rowRegion, 0});
            ++m_rowPlans[row].steps;
            m_rowOfStep.append(int(row));
        }
        plans.append(plan);
    }
    m_plan = SessionPlan::concatenate(plans, kTransitionMs);
    m_stepIndex = 0;
    m_segmentIndex = -1;
    m_done = QList<bool>(m_plan.steps.size(), false);
    m_painBefore.reset();
    m_completed = false;
    qCInfo(lcSession) << "prepare" << items.size() << "technique(s), first" << m_technique->id
                      << m_regionId << "plan run" << planRunId;
    setPhase(Phase::Preparing);
    emit stepChanged();
    emit stepsCompletedChanged();
    // The first words are ready by the time the rating is given.
    m_output->preload(m_plan.steps.first().segments.first().clip);
    return true;
}

void GuidedSession::begin(int painBefore)
{
    if (m_phase != Phase::Preparing)
        return;
    if (painBefore >= 0 && painBefore <= 10)
        m_painBefore = painBefore;
    openRowFor(0);
    qCInfo(lcSession) << "begin" << m_technique->id << "session" << m_recorder.record().id;
    setPhase(Phase::Running);
    setPaused(false);
    enterStep(0);
}

void GuidedSession::pause()
{
    if (m_phase != Phase::Running || m_paused)
        return;
    m_countdown.pause();
    m_output->pause();
    setPaused(true);
}

void GuidedSession::pauseForInterruption()
{
    if (m_phase != Phase::Running || m_paused)
        return;
    qCInfo(lcSession) << "paused by an interruption";
    m_countdown.pause();
    m_output->pause();
    setPaused(true, true);
}

void GuidedSession::resume()
{
    if (m_phase != Phase::Running || !m_paused)
        return;
    setPaused(false);
    m_countdown.resume();
    m_output->resume();
}

void GuidedSession::next()
{
    if (m_phase != Phase::Running)
        return;
    // Moving on counts the step as done: the user did it at their own pace.
    markStepDone(m_stepIndex);
    if (m_stepIndex + 1 >= stepCount()) {
        m_output->stop();
        endSteps(true, false);
        return;
    }
    enterStep(m_stepIndex + 1);
}

void GuidedSession::back()
{
    if (m_phase != Phase::Running)
        return;
    enterStep(std::max(0, m_stepIndex - 1));
}

void GuidedSession::stop()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Preparing:
        reset();
        return;
    case Phase::Running:
        m_output->stop();
        endSteps(false, false);
        return;
    case Phase::Review:
    case Phase::PainStopped:
        finish();
        return;
    }
}

void GuidedSession::stopForPain()
{
    if (m_phase == Phase::Preparing) {
        reset();
        return;
    }
    if (m_phase != Phase::Running)
        return;
    m_output->stop();
    qCInfo(lcSession) << "stopped for pain at step" << m_stepIndex + 1;
    endSteps(false, true);
}

void GuidedSession::finish(int painAfter, const QString &note)
{
    if (m_phase != Phase::Review && m_phase != Phase::PainStopped)
        return;
    std::optional<int> after;
    if (painAfter >= 0 && painAfter <= 10)
        after = painAfter;
    if (m_recorder.isRecording() && !m_recorder.annotate(after, note))
        reportWriteFailure();
    const qint64 id = m_recorder.records().isEmpty() ? 0 : m_recorder.records().first().id;
    const bool completed = m_completed;
    reset();
    emit finished(completed);
    if (id > 0) {
        m_lastSavedId = id;
        emit saved(id);
    }
}

void GuidedSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged();
}

void GuidedSession::setPaused(bool paused, bool interrupted)
{
    if (m_paused == paused && m_interrupted == interrupted)
        return;
    m_paused = paused;
    m_interrupted = paused && interrupted;
    emit pausedChanged();
}

void GuidedSession::enterStep(int index)
{
    m_countdown.cancel();
    m_output->stop();
    setPaused(false);
    openRowFor(index);
    m_stepIndex = index;
    m_segmentIndex = -1;
    m_waitingForClip = false;
    const PlannedStep &step = m_plan.steps.at(index);
    m_technique = techniqueOf(index);
    const StepTiming &timing = m_technique->steps.at(step.techniqueStep).timing;
    setSecondsLeft(qint64(timing.seconds) * 1000);
    emit stepChanged();
    runSegment(0);
}

void GuidedSession::runSegment(int index)
{
    const PlannedStep &step = m_plan.steps.at(m_stepIndex);
    m_segmentIndex = index;
    m_waitingForClip = false;
    const Segment &s = step.segments.at(index);
    emit activityChanged();
    if (s.kind == Kind::Chime)
        markStepDone(m_stepIndex); // the step's timing is over
    const bool audible = !s.clip.isEmpty() && !(s.isVoice() && m_voiceOff);
    if (s.isTimed()) {
        if (audible)
            m_output->play(s.clip);
        m_countdown.start(
            s.durationMs,
            [this](qint64 remaining) {
                if (currentSegment() && currentSegment()->kind == Kind::Hold)
                    setSecondsLeft(remaining);
            },
            [this] { segmentDone(); });
        if (s.kind == Kind::Hold)
            setSecondsLeft(s.durationMs);
    } else if (audible) {
        m_waitingForClip = true;
        m_output->play(s.clip);
    } else {
        segmentDone();
        return;
    }
    preloadNext();
}

void GuidedSession::segmentDone()
{
    m_waitingForClip = false;
    if (currentSegment() && currentSegment()->kind == Kind::Hold)
        setSecondsLeft(0);
    const PlannedStep &step = m_plan.steps.at(m_stepIndex);
    if (m_segmentIndex + 1 < step.segments.size()) {
        runSegment(m_segmentIndex + 1);
    } else if (m_stepIndex + 1 < stepCount()) {
        enterStep(m_stepIndex + 1);
    } else {
        endSteps(true, false);
    }
}

void GuidedSession::onClipFinished()
{
    if (m_phase != Phase::Running || !m_waitingForClip || m_paused)
        return;
    segmentDone();
}

void GuidedSession::markStepDone(int index)
{
    if (index < 0 || index >= m_done.size() || m_done.at(index))
        return;
    m_done[index] = true;
    emit stepsCompletedChanged();
    const int row = rowOf(index);
    if (m_recorder.isRecording() && !m_recorder.progress(row, stepsDoneInRow(row)))
        reportWriteFailure();
}

const Technique *GuidedSession::techniqueOf(int stepIndex) const
{
    return m_parts.at(m_plan.steps.at(stepIndex).part);
}

int GuidedSession::rowOf(int stepIndex) const
{
    return m_rowOfStep.value(stepIndex);
}

int GuidedSession::stepsDoneInRow(int row) const
{
    int done = 0;
    for (int i = 0; i < m_done.size(); ++i)
        done += m_done.at(i) && rowOf(i) == row;
    return done;
}

// The first step of a side with a row of its own ends the row before it (that side is over)
// and opens the new one: each side's row holds the time and steps of that side.
void GuidedSession::openRowFor(int stepIndex)
{
    const int row = rowOf(stepIndex);
    if (row < m_recorder.rowCount())
        return;
    const QDateTime now = m_clock->now();
    const int previous = m_recorder.rowCount() - 1;
    if (previous >= 0 && m_recorder.isRecording()) {
        const int done = stepsDoneInRow(previous);
        const int total = m_rowPlans.at(previous).steps;
        if (!m_recorder.end(previous, now, done, done == total, false))
            reportWriteFailure();
    }
    const RowPlan &planned = m_rowPlans.at(row);
    SessionRecord r;
    r.techniqueId = m_parts.at(planned.part)->id;
    r.regionId = planned.regionId;
    r.sides = sideName(Regions::sideOf(r.regionId));
    r.startedAt = now;
    r.stepsTotal = planned.steps;
    r.painBefore = m_painBefore;
    if (!m_recorder.begin(r))
        reportWriteFailure();
    else if (m_planRunId > 0)
        emit rowRecorded(m_recorder.record().id, m_planRunId);
}

void GuidedSession::preloadNext()
{
    int stepIndex = m_stepIndex;
    int segment = m_segmentIndex + 1;
    while (stepIndex < stepCount()) {
        const QList<Segment> &segments = m_plan.steps.at(stepIndex).segments;
        for (; segment < segments.size(); ++segment) {
            const Segment &s = segments.at(segment);
            if (!s.clip.isEmpty() && !(s.isVoice() && m_voiceOff)) {
                m_output->preload(s.clip);
                return;
            }
        }
        ++stepIndex;
        segment = 0;
    }
}

void GuidedSession::setSecondsLeft(qint64 remainingMs)
{
    const int seconds = int((remainingMs + 999) / 1000);
    if (seconds == m_secondsLeft)
        return;
    m_secondsLeft = seconds;
    emit secondsLeftChanged();
}

void GuidedSession::endSteps(bool completed, bool stoppedForPain)
{
    m_countdown.cancel();
    m_waitingForClip = false;
    m_completed = completed;
    setPaused(false);
    const int row = m_recorder.rowCount() - 1;
    if (m_recorder.isRecording() &&
        !m_recorder.end(row, m_clock->now(), stepsDoneInRow(row), completed, stoppedForPain))
        reportWriteFailure();
    qCInfo(lcSession) << "steps ended; completed" << completed << "pain" << stoppedForPain
                      << "steps" << stepsCompleted() << "of" << stepCount();
    setPhase(stoppedForPain ? Phase::PainStopped : Phase::Review);
}

void GuidedSession::reportWriteFailure()
{
    emit failed(tr("This session could not be saved: %1").arg(m_recorder.errorText()));
}

void GuidedSession::reset()
{
    m_countdown.cancel();
    m_output->stop();
    m_technique = nullptr;
    m_parts.clear();
    m_planRunId = 0;
    m_plan = {};
    m_rowPlans.clear();
    m_rowOfStep.clear();
    m_done.clear();
    m_stepIndex = 0;
    m_segmentIndex = -1;
    m_waitingForClip = false;
    m_recorder = SessionRecorder(m_repository);
    setPaused(false);
    setPhase(Phase::Idle);
    emit stepChanged();
}

} // namespace unknot
