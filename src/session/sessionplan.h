// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/technique.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace unknot {

// One thing that happens inside a step, in order: an announcement, the spoken cue, a hold, one
// counted repetition, the closing chime.
struct Segment
{
    // Transition: the pause between two techniques of a plan run ("Next: ..."), before the
    // next technique's first step.
    enum class Kind { Announcement, Cue, Hold, Repetition, Chime, Closing, Transition };
    Kind kind = Kind::Cue;
    QUrl clip;           // may be empty (a hold has none)
    qint64 durationMs{}; // 0: lasts as long as its clip; else a timed span the clip starts
    int repetition{};    // 1-based, for Repetition

    // Spoken words (off with "voice off"); the chime is not.
    bool isVoice() const { return kind != Kind::Chime && kind != Kind::Hold; }
    bool isTimed() const { return durationMs > 0; }
};

// A step of the technique on one side: what the engine walks through.
struct PlannedStep
{
    int techniqueStep{}; // index into Technique::steps
    Side side = Side::Centre;
    int pass{}; // 0: the first side worked, 1: the second
    QList<Segment> segments;
    int part{}; // which technique of a back-to-back run (0 for a single technique)
};

// What the user chose before starting.
struct SessionChoice
{
    // The side tapped: a two-sided technique starts there (Centre: the technique's own order).
    Side firstSide = Side::Centre;
    // Only the first side of a two-sided technique.
    bool oneSideOnly = false;
};

// Where the shared narration clips are (counts, sides, chime).
struct SharedClips
{
    QString dir = QStringLiteral(":/assets/audio/shared");

    QUrl named(const QString &name) const;
    QUrl count(int n) const;
};

// The whole sequence of a technique: its steps for each side it is worked on (each a "pass"),
// with the side announcements, counted repetitions and chimes in place.
struct SessionPlan
{
    QList<PlannedStep> steps;
    QList<Side> passes; // the side of each pass, in order

    static SessionPlan build(const Technique &technique, SessionChoice choice = {},
                             const SharedClips &clips = {});
    // Several techniques back to back as one sequence: each step keeps its part number, a
    // timed transition (`transitionMs`, showing what comes next) opens every part after the
    // first, and only the last part ends with the closing words.
    static SessionPlan concatenate(const QList<SessionPlan> &parts, qint64 transitionMs);
    bool isEmpty() const { return steps.isEmpty(); }
    // Planned time of the first `count` steps' holds and repetitions (no speech).
    qint64 timedMs(int count) const;
};

} // namespace unknot
