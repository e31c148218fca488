// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/countdown.h"
#include "session/sessionplan.h"
#include "session/sessionrecorder.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace unknot {

class Catalog;
class ClipOutput;
class SessionClock;
class SessionRepository;
class SystemClock;
struct Technique;

// The guided session's state machine. It owns the sequence (steps x sides, announcements,
// counted repetitions, chimes), the timing (on an injectable clock, paused and resumed to the
// millisecond) and the recording; QML shows its properties and sends the user's commands.
//
// Phases: Idle -> Preparing (pain before, skippable) -> Running (paused or not) -> Review (pain
// after, note) or PainStopped (the caution) -> Idle.
class GuidedSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The guided session is provided by the app core")
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool active READ active NOTIFY phaseChanged)
    Q_PROPERTY(bool running READ running NOTIFY phaseChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY pausedChanged)
    // Paused by the system (background, a call) rather than by the user: offer to resume.
    Q_PROPERTY(bool interrupted READ interrupted NOTIFY pausedChanged)
    Q_PROPERTY(QString techniqueId READ techniqueId NOTIFY phaseChanged)
    Q_PROPERTY(QString title READ title NOTIFY phaseChanged)
    Q_PROPERTY(QString regionId READ regionId NOTIFY phaseChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY phaseChanged)
    Q_PROPERTY(int stepsPerSide READ stepsPerSide NOTIFY phaseChanged)
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY stepChanged)
    // "left", "right", or "" for a centre area.
    Q_PROPERTY(QString side READ side NOTIFY stepChanged)
    // Which side of a two-sided session is being worked: 0 the first, 1 the second.
    Q_PROPERTY(int pass READ pass NOTIFY stepChanged)
    Q_PROPERTY(int passCount READ passCount NOTIFY phaseChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY stepChanged)
    Q_PROPERTY(QString stepCue READ stepCue NOTIFY stepChanged)
    // What is going on inside the step: "announcement", "cue", "hold", "repetition", "chime",
    // "closing".
    Q_PROPERTY(QString activity READ activity NOTIFY activityChanged)
    Q_PROPERTY(bool repetitions READ repetitions NOTIFY stepChanged)
    Q_PROPERTY(int holdSeconds READ holdSeconds NOTIFY stepChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int repetition READ repetition NOTIFY activityChanged)
    Q_PROPERTY(int repetitionCount READ repetitionCount NOTIFY stepChanged)
    Q_PROPERTY(int stepsCompleted READ stepsCompleted NOTIFY stepsCompletedChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY phaseChanged)
    // Sessions keep the chimes and captions only. Held here alone (AppSettings stores it).
    Q_PROPERTY(bool voiceOff READ voiceOff WRITE setVoiceOff NOTIFY voiceOffChanged)
    Q_PROPERTY(qint64 lastSavedId READ lastSavedId NOTIFY saved)
    // A back-to-back run (the plan's Start): which technique is on (0-based) and how many;
    // a single technique is a run of one.
    Q_PROPERTY(int partIndex READ partIndex NOTIFY stepChanged)
    Q_PROPERTY(int partCount READ partCount NOTIFY phaseChanged)
    // The plan run the rows are linked to (0: not a plan run).
    Q_PROPERTY(qint64 planRunId READ planRunId NOTIFY phaseChanged)
    // Where the current step's words come from: "narration" (bundled), "recording" (the
    // user's own), "speech" (the device's voice) or "captions" (on screen, with a chime).
    Q_PROPERTY(QString voiceSource READ voiceSource NOTIFY voiceSourceChanged)

