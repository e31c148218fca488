// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace unknot {

// How long a step lasts: a hold of `seconds`, or `reps` repetitions at `tempoSeconds` each.
struct StepTiming
{
    int seconds = 0;
    int reps = 0;
    double tempoSeconds = 0;

    bool isRepetitions() const { return reps > 0; }
    int totalMilliseconds() const;
};

struct Step
{
    QString kind; // position, locate, pin, move, release, shift, rest
    QString text; // on screen
    QString cue;  // spoken
    StepTiming timing;
    QString audioPath; // narration clip of `cue`
};

// Which sides a technique is worked on. Both: the left side, then the right.
enum class TechniqueSide { Centre, Left, Right, Both };

struct Technique
{
    QString id;
    QString title;
    QStringList regions; // base region ids, e.g. "forearm-wrist"
    TechniqueSide side = TechniqueSide::Centre;
    QStringList goals;
    QString purpose;
    QString startingPosition;
    QStringList equipment;
    QString intensity;
    QStringList cautions;
    QStringList contraindications;
    QList<Step> steps;
    QString sourceFile;

    // True when this technique is meant for the given full region id ("shoulder-left").
    bool serves(const QString &regionId) const;
    int totalMilliseconds() const;
};

} // namespace unknot
