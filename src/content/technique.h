// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/side.h"
#include "content/steppicture.h"

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

// How often to do a technique: `perDay` times a day, or up to `perWeek` times a week.
struct Frequency
{
    int perDay = 0;
    int perWeek = 0;

    bool isSet() const { return perDay > 0 || perWeek > 0; }
};

struct Step
{
    QString kind; // position, locate, pin, move, release, shift, rest
    QString text; // on screen
    QString cue;  // spoken
    StepTiming timing;
    // Target on the 0-10 pressure scale (the app's pressure guide); -1: none (no pressure on
    // this step, e.g. setting up or resting).
    int pressure = -1;
    QString audioPath;   // narration clip of `cue`
    StepPicture picture; // invalid when the content gives none
};

struct Technique
{
    QString id;
    QString title;
    QStringList regions; // base region ids, e.g. "forearm-wrist"
    // The sides it is worked on, in turn: {Centre}, {Left}, {Right}, {Left, Right} (both sides,
    // by default the left first), or {Centre, Centre}: a centre area worked one side of the
    // spine at a time ("each-side" in the content), which a session runs twice.
    QList<Side> sides = {Side::Centre};
    QStringList goals;
    QString purpose;
    QString startingPosition;
    QStringList equipment;
    QString intensity;
    QStringList cautions;
    QStringList contraindications;
    // Health-checklist conditions (content/healthflags.h) that concern this technique; each
    // is also spelt out in a contraindication.
    QStringList healthFlagIds;
    // Firmer versions of the same work (technique ids), offered once this one feels easy.
    QStringList firmerVersionIds;
    Frequency frequency;
    // Where to press and where not to (kept apart from cautions, which say when to stop).
    QStringList placement;
    QList<Step> steps;
    QString sourceFile;
    // Narration of safetyLine(); empty when there is none (the session then shows it only).
    QString safetyAudioPath;

    // Said and shown as a session starts: the first caution, the most important reason to stop.
    QString safetyLine() const { return cautions.value(0); }

    const QStringList &healthFlags() const { return healthFlagIds; }
    // Worked on two sides in turn (limbs both sides, or a centre area one side at a time).
    bool isTwoSided() const { return sides.size() > 1; }
    bool isCentre() const { return sides.value(0) == Side::Centre; }
    // True when this technique is meant for the given full region id ("shoulder-left").
    bool serves(const QString &regionId) const;
    int totalMilliseconds() const;
};

} // namespace unknot