public:
    enum class Phase { Idle, Preparing, Running, Review, PainStopped };
    Q_ENUM(Phase)

    // One technique of a back-to-back run: as start() takes it.
    struct RunItem
    {
        QString techniqueId;
        QString regionId; // empty: the technique's default
        bool thisSideOnly = false;
    };
    // The pause between two techniques of a run, showing (and, with a voice, saying) the next.
    static constexpr qint64 kTransitionMs = 5000;

    // `clock` null: the system clock. Neither `output` nor `clock` is owned.
    GuidedSession(Catalog *catalog, SessionRepository *repository, ClipOutput *output,
                  SessionClock *clock = nullptr, QObject *parent = nullptr);
    ~GuidedSession() override;

    Phase phase() const { return m_phase; }
    bool active() const { return m_phase != Phase::Idle; }
    bool running() const { return m_phase == Phase::Running; }
    bool paused() const { return m_paused; }
    bool interrupted() const { return m_interrupted; }
    QString techniqueId() const;
    QString title() const;
    QString regionId() const { return m_regionId; }
    int stepIndex() const { return m_stepIndex; }
    int stepCount() const { return int(m_plan.steps.size()); }
    int stepsPerSide() const;
    int stepNumber() const;
    QString side() const;
    int pass() const;
    int passCount() const;
    int partIndex() const;
    int partCount() const { return int(m_parts.size()); }
    qint64 planRunId() const { return m_planRunId; }
    QString stepText() const;
    QString stepCue() const;
    QString activity() const;
    bool repetitions() const;
    int holdSeconds() const;
    int secondsLeft() const { return m_secondsLeft; }
    int repetition() const;
    int repetitionCount() const;
    int stepsCompleted() const;
    bool completed() const { return m_completed; }
    bool voiceOff() const { return m_voiceOff; }
    void setVoiceOff(bool off);
    qint64 lastSavedId() const { return m_lastSavedId; }
    QString voiceSource() const;
    const SessionPlan &plan() const { return m_plan; }
    // The row of the side being worked, as written so far (id 0 before the steps begin).
    const SessionRecord &record() const { return m_recorder.record(); }
    // Every row written: one per region worked (both sides of a limb: two).
    const QList<SessionRecord> &records() const { return m_recorder.records(); }

    // Prepares a technique for a region (an empty region: the technique's default) and asks
    // for the pain rating. A two-sided technique starts on the region's side, and does only
    // that side with `thisSideOnly`. A session already running is ended first.
    Q_INVOKABLE bool start(const QString &techniqueId, const QString &regionId = {},
                           bool thisSideOnly = false);
    // Prepares several techniques to run back to back as one session: one pain rating before,
    // one after, a transition between them, each technique's rows recorded (and linked to
    // `planRunId` when it is not 0). False (and failed()) when any is unavailable.
    bool startRun(const QList<RunItem> &items, qint64 planRunId = 0);
    // Starts the steps; painBefore -1 when the user skipped the rating.
    Q_INVOKABLE void begin(int painBefore = -1);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Ends early (the UI has confirmed); what was done is recorded as incomplete. Before the
    // steps began nothing is recorded; after the end it closes the review as it is.
    Q_INVOKABLE void stop();
    // Sharp pain: stops at once, records it, shows the caution.
    Q_INVOKABLE void stopForPain();
    // Saves the pain rating after (-1: skipped) and the note, and closes the session.
    Q_INVOKABLE void finish(int painAfter = -1, const QString &note = {});

    // The app went to the background or the audio was taken away: pause, offer to resume.
    void pauseForInterruption();

signals:
    void phaseChanged();
    void pausedChanged();
    void stepChanged();
    void activityChanged();
    void secondsLeftChanged();
    void stepsCompletedChanged();
    void voiceOffChanged();
    void voiceSourceChanged();
    // The session closed (after finish()); `completed` false when it ended early.
    void finished(bool completed);
    void saved(qint64 id);
    // A row of a plan run was written: whoever keeps the runs links it (see PlanRepository).
    void rowRecorded(qint64 sessionId, qint64 planRunId);
    void failed(const QString &message);

private:
    const PlannedStep *currentStep() const;
    const Segment *currentSegment() const;
    void setPhase(Phase phase);
    void setPaused(bool paused, bool interrupted = false);
    void enterStep(int index);
    void runSegment(int index);
    void segmentDone();
    void onClipFinished();
    void markStepDone(int index);
    const Technique *techniqueOf(int stepIndex) const;
    int rowOf(int stepIndex) const;
    int stepsDoneInRow(int row) const;
    void openRowFor(int stepIndex);
    void preloadNext();
    void setSecondsLeft(qint64 remainingMs);
    void endSteps(bool completed, bool stoppedForPain);
    void reportWriteFailure();
    void reset();

    Catalog *m_catalog;
    SessionRepository *m_repository;
    ClipOutput *m_output;
    std::unique_ptr<SystemClock> m_ownClock;
    SessionClock *m_clock;
    Countdown m_countdown;
    SessionRecorder m_recorder;

    Phase m_phase = Phase::Idle;
    // One history row: a technique of the run on one region (a centre area's two passes
    // share one row).
    struct RowPlan
    {
        int part = 0;
        QString regionId;
        int steps = 0;
    };
    const Technique *m_technique = nullptr; // the one being worked
    QList<const Technique *> m_parts;       // every technique of the run, in order
    SessionPlan m_plan;
    QString m_regionId;
    QList<RowPlan> m_rowPlans;
    QList<int> m_rowOfStep;
    qint64 m_planRunId = 0;
    std::optional<int> m_painBefore;
    int m_stepIndex = 0;
    int m_segmentIndex = -1;
    bool m_waitingForClip = false;
    QList<bool> m_done;
    int m_secondsLeft = 0;
    bool m_paused = false;
    bool m_interrupted = false;
    bool m_completed = false;
    bool m_voiceOff = false;
    qint64 m_lastSavedId = 0;
};

} // namespace unknot
